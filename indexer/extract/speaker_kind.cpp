#include "extract/speaker_kind.h"

#include <algorithm>
#include <vector>

#include "extract/names.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// A word with a digit that no name holds where it stands: "30-year-old",
// "1", "1997", or any after a name's first word ("Archos AV400"); an
// acronym with a digit may open one ("G7", "3M").
bool numeric_word(std::string_view w, bool opens) {
  bool digit = false, upper = false, lower = false;
  for (char c : w) {
    digit |= c >= '0' && c <= '9';
    upper |= c >= 'A' && c <= 'Z';
    lower |= c >= 'a' && c <= 'z';
  }
  return digit && (lower || !upper || !opens);
}

bool has_possessive(const std::vector<std::string_view>& words) {
  return std::any_of(words.begin(), words.end(),
                     [](std::string_view w) { return strip_possessive(w).size() != w.size(); });
}

bool has_capital(const std::vector<std::string_view>& words) {
  return std::any_of(words.begin(), words.end(), [](std::string_view w) { return is_capitalised(w); });
}

// The singular of a plural noun, as far as role nouns go: "analysts",
// "spokesmen", "secretaries". Empty when the word does not look plural.
std::string singular(std::string_view w) {
  if (w.ends_with("men") && w.size() > 3) return std::string(w.substr(0, w.size() - 3)) + "man";
  if (w.ends_with("ies") && w.size() > 3) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (w.ends_with("s") && !w.ends_with("ss") && w.size() > 2) return std::string(w.substr(0, w.size() - 1));
  return {};
}

// The last words of `words` form a role of the list (or its plural); the
// index of the role's first word, or words.size() when none.
std::size_t role_start(const std::vector<std::string_view>& words, const PhraseList& roles) {
  if (words.empty()) return words.size();
  const std::size_t n = words.size();
  std::vector<std::string_view> with_singular = words;
  const std::string one = singular(lower_ascii(words.back()));
  if (!one.empty()) with_singular.back() = one;
  for (std::size_t k = 0; k < n; ++k) {
    if (roles.match(words, k, n).words == n - k) return k;
    if (!one.empty() && roles.match(with_singular, k, n).words == n - k) return k;
  }
  return n;
}

}  // namespace

bool ends_with_role(std::string_view phrase, const PhraseList& roles) {
  const std::vector<std::string_view> words = space_separated(phrase);
  return !words.empty() && role_start(words, roles) < words.size();
}

JudgedSpeaker judge_speaker(const Attribution& a, const PhraseList& roles) {
  JudgedSpeaker out;
  if (!a.found()) return out;
  std::vector<std::string_view> words = space_separated(a.speaker);
  // Numbers are not names ("30-year-old", "Radio 1", "G7 ministers" is).
  for (std::size_t i = 0; i < words.size(); ++i)
    if (numeric_word(words[i], i == 0)) return out;
  // What only opens a sentence: "But Parry", "For Rick Dean", "Already",
  // "On Thursday".
  const std::size_t lead = skip_sentence_opening(words, 0, words.size());
  words.erase(words.begin(), words.begin() + static_cast<long>(lead));
  while (!words.empty() && is_determiner(words.front())) words.erase(words.begin());
  // and what comes after a name but is not one: "Nadal afterwards".
  while (words.size() > 1 && !is_capitalised(words.back()) &&
         (is_speaker_lead_word(words.back()) || iequals(words.back(), "afterwards") ||
          iequals(words.back(), "again") || iequals(words.back(), "too")))
    words.pop_back();
  if (words.empty()) return out;
  const std::string rest = join_words(words, {0, words.size()});

  // A pronoun left unresolved, or a title opening with one ("She Hate Me").
  if (is_pronoun(words.front())) return out;
  const std::size_t role = role_start(words, roles);
  const bool all_capitalised = std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return is_capitalised(w) || is_name_connector(w);
  });
  if ((a.kind == SpeakerKind::kName || all_capitalised) && role != 0) {
    // "Deutsche Bank's Simon Champion": the person after the possessive.
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (strip_possessive(words[i]).size() == words[i].size()) continue;
      if (std::all_of(words.begin() + static_cast<long>(i) + 1, words.end(),
                      [](std::string_view w) { return is_capitalised(w); })) {
        words.erase(words.begin(), words.begin() + static_cast<long>(i) + 1);
        break;
      }
    }
    const std::string name = join_words(words, {0, words.size()});
    out.speaker = name;
    out.kind = is_organisation_name(name) ? kSpeakerOrganisation : kSpeakerPerson;
    return out;
  }
  // A description: a role ("the finance minister", "analysts"), perhaps with
  // whom it speaks for before it ("a Microsoft spokesman"); else nothing a
  // speaker is.
  if (role == words.size()) {
    // A description naming people keeps its words: a name, or capitalised
    // words before a plural ("the Group of Seven countries",
    // "Anti-globalisation campaigners"); not something of someone's
    // ("Marca's headline"), nor a fragment of the sentence ("Mr Howard last
    // week", "Kok report").
    const std::string_view last = words.back();
    const bool plural = !is_capitalised(last) && last.size() > 3 && last.ends_with("s") &&
                        !last.ends_with("ss");
    if (has_capital(words) && !has_possessive(words) && (is_capitalised(last) || plural)) {
      out.speaker = rest;
      out.kind = is_organisation_name(rest) ? kSpeakerOrganisation : kSpeakerGroup;
    }
    return out;
  }
  // A plural role is a group, with all its words: "senior US officials",
  // "G7 ministers".
  const std::string last = lower_ascii(words.back());
  if (!singular(last).empty() && !roles.contains(last)) {
    out.speaker = rest;
    out.kind = kSpeakerGroup;
    return out;
  }
  // Titles and the like before the role are not whom it speaks for: "Mr",
  // "former".
  std::size_t owner = 0, titles = 0;
  while (owner < role && is_capitalised(words[owner])) {
    const std::size_t m = roles.match(words, owner, role).words;
    if (m > 0 && owner == titles) titles += m;
    owner += m > 0 ? m : 1;
  }
  // "Mr King": a courtesy title before a word of the list makes it a surname.
  if (titles > 0 && titles == role && role + 1 == words.size() &&
      title_gender(words.front()) != Gender::kUnknown) {
    out.speaker = rest;
    out.kind = kSpeakerPerson;
    return out;
  }
  if (owner == role && owner > titles) {
    // Every word before the role is capitalised: whom the role speaks for.
    std::vector<std::string_view> org(words.begin() + static_cast<long>(titles),
                                      words.begin() + static_cast<long>(owner));
    org.back() = strip_possessive(org.back());
    out.speaker = join_words(org, {0, org.size()});
    out.kind = kSpeakerRole;
    return out;
  }
  out.speaker = rest;
  out.kind = kSpeakerRole;
  return out;
}

}  // namespace newsarchive::indexer
