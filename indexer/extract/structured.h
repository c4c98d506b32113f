// Cleaning what a structured reader (JSON, NITF, HTML) stated, for
// RawArticles without free text.
#pragma once

#include <optional>

#include "text/date.h"
#include "newsarchive/article.h"
#include "readers/raw_article.h"

namespace newsarchive::indexer {

// Copies the stated fields of `raw` into `article`, trimmed: empty and
// boilerplate paragraphs dropped, a "Source:" paragraph moved to the source
// when none is stated, a caption's "[credit]" split off when no credit is
// stated, and a dateline opening the body taken out when none is stated.
// Leaves the date, language and warnings to the caller; returns the date
// that such a dateline gave, if any.
std::optional<Date> copy_structured(const RawArticle& raw, Article& article);

}  // namespace newsarchive::indexer
