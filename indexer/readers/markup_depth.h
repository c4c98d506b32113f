// Elements nested deeper than a limit, flattened before parsing.
//
// libxml2's parsers stop at a depth of 256 elements (2.9: "Excessive depth
// in document") and drop everything after the point where they stopped, so
// a page of 100,000 nested <div>s would lose its text in silence. Flattening
// the markup first keeps that text: the tags below the limit are dropped and
// their text stays in the element at the limit. The parsed tree is then no
// deeper than the limit, which also bounds every recursive walk of it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::indexer {

// The deepest nesting handed to libxml2: below its own limit of 256, with
// room for the elements an HTML parser adds (html, body).
inline constexpr int kMarkupParserDepth = 240;

struct FlattenedMarkup {
  std::string bytes;       // the markup with the deep tags replaced by spaces
  std::size_t first = 0;   // byte offset of the first tag dropped
  std::size_t dropped = 0; // tags dropped
};

// When `bytes` (XML, or HTML when `html`) nests elements deeper than
// `max_depth` (at most kMarkupParserDepth is used), the markup with every
// start and end tag below that depth replaced by a space; nullopt when it
// does not. Comments, CDATA sections, processing instructions, quoted
// attribute values and, in HTML, script and style contents are stepped
// over; self-closing tags and HTML void elements do not count as nesting.
// In HTML the open elements are followed as a parser follows them: an end
// tag left out is implied where the next element ends it (a p by a p, a td
// by a td or a tr...), and an end tag closes the elements opened after its
// own, so that nested tables count their rows and cells. Linear in the
// input (an end tag is looked for no further than 64 open elements down),
// never recursive.
std::optional<FlattenedMarkup> flatten_deep_markup(std::string_view bytes, int max_depth, bool html);

}  // namespace newsarchive::indexer
