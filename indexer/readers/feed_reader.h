// News feeds: RSS 2.0 (rss/channel/item) and Atom (feed/entry), one
// article per item or entry. WordPress exports, which are RSS too, have
// their own reader (wxr_reader.h).
//
// RSS: title (headline), content:encoded (body; description when there is
// none, else description as standfirst when it is a short summary rather
// than the body's opening), dc:creator or author (byline), pubDate or
// dc:date (date), category (subjects), link (url), media:content or
// media:group descriptions and credits (captions), the channel's title
// (source) and language.
//
// Atom: title, content (body; type text, html or xhtml), summary (body
// when there is no content, else standfirst as for RSS), author/name,
// published or updated, category label or term, link rel="alternate" href,
// the feed's title (source) and xml:lang.
//
// An article's id is its link, else its guid or Atom id, else the input's
// id with "#" and the item's number. An item with neither content nor a
// description (summary) gives a ReadError naming its number.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

ReadResult read_feed(const Input& input);

}  // namespace newsarchive::indexer
