// Paragraphs from marked-up text: the XHTML of a NewsML-G2 inlineXML, an
// NITF body.content, the HTML string of a ninjs body_html.
//
// Each block element (p, h1-h6, li, blockquote, div, pre, a table row...)
// gives its own paragraphs; inline elements run into the text around them.
// Line breaks (<br>) inside a block split it when they separate whole
// sentences or come in pairs, and join as spaces when they hard-wrap a
// sentence. Scripts, styles, page furniture (head, header, nav, footer,
// aside) and media (figure, img, NITF media) are left out: captions are
// read separately. White space is collapsed; empty paragraphs are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

typedef struct _xmlNode xmlNode;  // libxml2's, as it declares it

namespace newsarchive::indexer {

// The paragraphs of everything inside `container` (not its own name).
std::vector<std::string> markup_paragraphs(const xmlNode* container);

// The paragraphs of a string of HTML or XHTML, parsed forgivingly. A string
// with no tags at all is read as plain text (text_paragraphs).
std::vector<std::string> html_paragraphs(std::string_view html);

// The paragraphs of plain text: blank lines separate paragraphs and the
// lines within one are joined; text without blank lines has a paragraph a
// line.
std::vector<std::string> text_paragraphs(std::string_view text);

}  // namespace newsarchive::indexer
