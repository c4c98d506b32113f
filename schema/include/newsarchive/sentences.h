// Where sentences end, with one meaning for every library: the readers
// (does a line end a sentence?), extraction (does a quote?) and the writer
// (the sentences around a quote).
#pragma once

#include <cstddef>
#include <string_view>

namespace newsarchive {

// `text` without the spaces, closing quote marks (" ' ’ ” »), closing
// brackets and commas at its end: what is left before them ends the
// sentence or not.
std::string_view without_closers(std::string_view text);

// Whether `text` ends as a sentence does: ". ! ? …" before any closers
// ("It is over.", "“Why?”", "He left.)", "Enough!”,").
bool ends_as_sentence(std::string_view text);

// Whether a sentence ends at byte `i` of `text`: ". ! ?" there, followed by
// a space or the end of the text (not "U.S", "3.5", "e.g").
bool sentence_ends_at(std::string_view text, std::size_t i);

// The stretch [begin, end) of `text` made of the sentence holding bytes
// [from, to) and the sentence before it, at most `max_bytes` long: when
// longer, it keeps its end and starts at a word.
struct TextSpan {
  std::size_t begin = 0, end = 0;
};
TextSpan sentences_around(std::string_view text, std::size_t from, std::size_t to,
                          std::size_t max_bytes);

}  // namespace newsarchive
