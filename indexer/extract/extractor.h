// RawArticle -> Article: the structure of a news article.
//
// Knows articles, nothing of files or Xapian. For plain text it finds the
// headline, standfirst, photo captions and credits, body paragraphs, the
// Source: line and the date, and drops boilerplate; for structured formats it
// cleans what the reader gave. Then, for every format: the language (from the
// input's metadata where it says, else detected), the date as YYYY-MM-DD,
// the direct quotes with their speakers, and the people, organisations,
// places and other entities named.
#pragma once

#include "extract/entity_resources.h"
#include "extract/quote_resources.h"
#include "newsarchive/article.h"
#include "readers/raw_article.h"
#include "readers/resource_limits.h"

namespace newsarchive::indexer {

// Never fails: what it cannot make out is left empty and noted in
// Article::warnings. Uses the built-in lexicons and gazetteers.
Article extract(const RawArticle& raw);

// The same, with the caller's resources (built-in lists extended by the
// user's files). They are only read, so threads may share them. Every
// article is first held to the paragraph and article limits of `limits`
// (article_limits.h), so the work per paragraph and per article is bounded
// whatever the reader gave.
Article extract(const RawArticle& raw, const QuoteResources& quotes,
                const EntityResources& entities = EntityResources::defaults(),
                const Limits& limits = Limits{});

}  // namespace newsarchive::indexer
