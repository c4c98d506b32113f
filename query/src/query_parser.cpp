#include "query_parser.h"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include "date_range.h"
#include "query_lexer.h"
#include "newsarchive/schema.h"

namespace newsarchive::query {
namespace {

using schema::Field;
using schema::FieldId;

// ---------------------------------------------------------------- parser

// A parsed piece of query: a weighted query, or a filter that only selects.
struct Part {
  Xapian::Query query;
  bool filter = false;
  bool empty = true;       // nothing searchable (a word of punctuation only)
  std::string description;
};

enum class Sign { must, should, must_not };

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, const std::vector<text::Stemmer>& stemmers,
         bool match_all, Documents documents, const Synonyms* synonyms,
         const QueryLimits& limits)
      : t_(tokens),
        stemmers_(stemmers),
        match_all_(match_all),
        documents_(documents),
        synonyms_(synonyms),
        limits_(limits) {}

  bool parse(ParsedQuery& out) {
    Part p = parse_or(nullptr);
    if (failed_) {
      out.error = error_;
      return false;
    }
    if (peek().kind == Tok::rparen) {
      fail(peek(), "')' at position " + std::to_string(peek().position) + " has no matching '('");
      out.error = error_;
      return false;
    }
    if (p.empty) {
      fail(t_.front(), "the query has no words to search for");
      out.error = error_;
      return false;
    }
    out.query = p.filter ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, p.query, 0.0) : p.query;
    out.description = p.description;
    out.highlight_terms.assign(highlight_.begin(), highlight_.end());
    out.fields.assign(fields_.begin(), fields_.end());
    out.words = std::move(words_);
    return true;
  }

 private:
  const Token& peek() const { return t_[i_]; }
  const Token& take() { return t_[i_ < t_.size() - 1 ? i_++ : i_]; }

  Part fail(const Token& at, std::string message) {
    if (!failed_) {
      failed_ = true;
      error_ = {at.position, at.text, std::move(message)};
    }
    return {};
  }

  // Counts `n` more terms, at `at`; false, with the error set, past the
  // limit.
  bool add_terms(const Token& at, std::size_t n) {
    terms_ += n;
    if (terms_ <= limits_.max_terms) return true;
    fail(at, "'" + at.text + "' at position " + std::to_string(at.position) +
                 " takes the query past the limit of " + std::to_string(limits_.max_terms) +
                 " terms (words, words of phrases, wildcards and filter values)");
    return false;
  }

  // or_expr := and_expr (OR and_expr)*
  Part parse_or(const Field* field) {
    std::vector<Part> parts;
    parts.push_back(parse_and(field));
    while (!failed_ && peek().kind == Tok::op_or) {
      const Token& op = take();
      if (starts_operand(peek().kind) == false)
        return fail(op, "OR at position " + std::to_string(op.position) +
                            " needs something to search for after it");
      parts.push_back(parse_and(field));
    }
    if (failed_) return {};
    return combine_or(parts);
  }

  static bool starts_operand(Tok k) {
    return k == Tok::word || k == Tok::phrase || k == Tok::field || k == Tok::lparen ||
           k == Tok::op_not || k == Tok::plus || k == Tok::minus;
  }

  static bool is_sign(Tok k) { return k == Tok::op_not || k == Tok::minus || k == Tok::plus; }

  // The parts joined by OR, as one flat OP_OR (a chain of a thousand ORs is
  // no deeper than one), described as the operator reads, from the left:
  // "OR(OR(a, b), c)". Built in time linear in the parts.
  static Part combine_or(std::vector<Part>& parts) {
    std::vector<Part*> kept;
    for (Part& p : parts)
      if (!p.empty) kept.push_back(&p);
    if (kept.empty()) return {};
    if (kept.size() == 1) return std::move(*kept.front());
    Part out;
    out.empty = false;
    out.filter = true;
    std::vector<Xapian::Query> queries;
    for (std::size_t i = 1; i < kept.size(); ++i) out.description += "OR(";
    out.description += kept.front()->description;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const Part& p = *kept[i];
      out.filter = out.filter && p.filter;
      queries.push_back(p.query);
      if (i > 0) out.description += ", " + p.description + ")";
    }
    out.query = Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
    return out;
  }

  // and_expr := (AND? sign? primary)+  with the default operator between
  // juxtaposed operands.
  Part parse_and(const Field* field) {
    std::vector<std::pair<Sign, Part>> items;
    bool next_must = false;  // the previous token was an explicit AND
    while (!failed_) {
      const Token& tok = peek();
      if (tok.kind == Tok::op_and) {
        take();
        if (items.empty() || !starts_operand(peek().kind))
          return fail(tok, "AND at position " + std::to_string(tok.position) +
                               " needs something to search for on both sides");
        if (items.back().first == Sign::should) items.back().first = Sign::must;
        next_must = true;
        continue;
      }
      Sign sign = match_all_ || next_must ? Sign::must : Sign::should;
      next_must = false;
      if (is_sign(tok.kind)) {
        take();
        const Token& next = peek();
        // NOT NOT a, -NOT a, +-a: one sign is all a word or group can take.
        if (is_sign(next.kind))
          return fail(next, next.text + " at position " + std::to_string(next.position) +
                                " follows " + tok.text + " at position " +
                                std::to_string(tok.position) +
                                ": put one NOT, - or + before a word or group, as in "
                                "NOT strike, -strike or +strike");
        if (tok.kind != Tok::plus && !starts_operand(next.kind))
          return fail(tok, tok.text + " at position " + std::to_string(tok.position) +
                               " needs something to exclude after it");
        sign = tok.kind == Tok::plus ? Sign::must : Sign::must_not;
      } else if (!starts_operand(tok.kind)) {
        break;
      }
      Part p = parse_primary(field);
      if (failed_) return {};
      if (!p.empty) items.emplace_back(sign, std::move(p));
    }
    return combine_and(items);
  }

  static Part combine_and(std::vector<std::pair<Sign, Part>>& items) {
    std::vector<Xapian::Query> must, should, must_not, filters;
    std::vector<std::string> desc;
    for (auto& [sign, p] : items) {
      if (sign == Sign::must_not) {
        must_not.push_back(p.query);
        desc.push_back("NOT " + p.description);
      } else if (p.filter) {
        filters.push_back(p.query);
        desc.push_back(p.description);
      } else if (sign == Sign::must) {
        must.push_back(p.query);
        desc.push_back(p.description);
      } else {
        should.push_back(p.query);
        desc.push_back(p.description);
      }
    }
    Part out;
    if (must.empty() && should.empty() && filters.empty() && must_not.empty()) return out;
    out.empty = false;

    Xapian::Query weighted;
    if (!must.empty()) {
      weighted = Xapian::Query(Xapian::Query::OP_AND, must.begin(), must.end());
      if (!should.empty())
        weighted = Xapian::Query(Xapian::Query::OP_AND_MAYBE, weighted,
                                 Xapian::Query(Xapian::Query::OP_OR, should.begin(), should.end()));
    } else if (!should.empty()) {
      weighted = Xapian::Query(Xapian::Query::OP_OR, should.begin(), should.end());
    }

    if (!filters.empty()) {
      Xapian::Query filter(Xapian::Query::OP_AND, filters.begin(), filters.end());
      if (weighted.empty()) {
        out.query = filter;
        out.filter = true;
      } else {
        out.query = Xapian::Query(Xapian::Query::OP_FILTER, weighted, filter);
      }
    } else {
      out.query = weighted;
    }
    if (!must_not.empty()) {
      Xapian::Query base = out.query.empty() ? Xapian::Query::MatchAll : out.query;
      out.query = Xapian::Query(Xapian::Query::OP_AND_NOT, base,
                                Xapian::Query(Xapian::Query::OP_OR, must_not.begin(),
                                              must_not.end()));
      out.filter = out.filter || (must.empty() && should.empty() && filters.empty());
    }

    if (desc.size() == 1) {
      out.description = desc.front();
    } else {
      const bool all_must = should.empty();
      out.description = all_must ? "AND(" : "OR(";
      for (std::size_t i = 0; i < desc.size(); ++i)
        out.description += (i ? ", " : "") + desc[i];
      out.description += ")";
    }
    return out;
  }

  // primary := '(' or_expr ')' | FIELD primary | PHRASE | WORD
  Part parse_primary(const Field* field) {
    const Token& tok = take();
    switch (tok.kind) {
      case Tok::lparen: {
        // The one recursion a query can drive: bounded here.
        if (depth_ >= limits_.max_depth)
          return fail(tok, "'(' at position " + std::to_string(tok.position) + " opens a group " +
                               std::to_string(depth_ + 1) + " deep, over the limit of " +
                               std::to_string(limits_.max_depth) + " nested brackets");
        ++depth_;
        Part inner = parse_or(field);
        --depth_;
        if (failed_) return {};
        if (peek().kind != Tok::rparen)
          return fail(tok, "'(' at position " + std::to_string(tok.position) + " is not closed");
        take();
        if (!inner.empty) inner.description = "(" + inner.description + ")";
        return inner;
      }
      case Tok::field: {
        const Field* f = schema::find_field(tok.text);
        const Token& next = peek();
        if (next.kind != Tok::word && next.kind != Tok::phrase && next.kind != Tok::lparen)
          return fail(tok, tok.text + ": at position " + std::to_string(tok.position) +
                               " needs a word, a phrase or a group after it");
        if (tok.exact || !f->has(schema::kText)) return parse_filter(*f, tok);
        return parse_primary(f);
      }
      case Tok::phrase:
        return phrase_part(field, tok);
      case Tok::word:
        if (Part p; synonym_part(field, p)) return p;  // tok starts the run
        return word_part(field, tok);
      case Tok::rparen:
        return fail(tok, "')' at position " + std::to_string(tok.position) +
                             " has no matching '('");
      default:
        return fail(tok, "'" + tok.text + "' at position " + std::to_string(tok.position) +
                             " is not expected here");
    }
  }

  // A value (or group of values) of a filter field.
  Part parse_filter(const Field& f, const Token& field_tok) {
    const Token& v = peek();
    if (v.kind == Tok::lparen) {
      // field:=(a OR b) is rare; keep the grammar simple and say so.
      return fail(v, "a group after " + std::string(f.name) + ": at position " +
                         std::to_string(field_tok.position) +
                         " is not supported for exact values; repeat the field instead");
    }
    take();
    if (!add_terms(v, 1)) return {};
    Part out;
    out.empty = false;
    out.filter = true;
    if (f.id == FieldId::date) {
      DateRange range;
      std::string problem;
      if (!parse_date_range(v.text, range, problem))
        return fail(v, "date:" + v.text + " at position " + std::to_string(field_tok.position) +
                           ": " + problem);
      const int slot = f.value_slot;
      if (range.from.empty())
        out.query = Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, range.to);
      else if (range.to.empty())
        out.query = Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, range.from);
      else
        out.query = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, range.from, range.to);
      out.description = "date:" + range.description;
      return out;
    }
    std::string value = v.text;
    if (f.id == FieldId::month || f.id == FieldId::date)
      value.erase(std::remove(value.begin(), value.end(), '-'), value.end());
    std::vector<Xapian::Query> terms{Xapian::Query(schema::filter_term(f, value))};
    for (FieldId id : f.covers)
      terms.emplace_back(schema::filter_term(schema::field(id), value));
    out.query = terms.size() == 1 ? terms.front()
                                  : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    out.description = std::string(f.name) + ":=" + quoted(v.text);
    return out;
  }

  static std::string quoted(const std::string& s) {
    return s.find(' ') == std::string::npos ? s : "\"" + s + "\"";
  }

  // The fields a word searches: one, or every default field. `whole`: a
  // single word of an article search, which searches the article's whole
  // text (the body, which holds the headline's words too: schema.h, Terms)
  // and not the fields whose words are in it.
  std::vector<const Field*> targets(const Field* field, bool whole = false) const {
    std::vector<const Field*> out;
    if (field != nullptr) {
      out.push_back(field);
      for (FieldId id : field->covers) out.push_back(&schema::field(id));
      return out;
    }
    const bool articles = documents_ == Documents::articles;
    for (const Field& f : schema::fields())
      if (f.has(schema::kDefaultSearch) && f.has(schema::kText) &&
          !(f.has(schema::kInBody) && articles) &&
          !(whole && articles && schema::in_whole_text(f)))
        out.push_back(&f);
    return out;
  }

  // One query per target field, each scaled by the field's weight when it
  // is one of several.
  Part per_field(const Field* field, const std::string& description,
                 const std::function<Xapian::Query(const Field&)>& make, bool whole = false) {
    std::vector<Xapian::Query> qs;
    if (field != nullptr) fields_.insert(std::string(field->name));
    const auto fields = targets(field, whole);
    for (const Field* f : fields) {
      Xapian::Query q = make(*f);
      if (fields.size() > 1 && f->weight != 1.0)
        q = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, f->weight);
      qs.push_back(q);
    }
    Part out;
    out.empty = false;
    out.query = qs.size() == 1 ? qs.front() : Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
    out.description = field ? std::string(field->name) + ":" + description : description;
    return out;
  }

  Xapian::Query stemmed(const Field& f, const std::string& term) const {
    if (f.has(schema::kName)) return Xapian::Query(std::string(f.text_prefix) + term);
    const std::string prefix = std::string(schema::kStemPrefix) + std::string(f.text_prefix);
    std::set<std::string> terms;
    for (const text::Stemmer& s : stemmers_) terms.insert(prefix + s(term));
    if (terms.empty()) terms.insert(prefix + term);
    if (terms.size() == 1) return Xapian::Query(*terms.begin());
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
  }

  static Xapian::Query phrase(const Field& f, const std::vector<text::Token>& words) {
    std::vector<Xapian::Query> terms;
    for (const auto& w : words) terms.emplace_back(std::string(f.text_prefix) + w.term);
    if (terms.size() == 1) return terms.front();
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                         static_cast<Xapian::termcount>(terms.size()));
  }

  Part word_part(const Field* field, const Token& tok) {
    std::string raw = tok.text;
    const bool wildcard = raw.size() > 1 && raw.back() == '*';
    if (wildcard) raw.pop_back();
    const auto words = text::tokenize(raw);
    if (words.empty()) return {};  // punctuation only: nothing to search
    if (!add_terms(tok, words.size())) return {};
    for (const auto& w : words) highlight_.insert(w.term);

    if (wildcard) {
      if (words.size() != 1)
        return fail(tok, "the wildcard " + tok.text + " at position " +
                             std::to_string(tok.position) + " must end a single word");
      if (++wildcards_ > limits_.max_wildcards)
        return fail(tok, tok.text + " at position " + std::to_string(tok.position) +
                             " is wildcard " + std::to_string(wildcards_) +
                             " of the query, over the limit of " +
                             std::to_string(limits_.max_wildcards) + " wildcards");
      const std::string term = words.front().term;
      const auto expansion = static_cast<Xapian::termcount>(
          std::min<std::size_t>(limits_.max_wildcard_expansion, Xapian::termcount(-1)));
      return per_field(field, term + "*", [&](const Field& f) {
        return Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(f.text_prefix) + term,
                             expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
      });
    }
    if (words.size() > 1) {
      // "dual-use", or a run of Chinese text: its words, in order.
      return per_field(field, "\"" + join(words) + "\"",
                       [&](const Field& f) { return phrase(f, words); });
    }
    const std::string term = words.front().term;
    if (field == nullptr) {
      const text::Token& w = words.front();  // its offsets are in tok.text
      words_.push_back({tok.position + w.begin, w.end - w.begin, term});
    }
    return per_field(field, term, [&](const Field& f) { return stemmed(f, term); }, true);
  }

  // A word, or a run of unfielded words, that is a synonym entry: the whole
  // group, each entry matched as a word (by its stem) or a phrase, joined
  // by OP_SYNONYM so that a document is scored as if all were one word.
  // Consumes the run's other tokens. False when no entry starts here.
  bool synonym_part(const Field* field, Part& out) {
    if (synonyms_ == nullptr || synonyms_->empty()) return false;
    // The words of the run: single-word tokens, no wildcards; a fielded
    // word stands alone (headline:united kingdom is two terms).
    std::vector<std::string> run;
    const std::size_t limit = field == nullptr ? synonyms_->longest_entry() : 1;
    for (std::size_t k = i_ - 1; k < t_.size() && run.size() < limit; ++k) {
      if (t_[k].kind != Tok::word || t_[k].text.back() == '*') break;
      const auto words = text::tokenize(t_[k].text);
      if (words.size() != 1) break;
      run.push_back(words.front().term);
    }
    const Synonyms::Match m = synonyms_->match(run);
    if (m.group == nullptr) return false;
    if (!add_terms(t_[i_ - 1], m.length)) return true;  // failed: out is empty
    i_ += m.length - 1;  // the run's other words

    std::string description = "SYNONYMS(";
    for (const Synonyms::Entry& entry : *m.group) {
      for (const std::string& w : entry) highlight_.insert(w);
      const std::string joined = join_terms(entry);
      description += (description.back() == '(' ? "" : ", ") + quoted(joined);
    }
    description += ")";
    out = per_field(field, description, [&](const Field& f) {
      std::vector<Xapian::Query> alternatives;
      for (const Synonyms::Entry& entry : *m.group) {
        if (entry.size() == 1) {
          alternatives.push_back(stemmed(f, entry.front()));
        } else {
          std::vector<text::Token> words;
          for (const std::string& w : entry) words.push_back({w, 0, 0});
          alternatives.push_back(phrase(f, words));
        }
      }
      return Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
    });
    return true;
  }

  static std::string join_terms(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
  }

  Part phrase_part(const Field* field, const Token& tok) {
    const auto words = text::tokenize(tok.text);
    if (words.empty()) return {};
    if (!add_terms(tok, words.size())) return {};
    for (const auto& w : words) highlight_.insert(w.term);
    // A quoted single word means that exact form: no stemming.
    return per_field(field, "\"" + join(words) + "\"",
                     [&](const Field& f) { return phrase(f, words); });
  }

  static std::string join(const std::vector<text::Token>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w.term;
    return out;
  }

  const std::vector<Token>& t_;
  const std::vector<text::Stemmer>& stemmers_;
  bool match_all_;
  Documents documents_;
  const Synonyms* synonyms_;
  const QueryLimits& limits_;
  std::size_t depth_ = 0;      // brackets open around the current token
  std::size_t terms_ = 0;      // terms read so far (QueryLimits::max_terms)
  std::size_t wildcards_ = 0;  // wildcards read so far
  std::size_t i_ = 0;
  bool failed_ = false;
  ParseError error_;
  std::set<std::string> highlight_;
  std::set<std::string> fields_;
  std::vector<QueryWord> words_;
};

}  // namespace

bool check_length(std::string_view query, const QueryLimits& limits, ParseError& error) {
  if (query.size() <= limits.max_bytes) return true;
  error = {limits.max_bytes, "",
           "the query is " + std::to_string(query.size()) + " bytes long, over the limit of " +
               std::to_string(limits.max_bytes) + " bytes"};
  return false;
}

QueryParser::QueryParser(const std::vector<std::string>& languages, bool match_all,
                         Documents documents, const Synonyms* synonyms, const QueryLimits& limits)
    : match_all_(match_all), documents_(documents), synonyms_(synonyms), limits_(limits) {
  // Articles in a language without a stemmer were indexed with their words
  // as stems; the identity "stemmer" finds those.
  std::set<std::string> seen;
  bool unstemmed = false;
  for (const std::string& lang : languages) {
    if (!text::has_stemmer(lang))
      unstemmed = true;
    else if (seen.insert(lang).second)
      stemmers_.emplace_back(lang);
  }
  if (stemmers_.empty()) stemmers_.emplace_back("en");
  if (unstemmed) stemmers_.emplace_back("");
}

ParsedQuery QueryParser::parse(std::string_view input) const {
  ParsedQuery out;
  if (!check_length(input, limits_, out.error)) return out;
  std::vector<Token> tokens;
  if (!lex(input, tokens, out.error)) return out;
  if (tokens.size() == 1) {
    out.error = {0, "", "the query is empty"};
    return out;
  }
  // "*" alone: every document of the type searched, for the timelines,
  // facets and counts of the whole archive.
  if (tokens.size() == 2 && tokens[0].kind == Tok::word && tokens[0].text == "*") {
    out.query = Xapian::Query::MatchAll;
    out.description = "*";
    out.everything = true;
    out.ok = true;
    return out;
  }
  Parser parser(tokens, stemmers_, match_all_, documents_, synonyms_, limits_);
  out.ok = parser.parse(out);
  return out;
}

}  // namespace newsarchive::query
