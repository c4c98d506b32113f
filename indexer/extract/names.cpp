#include "extract/names.h"

#include <algorithm>

#include "extract/quote_lexicon.h"
#include "text/text_scan.h"
#include "text/utf8_scan.h"

namespace newsarchive::data {
extern const std::string_view kGazetteerOrgWords;
}

namespace newsarchive::indexer {
namespace {

std::string_view last_word(std::string_view s) {
  const std::size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

std::string_view first_word(std::string_view s) {
  const std::size_t sp = s.find(' ');
  return sp == std::string_view::npos ? s : s.substr(0, sp);
}

// Where a person's name ends before an affiliation: "Dr Omar Velesko of the
// Crop Research Institute" -> 3 (the "of"). The words before "of" must hold
// a person's name (two words or more that are not an organisation, or one
// word after a title) and the words after it must start with "the" or a
// capital. words.size() when there is no such affiliation.
std::size_t affiliation_start(const std::vector<std::string_view>& words,
                              const PhraseList& roles) {
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i] != "of" || !is_capitalised(words[i - 1])) continue;
    if (!(words[i + 1] == "the" || is_capitalised(words[i + 1]))) continue;
    std::size_t l = i;
    while (l > 0 && is_capitalised(words[l - 1])) --l;
    const Range name = name_after_roles(words, {l, i}, roles);
    const std::size_t n = name.last - name.first;
    if (n >= 2 && !is_organisation_name(join_words(words, name))) return i;
    if (n == 1 && name.first > l && !is_organisation_name(words[name.first])) return i;
  }
  return words.size();
}

}  // namespace

bool is_name_connector(std::string_view w) {
  return w == "of" || is_name_particle(w);
}

Gender title_gender(std::string_view w) {
  const QuoteLexicon& lexicon = QuoteLexicon::defaults();
  if (lexicon.female_titles.contains(w)) return Gender::kFemale;
  if (lexicon.male_titles.contains(w)) return Gender::kMale;
  return Gender::kUnknown;
}

Gender pronoun_gender(std::string_view w) {
  const QuoteLexicon& lexicon = QuoteLexicon::defaults();
  if (lexicon.female_pronouns.contains(w)) return Gender::kFemale;
  if (lexicon.male_pronouns.contains(w)) return Gender::kMale;
  return Gender::kUnknown;
}

bool is_organisation_name(std::string_view name) {
  // The gazetteer's organisation words (data/gazetteer/org_words.txt) and
  // the institutions a speaker may be (quote_words.txt).
  static const WordList kOrgWords = [] {
    WordList words;
    for_each_data_line(data::kGazetteerOrgWords, [&](std::string_view w) { words.add(w); });
    return words;
  }();
  const WordList& institutions = QuoteLexicon::defaults().institution_words;
  const std::string_view n = trim(name);
  if (n.empty()) return false;
  bool single = n.find(' ') == std::string_view::npos;
  if (single && n.size() >= 2) {
    bool all_upper = true;
    for (char c : n) all_upper &= (c >= 'A' && c <= 'Z') || c == '.' || c == '&';
    if (all_upper) return true;
  }
  std::size_t i = 0;
  while (i < n.size()) {
    std::size_t j = n.find(' ', i);
    if (j == std::string_view::npos) j = n.size();
    const std::string_view w = strip_possessive(n.substr(i, j - i));
    if (kOrgWords.contains(w) || institutions.contains(w)) return true;
    i = j + 1;
  }
  return false;
}

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  std::size_t len = 0;
  const char32_t c = decode_at(word, 0, len);
  return is_upper(c) || (is_digit(c) && word.size() > 1 && is_ascii_upper(word.back()));
}

bool is_pronoun(std::string_view w) {
  return QuoteLexicon::defaults().pronouns.contains(w);
}

bool is_time_word(std::string_view w) {
  return QuoteLexicon::defaults().time_words.contains(w);
}

bool is_speaker_lead_word(std::string_view w) {
  return QuoteLexicon::defaults().speaker_lead_words.contains(w);
}

std::size_t skip_sentence_opening(const std::vector<std::string_view>& words, std::size_t first,
                                  std::size_t limit) {
  const std::size_t start = first;
  while (first < limit && is_speaker_lead_word(words[first])) ++first;
  while (first > start && first < limit && is_time_word(words[first])) ++first;
  return first;
}

bool is_determiner(std::string_view w) {
  return QuoteLexicon::defaults().determiners.contains(w);
}

std::string_view strip_possessive(std::string_view w) {
  if (w.ends_with("\xE2\x80\x99s") && w.size() > 4) return w.substr(0, w.size() - 4);
  if (w.ends_with("'s") && w.size() > 2) return w.substr(0, w.size() - 2);
  return w;
}

std::string join_words(const std::vector<std::string_view>& words, Range r) {
  std::string out;
  for (std::size_t i = r.first; i < r.last && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

Range name_after_roles(const std::vector<std::string_view>& words, Range run,
                       const PhraseList& roles) {
  // The end of the last role phrase that starts inside the run.
  std::size_t after_role = run.first;
  std::size_t i = run.first;
  while (i < run.last) {
    const PhraseList::Match m = roles.match(words, i, run.last);
    if (m.words > 0) {
      after_role = i + m.words;
      i += m.words;
    } else {
      ++i;
    }
  }
  Range name{after_role, run.last};
  while (!name.empty() && (is_determiner(words[name.first]) ||
                           is_name_connector(words[name.first]))) {
    ++name.first;
  }
  return name;
}

SpeakerPhrase analyse_speaker_phrase(const std::vector<std::string_view>& words,
                                     const PhraseList& roles) {
  SpeakerPhrase out;
  if (words.empty()) return out;
  if (const std::size_t cut = affiliation_start(words, roles); cut < words.size()) {
    return analyse_speaker_phrase(
        std::vector<std::string_view>(words.begin(), words.begin() + static_cast<long>(cut)),
        roles);
  }
  out.mention = join_words(words, {0, words.size()});
  if (words.size() == 1 && is_pronoun(words[0])) {
    out.kind = SpeakerKind::kPronoun;
    out.name = lower_ascii(words[0]);
    return out;
  }
  // The trailing run of capitalised words (with connectors inside it).
  std::size_t first = words.size();
  while (first > 0) {
    const std::string_view w = words[first - 1];
    if (is_capitalised(w)) {
      --first;
    } else if (is_name_connector(w) && first < words.size() && first >= 2 &&
               is_capitalised(words[first - 2])) {
      --first;
    } else {
      break;
    }
  }
  // Words that open the sentence are not the name's: "But Parry", "On
  // Thursday Mr Smith".
  first = skip_sentence_opening(words, first, words.size() - 1);
  if (first == words.size()) {
    // A description: "senior US officials", "the company".
    Range d{0, words.size()};
    while (!d.empty() && is_determiner(words[d.first])) ++d.first;
    out.name = join_words(words, d);
    out.kind = out.name.empty() ? SpeakerKind::kNone : SpeakerKind::kGroup;
    return out;
  }
  Range name = name_after_roles(words, {first, words.size()}, roles);
  if (name.empty()) {
    // Only roles: "the President", "White House Press Secretary".
    Range d{first, words.size()};
    while (!d.empty() && is_determiner(words[d.first])) ++d.first;
    out.name = join_words(words, d);
    out.kind = out.name.empty() ? SpeakerKind::kNone : SpeakerKind::kGroup;
    return out;
  }
  std::vector<std::string_view> parts(words.begin() + static_cast<long>(name.first),
                                      words.begin() + static_cast<long>(name.last));
  parts.back() = strip_possessive(parts.back());
  out.name = join_words(parts, {0, parts.size()});
  out.kind = SpeakerKind::kName;
  return out;
}

void NameBook::add(std::string_view full_name) {
  const std::string n(trim(full_name));
  if (n.find(' ') == std::string::npos) return;
  if (!index_.emplace(n, names_.size()).second) return;
  by_last_[std::string(last_word(n))].push_back(names_.size());
  by_first_[std::string(first_word(n))].push_back(names_.size());
  names_.push_back(n);
}

const std::vector<std::size_t>* NameBook::ending(std::string_view word) const {
  const auto it = by_last_.find(std::string(word));
  return it == by_last_.end() ? nullptr : &it->second;
}

const std::vector<std::size_t>* NameBook::starting(std::string_view word) const {
  const auto it = by_first_.find(std::string(word));
  return it == by_first_.end() ? nullptr : &it->second;
}

std::string NameBook::resolve(std::string_view mention) const {
  const std::string_view m = trim(mention);
  if (m.empty() || m.find(' ') != std::string_view::npos) return std::string(m);
  if (const auto* e = ending(m)) return names_[e->back()];
  if (const auto* s = starting(m)) return names_[s->back()];
  return std::string(m);
}

std::vector<std::string> NameBook::candidates(std::string_view mention) const {
  std::vector<std::string> out;
  const std::string_view m = trim(mention);
  if (m.empty() || m.find(' ') != std::string_view::npos) return out;
  if (const auto* e = ending(m)) {
    for (auto it = e->rbegin(); it != e->rend() && out.size() < kMaxCandidates; ++it)
      out.push_back(names_[*it]);
  }
  if (const auto* s = starting(m)) {
    for (auto it = s->rbegin(); it != s->rend() && out.size() < kMaxCandidates; ++it) {
      // One that also ends with the mention is listed already.
      if (last_word(names_[*it]) != m) out.push_back(names_[*it]);
    }
  }
  return out;
}

bool NameBook::knows(std::string_view name) const {
  const std::string_view n = trim(name);
  return index_.count(std::string(n)) > 0 || ending(n) != nullptr || starting(n) != nullptr;
}

}  // namespace newsarchive::indexer
