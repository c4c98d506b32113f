// Turning the bytes of a text input into clean UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readers/input.h"

namespace newsarchive::indexer {

struct Decoded {
  bool ok = false;
  std::string text;                   // UTF-8, no BOM, \n line ends
  ReadError error;                    // when !ok
  std::vector<std::string> warnings;  // repairs made
};

// Checks and cleans text input:
//   - empty or whitespace-only input is an error ("empty input");
//   - a NUL byte or many control bytes mean a binary file: an error naming
//     the offset of the first offending byte;
//   - a UTF-8 byte order mark is dropped; CRLF and lone CR become \n;
//   - input that is not valid UTF-8 is decoded as Windows-1252 (Latin-1 with
//     typographic marks), with a warning naming the offset of the first
//     invalid byte.
Decoded decode_text(std::string_view bytes);

// `bytes` read as Windows-1252, in UTF-8; nothing else is changed.
std::string windows1252_to_utf8(std::string_view bytes);

// Appends the code point `cp` (at most U+10FFFF) to `out` in UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace newsarchive::indexer
