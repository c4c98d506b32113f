// The small questions the HTML reader asks of a page's tree (parsed with
// xml_tree.h's parse_html, which recovers from any markup and never touches
// the network): an element's name, attributes, class and id tokens and
// visible text, as UTF-8 whatever the page's charset. The parts of the HTML
// reader live in namespace html, apart from the other readers' helpers.
#pragma once

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ascii.h"  // lower_ascii
#include "readers/xml_tree.h"    // XmlDoc, parse_html, root_element, is_element
#include "text/text_scan.h"      // collapse_space

namespace newsarchive::indexer::html {

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

// The text of a text node (or "" for other nodes).
std::string_view node_content(const xmlNode* node);

// All the text below a node, white space collapsed, leaving out scripts,
// styles, templates, noscript and ruby annotations.
std::string visible_text(const xmlNode* node);

}  // namespace newsarchive::indexer::html
