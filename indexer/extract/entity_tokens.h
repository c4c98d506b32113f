// Words and punctuation of one paragraph, as entity extraction sees them.
//
// Words keep internal full stops, apostrophes, hyphens and ampersands
// ("U.S.", "O'Neill", "Saint-Germain", "AT&T"); an initial or a known
// abbreviation keeps its final full stop ("J.", "Mr.", "Inc."); a possessive
// ending ("’s", "'s") and a plural possessive's apostrophe ("firms’") are
// tokens of their own, so a name ends before them. Editorial brackets [ and ]
// are skipped: "[Russian President Vladimir] Putin" reads as one run.
// Offsets are bytes into the text, which the caller keeps alive. Linear.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "newsarchive/ascii.h"  // lower_ascii

namespace newsarchive::indexer {

struct EntityToken {
  std::string_view text;
  std::size_t begin = 0;  // bytes into the paragraph
  std::size_t end = 0;
  bool word = false;         // letters or digits (else punctuation)
  bool capitalised = false;  // starts with an upper-case letter
  bool all_caps = false;     // has letters, none lower case
  bool sentence_start = false;  // first word of a sentence or quotation
};

std::vector<EntityToken> tokenize_for_entities(std::string_view text);

// "J.", "J.R.": an initial (or initials) before a family name; not "Mr."
// or "Corp.".
bool is_initial(std::string_view w);

// Whether the token starts with an ASCII digit ("1990s", "3-2").
bool starts_with_digit(const EntityToken& t);

}  // namespace newsarchive::indexer
