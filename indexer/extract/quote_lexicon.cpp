#include "extract/quote_lexicon.h"

#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace newsarchive::data {
extern const std::string_view kQuoteWords;
}

namespace newsarchive::indexer {

std::string QuoteLexicon::read(std::string_view text) {
  const std::pair<std::string_view, WordList QuoteLexicon::*> kSections[] = {
      {"reporting", &QuoteLexicon::reporting},
      {"wording", &QuoteLexicon::wording},
      {"naming", &QuoteLexicon::naming},
      {"calling", &QuoteLexicon::calling},
      {"headline_cues", &QuoteLexicon::headline_cues},
      {"title_small_words", &QuoteLexicon::title_small_words},
      {"skippable", &QuoteLexicon::skippable},
      {"phrase_stops", &QuoteLexicon::phrase_stops},
      {"sentence_openers", &QuoteLexicon::sentence_openers},
      {"phrase_end_words", &QuoteLexicon::phrase_end_words},
      {"speaker_lead_words", &QuoteLexicon::speaker_lead_words},
      {"determiners", &QuoteLexicon::determiners},
      {"time_words", &QuoteLexicon::time_words},
      {"pronouns", &QuoteLexicon::pronouns},
      {"institution_words", &QuoteLexicon::institution_words},
      {"female_titles", &QuoteLexicon::female_titles},
      {"male_titles", &QuoteLexicon::male_titles},
      {"female_pronouns", &QuoteLexicon::female_pronouns},
      {"male_pronouns", &QuoteLexicon::male_pronouns},
  };
  std::vector<std::pair<std::string_view, WordList*>> sections;
  for (const auto& [name, member] : kSections) sections.emplace_back(name, &(this->*member));
  return read_sections(text, sections);
}

const QuoteLexicon& QuoteLexicon::defaults() {
  static const QuoteLexicon kLexicon = [] {
    QuoteLexicon l;
    if (const std::string problem = l.read(data::kQuoteWords); !problem.empty()) {
      // The file is compiled in: a broken one is a build that must not ship
      // (tests/indexer/quote_lexicon_test.cpp reads it too).
      std::fprintf(stderr, "newsarchive: data/quote_words.txt: %s\n", problem.c_str());
      std::abort();
    }
    return l;
  }();
  return kLexicon;
}

}  // namespace newsarchive::indexer
