// A set of single words, compared ASCII case-insensitively, each with an
// optional flag: the given names, the common words (flag: never a name) and
// the keyword lists of the entity gazetteers.
//
// Data format: one word a line; blank lines and lines starting with '#' are
// ignored; a line ending in " !" sets the flag. Immutable after loading, so
// shared by threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace newsarchive::indexer {

class EntityWordList {
 public:
  void add_text(std::string_view text);
  void add(std::string_view word, bool flag = false);

  bool contains(std::string_view word) const;
  // True if the word is listed with the flag.
  bool flagged(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, bool> words_;  // lower-cased word -> flag
};

}  // namespace newsarchive::indexer
