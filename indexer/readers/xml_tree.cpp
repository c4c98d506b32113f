#include "readers/xml_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>

namespace newsarchive::indexer {
namespace {

void ignore_message(void*, const char*, ...) {}

// libxml2 sets up its global state on first use; doing it once here keeps
// that off the readers' worker threads.
void init_parser() {
  static const bool done = [] {
    xmlInitParser();
    return true;
  }();
  (void)done;
}

// True if `s` has bytes above ASCII and they all form valid UTF-8.
bool is_non_ascii_utf8(std::string_view s) {
  bool high = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    high = true;
    std::size_t len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (c >= 0xF5) len = 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return high;
}

void gather_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* n = node->children; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) out += reinterpret_cast<const char*>(n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      gather_text(n, out);
    }
  }
}

void collect(const xmlNode* parent, std::string_view local, std::vector<xmlNode*>& out) {
  for (xmlNode* n = parent->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (local_name(n) == local) out.push_back(n);
    else collect(n, local, out);
  }
}

}  // namespace

void XmlDocFree::operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }

XmlDoc parse_xml(std::string_view bytes, std::string& error) {
  init_parser();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    error = "XML input too large";
    return nullptr;
  }
  xmlResetLastError();
  // Feeds often declare Latin-1 and send UTF-8; non-ASCII text that is
  // valid UTF-8 is hardly ever anything else, so it is read as UTF-8
  // whatever the declaration says.
  const char* encoding = is_non_ascii_utf8(bytes) ? "UTF-8" : nullptr;
  XmlDoc doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                               XML_PARSE_RECOVER | XML_PARSE_NOCDATA | XML_PARSE_COMPACT));
  if (doc == nullptr || xmlDocGetRootElement(doc.get()) == nullptr) {
    const xmlError* e = xmlGetLastError();
    error = "not well-formed XML";
    if (e != nullptr && e->message != nullptr) {
      error += ": " + collapse_space(e->message);
      if (e->line > 0) error += " (line " + std::to_string(e->line) + ")";
    }
    return nullptr;
  }
  return doc;
}

XmlDoc parse_xml_input(std::string_view bytes, std::vector<ReadError>& errors) {
  std::string error;
  XmlDoc doc = parse_xml(bytes, error);
  if (!doc) errors.push_back({"", error});
  return doc;
}

XmlDoc parse_html(std::string_view bytes, const std::string& encoding) {
  init_parser();
  if (bytes.empty() || bytes.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
  // Bytes that the encoding cannot convert are reported through the
  // generic error handler whatever the options say; they are replaced,
  // and the message is of no use to the caller.
  xmlSetGenericErrorFunc(nullptr, ignore_message);
  XmlDoc doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr,
                            encoding.c_str(),
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC));
  if (doc == nullptr || xmlDocGetRootElement(doc.get()) == nullptr) return nullptr;
  return doc;
}

xmlNode* root_element(const XmlDoc& doc) {
  return doc ? xmlDocGetRootElement(doc.get()) : nullptr;
}

std::string_view local_name(const xmlNode* node) {
  if (node == nullptr || node->name == nullptr) return {};
  std::string_view name(reinterpret_cast<const char*>(node->name));
  // Parsed without namespace support (HTML) a prefix stays in the name.
  if (const auto colon = name.rfind(':'); colon != std::string_view::npos)
    name.remove_prefix(colon + 1);
  return name;
}

bool is_element(const xmlNode* node) { return node != nullptr && node->type == XML_ELEMENT_NODE; }

bool is_element(const xmlNode* node, std::string_view local) {
  return is_element(node) && local_name(node) == local;
}

xmlNode* child(const xmlNode* parent, std::string_view local) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* n = parent->children; n != nullptr; n = n->next)
    if (is_element(n, local)) return n;
  return nullptr;
}

std::vector<xmlNode*> children(const xmlNode* parent, std::string_view local) {
  std::vector<xmlNode*> out;
  if (parent == nullptr) return out;
  for (xmlNode* n = parent->children; n != nullptr; n = n->next)
    if (is_element(n, local)) out.push_back(n);
  return out;
}

std::vector<xmlNode*> element_children(const xmlNode* parent) {
  std::vector<xmlNode*> out;
  if (parent == nullptr) return out;
  for (xmlNode* n = parent->children; n != nullptr; n = n->next)
    if (n->type == XML_ELEMENT_NODE) out.push_back(n);
  return out;
}

xmlNode* descendant(const xmlNode* parent, std::string_view local) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* n = parent->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (local_name(n) == local) return n;
    if (xmlNode* found = descendant(n, local)) return found;
  }
  return nullptr;
}

std::vector<xmlNode*> descendants(const xmlNode* parent, std::string_view local) {
  std::vector<xmlNode*> out;
  if (parent != nullptr) collect(parent, local, out);
  return out;
}

std::string attribute(const xmlNode* node, std::string_view local) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return "";
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr) continue;
    std::string_view name(reinterpret_cast<const char*>(a->name));
    if (const auto colon = name.rfind(':'); colon != std::string_view::npos)
      name.remove_prefix(colon + 1);
    if (name != local) continue;
    std::string value;
    for (const xmlNode* t = a->children; t != nullptr; t = t->next)
      if (t->content != nullptr) value += reinterpret_cast<const char*>(t->content);
    return value;
  }
  return "";
}

std::string xml_lang(const xmlNode* node) {
  if (node == nullptr) return "";
  xmlChar* lang = xmlNodeGetLang(node);
  if (lang == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(lang));
  xmlFree(lang);
  return collapse_space(out);
}

std::string text_of(const xmlNode* node) {
  if (node == nullptr) return "";
  std::string raw;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content != nullptr) raw = reinterpret_cast<const char*>(node->content);
  } else {
    gather_text(node, raw);
  }
  return collapse_space(raw);
}

std::string raw_text_of(const xmlNode* node) {
  std::string raw;
  if (node != nullptr) gather_text(node, raw);
  return raw;
}


}  // namespace newsarchive::indexer
