// Small string helpers shared by the extraction files: trimming, ASCII case
// folding, word counts. All work on UTF-8 and treat non-ASCII bytes as
// letters; none allocate unless they return a std::string.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/ascii.h"

namespace newsarchive::indexer {

// Trims ASCII white space and U+00A0 (no-break space) from both ends.
std::string_view trim(std::string_view s);

// Calls fn(line) for each line of a data file (cue lists, gazetteers):
// trimmed, with blank lines and lines starting with '#' skipped.
template <typename Fn>
void for_each_data_line(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (!line.empty() && line.front() != '#') fn(line);
  }
}


// Calls fn(word) for each word of `text`: a run that starts with an ASCII
// letter and goes on over ASCII letters and non-ASCII bytes (and
// apostrophes, if `apostrophes`). Stops early when fn returns false.
template <typename Fn>
void for_each_word(std::string_view text, bool apostrophes, Fn&& fn) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_ascii_alpha(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && (is_ascii_alpha(text[j]) || (apostrophes && text[j] == '\'') ||
                               static_cast<unsigned char>(text[j]) >= 0x80)) {
      ++j;
    }
    if (!fn(text.substr(i, j - i))) return;
    i = j;
  }
}

// ASCII case-insensitive comparisons; non-ASCII bytes must match exactly.
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);

// The lines of `text`: "\n", "\r\n" and a lone "\r" end a line, and the
// text after the last line end is a line too (empty if the text ends with
// one).
std::vector<std::string_view> split_lines(std::string_view text);

// `text` on one line: runs of white space (ASCII white space, line ends
// and U+00A0) become one space, none is left at either end, and soft
// hyphens (U+00AD) and zero-width spaces (U+200B) are dropped.
std::string collapse_space(std::string_view text);

// Words separated by white space.
std::size_t count_words(std::string_view s);
// The words of `s` separated by spaces (not other white space), in order.
std::vector<std::string_view> space_separated(std::string_view s);

// A word written with a full stop that does not end a sentence: an initial
// ("J"), a dotted abbreviation ("U.S", "e.g"), a title, company, month or US
// state abbreviation ("Mr", "Corp", "Sept", "Calif"), in any case.
bool is_abbreviation(std::string_view word);

// Sentence ends: '.', '!', '?' (and their CJK forms) followed by white space
// or the end, not counting a final closing quote. "Mr." and similar short
// abbreviations are not counted.
std::size_t count_sentences(std::string_view s);

// A lower-case particle inside a name: "Charles de Gaulle", "Osama bin
// Laden", "Ludwig van Beethoven".
bool is_name_particle(std::string_view w);

// True if `s` ends in a closing quote mark (", ”, ’, », 」).
bool ends_with_quote(std::string_view s);
// True if `s` starts with an opening quote mark (", “, ‘, «, 「, „).
bool starts_with_quote(std::string_view s);

}  // namespace newsarchive::indexer
