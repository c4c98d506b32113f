// Wire-service text formats, as agencies transmit stories over a line:
//
//   ANPA 1312 (AP and others; .tst, .anpa): SYN SYN SOH, a service line, a
//   line with priority, category and the keyword slug ("BC-US--Ethanol");
//   STX; then lines starting with '^' (the keyword line, the headline,
//   "AP Photo" and "Eds:" notes, an abstract, "By ..." bylines ending in
//   '='), then body paragraphs, one a line, each starting with a tab; ETX,
//   a trailer ("AP-WF-11-13-13 1509GMT"), EOT. AP's conventions are
//   decoded: " _ " is a dash, `` and '' are typographic quotes.
//
//   IPTC 7901 (dpa and others): SOH (or "ZCZC" on a telex line), a header
//   line ("eca062 4 i 211 ccccb dpa 061"), keywords ending in '/', STX,
//   heading lines up to one ending in " =" (edit notes such as "1ST LEAD",
//   the headline, "By ..."), the body in paragraphs, ETX (or "NNNN"). An
//   agency notebook ("# dpa NOTEBOOK") and the closing sign-off ("dpa wsz
//   jln") are not body text.
//
// Several messages may follow each other in one input. The body's first
// paragraph keeps its dateline ("BERLIN (AP) — ..."), which extraction
// takes out.
#pragma once

#include <optional>
#include <string_view>

#include "readers/input.h"

namespace newsarchive::indexer {

enum class WireFormat { kAnpa, kIptc7901 };

// Which wire format `bytes` are in, by their control bytes and markers: an
// SOH (after SYN bytes, for ANPA) or a ZCZC line opening the input, and an
// STX or a blank line after the header. nullopt when neither.
std::optional<WireFormat> sniff_wire_text(std::string_view bytes);

// Never throw but std::bad_alloc. Articles have format "anpa" or
// "iptc7901" and id "<input id>" for a single message, "<input id>#N" for
// the Nth of several.
ReadResult read_anpa(const Input& input);
ReadResult read_iptc7901(const Input& input);

}  // namespace newsarchive::indexer
