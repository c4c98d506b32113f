// Snippets: the excerpt of an article that best shows why it matched, with
// the matched words marked by byte offsets.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsarchive/search.h"
#include "newsarchive/text.h"

namespace newsarchive::query {

// Not thread-safe (caches stemmers and the words it has judged); make one
// per search and use it for all of its hits.
class SnippetMaker {
 public:
  // `terms`: the normalised words of the query. A word in the text matches
  // when it equals one of them or shares its stem in the text's language.
  explicit SnippetMaker(const std::vector<std::string>& terms);

  // The whole text with its matches marked.
  Snippet whole(const std::string& field, const std::string& text, const std::string& language);

  // The window of about `length` bytes, within one paragraph, holding the
  // most distinct matched words (then the most matches; then the earliest).
  // Returns the number of distinct words matched in it: 0, leaving `out`
  // alone, when no paragraph has a match.
  std::size_t excerpt(const std::string& field, const std::vector<std::string>& paragraphs,
               const std::string& language, std::size_t length, Snippet& out);

  // The start of a text, cut at a word boundary, without highlights.
  static Snippet lead(const std::string& field, const std::string& text, std::size_t length);

 private:
  bool matches(const std::string& term, const std::string& language);

  // Per language: its stemmer, the stems of the query's words, and the
  // words of the text already judged (an article repeats its words, and a
  // page of hits shares most of them), so that each is stemmed once.
  struct Language {
    text::Stemmer stemmer;
    std::set<std::string> stems;
    std::unordered_map<std::string, bool> judged;
  };
  std::set<std::string> terms_;
  std::map<std::string, Language> languages_;
};

}  // namespace newsarchive::query
