// A small layer over libxml2 for the XML readers: an owning document
// handle, element lookup by local name (namespaces ignored: wire formats
// arrive with, without and with odd prefixes), attribute values and text
// with white space collapsed.
//
// The helpers take and return raw xmlNode pointers into a document the
// caller keeps alive; none of them allocates nodes or throws. Some walk the
// tree recursively: libxml2 builds no tree deeper than 256 elements (it
// stops parsing there), and read_input flattens deeper markup below that
// first (markup_depth.h), so their recursion is bounded.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readers/input.h"
#include "readers/wrapped_paragraphs.h"  // collapse_space

// libxml2's node and document types, declared as libxml2 does, so that
// users of this header need not see libxml2's headers.
typedef struct _xmlNode xmlNode;
typedef struct _xmlDoc xmlDoc;

namespace newsarchive::indexer {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const;
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses XML without network access, repairing what it can (RECOVER) and
// printing nothing. Returns null, with `error` set to a short reason, when
// nothing could be made of the bytes.
XmlDoc parse_xml(std::string_view bytes, std::string& error);

// parse_xml for a reader: when nothing could be made of the input, its
// reason is added to `errors` and the result is null.
XmlDoc parse_xml_input(std::string_view bytes, std::vector<ReadError>& errors);

// Parses HTML (a page, or XHTML held in a wire item) with libxml2's
// forgiving parser, reading the bytes in `encoding` whatever the markup
// declares, without network access and printing nothing. Null when the
// bytes are empty, too many for libxml2 (2 GiB) or hold no element.
XmlDoc parse_html(std::string_view bytes, const std::string& encoding = "UTF-8");

xmlNode* root_element(const XmlDoc& doc);

// An element's name without its namespace prefix.
std::string_view local_name(const xmlNode* node);
// Whether the node is an element; an element with this local name.
bool is_element(const xmlNode* node);
bool is_element(const xmlNode* node, std::string_view local);

// The first element child of `parent` with this local name, or null.
xmlNode* child(const xmlNode* parent, std::string_view local);
// Every element child with this local name, in order.
std::vector<xmlNode*> children(const xmlNode* parent, std::string_view local);
// Every element child, in order.
std::vector<xmlNode*> element_children(const xmlNode* parent);
// The first element below `parent` (in document order) with this local
// name, or null; `parent` itself is not considered.
xmlNode* descendant(const xmlNode* parent, std::string_view local);
// Every element below `parent` with this local name, in document order,
// not looking inside the matches themselves.
std::vector<xmlNode*> descendants(const xmlNode* parent, std::string_view local);

// An attribute's value by local name, whatever its namespace; "" if absent.
std::string attribute(const xmlNode* node, std::string_view local);
// The xml:lang in force at `node` (its own or an ancestor's), or "".
std::string xml_lang(const xmlNode* node);

// All the text below `node`, white space runs collapsed to one space and
// trimmed. Null gives "".
std::string text_of(const xmlNode* node);

// All the text below `node` as written, white space kept.
std::string raw_text_of(const xmlNode* node);

}  // namespace newsarchive::indexer
