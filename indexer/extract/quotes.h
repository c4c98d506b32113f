// Direct quotes in an article and who said them: the quoted stretches of the
// headline, standfirst and body (quote_spans.h), joined across paragraphs
// where a quote runs on, attributed (attribution.h), classified full or
// partial, and filtered: quoted stretches nobody says (scare quotes, titles,
// nicknames) are left out.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/quote_resources.h"
#include "newsarchive/article.h"

namespace newsarchive::indexer {

// Where a quote's words lie: byte offsets inside one paragraph of a field.
struct QuotePart {
  enum class Field { kHeadline, kStandfirst, kBody };
  Field field = Field::kBody;
  int paragraph = -1;  // index into Article::body for kBody, else -1
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct FoundQuote {
  Quote quote;
  std::vector<QuotePart> parts;  // one per paragraph the quote runs over
};

// Requires the article's text fields (headline, standfirst, body). Never
// throws beyond std::bad_alloc; linear in the article's length.
std::vector<FoundQuote> find_quotes(const Article& article, const QuoteResources& res);

// The quotes alone, in text order, as Article::quotes holds them.
std::vector<Quote> extract_quotes(const Article& article, const QuoteResources& res);

// "full" or "partial" for a quote's inner text; `after_colon` when the writer
// introduced it with a colon ("X said: “Q”").
const char* quote_kind(std::string_view text, bool after_colon);

}  // namespace newsarchive::indexer
