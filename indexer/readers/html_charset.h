// The bytes of an HTML page made ready for the parser: the checks for empty
// and binary input, and the choice of the charset to read it with.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/input.h"

namespace newsarchive::indexer::html {

struct PageBytes {
  std::string bytes;     // the page, NUL bytes removed, invalid UTF-8
                         // bytes repaired when read as UTF-8
  std::string encoding;  // for the parser ("utf-8", "windows-1252", "shift_jis", ...)
  std::vector<std::string> warnings;  // repairs made
};

// Errors: empty or white-space-only input ("empty input"); a binary file
// (NUL or control bytes in its first 4 KB). The encoding is:
//   - UTF-8 when the bytes are valid UTF-8 with some non-ASCII in them,
//     whatever the page declares (such bytes are almost never text in
//     another charset);
//   - else the declared charset when libxml2 knows it (ISO-8859-1 and ASCII
//     read as Windows-1252, as browsers do);
//   - else UTF-8 when the bytes are mostly valid UTF-8, the invalid bytes
//     read as Windows-1252 characters, with a warning;
//   - else Windows-1252, with a warning.
std::optional<ReadError> prepare_page(std::string_view input, PageBytes& out);

// The charset a page declares in its first bytes (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), lower-cased,
// or "" when it declares none.
std::string declared_charset(std::string_view bytes);

}  // namespace newsarchive::indexer::html
