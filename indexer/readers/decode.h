// Turning the bytes of a text input into clean UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/utf8.h"
#include "readers/input.h"

namespace newsarchive::indexer {

struct Decoded {
  bool ok = false;
  std::string text;                   // UTF-8, no BOM, \n line ends
  ReadError error;                    // when !ok
  std::vector<std::string> warnings;  // repairs made
};

// Is `bytes` a binary file rather than text? Yes when it opens with the
// signature of a binary format (an image, an executable, a PDF, compressed
// data: "byte 0", "binary file (a PNG image)"), or when more than 8 of its
// bytes, and more than 1% of them, are NULs or control bytes that text does
// not use (position: the first of them). A stray NUL or two in a text file
// is not binary: decode_text removes them.
std::optional<ReadError> binary_evidence(std::string_view bytes);

// The first part of that test alone: whether `bytes` opens with the
// signature of a binary format. For input read a line at a time, where a
// line of binary bytes costs that line only.
std::optional<ReadError> binary_magic(std::string_view bytes);

// Checks and cleans text input:
//   - empty or whitespace-only input is an error ("empty input");
//   - binary input (binary_evidence) is an error naming the offset of the
//     first offending byte;
//   - stray NUL bytes are removed, with a warning giving their number and
//     the offset of the first;
//   - a UTF-8 byte order mark is dropped; CRLF and lone CR become \n;
//   - in input that is not valid UTF-8, the bytes that are not are decoded
//     as Windows-1252 (Latin-1 with typographic marks) and its valid UTF-8
//     sequences kept, with a warning naming the offset of the first invalid
//     byte.
Decoded decode_text(std::string_view bytes);

// One line of a file read line by line (JSON Lines), repaired on its own as
// decode_text repairs a file: bytes that are not valid UTF-8 are read as
// Windows-1252, valid sequences kept; NUL bytes are dropped and other
// control bytes become spaces. The offsets (into the line) say what was found, for the caller's
// messages; npos when none.
struct DecodedLine {
  std::string text;
  std::size_t invalid_at = std::string_view::npos;  // first byte not valid UTF-8
  std::size_t nul_at = std::string_view::npos;      // first NUL byte
  std::size_t control_at = std::string_view::npos;  // first other control byte
};
DecodedLine decode_line(std::string_view line);

// `bytes` read as Windows-1252, in UTF-8; nothing else is changed.
std::string windows1252_to_utf8(std::string_view bytes);

// The readers' name for text::append_utf8 (newsarchive/utf8.h).
using text::append_utf8;

}  // namespace newsarchive::indexer
