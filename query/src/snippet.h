// Snippets: the excerpt of an article that best shows why it matched, with
// the matched words marked by byte offsets.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsarchive/search.h"
#include "newsarchive/text.h"

namespace newsarchive::query {

// The stems of the words snippets have met, in one language, on one
// thread. A word's stem never changes, and a page of hits is mostly words
// that earlier pages had: each search used to stem every distinct word of
// its page again (about 1,500) into a map of its own, built afresh, a fifth
// of the time its snippets took. Bounded (kMaxCachedStems).
class StemCache {
 public:
  explicit StemCache(const std::string& language) : stemmer_(language) {}

  // This thread's cache for `language`.
  static std::shared_ptr<StemCache> of(const std::string& language);

  // Whether the language has a stemmer; without one no word is stemmed.
  bool active() const { return stemmer_.active(); }
  // The stem of a normalised word; valid until the next call.
  const std::string& operator()(const std::string& word);

 private:
  text::Stemmer stemmer_;
  std::unordered_map<std::string, std::string> stems_;
};

// Not thread-safe (holds the stem caches of the thread that uses it first):
// make one per search, and use it for all of its hits on that thread.
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

  // Per language: the stems of the text's words, and those of the query's.
  struct Language {
    std::shared_ptr<StemCache> stems_of;
    std::set<std::string> stems;
  };
  std::set<std::string> terms_;
  std::map<std::string, Language> languages_;
  // The language of the last word looked at, in languages_.
  const std::pair<const std::string, Language>* current_ = nullptr;
};

}  // namespace newsarchive::query
