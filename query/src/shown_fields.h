// The fields a hit shows, read from a document's stored JSON without
// building a JSON tree.
//
// from_json() (article_json.h) reads every field into a tree first, each
// value a node of its own and each object a std::map, then copies the
// fields out: about 12 µs for a typical stored article, paid for each hit
// of every search. This reader walks the text once and decodes only what a
// hit shows into the Article, skipping the rest (the entities, subjects and
// warnings: a seventh of a stored article at 30k).
//
// It is a fast path, not a second parser to trust: it reads strict JSON in
// the shape to_json() writes, and gives up (returns false) on anything else
// (a value of an unexpected type, a key given twice, a number that is not a
// small integer, nesting deeper than to_json() writes, bytes that are not
// UTF-8). The caller then reads the document with from_json(), which decides
// as it always has. When it returns true, the fields it fills are those
// from_json() would have filled.
#pragma once

#include <string_view>

#include "newsarchive/article.h"

namespace newsarchive::query {

// Fills, from `json`, what Searcher shows of an article: id, url,
// language, headline, standfirst, byline, date, date_inferred, section,
// source, body, captions (text and credit) and quotes. The other fields
// of `article` are left empty. False when it could not be sure, with
// `article` in no particular state.
bool read_shown_fields(std::string_view json, Article& article);

}  // namespace newsarchive::query
