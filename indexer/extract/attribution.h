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
#include <deque>
#include <string>
#include <unordered_map>
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
  // it: the latest group. !found() when none. Looks at the latest 64
  // mentions at most, so that a paragraph naming thousands of people costs
  // each pronoun the same.
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
  std::deque<Spoken> recent_;
  std::deque<Mention> mentions_;  // of this paragraph and the one before, the latest kept
  // Each person's gender and the order it was learnt in.
  std::unordered_map<std::string, std::pair<Gender, std::size_t>> genders_;
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

// A paragraph's cue hits (in text order, as find_cue_hits gives them)
// indexed for the questions asked once per quote, each answered in
// logarithmic time or better, so that attributing every quote of a
// paragraph stays n log n however many quotes and cues it holds. Keeps
// references to `tp` and `hits`, which must outlive it.
class CueIndex {
 public:
  CueIndex(const TokenizedParagraph& tp, const std::vector<CueHit>& hits);
  const std::vector<CueHit>& hits() const { return hits_; }
  // The hit whose cue starts at `token`, or null.
  const CueHit* at(std::size_t token) const;
  // The last hit with a speaker that starts before `token` in its sentence.
  const CueHit* found_before(std::size_t token) const;
  // The first and the last hit with a speaker in sentence `s` (null if none
  // or out of range).
  const CueHit* first_found(int s) const;
  const CueHit* last_found(int s) const;
  // Is there any hit, with a speaker or not, in sentence `s`?
  bool has_cue(int s) const;
  // The hit with a speaker nearest `token` in tokens, the earlier on a tie.
  const CueHit* nearest_found(std::size_t token) const;

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const TokenizedParagraph& tp_;
  const std::vector<CueHit>& hits_;
  std::vector<std::size_t> found_;  // indices into hits_ of those with a speaker
  std::vector<std::size_t> first_found_, last_found_;  // by sentence; npos if none
  std::vector<bool> has_cue_;
};

// The attribution of the quote at token `q` (a kQuote token of `tp`), using
// the paragraph's cue hits. !found() when nothing attributes it.
Attribution attribute_quote(const TokenizedParagraph& tp, std::size_t q, const CueIndex& cues,
                            const QuoteResources& res, SpeakerMemory& memory);

// The subjects of a paragraph's sentences (see sentence_speaker), each
// sentence worked out once, the first time a token of it asks. Only valid
// while `memory.names` does not change (after harvest_names for the
// paragraph). Keeps references to its arguments.
class SentenceSubjects {
 public:
  SentenceSubjects(const TokenizedParagraph& tp, const QuoteResources& res,
                   const SpeakerMemory& memory)
      : tp_(tp), res_(res), memory_(memory) {}
  // The tokens of the subject phrase of the sentence holding `t`, as seen
  // from `t`: the first name of the sentence before `t`, else its opening
  // capitalised words; empty when there is none.
  std::vector<std::size_t> before(std::size_t t);
  const TokenizedParagraph& tokenized() const { return tp_; }

 private:
  struct Sentence {
    bool known = false;
    std::vector<std::size_t> name;     // the first run that names someone
    std::vector<std::size_t> opening;  // the run at the sentence's start
  };
  const TokenizedParagraph& tp_;
  const QuoteResources& res_;
  const SpeakerMemory& memory_;
  std::vector<Sentence> sentences_;
};

// The subject of the sentence holding token `q`, for a quoted stretch with
// no cue of its own in a sentence that reports someone ("Rubio bemoaned a
// climate where people “literally hate each other”"): the first name of the
// sentence before the quote (see find_cue_hits' participles), else its
// opening capitalised words. !found() when there is none.
Attribution sentence_speaker(SentenceSubjects& subjects, std::size_t q,
                             const QuoteResources& res, const SpeakerMemory& memory);

// Starts a paragraph in `memory` and registers in memory.names the full
// names written in it ("US Secretary of State Antony Blinken" registers
// "Antony Blinken"), the people it names and the genders it shows (a title
// such as "Mrs", a given name, or "he"/"she" when one person alone was named
// just before).
void harvest_names(const TokenizedParagraph& tp, const QuoteResources& res,
                   SpeakerMemory& memory);

}  // namespace newsarchive::indexer
