// schema.org JSON-LD: the article object of a page.
#include <nlohmann/json.hpp>

#include "readers/html_metadata.h"

namespace newsarchive::indexer::html {
namespace {

using nlohmann::json;

bool is_article_type(const std::string& type) {
  // NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting,
  // ScholarlyArticle, ... all end in "Article" or "Posting".
  const auto ends = [&](std::string_view suffix) {
    return type.size() >= suffix.size() && type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends("Article") || ends("Posting") || type == "Report";
}

bool has_article_type(const json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return is_article_type(it->get<std::string>());
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && is_article_type(t.get<std::string>())) return true;
  return false;
}

// Every object in the value, depth first (arrays, @graph, and objects that
// wrap the article such as WebPage.mainEntity).
void collect_objects(const json& v, std::vector<const json*>& out, int depth = 0) {
  if (depth > 6) return;
  if (v.is_array()) {
    for (const auto& e : v) collect_objects(e, out, depth + 1);
  } else if (v.is_object()) {
    out.push_back(&v);
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"}) {
      auto it = v.find(key);
      if (it != v.end()) collect_objects(*it, out, depth + 1);
    }
  }
}

std::string string_of(const json& v, int depth = 0) {
  if (v.is_string()) return collapse_space(v.get<std::string>());
  if (v.is_array() && depth < 4)
    for (const auto& e : v)
      if (std::string s = string_of(e, depth + 1); !s.empty()) return s;
  if (v.is_object()) {
    for (const char* key : {"name", "@value", "text"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_string()) return collapse_space(it->get<std::string>());
    }
  }
  return "";
}

// Arrays of names are looked into a few levels deep, no deeper, so the
// recursion is bounded whatever the page nests.
void add_names(const json& v, std::vector<std::string>& out, int depth = 0) {
  if (v.is_array()) {
    if (depth < 4)
      for (const auto& e : v) add_names(e, out, depth + 1);
    return;
  }
  std::string name = string_of(v);
  if (!name.empty() && !looks_like_url(name)) out.push_back(std::move(name));
}

std::vector<std::string> split_keywords(const json& v) {
  std::vector<std::string> out;
  if (v.is_array()) {
    for (const auto& e : v)
      for (auto& s : split_keywords(e)) out.push_back(std::move(s));
    return out;
  }
  const std::string s = string_of(v);
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    std::string k = collapse_space(s.substr(start, end - start));
    if (!k.empty()) out.push_back(std::move(k));
    start = end + 1;
  }
  return out;
}

void fill_from(const json& a, PageMetadata& out) {
  auto get = [&](const char* key) -> const json* {
    auto it = a.find(key);
    return it == a.end() || it->is_null() ? nullptr : &*it;
  };
  auto set = [](std::string& field, const json* v) {
    if (field.empty() && v) field = string_of(*v);
  };
  set(out.headline, get("headline"));
  if (out.headline.empty()) set(out.headline, get("name"));
  set(out.description, get("description"));
  set(out.date, get("datePublished"));
  if (out.date.empty()) set(out.date, get("dateCreated"));
  set(out.section, get("articleSection"));
  set(out.language, get("inLanguage"));
  if (const json* p = get("publisher")) set(out.source, p);
  if (out.url.empty())
    if (const json* u = get("url"); u && u->is_string()) out.url = u->get<std::string>();
  if (out.authors.empty()) {
    if (const json* au = get("author")) add_names(*au, out.authors);
    else if (const json* cr = get("creator")) add_names(*cr, out.authors);
  }
  if (out.keywords.empty())
    if (const json* k = get("keywords")) out.keywords = split_keywords(*k);
  if (out.article_body.empty())
    if (const json* b = get("articleBody"); b && b->is_string()) out.article_body = b->get<std::string>();
}

}  // namespace

void read_json_ld(xmlNode* root, PageMetadata& out) {
  std::vector<xmlNode*> scripts;
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    for (xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
      if (!is_element(c)) continue;
      if (is_tag(c, "script")) {
        if (lower_ascii(attr(c, "type")).find("ld+json") != std::string::npos) scripts.push_back(c);
      } else {
        stack.push_back(c);
      }
    }
  }
  for (xmlNode* s : scripts) {
    std::string text;
    for (xmlNode* c = s->children; c; c = c->next) text += node_content(c);
    // Some pages wrap the JSON in "<![CDATA[ ... ]]>" (or in comments): keep
    // what lies between the first opening and the last closing bracket.
    for (std::string_view marker : {"<![CDATA[", "]]>"})
      for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker))
        text.erase(at, marker.size());
    const auto open = text.find_first_of("{[");
    const auto close = text.find_last_of("}]");
    if (open == std::string::npos || close == std::string::npos || close < open) continue;
    text = text.substr(open, close - open + 1);
    const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;
    std::vector<const json*> objects;
    collect_objects(doc, objects);
    for (const json* o : objects)
      if (has_article_type(*o)) fill_from(*o, out);
  }
}

}  // namespace newsarchive::indexer::html
