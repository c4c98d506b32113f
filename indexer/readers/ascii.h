// ASCII case folding for markup names, header fields, extensions and
// format keys: bytes outside A-Z are left as they are.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::indexer {

// ASCII-lower-cased copy (other bytes unchanged).
std::string lower_ascii(std::string_view s);

}  // namespace newsarchive::indexer
