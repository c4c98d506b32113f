// Who said a quote: cue verbs and phrases found in a paragraph, the speaker
// phrase next to each cue, and the choice of cue for each quote.
//
// Orders understood: “Q,” X said / “Q,” said X / X said “Q” / X said: “Q” /
// X: “Q” / according to X, “Q”; within the quote's sentence, else from the
// previous or next sentence of the same paragraph. Pronouns are resolved to
// the latest compatible speaker, one-word names to the full name met earlier
// in the article (SpeakerMemory).
#pragma once

#include <cstddef>
#include <string>
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

// The speakers and names met so far in one article, in text order. Not
// thread-safe; one per article.
class SpeakerMemory {
 public:
  NameBook names;

  void remember(const Attribution& a);
  // he/she: the latest named speaker; they: the latest group, else the
  // latest speaker; it: the latest group. Null when none.
  const Attribution* resolve_pronoun(std::string_view pronoun) const;

 private:
  std::vector<Attribution> recent_;
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

// Registers in memory.names the full names written in the paragraph
// ("US Secretary of State Antony Blinken" registers "Antony Blinken").
void harvest_names(const TokenizedParagraph& tp, const QuoteResources& res,
                   SpeakerMemory& memory);

}  // namespace newsarchive::indexer
