// Splitting plain text into blocks: runs of non-blank lines separated by one
// or more blank lines. A block is a paragraph, a headline, a photo caption...
#pragma once

#include <string_view>
#include <vector>

namespace newsarchive::indexer {

// The trimmed, non-empty lines of one block, as views into the text.
using Block = std::vector<std::string_view>;

// Requires `text` to use \n line ends (decode.h gives that) and to outlive
// the result. Lines holding only white space count as blank.
std::vector<Block> split_blocks(std::string_view text);

}  // namespace newsarchive::indexer
