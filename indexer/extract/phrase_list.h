// PhraseList: a set of short phrases (one or more words) matched word by word
// against a sequence of words, longest phrase first. The cue lexicon and the
// role list are phrase lists read from data files.
//
// A data file has one phrase a line; blank lines and lines starting with '#'
// are ignored; words are split on white space. Matching is ASCII
// case-insensitive unless the list is built case-sensitive. Immutable after
// loading, so one list can be shared by threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsarchive::indexer {

class PhraseList {
 public:
  // One phrase and the flag its line carried (a trailing " >" in the file).
  struct Entry {
    std::vector<std::string> words;  // lower-cased
    bool marked = false;
  };
  struct Match {
    std::size_t words = 0;  // words matched; 0 when nothing matched
    bool marked = false;
  };

  // Adds the phrases in `text` (the data file format above).
  void add_text(std::string_view text);
  // Reads the file at `path` and adds its phrases. Returns "" on success,
  // else a one-line message naming the path; the list is unchanged then.
  std::string add_file(const std::string& path);
  void add(std::string_view phrase, bool marked = false);

  // The longest phrase starting at words[i] and ending by words[end - 1],
  // compared ASCII case-insensitively (the caller passes words as written).
  Match match(const std::vector<std::string_view>& words, std::size_t i,
              std::size_t end = static_cast<std::size_t>(-1)) const;
  bool contains(std::string_view phrase) const;

  std::size_t size() const { return count_; }

 private:
  // Phrases by their first word.
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::size_t count_ = 0;
};

}  // namespace newsarchive::indexer
