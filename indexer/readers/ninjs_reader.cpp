#include "readers/ninjs_reader.h"

#include <nlohmann/json.hpp>

#include "readers/decode.h"
#include "readers/markup_paragraphs.h"
#include "readers/wire_fields.h"
#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

using nlohmann::json;

// How far into an input looks_like_ninjs looks.
constexpr std::size_t kSniffBytes = 64 * 1024;

std::string field_string(const json& item, const char* key) {
  auto it = item.find(key);
  if (it == item.end()) return "";
  if (it->is_string()) return collapse_space(it->get<std::string>());
  if (it->is_object())
    for (const char* k : {"name", "city", "value"})
      if (auto v = it->find(k); v != it->end() && v->is_string())
        return collapse_space(v->get<std::string>());
  return "";
}

// Raw string value, white space kept (for bodies).
std::string raw(const json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_string() ? it->get<std::string>() : "";
}

// The names in a list of objects with "name" (or of strings).
std::vector<std::string> names(const json& item, const char* key) {
  std::vector<std::string> out;
  auto it = item.find(key);
  if (it == item.end()) return out;
  auto add = [&out](const json& v) {
    if (v.is_string()) out.push_back(collapse_space(v.get<std::string>()));
    else if (v.is_object())
      if (auto n = v.find("name"); n != v.end() && n->is_string())
        out.push_back(collapse_space(n->get<std::string>()));
  };
  if (it->is_array()) {
    for (const json& v : *it) add(v);
  } else {
    add(*it);
  }
  return out;
}

bool is_ninjs_media(const std::string& type) {
  return type == "picture" || type == "graphic" || type == "video" || type == "audio";
}

// The items a parsed value holds, following feed and API wrappers.
void collect_items(const json& v, std::vector<const json*>& out, int depth = 0) {
  if (depth > 4) return;
  if (v.is_array()) {
    for (const json& e : v) collect_items(e, out, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  const bool item_like = v.contains("headline") || v.contains("body_html") ||
                         v.contains("body_text") || v.contains("versioncreated") ||
                         v.contains("uri") || v.contains("guid");
  if (item_like && (v.contains("type") || v.contains("headline") || v.contains("versioncreated"))) {
    out.push_back(&v);
    return;
  }
  for (const char* key : {"data", "item", "items"})
    if (auto it = v.find(key); it != v.end()) collect_items(*it, out, depth + 1);
}

void read_ninjs_captions(const json& item, RawArticle& a) {
  auto assoc = item.find("associations");
  if (assoc == item.end() || !(assoc->is_object() || assoc->is_array())) return;
  for (const json& v : *assoc) {
    if (!v.is_object()) continue;
    const std::string type = field_string(v, "type");
    if (type != "picture" && type != "graphic") continue;
    Caption c;
    for (const char* key : {"description_text", "description_caption", "body_text", "headline"})
      if (c.text.empty()) c.text = field_string(v, key);
    if (c.text.empty()) {
      const std::vector<std::string> p = html_paragraphs(raw(v, "description_html"));
      if (!p.empty()) c.text = p.front();
    }
    for (const char* key : {"byline", "description_creditline", "creditline", "copyrightholder"})
      if (c.credit.empty()) c.credit = field_string(v, key);
    if (!c.text.empty()) a.captions.push_back(std::move(c));
  }
}

std::vector<std::string> body_of(const json& item) {
  for (const char* key : {"body_html", "body_xhtml"}) {
    std::vector<std::string> p = html_paragraphs(raw(item, key));
    if (!p.empty()) return p;
  }
  return text_paragraphs(raw(item, "body_text"));
}

// One item -> an article, or the reason it is none.
bool read_ninjs_item(const json& item, RawArticle& a, std::string& reason) {
  const std::string type = field_string(item, "type");
  if (is_ninjs_media(type)) {
    reason = type + " item, no text";
    return false;
  }
  a.format = "ninjs";
  a.headline = field_string(item, "headline");
  a.body = body_of(item);
  a.standfirst = field_string(item, "description_text");
  if (a.standfirst.empty()) {
    const std::vector<std::string> p = html_paragraphs(raw(item, "description_html"));
    if (!p.empty()) a.standfirst = p.front();
  }
  if (a.standfirst == a.headline) a.standfirst.clear();
  if (const std::string by = field_string(item, "byline"); !by.empty()) add_byline(a, by);
  else
    for (const std::string& n : names(item, "authors")) add_byline(a, n);
  for (const char* key : {"firstcreated", "versioncreated", "firstpublished"})
    set_if_empty(a.date, field_string(item, key));
  set_if_empty(a.dateline, field_string(item, "located"));
  set_if_empty(a.dateline, field_string(item, "datelinelocation"));
  for (const std::string& s : names(item, "subject")) add_subject(a, s);
  for (const std::string& s : names(item, "keywords")) add_subject(a, s);
  for (const std::string& s : names(item, "place")) add_hint(a, s, "place");
  for (const std::string& s : names(item, "person")) add_hint(a, s, "person");
  for (const std::string& s : names(item, "organisation")) add_hint(a, s, "organization");
  for (const std::string& s : names(item, "organization")) add_hint(a, s, "organization");
  a.language = field_string(item, "language");
  for (const char* key : {"source", "provider", "copyrightholder"}) set_if_empty(a.source, field_string(item, key));
  a.id = field_string(item, "uri");
  set_if_empty(a.id, field_string(item, "guid"));
  read_ninjs_captions(item, a);
  if (a.body.empty()) {
    reason = a.headline.empty() ? "ninjs item with no headline and no body"
                                : (type.empty() ? "item" : type + " item") +
                                      " with no body text (none in the file)";
    return false;
  }
  return true;
}

// Items from one JSON value: the whole input (line 0) or one line of
// JSON Lines.
void read_items(const Input& input, const std::vector<const json*>& items,
                std::size_t line_no, ReadResult& result) {
  const std::string prefix = line_no > 0 ? "line " + std::to_string(line_no) + ", " : "";
  const std::string base_id = line_no > 0 ? input.id + ":" + std::to_string(line_no) : input.id;
  const std::string base_name =
      line_no > 0 ? input.name + ":" + std::to_string(line_no) : input.name;
  std::size_t n = 0;
  for (const json* item : items) {
    ++n;
    RawArticle a;
    std::string reason;
    const std::string position = prefix + "item " + std::to_string(n);
    if (!read_ninjs_item(*item, a, reason)) {
      result.errors.push_back({position, reason});
      continue;
    }
    a.origin = item_origin(base_name, n, items.size());
    a.url = input.url;
    a.id = item_id(a.id, base_id, n, items.size());
    if (a.headline.empty()) a.warnings.push_back("the item states no headline");
    result.articles.push_back(std::move(a));
  }
}

}  // namespace

bool looks_like_ninjs(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  const auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string_view::npos || (head[first] != '{' && head[first] != '[')) return false;
  const bool id = head.find("\"uri\"") != std::string_view::npos ||
                  head.find("\"guid\"") != std::string_view::npos;
  bool ninjs_key = false;
  for (std::string_view key : {"\"versioncreated\"", "\"firstcreated\"", "\"body_html\"",
                               "\"body_text\"", "\"body_xhtml\""})
    ninjs_key = ninjs_key || head.find(key) != std::string_view::npos;
  return id && ninjs_key;
}

ReadResult read_ninjs(const Input& input) {
  ReadResult result;
  const Decoded decoded = decode_text(input.bytes);
  if (!decoded.ok) {
    result.errors.push_back(decoded.error);
    return result;
  }
  json all = json::parse(decoded.text, nullptr, /*allow_exceptions=*/false);
  if (!all.is_discarded()) {
    std::vector<const json*> items;
    collect_items(all, items);
    if (items.empty()) result.errors.push_back({"", "no ninjs item found"});
    read_items(input, items, 0, result);
    return result;
  }
  // JSON Lines of items.
  std::size_t start = 0, line_no = 0;
  const std::string& text = decoded.text;
  while (start < text.size()) {
    ++line_no;
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) {
      result.errors.push_back({"line " + std::to_string(line_no), "invalid JSON"});
      continue;
    }
    std::vector<const json*> items;
    collect_items(j, items);
    if (items.empty()) result.errors.push_back({"line " + std::to_string(line_no), "no ninjs item"});
    read_items(input, items, line_no, result);
  }
  return result;
}

}  // namespace newsarchive::indexer
