// UTF-8 validity: one definition for the readers, which decide how to decode
// an input, and the JSON writer, which must not pass invalid bytes on.
// Valid means well-formed as Unicode defines it: no overlong forms, no
// surrogates, nothing past U+10FFFF. Inline: the readers call it per byte.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsarchive::text {

// The length of the valid UTF-8 sequence starting at s[i] (1 to 4), or 0 if
// none starts there (a stray continuation byte, a sequence cut short, an
// overlong form, a surrogate, a value past U+10FFFF).
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto cont = [&](std::size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return cont(1) ? 2 : 0;
  if (c < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// The offset of the first byte of `bytes` that does not start a valid
// sequence, or npos if all of it is valid UTF-8.
inline std::size_t invalid_utf8_at(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace newsarchive::text
