// What quote extraction reads besides the article: the cue lexicon (verbs and
// phrases that attribute speech) and the roles and titles written before
// names. The defaults are data/cues.txt and data/roles.txt, compiled into
// the binary; users add their own files at run time.
//
// Load once, then share: extraction only reads the resources, so one object
// may serve every thread.
#pragma once

#include <string>

#include "extract/phrase_list.h"

namespace newsarchive::indexer {

struct QuoteResources {
  PhraseList cues;   // "said", "according to" (marked: the speaker follows)
  PhraseList roles;  // "Foreign Minister", "Sen."

  // The built-in lists. Built on first use; thread-safe.
  static const QuoteResources& defaults();

  // Add the phrases of a user's file (format in data/cues.txt) to the lists.
  // Return "" on success, else a one-line message; never throw but
  // std::bad_alloc. A failed load leaves the lists as they were.
  std::string load_cues(const std::string& path);
  std::string load_roles(const std::string& path);
};

}  // namespace newsarchive::indexer
