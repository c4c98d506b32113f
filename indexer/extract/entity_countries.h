// Country and territory names from ICU's locale data, added to a gazetteer:
// the English name (or the canonical name the gazetteer already gives it, so
// data/gazetteer/places.txt can rename "Czechia" to "Czech Republic") and the
// names in a set of other languages as aliases. Each becomes its own country.
#pragma once

#include "extract/entity_word_list.h"
#include "extract/gazetteer.h"

namespace newsarchive::indexer {

// Foreign names that read as a common English word (`common_words`) are
// skipped. Never throws but std::bad_alloc; without ICU data adds nothing.
void add_icu_countries(Gazetteer& gazetteer, const EntityWordList& common_words);

}  // namespace newsarchive::indexer
