// Character references in SGML and HTML-like text: &lt; &#3; &#x41;.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::indexer {

// `text` with its references replaced: the named ones news collections use
// (lt, gt, amp, quot, apos, nbsp and a few typographic ones) and numeric
// references in decimal or hex. A reference to a control character (&#2;,
// &#22;, &#127;: wire transmission codes) becomes a space, as does one to
// a code point that cannot be encoded. Anything else that starts with '&'
// stays as written. `text` must be UTF-8; so is the result.
std::string decode_sgml_entities(std::string_view text);

}  // namespace newsarchive::indexer
