// Word lists read from data files: a WordList matches words ignoring ASCII
// case, "stem*" entries any word starting with the stem and "*ending"
// entries any word ending with it; read_sections fills several lists from
// one file of "[section]" headings followed by words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive::indexer {

// A lookup allocates nothing: extraction asks several per word of text.
class WordList {
 public:
  // Words longer than this are never in a list.
  static constexpr std::size_t kMaxWordBytes = 64;

  void add(std::string_view entry);
  bool contains(std::string_view word) const;
  bool empty() const { return words_.empty() && prefixes_.empty() && suffixes_.empty(); }

 private:
  // Each sorted and lower-cased, with the lengths their entries have.
  std::vector<std::string> words_, prefixes_, suffixes_;
  std::vector<std::size_t> prefix_lengths_, suffix_lengths_;
};

// Reads `text`: lines "[name]" open the section of that name, other lines
// hold its words separated by spaces; "#" lines are comments. Every
// section named in `sections` must be given and hold a word. "" when the
// text is such a file, else what is wrong (an unknown or empty section,
// words before any section).
using WordSections = std::vector<std::pair<std::string_view, WordList*>>;
std::string read_sections(std::string_view text, const WordSections& sections);

// read_sections for a file compiled into the binary (`file` names it): one
// that does not read is a build that must not ship, so the process stops
// with the reason on stderr. Every test that reaches the list stops too.
void read_built_in_sections(std::string_view file, std::string_view text,
                            const WordSections& sections);

}  // namespace newsarchive::indexer
