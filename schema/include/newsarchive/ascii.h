// ASCII helpers with one meaning each, for every library: white space,
// trimming and case folding of markup names, header fields, keys and lines.
// Bytes outside ASCII are left as they are (UTF-8 text passes through).
#pragma once

#include <string>
#include <string_view>

namespace newsarchive {

// ' ', '\t', '\n', '\r', '\f' or '\v'.
bool is_ascii_space(char c);

// A-Z or a-z; 0-9; A-Z.
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// `c` with A-Z lower-cased.
inline char lower_ascii(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
}

// `s` without the ASCII white space at either end.
std::string_view trim_ascii(std::string_view s);

// A copy with A-Z lower-cased.
std::string lower_ascii(std::string_view s);

}  // namespace newsarchive
