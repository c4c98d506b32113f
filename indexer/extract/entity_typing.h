// The type of one candidate span from what it is and what stands around it,
// before the rest of the article is known: gazetteer entries, organisation,
// place and event keywords ("... Bank", "Gulf of ...", "... Cup"), titles
// before it, given names and initials, a country in brackets after it
// (results lists), ", Country" after it, prepositions of place before it, a
// results-table row, a cue verb after it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/entity_mentions.h"
#include "extract/entity_resources.h"
#include "extract/entity_tokens.h"
#include "extract/entity_types.h"

namespace newsarchive::indexer {

// How sure a typing is; the article's other mentions override a weaker one.
enum class Certainty : unsigned char { kNone, kGuess, kCue, kKnown };

struct Typing {
  EntityType type = EntityType::kMisc;
  Certainty certainty = Certainty::kNone;
  bool demonym = false;  // the mention is an adjective or noun of nationality
};

// Where the paragraph comes from, for the defaults of unknown names: a photo
// credit or a Source: line names people and organisations, a dateline
// ("CAPRI, Italy") places.
enum class TextRole : unsigned char { kText, kCredit, kSource, kDateline };

Typing type_candidate(const std::vector<EntityToken>& tokens, const EntityCandidate& c,
                      const ParagraphShape& shape, TextRole role,
                      const EntityResources& res);

// The type of a name nothing else decided: a guess from its shape, or
// certainty kNone to drop it.
Typing default_typing(const std::vector<EntityToken>& tokens, const EntityCandidate& c,
                      TextRole role);

// A sports report: a sport named in the first two paragraphs (the
// headline, the lead), or four different words of sports reports anywhere.
bool is_sports_report(const std::vector<const std::vector<EntityToken>*>& paragraphs,
                      const EntityResources& res);

// In a sports report a city or region standing for itself is a team
// ("Essex beat Kent", "NEW YORK 80 60"): a place that is not a country, not
// after a preposition of place and not a dateline becomes an organisation.
void retype_for_sports(const std::vector<EntityToken>& tokens, const EntityCandidate& c,
                       std::string_view canonical, const EntityResources& res, Typing& t);

}  // namespace newsarchive::indexer
