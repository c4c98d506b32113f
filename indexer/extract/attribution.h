// Who said a quote: cue verbs and phrases found in a paragraph, the speaker
// phrase next to each cue, and the choice of cue for each quote.
//
// Orders understood: “Q,” X said / “Q,” said X / X said “Q” / X said: “Q” /
// X: “Q” / according to X, “Q”; within the quote's sentence, else from the
// previous or next sentence of the same paragraph. Pronouns are resolved to
// the latest compatible person, one-word names to the full name met earlier
// in the article (SpeakerMemory).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extract/names.h"
#include "extract/quote_resources.h"
#include "extract/tokens.h"

namespace newsarchive::indexer {

struct Attribution {
  std::string speaker;  // canonical: full name, group, or resolved pronoun
  std::string mention;  // as written: "she", "Baerbock", "a Fifa spokesman"
  std::string cue;      // "said", "according to", ":"
  SpeakerKind kind = SpeakerKind::kNone;  // of the speaker (after resolution)
  bool found() const { return kind != SpeakerKind::kNone && !speaker.empty(); }
};

// The speakers, names and people met so far in one article, in text order,
// with the gender of each person as far as the article tells it. Not
// thread-safe; one per article.
class SpeakerMemory {
 public:
  NameBook names;
  // The given-name list genders come from; set by the functions below.
  const QuoteResources* resources = nullptr;

  // Starts the next paragraph: positions passed afterwards are tokens of it.
  void begin_paragraph() { ++paragraph_; }
  // Learns a speaker found at token `token` of the current paragraph.
  void remember(const Attribution& a, std::size_t token = 0);
  // Learns that a person named `name` (a full name where one is known) is
  // written at `token`; `subject` when the name is the first person of its
  // sentence, `person` when something shows it is a person (a title or role,
  // a known gender, "who" after it).
  void mention(const std::string& name, std::size_t token, bool subject, bool person);
  // Learns the gender of a person; the first gender learnt is kept.
  void learn_gender(const std::string& name, Gender g);
  // What is known of a person's gender: learnt, else from the given name.
  Gender gender_of(std::string_view name) const;

  // he/she at token `token` of the current paragraph: the most recent
  // person, among earlier speakers and the people named as the subject of a
  // sentence in this paragraph (before the token) or the previous one, who
  // is not an organisation and whose gender, when known, agrees; else the
  // latest named speaker. they: the latest group, else the latest speaker;
  // it: the latest group. !found() when none.
  Attribution resolve_pronoun(std::string_view pronoun,
                              std::size_t token = static_cast<std::size_t>(-1)) const;

 private:
  struct Spoken {
    Attribution attribution;
    int paragraph = 0;
    std::size_t token = 0;
  };
  struct Mention {
    std::string name;
    int paragraph = 0;
    std::size_t token = 0;
    bool subject = false;
    bool person = false;
  };
  std::vector<Spoken> recent_;
  std::vector<Mention> mentions_;
  std::vector<std::pair<std::string, Gender>> genders_;
  int paragraph_ = 0;
};

// A cue in the writer's text and the speaker it attributes to.
struct CueHit {
  std::size_t token = 0;   // first token of the cue
  std::size_t length = 0;  // tokens
  Attribution attribution; // !found() when no speaker could be made out
};

// Every cue of the paragraph in text order, each with its speaker resolved
// against `memory`, which learns each speaker found.
std::vector<CueHit> find_cue_hits(const TokenizedParagraph& tp, const QuoteResources& res,
                                  SpeakerMemory& memory);

// The attribution of the quote at token `q` (a kQuote token of `tp`), using
// the paragraph's cue hits. !found() when nothing attributes it.
Attribution attribute_quote(const TokenizedParagraph& tp, std::size_t q,
                            const std::vector<CueHit>& hits, const QuoteResources& res,
                            SpeakerMemory& memory);

// The subject of the sentence holding token `q`, for a quoted stretch with
// no cue of its own in a sentence that reports someone ("Rubio bemoaned a
// climate where people “literally hate each other”"): the first name of the
// sentence before the quote (see find_cue_hits' participles), else its
// opening capitalised words. !found() when there is none.
Attribution sentence_speaker(const TokenizedParagraph& tp, std::size_t q,
                             const QuoteResources& res, const SpeakerMemory& memory);

// Starts a paragraph in `memory` and registers in memory.names the full
// names written in it ("US Secretary of State Antony Blinken" registers
// "Antony Blinken"), the people it names and the genders it shows (a title
// such as "Mrs", a given name, or "he"/"she" when one person alone was named
// just before).
void harvest_names(const TokenizedParagraph& tp, const QuoteResources& res,
                   SpeakerMemory& memory);

}  // namespace newsarchive::indexer
