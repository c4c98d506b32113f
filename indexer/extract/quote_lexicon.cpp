#include "extract/quote_lexicon.h"

#include <cstdlib>
#include <cstdio>
#include <utility>

#include "newsarchive/ascii.h"
#include "text/text_scan.h"

namespace newsarchive::data {
extern const std::string_view kQuoteWords;
}

namespace newsarchive::indexer {

void WordList::add(std::string_view entry) {
  if (entry.empty()) return;
  if (entry.size() > 1 && entry.back() == '*') {
    prefixes_.push_back(lower_ascii(entry.substr(0, entry.size() - 1)));
  } else if (entry.size() > 1 && entry.front() == '*') {
    suffixes_.push_back(lower_ascii(entry.substr(1)));
  } else {
    words_.insert(lower_ascii(entry));
  }
}

bool WordList::contains(std::string_view word) const {
  if (word.empty()) return false;
  const std::string w = lower_ascii(word);
  if (words_.contains(w)) return true;
  for (const std::string& p : prefixes_)
    if (w.starts_with(p)) return true;
  for (const std::string& s : suffixes_)
    if (w.size() > s.size() && w.ends_with(s)) return true;
  return false;
}

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
  WordList* section = nullptr;
  std::string problem;
  for_each_data_line(text, [&](std::string_view line) {
    if (!problem.empty()) return;
    if (line.front() == '[' && line.back() == ']') {
      const std::string_view name = line.substr(1, line.size() - 2);
      section = nullptr;
      for (const auto& [known, member] : kSections)
        if (known == name) section = &(this->*member);
      if (section == nullptr) problem = "unknown section [" + std::string(name) + "]";
      return;
    }
    if (section == nullptr) {
      problem = "words before any section: " + std::string(line);
      return;
    }
    for (std::string_view w : space_separated(line)) section->add(w);
  });
  if (problem.empty()) {
    for (const auto& [name, member] : kSections)
      if ((this->*member).empty()) return "section [" + std::string(name) + "] is empty";
  }
  return problem;
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
