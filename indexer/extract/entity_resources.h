// What entity extraction reads besides the article: the gazetteers and word
// lists of data/gazetteer/ (compiled into the binary), country names from
// ICU, and whatever a user adds from a directory of files of the same names
// (`newsindex --gazetteer DIR`).
//
// Load once, then share: extraction only reads the resources, so one object
// may serve every thread.
#pragma once

#include <string>
#include <string_view>

#include "extract/entity_word_list.h"
#include "extract/gazetteer.h"
#include "extract/phrase_list.h"

namespace newsarchive::indexer {

struct EntityResources {
  Gazetteer gazetteer;          // places, cities, organisations, misc, persons, demonyms
  EntityWordList given_names;   // "Annalena"
  EntityWordList common_words;  // "However"; flagged: never a name ("Monday")
  EntityWordList org_words;     // "Bank", "Inc"
  EntityWordList place_words;   // "River", "Island"
  EntityWordList misc_words;    // "Cup", "War"
  EntityWordList sports_words;  // "innings", "goals"; flagged: a sport ("cricket")
  PhraseList titles;            // "Foreign Minister", "coach"

  // The built-in data and ICU's countries. Built on first use; thread-safe.
  static const EntityResources& defaults();

  // Adds the text of a data file named `file_name` (one of the names in
  // data/gazetteer/README.txt, e.g. "places.txt"). Returns "" on success,
  // else a one-line message (unknown file name).
  std::string add_text(std::string_view file_name, std::string_view text);
  // Adds every known file in `dir` (other files are reported, not read).
  // Returns "" on success, else a one-line message per problem, separated by
  // '\n'; what could be read is added. Never throws but std::bad_alloc.
  std::string load_directory(const std::string& dir);
};

}  // namespace newsarchive::indexer
