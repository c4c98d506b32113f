#include "extract/names.h"

#include <algorithm>
#include <initializer_list>

#include "text/text_scan.h"
#include "text/utf8_scan.h"

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

bool in_words(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (iequals(w, x)) return true;
  }
  return false;
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
  return w == "of" || w == "de" || w == "da" || w == "van" || w == "von" || w == "bin" ||
         w == "al" || w == "del" || w == "la" || w == "le" || w == "der";
}

Gender title_gender(std::string_view w) {
  if (in_words(w, {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess",
                   "congresswoman", "councilwoman", "alderwoman", "assemblywoman",
                   "spokeswoman", "chairwoman", "businesswoman", "sister"}))
    return Gender::kFemale;
  if (in_words(w, {"mr", "mr.", "sir", "lord", "king", "prince", "congressman", "councilman",
                   "alderman", "assemblyman", "spokesman", "chairman", "businessman",
                   "father", "selectman"}))
    return Gender::kMale;
  return Gender::kUnknown;
}

Gender pronoun_gender(std::string_view w) {
  if (in_words(w, {"she", "her", "hers", "herself"})) return Gender::kFemale;
  if (in_words(w, {"he", "him", "his", "himself"})) return Gender::kMale;
  return Gender::kUnknown;
}

bool is_organisation_name(std::string_view name) {
  static constexpr std::string_view kOrgWords[] = {
      "institute", "institution", "authority", "ministry", "department", "agency", "council",
      "committee", "commission", "party", "company", "corporation", "corp", "corp.", "inc",
      "inc.", "ltd", "ltd.", "llc", "plc", "group", "bank", "university", "college", "school",
      "association", "federation", "union", "organisation", "organization", "foundation",
      "trust", "fund", "board", "office", "court", "police", "service", "services", "network",
      "centre", "center", "society", "league", "club", "team", "times", "post", "news",
      "press", "journal", "airlines", "airways", "terminals", "industries", "holdings",
      "partners", "government", "administration", "parliament", "congress", "senate",
      "assembly", "army", "navy", "forces", "coalition", "alliance", "movement", "church",
      "hospital", "laboratory", "lab", "museum", "port", "city", "county", "state", "republic",
      "kingdom", "house", "embassy", "bureau", "secretariat", "tribunal", "lands", "fc",
      "cooperative", "co-operative", "exchange", "institutes", "ministries"};
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
    for (std::string_view o : kOrgWords) {
      if (iequals(w, o)) return true;
    }
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
  static constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i"};
  return std::any_of(std::begin(kPronouns), std::end(kPronouns),
                     [&](std::string_view p) { return iequals(w, p); });
}

bool is_time_word(std::string_view w) {
  static constexpr std::string_view kTime[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
      "Oct.", "Nov.", "Dec.", "Today", "Yesterday", "Tonight", "Thanksgiving", "Christmas"};
  return std::any_of(std::begin(kTime), std::end(kTime),
                     [&](std::string_view t) { return iequals(w, t); });
}

bool is_speaker_lead_word(std::string_view w) {
  static constexpr std::string_view kLead[] = {
      "and", "but", "or", "nor", "so", "yet", "for", "if", "as", "at", "in", "on", "by",
      "with", "from", "to", "of", "after", "before", "when", "while", "since", "although",
      "though", "because", "until", "unless", "then", "now", "already", "also", "still",
      "meanwhile", "however", "instead", "earlier", "later", "today", "yesterday", "tonight",
      "my", "our", "your", "speaking", "asked", "according", "despite", "indeed", "here",
      "there", "even", "only", "just", "like", "unlike", "during", "about", "both", "either"};
  return std::any_of(std::begin(kLead), std::end(kLead),
                     [&](std::string_view l) { return iequals(w, l); });
}

std::size_t skip_sentence_opening(const std::vector<std::string_view>& words, std::size_t first,
                                  std::size_t limit) {
  const std::size_t start = first;
  while (first < limit && is_speaker_lead_word(words[first])) ++first;
  while (first > start && first < limit && is_time_word(words[first])) ++first;
  return first;
}

bool is_determiner(std::string_view w) {
  static constexpr std::string_view kDeterminers[] = {
      "a",     "an",    "the",  "this", "that",  "these",   "those", "some",
      "his",   "her",   "its",  "their", "another", "each", "every", "several", "many"};
  return std::any_of(std::begin(kDeterminers), std::end(kDeterminers),
                     [&](std::string_view d) { return iequals(w, d); });
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
