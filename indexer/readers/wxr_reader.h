// WordPress eXtended RSS (WXR), a blog's export: an RSS channel whose
// items carry wp: fields; one article per published post or page.
//
// Read: title (headline), dc:creator (byline), pubDate or wp:post_date_gmt
// (date), content:encoded (body: HTML, with blank lines as paragraph breaks
// the way WordPress writes them), excerpt:encoded (standfirst), category
// (subjects), link (url), guid (id), the channel's title (source) and
// language. Attachments, menu items and other non-post items give a
// ReadError naming their type.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

ReadResult read_wxr(const Input& input);

}  // namespace newsarchive::indexer
