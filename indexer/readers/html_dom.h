// Parsing an HTML page with libxml2 and the small questions the HTML reader
// asks of its tree: an element's name, attributes, class and id tokens and
// text.
//
// The parser recovers from any markup and never touches the network. Text
// comes back as UTF-8 whatever the page's charset. The parts of the HTML
// reader live in namespace html, apart from the other readers' helpers.
#pragma once

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ascii.h"  // lower_ascii

namespace newsarchive::indexer::html {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const;
};
using HtmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses the page; null only when libxml2 could not build any tree.
HtmlDoc parse_html(std::string_view bytes, const std::string& encoding);

// The root <html> element (or the document's first element).
xmlNode* root_element(xmlDoc* doc);

bool is_element(const xmlNode* node);
bool is_text(const xmlNode* node);
// Lower-case element name ("" for other nodes).
std::string_view tag(const xmlNode* node);
bool is_tag(const xmlNode* node, std::string_view name);
// An attribute's value, or "" when absent.
std::string attr(const xmlNode* node, const char* name);
bool has_attr(const xmlNode* node, const char* name);
// The words of the class and id attributes, lower-cased and split at
// spaces, hyphens, underscores and case changes ("articleBody" gives
// "article", "body").
std::vector<std::string> class_id_tokens(const xmlNode* node);

// Runs of white space (including no-break spaces) become one space; the
// ends are trimmed; soft hyphens and zero-width spaces are dropped.
std::string collapse_space(std::string_view text);

// The text of a text node (or "" for other nodes).
std::string_view node_content(const xmlNode* node);

// All the text below a node, white space collapsed, leaving out scripts,
// styles, templates, noscript and ruby annotations.
std::string text_of(const xmlNode* node);

}  // namespace newsarchive::indexer::html
