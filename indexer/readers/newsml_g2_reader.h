// NewsML-G2 (IPTC): a newsMessage whose itemSet holds items, or a single
// item; one article per text newsItem.
//
// Read from contentMeta: the main headline (no role, or a main one; a
// headline whose role says sub or summary, or a summary/abstract/intro
// description, is the standfirst; the slugline stands in for a missing
// headline), by (byline), dateline, located (the dateline place, and a
// place hint), subject and keyword names (subjects; subjects typed as a
// person, organisation or place are also entity hints), language,
// contentCreated. From itemMeta: firstCreated, versionCreated (the date
// when contentCreated is missing) and provider, else the rightsInfo
// copyrightHolder, else the creditline (source). The item's guid is its id.
// The body is the contentSet's inlineXML (XHTML, or NITF through
// read_nitf_element) or, failing that, its longest inlineData.
//
// Package items, and picture, graphic, video and audio items without text,
// are not articles: each gives a ReadError saying what it is. A fragment
// whose root is a contentSet or contentMeta is read as an item with only
// that part.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

ReadResult read_newsml_g2(const Input& input);

}  // namespace newsarchive::indexer
