// Entities the source itself names (NITF's <person>, Reuters' <PEOPLE>,
// NewsML-G2 subjects of a person type), merged into what extraction found.
#pragma once

#include <vector>

#include "newsarchive/article.h"
#include "readers/raw_article.h"

namespace newsarchive::indexer {

// For each hint: an entity of the same name (compared without regard to
// case; for people, also a full name and its surname, as "James Baker" and
// "Baker") takes the hint's type; a hint no entity matches is added,
// with a mention wherever its name is written in the article, or one
// "metadata" mention when it is not written anywhere. Hints without a name
// or of an unknown type are ignored.
void apply_entity_hints(const std::vector<EntityHint>& hints, Article& article);

}  // namespace newsarchive::indexer
