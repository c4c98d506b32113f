// Gazetteer: known names of places, organisations, misc entities and people,
// each with its canonical name, matched against the words of a paragraph.
//
// Data formats (data/gazetteer/README.txt):
//   names:     Canonical Name|alias|alias ... [> Country]
//   demonyms:  Demonym|Demonym ... = Place
// A demonym is an entry of the place's type and canonical name, marked so
// that its mention reads as misc ("Chinese" -> China, misc mention).
//
// Matching: a phrase matches an entry written the same way, or in capitals
// ("CHINA" matches "China"), never in lower case ("us" is not "US"). A later
// entry for the same written form replaces an earlier one. Immutable after
// loading, so one gazetteer may serve every thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/entity_tokens.h"
#include "extract/entity_types.h"

namespace newsarchive::indexer {

struct GazetteerEntry {
  std::vector<std::string> words;  // the written form, tokenised
  std::string canonical;
  EntityType type = EntityType::kMisc;
  bool demonym = false;
};

class Gazetteer {
 public:
  struct Match {
    std::size_t tokens = 0;  // 0 when nothing matched
    const GazetteerEntry* entry = nullptr;
  };

  // Adds the lines of a names file, all of type `type`.
  void add_names(std::string_view text, EntityType type);
  // Adds the lines of a demonyms file; each demonym takes the type of its
  // place when the place is known, else kPlace.
  void add_demonyms(std::string_view text);
  // Adds one written form. With `keep_existing`, a form already known is left
  // as it is.
  void add(std::string_view written, std::string_view canonical, EntityType type,
           bool demonym = false, bool keep_existing = false);
  // Records that the place `canonical` lies in `country` (a country lies in
  // itself).
  void set_country(std::string_view canonical, std::string_view country);

  // The longest entry matching tokens[i, end) from i (word tokens and
  // punctuation alike).
  Match longest_match(const std::vector<EntityToken>& tokens, std::size_t i,
                      std::size_t end) const;
  // The entry for a whole phrase, tokenised as in paragraphs; nullptr if none.
  const GazetteerEntry* find(std::string_view phrase) const;
  // The country of a place's canonical name, "" if unknown.
  std::string_view country_of(std::string_view canonical) const;
  bool is_country(std::string_view canonical) const;
  // A country, or a nation within one that fields its own teams (a line of
  // places.txt ending in " !": "England > United Kingdom !").
  bool is_nation(std::string_view canonical) const;

  std::size_t size() const { return entries_.size(); }

 private:
  const GazetteerEntry* match_at(const std::vector<EntityToken>& tokens, std::size_t i,
                                 std::size_t n) const;

  // Lower-cased written form (words joined by ' ') -> entry.
  std::unordered_map<std::string, GazetteerEntry> entries_;
  // Lower-cased first word -> the most words of an entry starting with it.
  std::unordered_map<std::string, std::size_t> longest_by_first_;
  std::unordered_map<std::string, std::string> country_;
  std::unordered_set<std::string> nations_;  // canonical names flagged " !"
};

}  // namespace newsarchive::indexer
