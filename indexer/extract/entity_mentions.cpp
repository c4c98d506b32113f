#include "extract/entity_mentions.h"

#include <algorithm>
#include <string_view>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

// "Ohio-based", "Communist-led": a capitalised word with a lower-case tail
// describes, it does not name.
bool has_lower_tail(const EntityToken& t) {
  const std::size_t dash = t.text.rfind('-');
  return dash != std::string_view::npos && dash + 1 < t.text.size() && t.text[dash + 1] >= 'a' &&
         t.text[dash + 1] <= 'z';
}

bool is_cap_word(const EntityToken& t) { return t.word && t.capitalised && !has_lower_tail(t); }

bool is_apostrophe_token(std::string_view t) { return t == "'" || t == "\xE2\x80\x99"; }

class Finder {
 public:
  Finder(const std::vector<EntityToken>& tokens, const ParagraphShape& shape,
         const EntityResources& res)
      : tokens_(tokens), shape_(shape), res_(res) {
    words_.reserve(tokens.size());
    for (const EntityToken& t : tokens) words_.push_back(t.text);
    gaz_.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (is_cap_word(tokens[i])) gaz_[i] = res.gazetteer.longest_match(tokens, i, tokens.size());
    }
  }

  std::vector<EntityCandidate> normal() {
    std::size_t i = 0;
    mark_dateline(i);
    while (i < tokens_.size()) {
      if (!is_cap_word(tokens_[i])) {
        ++i;
        continue;
      }
      const std::size_t end = run_end(i);
      segment(i, end);
      i = end;
    }
    return std::move(out_);
  }

  std::vector<EntityCandidate> caps() {
    std::size_t i = 0;
    mark_dateline(i);
    while (i < tokens_.size()) {
      const EntityToken& t = tokens_[i];
      if (!is_cap_word(t)) {
        ++i;
        continue;
      }
      const Gazetteer::Match& g = gaz_[i];
      if (g.tokens > 0 && !(g.tokens == 1 && res_.common_words.contains(t.text))) {
        out_.push_back({i, i + g.tokens, g.entry});
        i += g.tokens;
        continue;
      }
      if (!res_.common_words.contains(t.text) && t.text.size() > 1) {
        // A run of unknown words; typing matches it against the article.
        std::size_t j = i + 1;
        while (j < tokens_.size() && is_cap_word(tokens_[j]) && gaz_[j].tokens == 0 &&
               !res_.common_words.contains(tokens_[j].text)) {
          ++j;
        }
        EntityCandidate c{i, j};
        c.caps_only = true;
        out_.push_back(c);
        i = j;
        continue;
      }
      ++i;
    }
    return std::move(out_);
  }

 private:
  // "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06",
  // "CAPRI, Italy (Reuters) -": capitals at the start, then a date or an
  // agency within a few tokens.
  void mark_dateline(std::size_t& i) {
    std::size_t j = 0;
    while (j < tokens_.size() && tokens_[j].word && tokens_[j].all_caps &&
           !starts_with_digit(tokens_[j])) {
      ++j;
    }
    if (j == 0 || j > 4 || j == tokens_.size()) return;
    // Then a date ("1996-08-30"), an agency in brackets, or ", Country" and
    // one of those.
    auto date_or_agency = [&](std::size_t k) {
      return k < tokens_.size() && (tokens_[k].text == "(" ||
                                    (starts_with_digit(tokens_[k]) &&
                                     tokens_[k].text.find_first_of("-/") != std::string_view::npos));
    };
    bool ok = date_or_agency(j);
    if (!ok && tokens_[j].text == ",") {
      for (std::size_t k = j + 1; k < tokens_.size() && k < j + 6 && !ok; ++k) ok = date_or_agency(k);
    }
    if (!ok) return;
    if (gaz_[0].tokens == j && gaz_[0].entry->type != EntityType::kPlace) return;
    EntityCandidate c{0, j, gaz_[0].tokens == j ? gaz_[0].entry : nullptr};
    c.dateline = true;
    c.sentence_start = true;
    out_.push_back(c);
    i = j;
  }

  bool joins_with_of(std::size_t k) const {
    const std::string_view w = tokens_[k].text;
    return res_.org_words.contains(w) || res_.place_words.contains(w) ||
           res_.misc_words.contains(w) || res_.titles.contains(w);
  }

  // "and" inside one name: the words after it end with an organisation's
  // keyword ("Standard and Poor's Corp", "Food and Drug Administration",
  // "Savings and Loan Association"), or it joins the two halves of what an
  // institution is "of" or "for" ("Department of Trade and Industry") when
  // the second half is no name of its own.
  bool joins_with_and(std::size_t and_at, bool institution) const {
    // "Johnson Controls Inc and Lear Corp": a name complete before "and".
    if (res_.org_words.contains(tokens_[and_at - 1].text) && !institution) return false;
    std::size_t e = and_at + 1;
    std::size_t names = 0;  // words after "and" that are no keyword
    while (e < tokens_.size() && is_cap_word(tokens_[e])) {
      if (!res_.org_words.contains(tokens_[e].text)) ++names;
      ++e;
    }
    if (e == and_at + 1) return false;
    e += possessive_keyword(e);
    // One word and the keyword ends a shared name ("Food and Drug
    // Administration"); more are a second company ("KeyCorp and Banc One
    // Corp").
    if (res_.org_words.contains(tokens_[e - 1].text)) return names <= 1;
    return institution && gaz_[and_at + 1].tokens == 0;
  }

  // "Poor's Corp", "McDonald's Corp": a possessive inside a company's name,
  // when only an organisation's keyword follows it and the word before it
  // names nothing known ("Britain's Parliament" is two names). The tokens
  // from the apostrophe to the end of the keywords, or 0.
  std::size_t possessive_keyword(std::size_t j) const {
    if (j == 0 || j + 2 >= tokens_.size() || tokens_[j].word || !is_apostrophe_token(tokens_[j].text) ||
        !(tokens_[j + 1].text == "s" || tokens_[j + 1].text == "S") || gaz_[j - 1].tokens > 0 ||
        tokens_[j].begin != tokens_[j - 1].end) {
      return 0;
    }
    std::size_t e = j + 2;
    while (e < tokens_.size() && is_cap_word(tokens_[e]) && gaz_[e].tokens == 0 &&
           res_.org_words.contains(tokens_[e].text)) {
      ++e;
    }
    if (e == j + 2 || (e < tokens_.size() && is_cap_word(tokens_[e]))) return 0;
    return e - j;
  }

  // The end of the run of capitalised words starting at i.
  std::size_t run_end(std::size_t i) const {
    std::size_t j = i;
    std::size_t reach = i;
    bool institution = false;  // joined by "of" or "for" after a keyword
    for (;;) {
      if (j < tokens_.size() && gaz_[j].tokens > 0) reach = std::max(reach, j + gaz_[j].tokens);
      if (j < reach) {
        ++j;
        continue;
      }
      if (j < tokens_.size() && is_cap_word(tokens_[j])) {
        ++j;
        continue;
      }
      if (j > i && j + 1 < tokens_.size() && is_cap_word(tokens_[j + 1])) {
        const EntityToken& t = tokens_[j];
        const bool of = t.text == "of" && joins_with_of(j - 1);
        // "Bank for International Settlements": "for" after an
        // organisation's keyword.
        const bool for_ = t.text == "for" && res_.org_words.contains(tokens_[j - 1].text);
        if ((t.word && is_name_particle(t.text)) || t.text == "&" || of || for_ ||
            (t.text == "and" && joins_with_and(j, institution))) {
          institution = institution || for_ || (of && res_.org_words.contains(tokens_[j - 1].text));
          ++j;
          continue;
        }
      }
      if (const std::size_t n = possessive_keyword(j); j > i && n > 0) {
        j += n;
        continue;
      }
      return j;
    }
  }

  bool is_connector(std::size_t k) const {
    const EntityToken& t = tokens_[k];
    return !t.capitalised || !t.word;
  }

  // A title or role, lower case, right before position a: "coach Bobby
  // Robson", "said spokesman John Smith".
  bool title_before(std::size_t a) const {
    for (std::size_t back = 1; back <= 3 && back <= a; ++back) {
      const PhraseList::Match m = res_.titles.match(words_, a - back, a);
      if (m.words == back && !tokens_[a - back].capitalised) return true;
    }
    return false;
  }

  // Unknown words followed by a known place or organisation are two names
  // ("Lebed Chechnya") unless a given name or an initial starts a person's
  // name ("Michael Jordan") or, in a sports report, the words are a team
  // ("Dynamo Moscow"), or a particle joins them ("Bank of Poland").
  bool splits_at(std::size_t k, std::size_t e, std::size_t b) const {
    const Gazetteer::Match& g = gaz_[e];
    if (g.tokens == 0 || e + g.tokens > b || shape_.sports || is_connector(e - 1)) return false;
    if (g.entry->type == EntityType::kPerson) return false;
    const std::string_view first = tokens_[k].text;
    return !res_.given_names.contains(first) && !is_initial(first);
  }

  std::size_t title_at(std::size_t k, std::size_t end) const {
    return res_.titles.match(words_, k, end).words;
  }

  void segment(std::size_t a, std::size_t b) {
    bool after_title = title_before(a);
    // A run ending in an organisation's or an event's keyword is one name,
    // a title's word in it included: "Bio-Technology General Corp",
    // "General Election".
    const std::string_view end_word = tokens_[b - 1].text;
    const bool keyword_end =
        b - a >= 2 && (res_.org_words.contains(end_word) || res_.misc_words.contains(end_word));
    std::size_t k = a;
    while (k < b) {
      if (is_connector(k)) {
        ++k;
        continue;
      }
      const EntityToken& t = tokens_[k];
      const std::size_t g = std::min(gaz_[k].tokens, b - k);
      const std::size_t title = keyword_end ? 0 : title_at(k, b);
      if (title > g) {
        k += title;
        after_title = true;
        continue;
      }
      if (g == 0 && (res_.common_words.flagged(t.text) ||
                     (t.sentence_start && res_.common_words.contains(t.text)))) {
        ++k;
        continue;
      }
      std::size_t e = k + std::max<std::size_t>(g, 1);
      if (g == 0) {
        while (e < b) {
          const std::size_t tt = keyword_end ? 0 : title_at(e, b);
          if (tt > 0 && e + tt < b && gaz_[e].tokens <= tt) break;
          if (res_.common_words.flagged(tokens_[e].text)) break;
          if (splits_at(k, e, b)) break;
          ++e;
        }
      } else if (e < b) {
        // A known phrase with more capitalised words after it: one name if
        // a keyword ends them ("Japan Airlines", "French Open").
        std::size_t f = e;
        while (f < b && title_at(f, b) == 0 && !res_.common_words.flagged(tokens_[f].text)) ++f;
        while (f > e && is_connector(f - 1)) --f;
        if (f > e) {
          const std::string_view last = tokens_[f - 1].text;
          if (res_.org_words.contains(last) || res_.misc_words.contains(last)) e = f;
        }
      }
      while (e > k && is_connector(e - 1)) --e;
      EntityCandidate c{k, e};
      // A known short form may end in its full stop ("Calif."), which the
      // span leaves out.
      if (g == e - k || (g == e - k + 1 && tokens_[e].text == ".")) c.known = gaz_[k].entry;
      c.after_title = after_title;
      c.sentence_start = t.sentence_start;
      // A title alone is not a name ("the President said").
      const bool only_title = g == 0 && e - k == title_at(k, e) && title_at(k, e) > 0;
      if (!only_title) out_.push_back(c);
      after_title = false;
      k = e;
    }
  }

  const std::vector<EntityToken>& tokens_;
  const ParagraphShape& shape_;
  const EntityResources& res_;
  std::vector<std::string_view> words_;
  std::vector<Gazetteer::Match> gaz_;
  std::vector<EntityCandidate> out_;
};

}  // namespace

ParagraphShape paragraph_shape(const std::vector<EntityToken>& tokens) {
  std::size_t words = 0, caps = 0, letters = 0, digits = 0, lower = 0;
  for (const EntityToken& t : tokens) {
    if (!t.word) continue;
    ++words;
    if (starts_with_digit(t)) {
      ++digits;
      continue;
    }
    ++letters;
    if (t.all_caps) ++caps;
    if (!t.capitalised) ++lower;
  }
  ParagraphShape s;
  s.caps = letters > 0 && caps * 4 >= letters * 3;
  s.table = words > 0 && digits * 10 >= words * 3 && lower * 5 <= letters;
  return s;
}

std::vector<EntityCandidate> find_candidates(const std::vector<EntityToken>& tokens,
                                             const ParagraphShape& shape,
                                             const EntityResources& res) {
  Finder f(tokens, shape, res);
  return shape.caps ? f.caps() : f.normal();
}

}  // namespace newsarchive::indexer
