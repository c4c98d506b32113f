// An HTML page as a sequence of text blocks: the runs of text between
// block-level boundaries (paragraphs, list items, headings, table cells,
// text directly inside divs, and stretches split by two <br>s), in document
// order, with what the content selection needs to weigh them.
#pragma once

#include <string>
#include <vector>

#include "readers/html_dom.h"

namespace newsarchive::indexer::html {

struct TextBlock {
  std::string text;             // white space collapsed, never empty
  std::size_t link_chars = 0;   // bytes of it inside <a> elements
  const xmlNode* container = nullptr;  // nearest block-level element
  // Elements around the block whose role or class words mark them as page
  // furniture (Boilerplate::weak); the selection decides whether to keep
  // them.
  std::vector<const xmlNode*> furniture;
  bool in_article_header = false;  // inside Boilerplate::article_header
};

// The page's text blocks, leaving out non-content tags, hidden elements and
// reader comments (Boilerplate::strong), except that an
// element declared as the article body is never left out for its class
// words.
std::vector<TextBlock> collect_blocks(xmlNode* root);

// Whether the tag starts and ends a block of text.
bool is_block_tag(std::string_view tag);

}  // namespace newsarchive::indexer::html
