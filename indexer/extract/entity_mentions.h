// Candidate entity spans in one paragraph, from capitalisation and context.
//
// A candidate is a run of capitalised words (with the lower-case particles
// names carry: "Bank of England", "Charles de Gaulle", "Rio de Janeiro"),
// split where a title or role stands ("US Secretary of State Antony
// Blinken" -> "US", "Antony Blinken"), without the common words that start a
// sentence ("However", "Officials"). Known gazetteer phrases are kept whole
// and split from what follows them unless a keyword makes the whole one name
// ("Japan Airlines"). Each candidate carries the cues the typing needs.
//
// In a paragraph written in capitals (a wire headline) capitalisation says
// nothing: candidates are then gazetteer phrases and single unknown words
// marked `caps_only`, which typing keeps only if the article names them
// elsewhere.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/entity_resources.h"
#include "extract/entity_tokens.h"
#include "extract/entity_types.h"

namespace newsarchive::indexer {

struct EntityCandidate {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  const GazetteerEntry* known = nullptr;  // the gazetteer entry for the whole span
  bool after_title = false;     // a title or role stands right before it
  bool sentence_start = false;  // its first word starts a sentence
  bool caps_only = false;       // found in a paragraph in capitals, not known
  bool dateline = false;        // the place of a dateline ("LONDON 1996-08-30")
};

// How a paragraph is written, and what the article is.
struct ParagraphShape {
  bool caps = false;   // mostly words in capitals
  bool table = false;  // mostly numbers: a results table or a list
  bool sports = false;  // the article is a sports report (entity_typing.h)
};

ParagraphShape paragraph_shape(const std::vector<EntityToken>& tokens);

std::vector<EntityCandidate> find_candidates(const std::vector<EntityToken>& tokens,
                                             const ParagraphShape& shape,
                                             const EntityResources& res);

}  // namespace newsarchive::indexer
