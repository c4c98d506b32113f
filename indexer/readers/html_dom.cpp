#include "readers/html_dom.h"

#include "newsarchive/ascii.h"

namespace newsarchive::indexer::html {

bool is_text(const xmlNode* node) {
  return node && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE);
}

std::string_view tag(const xmlNode* node) {
  if (!is_element(node) || !node->name) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool is_tag(const xmlNode* node, std::string_view name) { return tag(node) == name; }

std::string attr(const xmlNode* node, const char* name) {
  if (!is_element(node)) return "";
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool has_attr(const xmlNode* node, const char* name) {
  return is_element(node) && xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::vector<std::string> class_id_tokens(const xmlNode* node) {
  std::vector<std::string> out;
  for (const char* name : {"class", "id"}) {
    const std::string v = attr(node, name);
    std::string cur;
    auto flush = [&] {
      if (!cur.empty()) out.push_back(lower_ascii(cur));
      cur.clear();
    };
    for (std::size_t i = 0; i < v.size(); ++i) {
      const char c = v[i];
      const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alpha) {
        flush();
        continue;
      }
      if (c >= 'A' && c <= 'Z' && i > 0 && v[i - 1] >= 'a' && v[i - 1] <= 'z') flush();
      cur += c;
    }
    flush();
  }
  return out;
}

std::string_view node_content(const xmlNode* node) {
  if (!is_text(node) || !node->content) return {};
  return reinterpret_cast<const char*>(node->content);
}

namespace {
void append_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (is_text(c)) {
      out += node_content(c);
    } else if (is_element(c)) {
      const std::string_view t = tag(c);
      if (t == "script" || t == "style" || t == "template" || t == "noscript" || t == "rt" || t == "rp")
        continue;
      if (t == "br") out += ' ';
      append_text(c, out);
      if (t == "p" || t == "div" || t == "li" || t == "td" || t == "th") out += ' ';
    }
  }
}
}  // namespace

std::string visible_text(const xmlNode* node) {
  if (!node) return "";
  if (is_text(node)) return collapse_space(node_content(node));
  std::string raw;
  append_text(node, raw);
  return collapse_space(raw);
}

}  // namespace newsarchive::indexer::html
