// What entity extraction reads besides the article: the gazetteers and word
// lists of data/gazetteer/ (compiled into the binary), country names from
// ICU, and whatever a user adds from a directory of files of the same names
// (`newsindex --gazetteer DIR`).
//
// Load once, then share: extraction only reads the resources, so one object
// may serve every thread.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

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
  EntityWordList work_words;    // "film": a work's title follows
  EntityWordList firm_nouns;    // "agency": an organisation's name beside it
  EntityWordList job_words;     // "analyst": "at" or "with" an organisation
  PhraseList titles;            // "Foreign Minister", "coach"

  // The built-in data and ICU's countries. Built on first use; thread-safe.
  static const EntityResources& defaults();

  // Adds the text of a data file named `file_name` (one of the names in
  // data/gazetteer/README.txt, e.g. "places.txt"). Returns "" on success,
  // else a one-line message (unknown file name).
  std::string add_text(std::string_view file_name, std::string_view text);
  // The built-in data with the user's files of `dirs` (newsindex
  // --gazetteer): a file of a known name adds its entries to the list of
  // that name, or, when its first line is "# replace", takes the place of
  // the built-in list. Other files are reported, not read. Returns "" on
  // success, else a line per problem; what could be read is used. Never
  // throws but std::bad_alloc.
  static std::string load(const std::vector<std::string>& dirs, EntityResources& out);

 private:
  // The built-in lists, with the texts of `replaced` (by file name) instead.
  static EntityResources build(const std::map<std::string, std::string>& replaced);
};

}  // namespace newsarchive::indexer
