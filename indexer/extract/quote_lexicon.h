// The word lists quote extraction reads sentences by (data/quote_words.txt,
// compiled in): reporting words, naming and calling words, the words that
// open, stop and end a speaker phrase, determiners, pronouns, titles by
// gender. Each list is a section of the file; the file says what each is
// for and how to add to it.
//
// Parsed once, on first use (thread-safe); read-only after.
#pragma once

#include <string>
#include <string_view>

#include "text/word_list.h"

namespace newsarchive::indexer {

struct QuoteLexicon {
  WordList reporting, wording, naming, calling, headline_cues, title_small_words;
  WordList skippable, phrase_stops, sentence_openers, adverb_endings, phrase_end_words;
  WordList speaker_lead_words;
  WordList determiners, time_words, pronouns, institution_words;
  WordList female_titles, male_titles, female_pronouns, male_pronouns;

  // Reads a text in the format of data/quote_words.txt. "" when it is one,
  // else what is wrong (an unknown section, words before any section).
  std::string read(std::string_view text);

  // data/quote_words.txt, compiled in; every section present.
  static const QuoteLexicon& defaults();

 private:
  // Each list with its section's name.
  WordSections sections();
};

}  // namespace newsarchive::indexer
