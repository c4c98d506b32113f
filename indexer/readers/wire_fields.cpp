#include "readers/wire_fields.h"

#include "newsarchive/ascii.h"

#include <algorithm>

#include "readers/markup_paragraphs.h"
#include "readers/sgml_entities.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

}  // namespace

void set_if_empty(std::string& field, std::string_view value) {
  if (field.empty()) field = collapse_space(value);
}

std::string strip_by(std::string_view byline) {
  std::string s = collapse_space(byline);
  if (s.size() > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') &&
      s[2] == ' ')
    s.erase(0, 3);
  return s;
}

void add_byline(RawArticle& article, std::string_view name) {
  std::string n = strip_by(name);
  if (n.empty() || std::find(article.byline.begin(), article.byline.end(), n) !=
                       article.byline.end())
    return;
  article.byline.push_back(std::move(n));
}

void add_subject(RawArticle& article, std::string_view subject) {
  std::string s = collapse_space(subject);
  if (s.empty() || std::find(article.subjects.begin(), article.subjects.end(), s) !=
                       article.subjects.end())
    return;
  article.subjects.push_back(std::move(s));
}

void add_hint(RawArticle& article, std::string_view name, std::string_view type) {
  std::string n = collapse_space(name);
  if (n.empty() || type.empty()) return;
  for (const EntityHint& h : article.entity_hints)
    if (h.name == n && h.type == type) return;
  article.entity_hints.push_back({std::move(n), std::string(type)});
}

std::string entity_type_of(std::string_view term) {
  const std::string t = lower_ascii(term);
  if (t.find("person") != std::string::npos) return "person";
  if (t.find("organi") != std::string::npos || t.find("company") != std::string::npos)
    return "organization";
  if (t.find("geo") != std::string::npos || t.find("poi") != std::string::npos ||
      t.find("place") != std::string::npos || t.find("location") != std::string::npos ||
      t.find("country") != std::string::npos || t.find("city") != std::string::npos)
    return "place";
  return "";
}

std::string markup_text(std::string_view text) {
  std::string out;
  if (text.find('<') != std::string_view::npos) {
    for (const std::string& p : escaped_html_paragraphs(text)) {
      if (!out.empty()) out += ' ';
      out += p;
    }
    return out;
  }
  return collapse_space(decode_sgml_entities(text));
}

std::vector<std::string> escaped_html_paragraphs(std::string_view html) {
  std::vector<std::string> out;
  for (std::string& p : html_paragraphs(html)) {
    std::string text = p.find('&') == std::string::npos ? std::move(p)
                                                        : collapse_space(decode_sgml_entities(p));
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

std::string item_origin(const std::string& input_name, std::size_t n, std::size_t count) {
  return count > 1 ? input_name + "[" + std::to_string(n) + "]" : input_name;
}

std::string item_id(std::string_view own, const std::string& input_id, std::size_t n,
                    std::size_t count) {
  std::string id = collapse_space(own);
  if (!id.empty()) return id;
  return count > 1 ? input_id + ":" + std::to_string(n) : input_id;
}

}  // namespace newsarchive::indexer
