#include "text/word_scan.h"

#include <unicode/uchar.h>

#include "text/text_scan.h"
#include "text/utf8_scan.h"

namespace newsarchive::indexer {
namespace {

bool is_joiner(char32_t c) {
  return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010' || c == U'.' || c == U'&';
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

}  // namespace

bool is_word_char(char32_t c) {
  return is_letter(c) || is_digit(c) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

std::size_t word_end(std::string_view text, std::size_t begin, std::size_t limit,
                     bool split_possessive) {
  if (limit > text.size()) limit = text.size();
  std::size_t len = 0;
  decode_at(text, begin, len);
  std::size_t j = begin + len;
  while (j < limit) {
    std::size_t l = 0;
    const char32_t d = decode_at(text, j, l);
    if (is_word_char(d)) {
      j += l;
      continue;
    }
    if (!is_joiner(d) || j + l >= limit) break;
    std::size_t l2 = 0;
    const char32_t next = decode_at(text, j + l, l2);
    if (!is_word_char(next)) break;
    if (split_possessive && is_apostrophe(d) && (next == U's' || next == U'S')) {
      const std::size_t after = j + l + l2;
      std::size_t l3 = 0;
      if (after >= limit || !is_word_char(decode_at(text, after, l3))) break;
    }
    j += l;
  }
  if (j < limit && text[j] == '.' && is_abbreviation(text.substr(begin, j - begin))) ++j;
  return j;
}

}  // namespace newsarchive::indexer
