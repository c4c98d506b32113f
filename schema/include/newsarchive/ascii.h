// ASCII helpers with one meaning each, for every library: white space,
// trimming and case folding of markup names, header fields, keys and lines.
// Bytes outside ASCII are left as they are (UTF-8 text passes through).
#pragma once

#include <string>
#include <string_view>

namespace newsarchive {

// ' ', '\t', '\n', '\r', '\f' or '\v'.
bool is_ascii_space(char c);

// `s` without the ASCII white space at either end.
std::string_view trim_ascii(std::string_view s);

// A copy with A-Z lower-cased.
std::string lower_ascii(std::string_view s);

}  // namespace newsarchive
