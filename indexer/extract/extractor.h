// RawArticle -> Article: the structure of a news article.
//
// Knows articles, nothing of files or Xapian. For plain text it finds the
// headline, standfirst, photo captions and credits, body paragraphs, the
// Source: line and the date, and drops boilerplate; for structured formats it
// cleans what the reader gave. Then, for every format: the language (from the
// input's metadata where it says, else detected) and the date as YYYY-MM-DD.
#pragma once

#include "extract/quote_resources.h"
#include "newsarchive/article.h"
#include "readers/raw_article.h"

namespace newsarchive::indexer {

// Never fails: what it cannot make out is left empty and noted in
// Article::warnings. Quotes are attributed with the built-in cue and role
// lists (QuoteResources::defaults()).
Article extract(const RawArticle& raw);

// The same, with the caller's quote resources (built-in lists extended by
// the user's files). `res` is only read, so threads may share it.
Article extract(const RawArticle& raw, const QuoteResources& res);

}  // namespace newsarchive::indexer
