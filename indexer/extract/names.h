// Person names and the phrases that name a speaker: roles and titles split
// from names, name shapes, pronouns, and aliases resolved within one article.
//
// Shared by quote attribution and (later) entity extraction. Works on words
// as written (UTF-8 string_views the caller keeps alive); a capitalised word
// is one whose first letter is upper case.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/phrase_list.h"

namespace newsarchive::indexer {

enum class SpeakerKind {
  kNone,     // nothing usable
  kName,     // a proper name: "Annalena Baerbock", "Wang", "The New York Post"
  kGroup,    // a description or group: "senior US officials", "the company"
  kPronoun,  // he, she, they, it, ...
};

// A person's gender as far as pronouns go; kUnknown when nothing says.
enum class Gender { kUnknown, kFemale, kMale };

struct SpeakerPhrase {
  std::string mention;  // the phrase as written
  std::string name;     // the name without roles and titles, or the
                        // description without leading determiners
  SpeakerKind kind = SpeakerKind::kNone;
};

bool is_capitalised(std::string_view word);
// he, she, they, it, we, i (any case).
bool is_pronoun(std::string_view word);
// a, an, the, this, that, these, those, some (any case).
// Words that can open a sentence before its subject but never a speaker's
// name: conjunctions, prepositions and sentence adverbs ("But", "For",
// "Already"). ASCII case-insensitive.
bool is_speaker_lead_word(std::string_view word);

// From `first`, past the words that open a sentence (speaker lead words,
// then days and the like after them: "On Thursday"), stopping at `limit`:
// the index of the first word that may be a name's.
std::size_t skip_sentence_opening(const std::vector<std::string_view>& words, std::size_t first,
                                  std::size_t limit);

// Lower-case words that may sit inside a name ("Secretary of State",
// "Charles de Gaulle").
bool is_name_connector(std::string_view word);

// Days, months and the like, which follow a cue ("said Tuesday") or open a
// sentence ("On Thursday") and are never a name there. ASCII
// case-insensitive.
bool is_time_word(std::string_view word);

bool is_determiner(std::string_view word);
// "Trump’s" -> "Trump"; other words unchanged.
std::string_view strip_possessive(std::string_view word);

// The name inside a run of capitalised words: what follows the last role or
// title in `roles` ("German Foreign Minister Annalena Baerbock" -> "Annalena
// Baerbock"), without a leading "The". Returns the indices [first, last) into
// `words`; first == last when the run holds only roles.
struct Range {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return first >= last; }
};
Range name_after_roles(const std::vector<std::string_view>& words, Range run,
                       const PhraseList& roles);

// Classifies the words of a speaker phrase (the noun phrase next to a cue),
// in text order, and finds its name or description.
SpeakerPhrase analyse_speaker_phrase(const std::vector<std::string_view>& words,
                                     const PhraseList& roles);

// The gender a title or role written before a name implies: "Mrs", "Ms",
// "Congresswoman" -> female; "Mr", "Sir", "Spokesman" -> male; else unknown.
Gender title_gender(std::string_view word);
// The gender of "he"/"him"/"his" (male) and "she"/"her"/"hers" (female).
Gender pronoun_gender(std::string_view word);

// Does the name read as an organisation or place rather than a person: a
// word such as "Institute", "Authority", "Ministry" in it, or a single
// all-capital acronym ("NATO", "CPA")?
bool is_organisation_name(std::string_view name);

std::string join_words(const std::vector<std::string_view>& words, Range r);

// The full names met in one article, to resolve later short forms: "Blinken"
// -> "Antony Blinken", and family-name-first "Wang" -> "Wang Yi". Not
// thread-safe; one per article.
class NameBook {
 public:
  // Registers a name of two words or more; shorter names are ignored.
  void add(std::string_view full_name);
  // The registered full name a one-word mention stands for: the latest one
  // whose last word, else whose first word, is the mention. Anything else
  // (or no match) comes back unchanged.
  std::string resolve(std::string_view mention) const;
  // Every registered full name a one-word mention may stand for, latest
  // first, those ending with it before those starting with it, the latest
  // kMaxCandidates at most; empty for other mentions or no match.
  std::vector<std::string> candidates(std::string_view mention) const;
  // True if `name` is registered or is a short form of a registered name.
  bool knows(std::string_view name) const;

  static constexpr std::size_t kMaxCandidates = 16;

 private:
  // The names (indices into names_, in order) whose last or first word is `word`.
  const std::vector<std::size_t>* ending(std::string_view word) const;
  const std::vector<std::size_t>* starting(std::string_view word) const;

  // Each operation costs the same however many names the article holds.
  std::vector<std::string> names_;  // in order of first appearance
  std::unordered_map<std::string, std::size_t> index_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_, by_first_;
};

}  // namespace newsarchive::indexer
