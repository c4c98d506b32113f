#include "extract/quote_lexicon.h"

namespace newsarchive::data {
extern const std::string_view kQuoteWords;
}

namespace newsarchive::indexer {

WordSections QuoteLexicon::sections() {
  return {{"reporting", &reporting},
          {"wording", &wording},
          {"naming", &naming},
          {"calling", &calling},
          {"headline_cues", &headline_cues},
          {"title_small_words", &title_small_words},
          {"skippable", &skippable},
          {"phrase_stops", &phrase_stops},
          {"sentence_openers", &sentence_openers},
          {"adverb_endings", &adverb_endings},
          {"phrase_end_words", &phrase_end_words},
          {"speaker_lead_words", &speaker_lead_words},
          {"determiners", &determiners},
          {"time_words", &time_words},
          {"pronouns", &pronouns},
          {"institution_words", &institution_words},
          {"female_titles", &female_titles},
          {"male_titles", &male_titles},
          {"female_pronouns", &female_pronouns},
          {"male_pronouns", &male_pronouns}};
}

std::string QuoteLexicon::read(std::string_view text) { return read_sections(text, sections()); }

const QuoteLexicon& QuoteLexicon::defaults() {
  static const QuoteLexicon kLexicon = [] {
    QuoteLexicon l;
    read_built_in_sections("data/quote_words.txt", data::kQuoteWords, l.sections());
    return l;
  }();
  return kLexicon;
}

}  // namespace newsarchive::indexer
