#include "extract/attribution.h"

#include <algorithm>
#include <array>

#include "extract/quote_lexicon.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// How far from a cue a speaker phrase may reach, in words.
constexpr std::size_t kMaxPhraseWords = 10;
// How many tokens after a quote its cue may be ("“Q,” the senior senator
// from Texas said").
constexpr std::size_t kMaxTokensToCue = 10;
constexpr std::size_t kMemory = 24;
// People mentioned that a pronoun looks back over, at most.
constexpr std::size_t kMentions = 64;
// Tokens between parentheses a speaker phrase skips ("Elijah Cummings
// (D-Md.) said"), at most.
constexpr std::size_t kMaxAsideTokens = 12;

// Words between a speaker and its verb: "Trump has also repeatedly said".
bool is_skippable(std::string_view w) {
  if (QuoteLexicon::defaults().skippable.contains(w)) return true;
  return w.size() > 4 && w.ends_with("ly") && !is_capitalised(w);
}

// Lower-case words that end a speaker phrase.
bool is_phrase_stop(std::string_view w) {
  return QuoteLexicon::defaults().phrase_stops.contains(w);
}

// "And", "When", "Despite" open a clause; they are not part of a name.
// Adverbs made from adjectives ("Ironically", "Separately") count from
// seven letters: "Lily" and "Daly" are names.
bool is_sentence_adverb(std::string_view w) {
  const QuoteLexicon& lexicon = QuoteLexicon::defaults();
  return lexicon.sentence_openers.contains(w) ||
         (w.size() > 6 && lexicon.adverb_endings.contains(w));
}

// Capitalised stop words that are names too ("Theresa May", "Will Hurd").
bool is_capitalised_stop_ok(std::string_view w) {
  return w == "May" || w == "Will" || w == "Can" || w == "Do" || w == "No" || w == "Per";
}

// Words that end a speaker phrase at its verb end: "him a", "it doesn't".
bool bad_phrase_end(std::string_view w) {
  if (QuoteLexicon::defaults().phrase_end_words.contains(w)) return true;
  return w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t");
}

bool is_participle(std::string_view cue) {
  const std::size_t sp = cue.find(' ');
  const std::string_view head = sp == std::string_view::npos ? cue : cue.substr(0, sp);
  return head.size() > 4 && head.ends_with("ing");
}

bool same_sentence(const TokenizedParagraph& tp, std::size_t a, std::size_t b) {
  return tp.tokens[a].sentence == tp.tokens[b].sentence;
}

// Is there a cue starting at token t? Cues are written in lower case.
PhraseList::Match cue_at(const TokenizedParagraph& tp, std::size_t t, const QuoteResources& res) {
  if (!tp.is_word(t) || tp.tokens[t].upper) return {};
  return res.cues.match(tp.words, t);
}

// May a lower-case "and" join the words on its two sides into one phrase?
// Only between names or roles: "chairman and chief executive Richard
// Parsons", "Putin and Chinese President Xi Jinping".
bool and_joins(const TokenizedParagraph& tp, std::size_t right, const QuoteResources& res) {
  return tp.tokens[right].upper || res.roles.match(tp.words, right).words > 0;
}

// The speaker phrase ending just before token `end`, within the sentence.
// Token indices in text order; empty when there is none.
std::vector<std::size_t> phrase_before(const TokenizedParagraph& tp, std::size_t end,
                                       std::size_t anchor, const QuoteResources& res) {
  std::vector<std::size_t> out;
  std::size_t j = end;
  while (j > 0 && end - j < kMaxPhraseWords && same_sentence(tp, j - 1, anchor) &&
         tp.is_word(j - 1) && !tp.tokens[j - 1].upper && is_skippable(tp.words[j - 1])) {
    --j;
  }
  while (j > 0 && out.size() < kMaxPhraseWords && same_sentence(tp, j - 1, anchor)) {
    const std::size_t t = j - 1;
    if (tp.is_word(t)) {
      const std::string_view w = tp.words[t];
      if (!tp.tokens[t].upper) {
        if (w == "and" || w == "&") {
          if (out.empty() || !and_joins(tp, out.front(), res)) break;
        } else if (is_phrase_stop(w) && w != "of" && w != "for") {
          break;
        } else if (cue_at(tp, t, res).words > 0) {
          break;
        }
      } else if (is_time_word(w) || (is_phrase_stop(w) && !is_capitalised_stop_ok(w)) ||
                 is_sentence_adverb(w)) {
        break;
      }
      out.insert(out.begin(), t);
      j = t;
      continue;
    }
    if (tp.is_punct(t, ")")) {  // "Elijah Cummings (D-Md.) said"
      std::size_t k = t;
      while (k > 0 && t - k < kMaxAsideTokens && !tp.is_punct(k, "(") &&
             same_sentence(tp, k - 1, anchor))
        --k;
      if (!tp.is_punct(k, "(")) break;
      j = k;
      continue;
    }
    break;
  }
  if (!out.empty() && !tp.tokens[out.back()].upper && bad_phrase_end(tp.words[out.back()])) {
    out.clear();
  }
  // A phrase does not start with "of", "for" or "and".
  while (!out.empty() && !tp.tokens[out.front()].upper &&
         (tp.words[out.front()] == "of" || tp.words[out.front()] == "for" ||
          tp.words[out.front()] == "and")) {
    out.erase(out.begin());
  }
  return out;
}

// The speaker phrase starting at token `begin`: "said former Gov. Ed Rendell".
std::vector<std::size_t> phrase_after(const TokenizedParagraph& tp, std::size_t begin,
                                      std::size_t anchor, const QuoteResources& res) {
  std::vector<std::size_t> out;
  for (std::size_t t = begin; t < tp.tokens.size() && out.size() < kMaxPhraseWords; ++t) {
    if (!same_sentence(tp, t, anchor) || !tp.is_word(t)) break;
    const std::string_view w = tp.words[t];
    if (!tp.tokens[t].upper) {
      if (w == "and") {
        if (t + 1 >= tp.tokens.size() || !tp.is_word(t + 1) || !and_joins(tp, t + 1, res)) break;
      } else if ((is_phrase_stop(w) && w != "of" && w != "for") ||
                 cue_at(tp, t, res).words > 0) {
        break;
      }
    } else if (is_time_word(w)) {
      break;
    }
    out.push_back(t);
  }
  while (!out.empty() && !tp.tokens[out.back()].upper &&
         (tp.words[out.back()] == "of" || tp.words[out.back()] == "for")) {
    out.pop_back();
  }
  // "said the company's managing director, Rosa Vilaseca": a role, then
  // after a comma the name of whoever holds it.
  if (!out.empty() && !tp.tokens[out.back()].upper) {
    const std::size_t comma = out.back() + 1;
    std::vector<std::size_t> name;
    for (std::size_t t = comma + 1; t < tp.tokens.size() && name.size() < kMaxPhraseWords; ++t) {
      if (!same_sentence(tp, t, anchor) || !tp.is_word(t) || !tp.tokens[t].upper ||
          is_time_word(tp.words[t]))
        break;
      name.push_back(t);
    }
    const bool name_ends = name.empty() || name.back() + 1 >= tp.tokens.size() ||
                           !tp.is_word(name.back() + 1);
    if (comma < tp.tokens.size() && tp.is_punct(comma, ",") && name.size() >= 2 && name_ends)
      return name;
  }
  return out;
}

bool ends_capitalised(const TokenizedParagraph& tp, const std::vector<std::size_t>& phrase) {
  return !phrase.empty() && tp.tokens[phrase.back()].upper;
}

// A cue after a comma: "Trump, who spoke in Ohio, said" (the name before the
// aside) or "his campaign chairman, John Podesta, said" (the name inside).
std::vector<std::size_t> appositive_speaker(const TokenizedParagraph& tp, std::size_t cue,
                                            const QuoteResources& res) {
  constexpr std::size_t kMaxAside = 25;
  const std::vector<std::size_t> inside = phrase_before(tp, cue - 1, cue, res);
  std::vector<std::size_t> outside;
  std::size_t k = inside.empty() ? cue - 1 : inside.front();
  for (; k > 0 && cue - k < kMaxAside && same_sentence(tp, k - 1, cue); --k) {
    if (tp.is_quote(k - 1)) break;
    if (tp.is_punct(k - 1, ",") && k >= 2 && k - 1 < cue - 1) {
      outside = phrase_before(tp, k - 1, cue, res);
      break;
    }
  }
  if (ends_capitalised(tp, outside)) return outside;
  if (!inside.empty()) return inside;
  return outside;
}

}  // namespace

std::vector<std::size_t> SentenceSubjects::before(std::size_t t) {
  const auto s = static_cast<std::size_t>(tp_.tokens[t].sentence);
  if (sentences_.size() <= s) sentences_.resize(tp_.sentence_begin.size());
  Sentence& x = sentences_[s];
  const std::size_t start = tp_.sentence_begin[s];
  if (!x.known) {
    // The first name of two words or more, or one the article already
    // named, else the capitalised words opening the sentence. A run never
    // reaches past the token asking (a quote or a lower-case cue), so the
    // answer for the whole sentence serves every token in it.
    x.known = true;
    const std::size_t stop = s + 1 < tp_.sentence_begin.size() ? tp_.sentence_begin[s + 1]
                                                              : tp_.tokens.size();
    for (std::size_t u = start; u < stop;) {
      if (!tp_.is_word(u) || !tp_.tokens[u].upper) {
        ++u;
        continue;
      }
      std::vector<std::size_t> run;
      std::vector<std::string_view> words;
      std::size_t e = u;
      while (e < stop && tp_.is_word(e) && tp_.tokens[e].upper && !is_time_word(tp_.words[e])) {
        run.push_back(e);
        words.push_back(tp_.words[e]);
        ++e;
      }
      if (!run.empty()) {
        const Range name = name_after_roles(words, {0, words.size()}, res_.roles);
        const std::size_t n = name.last - name.first;
        if (n >= 2 || (n == 1 && memory_.names.knows(strip_possessive(words[name.first])))) {
          x.name = std::move(run);
          break;
        }
        if (u == start && n >= 1 && !is_sentence_adverb(words[0])) x.opening = std::move(run);
      }
      u = e + 1;
    }
  }
  if (!x.name.empty() && x.name.front() < t) return x.name;
  if (!x.opening.empty() && start < t) return x.opening;
  return {};
}

namespace {

std::string cue_text(const TokenizedParagraph& tp, std::size_t t, std::size_t n) {
  std::string out;
  for (std::size_t k = t; k < t + n; ++k) {
    if (!out.empty()) out += ' ';
    out += tp.words[k];
  }
  return out;
}

// The attribution a speaker phrase gives, resolved against memory.
Attribution make_attribution(const TokenizedParagraph& tp, const std::vector<std::size_t>& phrase,
                             std::string cue, const QuoteResources& res,
                             const SpeakerMemory& memory) {
  Attribution a;
  if (phrase.empty()) return a;
  std::vector<std::string_view> words;
  words.reserve(phrase.size());
  for (std::size_t t : phrase) words.push_back(tp.words[t]);
  const SpeakerPhrase sp = analyse_speaker_phrase(words, res.roles);
  a.mention = sp.mention;
  a.cue = std::move(cue);
  switch (sp.kind) {
    case SpeakerKind::kNone:
      break;
    case SpeakerKind::kPronoun: {
      const Attribution r = memory.resolve_pronoun(sp.name, phrase.front());
      if (r.found()) {
        a.speaker = r.speaker;
        a.kind = r.kind;
      }
      break;
    }
    case SpeakerKind::kName:
      a.speaker = memory.names.resolve(sp.name);
      a.kind = SpeakerKind::kName;
      break;
    case SpeakerKind::kGroup:
      a.speaker = sp.name;
      a.kind = SpeakerKind::kGroup;
      break;
  }
  return a;
}

// The quote's inner text ends with a comma, or a comma follows the quote:
// "“Q,” X said" rather than "X said “Q”".
bool quote_leads(const TokenizedParagraph& tp, std::size_t q) {
  const QuoteSpan& s = tp.spans[static_cast<std::size_t>(tp.tokens[q].quote)];
  const std::string_view inner = trim(tp.text.substr(s.begin, s.end - s.begin));
  if (!inner.empty() && (inner.back() == ',' || inner.back() == '?' || inner.back() == '!'))
    return true;
  return q + 1 < tp.tokens.size() && tp.is_punct(q + 1, ",");
}

// The hit for a cue that follows the quote: "“Q,” X said", "“Q,” said X",
// and across a sentence end for "“Q?” X asked".
const CueHit* hit_after(const TokenizedParagraph& tp, std::size_t q, const CueIndex& cues) {
  std::size_t t = q + 1;
  std::size_t seen = 0;
  for (; t < tp.tokens.size() && seen < kMaxTokensToCue; ++t, ++seen) {
    if (tp.is_quote(t)) return nullptr;
    if (tp.tokens[t].kind == Token::Kind::kPunct) {
      const std::string_view p = tp.words[t];
      if (p != "," && p != "\xE2\x80\x94" && p != "(" && p != ")" && p != "-") {
        // A sentence end straight after the quote is all right ("Q?" X asked.).
        if (!(t == q + 1 && (p == "." || p == "?" || p == "!"))) return nullptr;
      }
      continue;
    }
    if (const CueHit* h = cues.at(t)) return h;
  }
  return nullptr;
}

}  // namespace

void SpeakerMemory::remember(const Attribution& a, std::size_t token) {
  if (!a.found()) return;
  recent_.push_back({a, paragraph_, token});
  if (recent_.size() > kMemory) recent_.pop_front();
}

void SpeakerMemory::mention(const std::string& name, std::size_t token, bool subject,
                            bool person) {
  if (name.empty()) return;
  mentions_.push_back({name, paragraph_, token, subject, person});
  // Only the current and the previous paragraph are looked at.
  while (!mentions_.empty() && mentions_.front().paragraph + 1 < paragraph_) {
    mentions_.pop_front();
  }
}

void SpeakerMemory::learn_gender(const std::string& name, Gender g) {
  if (g == Gender::kUnknown || name.empty()) return;
  genders_.try_emplace(name, g, genders_.size());
}

Gender SpeakerMemory::gender_of(std::string_view name) const {
  const std::string full = names.resolve(name);
  // Of the full name and the name as given, the one learnt first.
  const auto a = genders_.find(full);
  const auto b = genders_.find(std::string(name));
  if (a != genders_.end() && (b == genders_.end() || a->second.second <= b->second.second))
    return a->second.first;
  if (b != genders_.end()) return b->second.first;
  if (resources == nullptr || full.find(' ') == std::string::npos) return Gender::kUnknown;
  return resources->given_name_gender(full.substr(0, full.find(' ')));
}

Attribution SpeakerMemory::resolve_pronoun(std::string_view pronoun, std::size_t token) const {
  const bool plural = iequals(pronoun, "they") || iequals(pronoun, "we");
  const bool neuter = iequals(pronoun, "it");
  const Gender want = pronoun_gender(pronoun);
  if (want != Gender::kUnknown) {
    // The speakers and the people named as subjects, latest first.
    auto rs = recent_.rbegin();
    const auto before_pronoun = [&](const Mention& m) {
      return m.paragraph < paragraph_ || m.token < token;
    };
    // Mentions are in text order: those before the pronoun are a prefix.
    const auto after = std::partition_point(mentions_.begin(), mentions_.end(), before_pronoun);
    auto ms = std::make_reverse_iterator(after);
    const auto ms_end = ms + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(kMentions),
                                                      std::distance(ms, mentions_.rend()));
    while (rs != recent_.rend() || ms != ms_end) {
      bool take_mention = false;
      if (ms != ms_end) {
        take_mention = rs == recent_.rend() || ms->paragraph > rs->paragraph ||
                       (ms->paragraph == rs->paragraph && ms->token > rs->token);
      }
      if (take_mention) {
        const Mention& m = *ms++;
        if (!m.subject || is_organisation_name(m.name)) continue;
        // A family name shared by several people ("Clinton") stands for the
        // one whose gender fits.
        std::vector<std::string> full = names.candidates(m.name);
        if (full.empty()) full.push_back(m.name);
        std::string unknown;
        for (const std::string& f : full) {
          const Gender g = gender_of(f);
          if (g == want) {
            Attribution a;
            a.speaker = f;
            a.mention = m.name;
            a.kind = SpeakerKind::kName;
            return a;
          }
          if (g == Gender::kUnknown && unknown.empty()) unknown = f;
        }
        if (!unknown.empty() && m.person) {
          Attribution a;
          a.speaker = unknown;
          a.mention = m.name;
          a.kind = SpeakerKind::kName;
          return a;
        }
        continue;
      }
      const Attribution& a = (rs++)->attribution;
      if (a.kind != SpeakerKind::kName || is_organisation_name(a.speaker)) continue;
      const Gender g = gender_of(a.speaker);
      if (g == Gender::kUnknown || g == want) return a;
    }
  }
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    const Attribution& a = it->attribution;
    if (plural && a.kind == SpeakerKind::kGroup) return a;
    if (!plural && !neuter && a.kind == SpeakerKind::kName) return a;
    if (neuter && a.kind == SpeakerKind::kGroup) return a;
  }
  if (plural && !recent_.empty()) return recent_.back().attribution;
  return {};
}

std::vector<CueHit> find_cue_hits(const TokenizedParagraph& tp, const QuoteResources& res,
                                  SpeakerMemory& memory) {
  memory.resources = &res;
  std::vector<CueHit> hits;
  SentenceSubjects subjects(tp, res, memory);
  for (std::size_t t = 0; t < tp.tokens.size();) {
    const PhraseList::Match m = cue_at(tp, t, res);
    if (m.words == 0) {
      ++t;
      continue;
    }
    CueHit h;
    h.token = t;
    h.length = m.words;
    const std::string cue = cue_text(tp, t, m.words);
    const bool participle = is_participle(cue);
    if (m.marked) {
      h.attribution = make_attribution(tp, phrase_after(tp, t + m.words, t, res), cue, res, memory);
    } else {
      std::vector<std::size_t> before = phrase_before(tp, t, t, res);
      if (before.empty() && t > 0 && tp.is_punct(t - 1, ",") && !participle) {
        before = appositive_speaker(tp, t, res);
      }
      h.attribution = make_attribution(tp, before, cue, res, memory);
      if (!h.attribution.found() && before.empty() && !participle) {
        h.attribution = make_attribution(tp, phrase_after(tp, t + m.words, t, res), cue, res, memory);
      }
    }
    // "..., telling a news conference": the subject of the sentence's
    // earlier cue, else the subject of the sentence.
    if (!h.attribution.found() && !hits.empty() &&
        same_sentence(tp, hits.back().token, t) && hits.back().attribution.found()) {
      const std::string cue_copy = cue;
      h.attribution = hits.back().attribution;
      h.attribution.cue = cue_copy;
    }
    if (!h.attribution.found() && participle) {
      h.attribution = make_attribution(tp, subjects.before(t), cue, res, memory);
    }
    memory.remember(h.attribution, t);
    hits.push_back(std::move(h));
    t += m.words;
  }
  return hits;
}

namespace {

// "“Q” ― Pamela Padilla": a dash after the quote, then a name that ends
// the paragraph or comes right before the next quote, as vox pops and
// epigraphs sign their quotes. The name's tokens, or none.
std::vector<std::size_t> signature_after(const TokenizedParagraph& tp, std::size_t q) {
  constexpr std::size_t kMaxSignature = 6;
  std::size_t t = q + 1;
  if (t >= tp.tokens.size() || !(tp.is_punct(t, "\xE2\x80\x95") || tp.is_punct(t, "\xE2\x80\x94") ||
                                 tp.is_punct(t, "\xE2\x80\x93") || tp.is_punct(t, "--"))) {
    return {};
  }
  std::vector<std::size_t> name;
  for (++t; t < tp.tokens.size() && tp.is_word(t); ++t) {
    if (!tp.tokens[t].upper || name.size() == kMaxSignature) return {};
    name.push_back(t);
  }
  // Then the paragraph ends, or the next signed quote starts (a full stop
  // between them or not).
  if (t < tp.tokens.size() && tp.is_punct(t, ".")) ++t;
  if (t < tp.tokens.size() && !tp.is_quote(t)) return {};
  return name;
}

}  // namespace

Attribution attribute_quote(const TokenizedParagraph& tp, std::size_t q, const CueIndex& cues,
                            const QuoteResources& res, SpeakerMemory& memory) {
  if (const std::vector<std::size_t> signed_by = signature_after(tp, q); !signed_by.empty()) {
    Attribution a = make_attribution(tp, signed_by, "\xE2\x80\x95", res, memory);
    if (a.found()) return a;
  }
  const int sentence = tp.tokens[q].sentence;
  // Is the quote first in its sentence (after other quotes or punctuation)?
  const bool first = tp.sentence_first_word[static_cast<std::size_t>(sentence)] >= q;
  const CueHit* after = hit_after(tp, q, cues);
  if (after && !after->attribution.found()) after = nullptr;
  const CueHit* before = cues.found_before(q);
  // A participle after the quote ("“Q”, telling reporters") inherits its
  // speaker; the cue before the quote names it better.
  if (after && before && is_participle(after->attribution.cue)) after = nullptr;
  if (after && (first || quote_leads(tp, q) || !before)) return after->attribution;
  if (before) return before->attribution;

  // "X: “Q”" with no verb.
  if (q >= 2 && tp.is_punct(q - 1, ":")) {
    const std::vector<std::size_t> phrase = phrase_before(tp, q - 1, q - 1, res);
    if (!phrase.empty() && phrase.size() <= 6 && tp.tokens[phrase.back()].upper) {
      Attribution a = make_attribution(tp, phrase, ":", res, memory);
      if (a.found()) return a;
    }
  }
  // The previous sentence of the paragraph, else the next one (only when
  // the next sentence's cue comes before any quote of its own, or belongs
  // to a quote that leads it: "“Q1.” “Q2,” he said.").
  if (first) {
    if (const CueHit* h = cues.last_found(sentence - 1)) return h->attribution;
  }
  if (const CueHit* h = cues.first_found(sentence + 1)) return h->attribution;
  if (!first) {
    if (const CueHit* h = cues.last_found(sentence - 1)) return h->attribution;
  }
  return {};
}

Attribution sentence_speaker(SentenceSubjects& subjects, std::size_t q,
                             const QuoteResources& res, const SpeakerMemory& memory) {
  return make_attribution(subjects.tokenized(), subjects.before(q), "", res, memory);
}

CueIndex::CueIndex(const TokenizedParagraph& tp, const std::vector<CueHit>& hits)
    : tp_(tp), hits_(hits) {
  const std::size_t n = tp.sentence_begin.size();
  first_found_.assign(n, kNone);
  last_found_.assign(n, kNone);
  has_cue_.assign(n, false);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const auto s = static_cast<std::size_t>(tp.tokens[hits[i].token].sentence);
    has_cue_[s] = true;
    if (!hits[i].attribution.found()) continue;
    found_.push_back(i);
    if (first_found_[s] == kNone) first_found_[s] = i;
    last_found_[s] = i;
  }
}

const CueHit* CueIndex::at(std::size_t token) const {
  const auto it = std::partition_point(hits_.begin(), hits_.end(),
                                       [&](const CueHit& h) { return h.token < token; });
  return it != hits_.end() && it->token == token ? &*it : nullptr;
}

const CueHit* CueIndex::found_before(std::size_t token) const {
  // Hits are in text order and sentences only grow: the last hit with a
  // speaker before `token` is in its sentence if any such hit is.
  const auto it = std::partition_point(found_.begin(), found_.end(),
                                       [&](std::size_t i) { return hits_[i].token < token; });
  if (it == found_.begin()) return nullptr;
  const CueHit& h = hits_[*(it - 1)];
  return tp_.tokens[h.token].sentence == tp_.tokens[token].sentence ? &h : nullptr;
}

const CueHit* CueIndex::first_found(int s) const {
  if (s < 0 || static_cast<std::size_t>(s) >= first_found_.size()) return nullptr;
  const std::size_t i = first_found_[static_cast<std::size_t>(s)];
  return i == kNone ? nullptr : &hits_[i];
}

const CueHit* CueIndex::last_found(int s) const {
  if (s < 0 || static_cast<std::size_t>(s) >= last_found_.size()) return nullptr;
  const std::size_t i = last_found_[static_cast<std::size_t>(s)];
  return i == kNone ? nullptr : &hits_[i];
}

bool CueIndex::has_cue(int s) const {
  return s >= 0 && static_cast<std::size_t>(s) < has_cue_.size() &&
         has_cue_[static_cast<std::size_t>(s)];
}

const CueHit* CueIndex::nearest_found(std::size_t token) const {
  const auto it = std::partition_point(found_.begin(), found_.end(),
                                       [&](std::size_t i) { return hits_[i].token < token; });
  const CueHit* before = it == found_.begin() ? nullptr : &hits_[*(it - 1)];
  const CueHit* after = it == found_.end() ? nullptr : &hits_[*it];
  if (before == nullptr) return after;
  if (after == nullptr) return before;
  return token - before->token <= after->token - token ? before : after;
}

void harvest_names(const TokenizedParagraph& tp, const QuoteResources& res,
                   SpeakerMemory& memory) {
  memory.begin_paragraph();
  memory.resources = &res;
  struct Named {
    std::string name;
    int sentence = 0;
    std::size_t run_start = 0;  // first of the entries up to this one with its name
  };
  std::vector<Named> people;  // the people of this paragraph so far
  int subject_sentence = -1;  // the last sentence whose first person is known
  std::size_t t = 0;
  while (t < tp.tokens.size()) {
    if (!tp.is_word(t)) {
      ++t;
      continue;
    }
    // "she", "his": a gender for the one person named just before.
    if (const Gender g = pronoun_gender(tp.words[t]); g != Gender::kUnknown) {
      // The people of this sentence and the one before (a suffix of
      // `people`), when they are all one person.
      const int sentence = tp.tokens[t].sentence;
      const auto window = std::partition_point(people.begin(), people.end(), [&](const Named& p) {
        return p.sentence + 1 < sentence;
      });
      const auto first = static_cast<std::size_t>(window - people.begin());
      if (first < people.size() && people.back().run_start <= first) {
        const std::string& only = people.back().name;
        if (memory.gender_of(only) == Gender::kUnknown) memory.learn_gender(only, g);
      }
      ++t;
      continue;
    }
    if (!tp.tokens[t].upper) {
      ++t;
      continue;
    }
    std::size_t e = t;
    std::vector<std::string_view> run;
    while (e < tp.tokens.size() && tp.is_word(e) &&
           (tp.tokens[e].upper || (tp.words[e] == "of" && !run.empty()))) {
      run.push_back(tp.words[e]);
      ++e;
    }
    while (!run.empty() && !is_capitalised(run.back())) run.pop_back();
    const Range name = name_after_roles(run, {0, run.size()}, res.roles);
    const std::size_t n = name.last - name.first;
    if (n >= 2 && n <= 4) {
      std::vector<std::string_view> parts(run.begin() + static_cast<long>(name.first),
                                          run.begin() + static_cast<long>(name.last));
      parts.back() = strip_possessive(parts.back());
      memory.names.add(join_words(parts, {0, parts.size()}));
    }
    // Who the run names, if a person: a full name, or one word the article
    // already named or wrote after a title.
    std::size_t first = name.first;
    while (first < name.last && n >= 2 && is_sentence_adverb(run[first])) ++first;
    std::string person;
    const bool titled = name.first > 0;
    if (name.last - first >= 2 && name.last - first <= 4) {
      std::vector<std::string_view> parts(run.begin() + static_cast<long>(first),
                                          run.begin() + static_cast<long>(name.last));
      parts.back() = strip_possessive(parts.back());
      person = memory.names.resolve(join_words(parts, {0, parts.size()}));
    } else if (name.last - first == 1) {
      const std::string_view w = strip_possessive(run[first]);
      if (titled || memory.names.knows(w)) person = std::string(w);
    }
    if (!person.empty() && !is_organisation_name(person)) {
      // A title in the run ("Mrs"), else a lower-case role just before it
      // ("spokeswoman Jane Doe").
      Gender g = titled ? title_gender(run[name.first - 1]) : Gender::kUnknown;
      if (g == Gender::kUnknown && t > 0 && tp.is_word(t - 1)) g = title_gender(tp.words[t - 1]);
      memory.learn_gender(person, g);
      const bool role_before =
          titled || (t > 0 && tp.is_word(t - 1) && res.roles.match(tp.words, t - 1).words > 0) ||
          (t > 1 && tp.is_punct(t - 1, ",") && tp.is_word(t - 2) && !tp.tokens[t - 2].upper &&
           res.roles.match(tp.words, t - 2).words > 0);
      // After the name: ", who", or for a full name an apposition such as
      // ", the city's mayor," or ", 78,".
      bool who_after = false;
      if (e + 1 < tp.tokens.size() && tp.is_punct(e, ",") && tp.is_word(e + 1)) {
        const std::string_view w = tp.words[e + 1];
        who_after = w == "who" ||
                    (person.find(' ') != std::string::npos &&
                    (w == "the" || w == "a" || w == "an" || (w[0] >= '0' && w[0] <= '9') ||
                     (!tp.tokens[e + 1].upper && res.roles.match(tp.words, e + 1).words > 0)));
      }
      const bool evidence =
          role_before || who_after || memory.gender_of(person) != Gender::kUnknown;
      const int sentence = tp.tokens[t].sentence;
      const bool subject = subject_sentence != sentence;
      subject_sentence = sentence;
      memory.mention(person, t, subject, evidence);
      const std::size_t run_start =
          !people.empty() && people.back().name == person ? people.back().run_start : people.size();
      people.push_back({person, sentence, run_start});
    }
    t = e;
  }
}

}  // namespace newsarchive::indexer
