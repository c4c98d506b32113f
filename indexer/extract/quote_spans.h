// Quoted stretches in one paragraph: which quote marks open and close, which
// are apostrophes, and where each top-level quote begins and ends.
//
// Marks: “…” and "…" (and „…“, „…” or a mix of curly and straight double
// marks), ‘…’ and '…', «…», ‹…›, 「…」 and 『…』. Single marks inside a double
// quote nest in it. A ’ or ' between letters, or after a word with no single
// quote open (don’t, Russia’s, students’, the ’90s) is an apostrophe.
//
// Only the outermost quotes are returned; nested quotes are part of their
// text. A stray closing mark is ignored. A double (or guillemet, CJK) quote
// left open runs to the end of the paragraph and no further, marked
// !closed; a single quote left open is taken for an apostrophe. Linear in
// the paragraph's length (a few rescans at most when single marks mislead).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsarchive::indexer {

struct QuoteSpan {
  std::size_t open = 0;   // byte offset of the opening mark
  std::size_t begin = 0;  // first byte inside the marks
  std::size_t end = 0;    // one past the last byte inside
  std::size_t close = 0;  // one past the closing mark; == end when !closed
  bool closed = true;
  bool single = false;    // opened by a single mark (‘ or ')
};

std::vector<QuoteSpan> find_quote_spans(std::string_view paragraph);

// True if the paragraph, trimmed, starts with an opening quote mark.
bool opens_with_quote(std::string_view paragraph);

}  // namespace newsarchive::indexer
