#include "extract/quote_lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "newsarchive/ascii.h"
#include "text/text_scan.h"

namespace newsarchive::data {
extern const std::string_view kQuoteWords;
}

namespace newsarchive::indexer {

namespace {

void insert_sorted(std::vector<std::string>& list, std::string entry) {
  const auto at = std::lower_bound(list.begin(), list.end(), entry);
  if (at == list.end() || *at != entry) list.insert(at, std::move(entry));
}

void note_length(std::vector<std::size_t>& lengths, std::size_t n) {
  if (std::find(lengths.begin(), lengths.end(), n) == lengths.end()) lengths.push_back(n);
}

bool has(const std::vector<std::string>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

}  // namespace

void WordList::add(std::string_view entry) {
  if (entry.empty() || entry.size() > kMaxWordBytes) return;
  if (entry.size() > 1 && entry.back() == '*') {
    insert_sorted(prefixes_, lower_ascii(entry.substr(0, entry.size() - 1)));
    note_length(prefix_lengths_, entry.size() - 1);
  } else if (entry.size() > 1 && entry.front() == '*') {
    insert_sorted(suffixes_, lower_ascii(entry.substr(1)));
    note_length(suffix_lengths_, entry.size() - 1);
  } else {
    insert_sorted(words_, lower_ascii(entry));
  }
}

bool WordList::contains(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return false;
  char buffer[kMaxWordBytes];
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = lower_ascii(word[i]);
  const std::string_view w(buffer, word.size());
  if (has(words_, w)) return true;
  for (std::size_t n : prefix_lengths_)
    if (w.size() >= n && has(prefixes_, w.substr(0, n))) return true;
  for (std::size_t n : suffix_lengths_)
    if (w.size() > n && has(suffixes_, w.substr(w.size() - n))) return true;
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
