// Choosing a page's article text among its text blocks.
//
// Each block of at least a short sentence's length, not mostly link text,
// weighs its length without links; each element is scored by the weight of
// the blocks inside it times the cube of their share of all the text inside
// it (weight * density^3), so that the winner is the element that holds the
// most article-like text with the least else around it: the whole page
// holds everything but also its menus and footers, one paragraph holds
// little. The cube favours clean containers: a container twice as large
// must be more than about 80% as dense to win. Containers with less than
// 30% of the page's prose are not candidates. Siblings of the winner (and
// of its parent and grandparent) holding 150 bytes of prose at 95% density
// or more are added to it.
// Page furniture (html_boilerplate.h) is dropped first, unless one such
// element holds half the page's weight (its class words misled us; a form
// must also hold half the page's text).
#pragma once

#include <string>
#include <vector>

#include "readers/html_blocks.h"

namespace newsarchive::indexer::html {

struct ContentSelection {
  const xmlNode* container = nullptr;  // null when the page has no text
  std::vector<std::string> paragraphs;
};

// The article's paragraphs: the blocks inside the chosen element, without
// link-dense blocks, <h1> headings, blocks repeating the headline, short
// picture credits ("© Jane Roe/AP", "Photo: ...") and captions or lines
// of up to 200 bytes with a © in them, and
// short blocks that come after the last prose block, head a link-dense
// block or left-out furniture, or stand in the article's own <header>;
// and, after the last paragraph of the element holding most of the text,
// what holds at most 10% as much prose, or, of the rest, the blocks in
// elements of another kind (tag and class) outside that element when they
// hold at most half as much (notes, calls to subscribe, related reading
// placed after the text).
ContentSelection select_content(const std::vector<TextBlock>& blocks, const std::string& headline);

// Lower-cased letters and digits of s, other characters dropped (ASCII
// only folds case; other bytes are kept).
std::string comparable(std::string_view s);

}  // namespace newsarchive::indexer::html
