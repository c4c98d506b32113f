// What quote extraction reads besides the article: the cue lexicon (verbs and
// phrases that attribute speech) and the roles and titles written before
// names, and given names by gender. The defaults are data/cues.txt,
// data/roles.txt and the [female] and [male] sections of
// data/gazetteer/given_names.txt, compiled into the binary; users add cues
// and roles of their own at run time. The other words quote extraction
// reads sentences by are quote_lexicon.h's.
//
// Load once, then share: extraction only reads the resources, so one object
// may serve every thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/names.h"
#include "extract/phrase_list.h"

namespace newsarchive::indexer {

struct QuoteResources {
  PhraseList cues;   // "said", "according to" (marked: the speaker follows)
  PhraseList roles;  // "Foreign Minister", "Sen."
  // Given names by the gender of most who bear them
  // (data/gazetteer/given_names.txt), lower-cased: "rosa" -> female.
  std::unordered_map<std::string, Gender> given_names;

  // The gender a given name suggests; kUnknown when not listed.
  Gender given_name_gender(std::string_view first_name) const;
  // Adds the [female] and [male] names of a text in the format of
  // data/gazetteer/given_names.txt.
  void add_given_names(std::string_view text);

  // The built-in lists. Built on first use; thread-safe.
  static const QuoteResources& defaults();

  // Add the phrases of a user's file (format in data/cues.txt) to the lists.
  // Return "" on success, else a one-line message; never throw but
  // std::bad_alloc. A failed load leaves the lists as they were.
  std::string load_cues(const std::string& path);
  std::string load_roles(const std::string& path);
};

}  // namespace newsarchive::indexer
