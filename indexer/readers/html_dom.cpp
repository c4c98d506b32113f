#include "readers/html_dom.h"

#include <libxml/encoding.h>


namespace newsarchive::indexer {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    if (len == 2 && c < 0xC2) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

// The value after "charset=" in s, up to a quote, space, semicolon or '>'.
std::string charset_value(std::string_view s) {
  const std::string low = lower_ascii(s);
  const auto at = low.find("charset");
  if (at == std::string::npos) return "";
  std::size_t i = at + 7;
  while (i < low.size() && is_space(static_cast<unsigned char>(low[i]))) ++i;
  if (i >= low.size() || low[i] != '=') return "";
  ++i;
  while (i < low.size() && (is_space(static_cast<unsigned char>(low[i])) || low[i] == '"' || low[i] == '\''))
    ++i;
  std::size_t end = i;
  while (end < low.size() && low[end] != '"' && low[end] != '\'' && low[end] != ';' && low[end] != '>' &&
         low[end] != '/' && !is_space(static_cast<unsigned char>(low[end])))
    ++end;
  return low.substr(i, end - i);
}

}  // namespace

void XmlDocFree::operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string declared_charset(std::string_view bytes) {
  // Like a browser's prescan: look through the start of the page for <meta
  // tags, outside comments.
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string_view::npos) {
    if (head.substr(i, 4) == "<!--") {
      const auto end = head.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const std::string name = lower_ascii(head.substr(i + 1, 5));
    const auto close = head.find('>', i);
    if (close == std::string_view::npos) break;
    if (name.rfind("meta", 0) == 0 && (name.size() < 5 || is_space(static_cast<unsigned char>(name[4])))) {
      std::string cs = charset_value(head.substr(i, close - i + 1));
      if (!cs.empty()) return cs;
    }
    i = close + 1;
  }
  return "";
}

std::string choose_encoding(std::string_view bytes, bool& repaired) {
  repaired = false;
  const bool utf8 = valid_utf8(bytes);
  // Multi-byte sequences that are all valid UTF-8 are almost never text in
  // another charset: trust them over a declaration that says otherwise.
  bool ascii = true;
  for (char c : bytes) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (utf8 && !ascii) return "utf-8";
  std::string cs = declared_charset(bytes);
  // Browsers read Latin-1 and ASCII declarations as Windows-1252.
  if (cs == "iso-8859-1" || cs == "latin1" || cs == "us-ascii" || cs == "ascii") cs = "windows-1252";
  if (cs == "utf8") cs = "utf-8";
  if (!cs.empty() && cs != "utf-8" && cs != "utf-16") {
    if (xmlCharEncodingHandler* h = xmlFindCharEncodingHandler(cs.c_str())) {
      xmlCharEncCloseFunc(h);
      return cs;
    }
  }
  if (utf8) return "utf-8";
  repaired = true;
  return "windows-1252";
}

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
    bool space = is_space(c) || c == '\v';
    std::size_t skip = 0;
    // U+00A0 no-break space and U+200B zero-width space
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;
      skip = 1;
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
      if (t == "script" || t == "style" || t == "template" || t == "noscript") continue;
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

}  // namespace newsarchive::indexer
