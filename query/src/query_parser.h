// The query language, parsed into a Xapian::Query through the schema table.
//
//   word               a word in any default field (headline, standfirst,
//                      body, captions, byline), matched by its stem
//   "a phrase"         the words in that order, in one field; straight,
//                      typographic and guillemet quotes all work
//   word*              words starting with "word" (at most 100 of them)
//   field:word         a word in one field: headline:, caption:, credit:...
//   field:"phrase"     a phrase in one field
//   field:(a OR b)     a group in one field
//   field:=value       exact match of a whole value (source:="Al Jazeera")
//   date:2024          a year; also date:2024-04, date:2024-04-19 and
//   date:A..B          ranges with either end open (date:..2024-05-01)
//   a AND b, a OR b, NOT a, a -b, +a, ( )
//
// Words next to each other are joined by the default operator: AND unless
// the builder is told to match any word. AND binds tighter than OR. Filters
// (date:, language:, id:, := ...) never change the ranking.
//
// Parsing takes time linear in the query's length and recurses only into
// brackets, at most QueryLimits::max_depth deep; a query over any of the
// QueryLimits is an error naming the limit.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/search.h"
#include "newsarchive/text.h"
#include "synonyms.h"

namespace newsarchive::query {

struct ParseError {
  std::size_t position = 0;  // byte offset in the query string
  std::string fragment;      // the offending part of the query
  std::string message;       // one sentence, naming the fragment
};

// An unfielded word of the query as typed: what "did you mean" may replace.
struct QueryWord {
  std::size_t position = 0;  // byte offset in the query
  std::size_t length = 0;    // bytes, as typed
  std::string term;          // normalised
};

struct ParsedQuery {
  bool ok = false;
  ParseError error;            // when !ok
  Xapian::Query query;
  std::string description;     // the query as understood, for people
  std::vector<std::string> highlight_terms;  // normalised positive words
  std::vector<std::string> fields;  // text fields named in the query ("caption")
  std::vector<QueryWord> words;     // unfielded single words, in order
  bool everything = false;          // "*" alone: every document of the type
};

// False, with `error` set (at the first byte past the limit), when `query`
// is longer than limits.max_bytes.
bool check_length(std::string_view query, const QueryLimits& limits, ParseError& error);

// What the query searches: articles, or the quote documents (schema.h).
// Unfielded words search the default fields of each, which differ in
// the fields flagged kInBody.
enum class Documents { articles, quotes };

class QueryParser {
 public:
  // `languages`: the ISO codes of the indexed articles; each query word is
  // matched by its stem in each of them. `match_all`: the default operator
  // is AND (true) or OR (false).
  // `synonyms`, if given, must outlive the parser: a word or run of words
  // (not a quoted phrase) that is one of its entries searches its group; a
  // run counts as its words towards limits.max_terms.
  QueryParser(const std::vector<std::string>& languages, bool match_all,
              Documents documents = Documents::articles, const Synonyms* synonyms = nullptr,
              const QueryLimits& limits = {});

  // Thread-safe if each thread has its own QueryParser (stemmers keep
  // state).
  ParsedQuery parse(std::string_view input) const;

 private:
  std::vector<text::Stemmer> stemmers_;
  bool match_all_;
  Documents documents_;
  const Synonyms* synonyms_;
  QueryLimits limits_;
};

}  // namespace newsarchive::query
