#include "extract/entity_tokens.h"

#include <unicode/uchar.h>

#include <array>
#include <string>

#include "text/text_scan.h"
#include "text/utf8_scan.h"
#include "text/word_scan.h"

namespace newsarchive::indexer {
namespace {

// Opening marks after which a capital starts a sentence or a quotation.
bool starts_sentence_after(std::string_view p) {
  return p == "." || p == "!" || p == "?" || p == ":" || p == "\"" || p == "\xE2\x80\x9C" ||
         p == "\xE2\x80\x98" || p == "\xC2\xAB" || p == "\xE2\x80\x9E" || p == "'";
}

void classify(EntityToken& t) {
  std::size_t len = 0;
  const char32_t first = decode_at(t.text, 0, len);
  t.capitalised = is_upper(first);
  bool letters = false;
  bool lower = false;
  for (std::size_t i = 0; i < t.text.size(); i += len) {
    const char32_t c = decode_at(t.text, i, len);
    if (is_letter(c)) {
      letters = true;
      if (u_islower(static_cast<UChar32>(c))) lower = true;
    }
  }
  t.all_caps = letters && !lower;
}

}  // namespace

std::vector<EntityToken> tokenize_for_entities(std::string_view text) {
  std::vector<EntityToken> out;
  std::size_t i = 0;
  std::size_t len = 0;
  while (i < text.size()) {
    const char32_t c = decode_at(text, i, len);
    if (is_unicode_space(c) || c == U'[' || c == U']') {
      i += len;
      continue;
    }
    EntityToken t;
    t.begin = i;
    if (!is_word_char(c)) {
      t.end = i + len;
      i += len;
    } else {
      const std::size_t j = word_end(text, i, text.size(), /*split_possessive=*/true);
      t.end = j;
      t.word = true;
      i = j;
    }
    t.text = text.substr(t.begin, t.end - t.begin);
    if (t.word) classify(t);
    out.push_back(t);
  }
  bool start = true;
  for (EntityToken& t : out) {
    if (t.word) {
      t.sentence_start = start;
      start = false;
    } else if (starts_sentence_after(t.text)) {
      start = true;
    }
  }
  return out;
}

bool is_initial(std::string_view w) {
  return w.size() >= 2 && w.back() == '.' && is_ascii_upper(w[0]) && (w.size() == 2 || w[1] == '.');
}

bool starts_with_digit(const EntityToken& t) { return !t.text.empty() && is_ascii_digit(t.text[0]); }

}  // namespace newsarchive::indexer
