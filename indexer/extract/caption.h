// Photo captions in plain text: an optional alt-text line, then the caption
// line ending in its credit in square brackets.
//
//   US Secretary of State Antony Blinken shakes hands with ...,
//   US Secretary of State Antony Blinken, centre, greets ... [Gregorio Borgia/Pool via Reuters]
#pragma once

#include <optional>

#include "extract/blocks.h"
#include "newsarchive/article.h"

namespace newsarchive::indexer {

// The caption a block holds, or nullopt if it is not a caption block. A
// caption block has one or two lines; the last ends in "[credit]" with a
// short credit, and neither line is paragraph-long. With two lines the first
// is the alt text.
std::optional<Caption> parse_caption(const Block& block);

// Splits "text [credit]" into its parts; false if the line does not end in
// a short bracketed credit.
bool split_credit(std::string_view line, std::string_view& text, std::string_view& credit);

}  // namespace newsarchive::indexer
