// Where a word ends: the one rule by which extraction splits text into
// words, for quotes and speakers (extract/tokens.h) and for names
// (extract/entity_tokens.h).
#pragma once

#include <cstddef>
#include <string_view>

namespace newsarchive::indexer {

// Letters, digits and combining marks.
bool is_word_char(char32_t c);

// One past the end of the word that starts at byte `begin` of `text` (a
// word character), never past `limit`: word characters, and a joiner
// (' ’ - ‐ . &) between two of them ("O'Neill", "Saint-Germain", "U.S",
// "AT&T"), and the full stop of an abbreviation (is_abbreviation: "Mr.",
// "Calif.", "J."). With `split_possessive`, a possessive ending ("’s" or
// "'s" that no letter follows) is left out: "Russia" of "Russia’s".
std::size_t word_end(std::string_view text, std::size_t begin, std::size_t limit,
                     bool split_possessive);

}  // namespace newsarchive::indexer
