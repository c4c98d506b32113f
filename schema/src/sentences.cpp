#include "newsarchive/sentences.h"

#include <algorithm>

namespace newsarchive {

std::string_view without_closers(std::string_view text) {
  static constexpr std::string_view kClosers[] = {
      " ", ",", "\"", "'", ")", "]", "\xE2\x80\x99" /* ’ */, "\xE2\x80\x9D" /* ” */,
      "\xC2\xBB" /* » */};
  for (bool more = true; more && !text.empty();) {
    more = false;
    for (std::string_view c : kClosers) {
      if (text.ends_with(c)) {
        text.remove_suffix(c.size());
        more = true;
      }
    }
  }
  return text;
}

bool ends_as_sentence(std::string_view text) {
  text = without_closers(text);
  return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') ||
         text.ends_with("\xE2\x80\xA6" /* … */);
}

bool sentence_ends_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const char c = text[i];
  return (c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ');
}

TextSpan sentences_around(std::string_view text, std::size_t from, std::size_t to,
                          std::size_t max_bytes) {
  from = std::min(from, text.size());
  to = std::clamp(to, from, text.size());
  // Back over the start of this sentence and the one before it.
  std::size_t begin = from;
  int ends = 0;
  while (begin > 0 && ends < 2) {
    --begin;
    if (sentence_ends_at(text, begin) && ++ends == 2) begin += 2;
  }
  // On to the end of the sentence holding `to`.
  std::size_t end = to;
  while (end < text.size() && !sentence_ends_at(text, end)) ++end;
  if (end < text.size()) ++end;
  if (end - begin > max_bytes) {
    begin = end - max_bytes;
    while (begin < end && text[begin] != ' ') ++begin;
  }
  return {std::min(begin, from), end};
}

}  // namespace newsarchive
