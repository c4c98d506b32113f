// The size bounds every article is held to before the per-paragraph work of
// extraction (quotes, entities), whatever format it came in: the longest
// paragraph and the largest article of resource_limits.h. What is over a
// bound is split or cut, never dropped in silence: each cut adds a warning
// to the article saying what was done and which limit did it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/article.h"
#include "readers/resource_limits.h"

namespace newsarchive::indexer {

// Plain text longer than limits.max_article_bytes, cut before the limit at
// the last paragraph break (a blank line), else the last line end, in the
// second half of the limit; else at the last space, else after the last
// whole character. Adds a warning to `warnings`
// when it cuts; returns `text` itself otherwise.
std::string_view bound_article_text(std::string_view text, const Limits& limits,
                                    std::vector<std::string>& warnings);

// Holds the article's text fields to the limits, adding a warning to
// a.warnings for each kind of cut:
// - a body paragraph longer than limits.max_paragraph_bytes is split at the
//   last space before the limit (at a character boundary when it has none),
//   as many times as needed;
// - a headline or standfirst that long keeps what comes before such a
//   space, and the rest opens the body;
// - a caption's text that long is cut there;
// - when the headline, standfirst, body and captions together exceed
//   limits.max_article_bytes, the body ends with the last paragraph that
//   fits.
void bound_article(Article& a, const Limits& limits);

}  // namespace newsarchive::indexer
