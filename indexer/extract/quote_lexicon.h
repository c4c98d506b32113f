// The word lists quote extraction reads sentences by (data/quote_words.txt,
// compiled in): reporting words, naming and calling words, the words that
// open, stop and end a speaker phrase, determiners, pronouns, titles by
// gender. Each list is a section of the file; the file says what each is
// for and how to add to it.
//
// Parsed once, on first use (thread-safe); read-only after.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::indexer {

// A list of words, matched ignoring ASCII case; an entry "word*" matches
// any word starting with "word", "*ending" any word ending with "ending".
// A lookup allocates nothing: extraction asks several per word of text.
class WordList {
 public:
  // Words longer than this are never in a list.
  static constexpr std::size_t kMaxWordBytes = 64;

  void add(std::string_view entry);
  bool contains(std::string_view word) const;
  bool empty() const { return words_.empty() && prefixes_.empty() && suffixes_.empty(); }

 private:
  // Each sorted and lower-cased, with the lengths their entries have.
  std::vector<std::string> words_, prefixes_, suffixes_;
  std::vector<std::size_t> prefix_lengths_, suffix_lengths_;
};

struct QuoteLexicon {
  WordList reporting, wording, naming, calling, headline_cues, title_small_words;
  WordList skippable, phrase_stops, sentence_openers, phrase_end_words, speaker_lead_words;
  WordList determiners, time_words, pronouns, institution_words;
  WordList female_titles, male_titles, female_pronouns, male_pronouns;

  // Reads a text in the format of data/quote_words.txt. "" when it is one,
  // else what is wrong (an unknown section, words before any section).
  std::string read(std::string_view text);

  // data/quote_words.txt, compiled in; every section present.
  static const QuoteLexicon& defaults();
};

}  // namespace newsarchive::indexer
