#include "readers/html_dom.h"

#include "newsarchive/ascii.h"


namespace newsarchive::indexer::html {
namespace {


}  // namespace

void XmlDocFree::operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }

namespace {
void ignore_message(void*, const char*, ...) {}
}  // namespace

HtmlDoc parse_html(std::string_view bytes, const std::string& encoding) {
  // Bytes that the encoding cannot convert are reported through the
  // generic error handler whatever the parser options say; they are
  // replaced, and the message is of no use to the reader's caller.
  xmlSetGenericErrorFunc(nullptr, ignore_message);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  return HtmlDoc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr,
                                encoding.c_str(), options));
}

xmlNode* root_element(xmlDoc* doc) { return doc ? xmlDocGetRootElement(doc) : nullptr; }

bool is_element(const xmlNode* node) { return node && node->type == XML_ELEMENT_NODE; }

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

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    bool space = is_ascii_space(c) || c == '\v';
    std::size_t skip = 0;
    // U+00A0 no-break space, U+00AD soft hyphen and U+200B zero-width space
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;
      skip = 1;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xAD) {
      ++i;
      continue;
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) == 0x8B) {
      i += 2;
      continue;
    }
    if (space) {
      pending = !out.empty();
      i += skip;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += static_cast<char>(c);
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

std::string text_of(const xmlNode* node) {
  if (!node) return "";
  if (is_text(node)) return collapse_space(node_content(node));
  std::string raw;
  append_text(node, raw);
  return collapse_space(raw);
}

}  // namespace newsarchive::indexer::html
