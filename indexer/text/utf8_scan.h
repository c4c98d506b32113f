// Reading UTF-8 one code point at a time, and the few character classes the
// quote and name scanners need. Invalid bytes read as U+FFFD, one byte each,
// so a scan always advances.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsarchive::indexer {

// Decodes the code point at s[i] (i < s.size()); sets `length` to its bytes.
char32_t decode_at(std::string_view s, std::size_t i, std::size_t& length);
// The code point ending just before s[i] (i > 0); sets `length`.
char32_t decode_before(std::string_view s, std::size_t i, std::size_t& length);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_digit(char32_t c);
bool is_unicode_space(char32_t c);  // white space, including U+00A0

}  // namespace newsarchive::indexer
