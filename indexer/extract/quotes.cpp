#include "extract/quotes.h"

#include "newsarchive/sentences.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>

#include "extract/attribution.h"
#include "extract/quote_lexicon.h"
#include "extract/quote_spans.h"
#include "extract/speaker_kind.h"
#include "text/text_scan.h"
#include "extract/tokens.h"
#include "text/utf8_scan.h"

namespace newsarchive::indexer {
namespace {

// A quoted stretch of one paragraph, before filtering.
// The attributions of an article's quotes, each kept once: a paragraph of
// a hundred thousand quotes holds one copy of each speaker, not three per
// quote. Index 0 is the empty attribution.
class AttributionPool {
 public:
  AttributionPool() : all_(1) {}
  std::uint32_t add(const Attribution& a) {
    if (a.speaker.empty() && a.mention.empty() && a.cue.empty() && a.kind == SpeakerKind::kNone)
      return 0;
    std::string key = a.speaker;
    key += '\x1f';
    key += a.mention;
    key += '\x1f';
    key += a.cue;
    key += static_cast<char>('0' + static_cast<int>(a.kind));
    const auto [it, added] = index_.emplace(std::move(key), static_cast<std::uint32_t>(all_.size()));
    if (added) all_.push_back(a);
    return it->second;
  }
  const Attribution& operator[](std::uint32_t i) const { return all_[i]; }

 private:
  std::vector<Attribution> all_;
  std::unordered_map<std::string, std::uint32_t> index_;
};

struct Piece {
  QuotePart part;
  std::uint32_t attribution = 0;  // in the article's AttributionPool
  bool closed = true;
  bool at_start = false;   // first token of its paragraph
  bool at_end = false;     // last quote of its paragraph
  bool after_colon = false;
  bool naming = false;     // "so-called “X”", "titled “X”"
  bool wording = false;    // of the naming ones, a term someone uses: "the phrase “X”"
  bool reporting = false;  // a reporting word in the sentence outside the quotes
  bool markup = false;     // an attribute value: <tweet id="...">
  std::string_view before; // the word before the quote, if any
  bool cue_in_sentence = false;   // a cue, even one whose speaker is unclear
  bool cue_nearby = false;        // a cue in the sentence before or after
  std::uint32_t nearest = 0;      // the paragraph's speaker nearest the quote
  std::uint32_t subject = 0;      // the sentence's subject, when no cue of it has a speaker
  std::string_view text;   // inner text, trimmed
  bool called = false;        // "called the winner “X”", "singing “X”": a calling verb just before
  bool alone = false;         // the paragraph is the quote and nothing else but punctuation
  bool inside_name = false;   // between two capitalised words: Earvin “Magic” Johnson
};

// A word of saying, writing, thinking or of a thing said or written
// ("bemoaned", "insisted", "tweeted", "statement", "interview", "letter"):
// evidence that a sentence reports someone's words, even when no cue of
// data/cues.txt gives it a speaker.
bool reporting_word(std::string_view w) { return QuoteLexicon::defaults().reporting.contains(w); }

// Naming words that introduce a term as someone's wording ("the phrase
// “self-deportation”", "who he dubbed “the little senator”"), not a title.
bool names_wording(const TokenizedParagraph& tp, std::size_t q) {
  if (q == 0 || !tp.is_word(q - 1)) return false;
  std::string_view w = tp.words[q - 1];
  if (w == "as" && q >= 2 && tp.is_word(q - 2)) w = tp.words[q - 2];
  return QuoteLexicon::defaults().wording.contains(w);
}

// Words before a quoted stretch that make it a name, not speech.
bool names_rather_than_quotes(const TokenizedParagraph& tp, std::size_t q) {
  if (q == 0 || !tp.is_word(q - 1)) return false;
  std::string_view w = tp.words[q - 1];
  if (w == "as" && q >= 2 && tp.is_word(q - 2)) w = tp.words[q - 2];
  return QuoteLexicon::defaults().naming.contains(w);
}

// A headline's speaker, for its quotes with no cue the attribution code
// understands (headline cues are capitalised): the capitalised words
// before a closing "Says"/"Tells" ("…, Lindsey Graham Says"), else the
// headline's opening capitalised words, its subject ("Black Lawmakers Rip
// Donald Trump As A ‘Disgusting Fraud’", "Pat Caddell: …").
Attribution headline_speaker(const TokenizedParagraph& tp) {
  auto run_before = [&](std::size_t end) {
    std::vector<std::string_view> run;
    for (std::size_t k = end; k > 0 && tp.is_word(k - 1) && tp.tokens[k - 1].upper && run.size() < 4; --k)
      run.insert(run.begin(), tp.words[k - 1]);
    return run;
  };
  std::vector<std::string_view> run;
  for (std::size_t t = 1; t < tp.tokens.size() && run.empty(); ++t) {
    if (!tp.is_word(t)) continue;
    if (tp.is_word(t) && is_ascii_upper(tp.words[t].front()) &&
        QuoteLexicon::defaults().headline_cues.contains(tp.words[t]))
      run = run_before(t);
  }
  if (run.empty()) {
    for (std::size_t t = 0; t < tp.tokens.size() && run.size() < 3; ++t) {
      if (!tp.is_word(t) || !tp.tokens[t].upper) break;
      run.push_back(tp.words[t]);
    }
  }
  Attribution a;
  if (run.empty()) return a;
  run.back() = strip_possessive(run.back());
  a.speaker = join_words(run, {0, run.size()});
  a.mention = a.speaker;
  a.cue = std::string(kHeadlineSubjectCue);
  a.kind = SpeakerKind::kName;
  return a;
}

std::string_view inner_text(std::string_view paragraph, const QuoteSpan& s) {
  return trim(paragraph.substr(s.begin, s.end - s.begin));
}

std::string clean_text(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ';')) s = trim(s.substr(0, s.size() - 1));
  return std::string(s);
}

// Title Case: two words or more, every word of four letters or more
// capitalised, and the shorter ones too unless they are the small words a
// title leaves in lower case ("Peace Through Strength", "State of the
// Union"; not "They sue", "He’s a new dad", "Absolutely not").
bool title_case(std::string_view text) {
  const WordList& small_words = QuoteLexicon::defaults().title_small_words;
  std::size_t words = 0, long_words = 0, capitalised = 0;
  bool lower_short = false;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) {
      ++words;
      const std::string_view w = text.substr(i, j - i);
      std::size_t letters = 0;
      char32_t first = 0;
      std::string_view bare;  // the word's letters, from its first letter
      for (std::size_t k = 0; k < w.size();) {
        std::size_t len = 0;
        const char32_t c = decode_at(w, k, len);
        if (is_letter(c)) {
          if (letters == 0) {
            first = c;
            bare = w.substr(k);
          }
          ++letters;
        }
        k += len;
      }
      if (letters >= 4) {
        ++long_words;
        capitalised += is_upper(first) ? 1 : 0;
      } else if (letters > 0 && !is_upper(first)) {
        while (!bare.empty() && !is_ascii_alpha(bare.back())) bare.remove_suffix(1);
        lower_short |= !small_words.contains(bare);
      }
    }
    i = j;
  }
  return words >= 2 && long_words > 0 && capitalised == long_words && !lower_short;
}

// Every word starts with a capital letter ("Magic", "The Rock").
bool all_words_capitalised(std::string_view text) {
  bool at_word = true, any = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    const char32_t c = decode_at(text, i, len);
    if (c == ' ') {
      at_word = true;
    } else if (at_word) {
      if (!is_upper(c)) return false;
      at_word = false;
      any = true;
    }
    i += len;
  }
  return any;
}


bool has_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    if (is_letter(decode_at(text, i, len))) return true;
    i += len;
  }
  return false;
}

// Is a stretch in quote marks reported content (PolNeAR's sense: any quoted
// stretch inside what an attribution reports, scare quotes in a paraphrase
// included)? Markup attribute values, titles and programmes, and lone
// words nobody is said to say are not; a headline's quotes are (headlines
// report); the rest is when someone or something reports it.
// `attributed`: the quote (joined across paragraphs) has a speaker;
// `has_subject`: its sentence's subject is known.
bool keep(const Piece& p, bool attributed, bool has_subject, std::string_view text,
          std::size_t words) {
  if (!has_letter(text)) return false;
  if (p.markup) return false;
  // A title in capitals standing as a body paragraph of its own is a
  // subheading ("‘Legend in the Coal Fields.’"), not words said.
  if (p.alone && p.part.field == QuotePart::Field::kBody && title_case(text)) return false;
  if (p.part.field == QuotePart::Field::kHeadline) return true;
  // A term given as someone's wording is what they say; a title is not.
  if (p.wording && words <= 6)
    return attributed || p.cue_in_sentence || p.cue_nearby || has_subject ||
           p.reporting;
  if (p.naming && words <= 6) return false;
  // A nickname inside a name ("Marcia “Cia” Price") is part of the name.
  if (p.inside_name && words <= 3 && all_words_capitalised(text) && !ends_as_sentence(text))
    return false;
  if (title_case(text)) {
    // A title or a programme ("on CNN's “State of the Union”") unless it
    // stands as a sentence of its own ("“It's Our Time.”") or is what
    // someone was called or chanted ("called him “Lyin' Ted”").
    if (words > 5 && attributed) return true;
    if (p.called) return true;
    if (p.before.empty()) return ends_as_sentence(text);
    return iequals(p.before, "as") || QuoteLexicon::defaults().calling.contains(p.before);
  }
  // A single word nobody is said to say: a scare quote more often than not.
  // Unless a reporting word in its sentence says someone's words are given.
  if (words <= 1 && !attributed && !p.cue_in_sentence && !p.cue_nearby)
    return p.reporting;
  // Otherwise reported content wants someone to report it: a speaker, a cue
  // near it, or a sentence whose subject is a name; or length enough to be
  // speech.
  return attributed || p.cue_in_sentence || p.cue_nearby || has_subject ||
         words >= 4;
}

}  // namespace

const char* quote_kind(std::string_view text, bool after_colon) {
  text = trim(text);
  if (after_colon) return "full";
  if (text.empty()) return "partial";
  std::size_t i = 0;
  char32_t first = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    first = decode_at(text, i, len);
    if (is_letter(first) || is_digit(first)) break;
    i += len;
  }
  const bool capital = is_upper(first);
  std::string_view body = text;
  while (!body.empty() && (body.back() == ',' || body.back() == '"' || body.back() == ' '))
    body.remove_suffix(1);
  const bool ends = !body.empty() && (body.back() == '.' || body.back() == '?' ||
                                      body.back() == '!' || body.ends_with("\xE2\x80\xA6"));
  const std::size_t words = count_words(text);
  if (capital && (words >= 4 || ends)) return "full";
  if (ends && words >= 6) return "full";
  return "partial";
}

std::vector<FoundQuote> find_quotes(const Article& a, const QuoteResources& res) {
  std::vector<FoundQuote> out;
  SpeakerMemory memory;
  AttributionPool pool;

  struct Para {
    QuotePart::Field field;
    int index;
    std::string_view text;
  };
  std::vector<Para> paras;
  if (!a.headline.empty()) paras.push_back({QuotePart::Field::kHeadline, -1, a.headline});
  if (!a.standfirst.empty()) paras.push_back({QuotePart::Field::kStandfirst, -1, a.standfirst});
  for (std::size_t i = 0; i < a.body.size(); ++i) {
    paras.push_back({QuotePart::Field::kBody, static_cast<int>(i), a.body[i]});
  }

  std::vector<std::vector<Piece>> pieces(paras.size());
  std::vector<Attribution> last_hit(paras.size());  // last speaker each paragraph names
  std::vector<bool> ends_with_colon(paras.size(), false);
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    const Para& para = paras[pi];
    const TokenizedParagraph tp = tokenize_paragraph(para.text, find_quote_spans(para.text));
    harvest_names(tp, res, memory);
    const std::vector<CueHit> hits = find_cue_hits(tp, res, memory);
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
      if (it->attribution.found()) {
        last_hit[pi] = it->attribution;
        break;
      }
    }
    // What each quote asks of its sentence and the paragraph's cues,
    // worked out once for the paragraph.
    const CueIndex cues(tp, hits);
    SentenceSubjects subjects(tp, res, memory);
    std::vector<bool> reporting(tp.sentence_begin.size(), false);
    for (std::size_t u = 0; u < tp.tokens.size(); ++u) {
      const auto s = static_cast<std::size_t>(tp.tokens[u].sentence);
      if (!reporting[s] && tp.is_word(u) && reporting_word(tp.words[u])) reporting[s] = true;
    }
    ends_with_colon[pi] = !tp.tokens.empty() && tp.is_punct(tp.tokens.size() - 1, ":");
    std::size_t quote_tokens = 0;
    for (std::size_t t = 0; t < tp.tokens.size(); ++t) quote_tokens += tp.is_quote(t) ? 1 : 0;
    std::size_t seen = 0;
    // A headline's speaker, looked for once however many quotes it holds.
    std::optional<Attribution> headline_said;
    for (std::size_t t = 0; t < tp.tokens.size(); ++t) {
      if (!tp.is_quote(t)) continue;
      ++seen;
      const QuoteSpan& s = tp.spans[static_cast<std::size_t>(tp.tokens[t].quote)];
      Piece p;
      p.part = {para.field, para.index, s.begin, s.end};
      p.text = inner_text(para.text, s);
      p.closed = s.closed;
      p.at_start = t == 0;
      p.at_end = seen == quote_tokens;
      p.alone = quote_tokens == 1;
      for (std::size_t u = 0; u < tp.tokens.size() && p.alone; ++u)
        p.alone = u == t || tp.tokens[u].kind == Token::Kind::kPunct;
      // A stretch without a letter is never kept, unless it may join a
      // quote running over paragraphs: no need to hold it (a paragraph of
      // a million quote marks makes half a million of them).
      if (!p.at_start && (p.closed || !p.at_end) && !has_letter(p.text)) continue;
      p.after_colon = t > 0 && tp.is_punct(t - 1, ":");
      p.naming = names_rather_than_quotes(tp, t);
      p.wording = names_wording(tp, t);
      {
        for (std::size_t k = 1; k <= 4 && k <= t && !p.called; ++k) {
          const std::size_t u = t - k;
          if (tp.is_quote(u) || tp.tokens[u].sentence != tp.tokens[t].sentence) break;
          if (!tp.is_word(u)) continue;
          p.called = QuoteLexicon::defaults().calling.contains(tp.words[u]);
        }
      }
      const int sentence = tp.tokens[t].sentence;
      p.reporting = reporting[static_cast<std::size_t>(sentence)];
      p.markup = s.open > 0 && para.text[s.open - 1] == '=';
      if (t > 0 && tp.is_word(t - 1)) p.before = tp.words[t - 1];
      p.inside_name = t > 0 && t + 1 < tp.tokens.size() && tp.is_word(t - 1) &&
                      tp.is_word(t + 1) && tp.tokens[t - 1].upper && tp.tokens[t + 1].upper &&
                      tp.tokens[t - 1].sentence == tp.tokens[t + 1].sentence &&
                      static_cast<std::size_t>(tp.tokens[t].sentence) < tp.sentence_begin.size() &&
                      tp.sentence_begin[static_cast<std::size_t>(tp.tokens[t].sentence)] < t - 1;
      p.cue_in_sentence = cues.has_cue(sentence);
      p.cue_nearby = cues.has_cue(sentence - 1) || cues.has_cue(sentence + 1);
      if (const CueHit* h = cues.nearest_found(t)) p.nearest = pool.add(h->attribution);
      Attribution said = attribute_quote(tp, t, cues, res, memory);
      if (para.field == QuotePart::Field::kHeadline && !said.found()) {
        if (!headline_said) headline_said = headline_speaker(tp);
        said = *headline_said;
      }
      p.attribution = pool.add(said);
      if (const CueHit* h = cues.first_found(sentence)) {
        p.subject = pool.add(h->attribution);
      } else {
        p.subject = pool.add(sentence_speaker(subjects, t, res, memory));
      }
      pieces[pi].push_back(std::move(p));
    }
  }

  // Join quotes that run over paragraphs, attribute from neighbours, filter.
  Attribution previous_quote;  // speaker of the previous paragraph's last quote
  Attribution latest;          // the latest speaker of an earlier paragraph
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    if (pi > 0 && last_hit[pi - 1].found()) latest = last_hit[pi - 1];
    Attribution this_paragraph;
    for (std::size_t k = 0; k < pieces[pi].size(); ++k) {
      Piece& first = pieces[pi][k];
      if (first.text.empty()) continue;
      FoundQuote fq;
      fq.parts.push_back(first.part);
      std::string text(first.text);
      Attribution attr = pool[first.attribution];
      // An open quote at the end of a paragraph continues when the next
      // paragraph opens with a quote mark.
      std::size_t qi = pi;
      const Piece* last = &first;
      while (!last->closed && last->at_end && last->part.field == QuotePart::Field::kBody &&
             qi + 1 < paras.size() && !pieces[qi + 1].empty() && pieces[qi + 1].front().at_start &&
             opens_with_quote(paras[qi + 1].text)) {
        ++qi;
        Piece& next = pieces[qi].front();
        fq.parts.push_back(next.part);
        text += ' ';
        text += next.text;
        if (!attr.found()) attr = pool[next.attribution];
        next.text = {};  // consumed
        last = &next;
      }
      if (!attr.found() && first.at_start && pi > 0) {
        if (ends_with_colon[pi - 1]) {
          attr = last_hit[pi - 1];
        } else if (previous_quote.found() && std::string_view(quote_kind(text, false)) == "full") {
          attr = previous_quote;
        }
      }
      const bool kept =
          keep(first, attr.found(), pool[first.subject].found(), text, count_words(text));
      if (!kept) continue;
      // Kept on other evidence: the nearest speaker of the paragraph, else
      // the latest speaker before it.
      if (!attr.found()) attr = pool[first.subject];
      if (!attr.found()) attr = pool[first.nearest];
      if (!attr.found()) attr = latest;
      fq.quote.text = clean_text(text);
      const JudgedSpeaker judged = judge_speaker(attr, res.roles);
      fq.quote.speaker = judged.speaker;
      fq.quote.speaker_kind = judged.kind;
      fq.quote.speaker_mention = attr.mention;
      fq.quote.cue = attr.cue;
      fq.quote.paragraph = first.part.paragraph;
      fq.quote.kind = quote_kind(fq.quote.text, first.after_colon);
      if (attr.found()) this_paragraph = attr;
      out.push_back(std::move(fq));
    }
    previous_quote = this_paragraph;
  }
  return out;
}

std::vector<Quote> extract_quotes(const Article& article, const QuoteResources& res) {
  std::vector<Quote> out;
  for (FoundQuote& f : find_quotes(article, res)) out.push_back(std::move(f.quote));
  return out;
}

}  // namespace newsarchive::indexer
