#include "readers/ritzau_reader.h"

#include <libxml/tree.h>

#include <string_view>

#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_letter_byte(char c) {
  return is_lower(c) || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

// Whether a strapline reads as a headline: three or more words with
// letters, some of them lower case, and none of the slashes and dash runs
// of the desk codes Ritzau also puts there ("NU/FLASH-U",
// "---PRESSEMEDDELELSE---").
bool reads_as_headline(std::string_view strapline) {
  const std::string s = collapse_space(strapline);
  if (s.find('/') != std::string::npos || s.find("--") != std::string::npos) return false;
  bool lower = false;
  std::size_t words = 0;
  bool in_word = false, word_has_letter = false;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ') {
      if (in_word && word_has_letter) ++words;
      in_word = word_has_letter = false;
      continue;
    }
    in_word = true;
    word_has_letter = word_has_letter || is_letter_byte(s[i]);
    lower = lower || is_lower(s[i]);
  }
  return words >= 3 && lower;
}

// The source an origin names: "/ritzau/" is Ritzau itself; anything else
// ("Via Ritzau") is kept as written, less its slashes.
std::string source_of(std::string_view origin) {
  std::string s = collapse_space(origin);
  while (!s.empty() && (s.front() == '/' || s.front() == ' ')) s.erase(0, 1);
  while (!s.empty() && (s.back() == '/' || s.back() == ' ')) s.pop_back();
  std::string lower = s;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (s.empty() || lower == "ritzau") return "Ritzau";
  return s;
}

std::string item_language(const xmlNode* item) {
  for (std::string_view name : {"language", "Language", "lang"})
    if (const std::string l = text_of(child(item, name)); !l.empty()) return l;
  return "da";
}

}  // namespace

ReadResult read_ritzau(const Input& input) {
  ReadResult result;
  const XmlDoc doc = parse_xml_input(input.bytes, result.errors);
  if (!doc) return result;
  xmlNode* root = root_element(doc);
  std::vector<xmlNode*> items;
  if (is_element(root, "RBNews")) {
    items.push_back(root);
  } else if (is_element(root, "XMLNewsQueuedResponse")) {
    const std::string code = text_of(descendant(root, "error"));
    if (!code.empty() && code != "0") {
      const std::string message = text_of(descendant(root, "errormsg"));
      result.errors.push_back(
          {"", "Ritzau response with error " + code + (message.empty() ? "" : ": " + message)});
    }
    items = descendants(root, "RBNews");
    if (items.empty()) result.errors.push_back({"", "Ritzau response with no RBNews items"});
  } else {
    result.errors.push_back(
        {"", "not Ritzau RBNews: the root element is <" + std::string(local_name(root)) + ">"});
    return result;
  }
  std::size_t n = 0;
  for (const xmlNode* item : items) {
    ++n;
    const std::string position = "item " + std::to_string(n);
    if (text_of(child(item, "Annuleret")) == "true") {
      result.errors.push_back({position, position + " is cancelled (Annuleret)"});
      continue;
    }
    RawArticle a;
    a.format = "ritzau";
    a.headline = markup_text(text_of(child(item, "headline")));
    if (a.headline.empty()) {
      const std::string strapline = markup_text(text_of(child(item, "strapline")));
      if (reads_as_headline(strapline)) a.headline = strapline;
    }
    a.standfirst = markup_text(text_of(child(item, "subtitle")));
    if (a.standfirst == a.headline) a.standfirst.clear();
    a.body = escaped_html_paragraphs(raw_text_of(child(item, "content")));
    add_byline(a, text_of(child(item, "byLine")));
    a.date = text_of(child(item, "PublishDate"));
    a.dateline = markup_text(text_of(child(item, "town")));
    a.section = markup_text(text_of(child(item, "section")));
    a.source = source_of(text_of(child(item, "origin")));
    a.language = item_language(item);
    a.url = input.url;
    if (a.body.empty()) {
      result.errors.push_back({position, position + " has no content"});
      continue;
    }
    a.origin = item_origin(input.name, n, items.size());
    a.id = item_id(text_of(child(item, "NewsID")), input.id, n, items.size());
    if (a.headline.empty()) a.warnings.push_back("the item states no headline");
    result.articles.push_back(std::move(a));
  }
  return result;
}

}  // namespace newsarchive::indexer
