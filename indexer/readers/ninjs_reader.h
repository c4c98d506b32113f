// ninjs (IPTC's JSON news format, versions 1 and 2): one item, a list of
// items, a feed or API reply wrapping them ({"item": [...]}, {"data":
// {"item": ...}}, {"data": {"items": [{"item": ...}]}}), or JSON Lines of
// items; one article per text item.
//
// Read: headline, body_html / body_xhtml (through html_paragraphs) or
// body_text, description_text / description_html (standfirst), byline or
// authors[].name, firstcreated / versioncreated (date), located or
// datelinelocation.city (dateline), subject[].name and keywords
// (subjects), place, person and organisation names (entity hints),
// language, source / provider / copyrightholder (source), uri or guid (id).
// Pictures and graphics among the associations give captions (their
// description or body text) with their byline or credit line as credit.
//
// Picture, graphic, video and audio items, and text items without body
// text, are not articles: each gives a ReadError saying why.
#pragma once

#include <string_view>

#include "readers/input.h"

namespace newsarchive::indexer {

ReadResult read_ninjs(const Input& input);

// Whether JSON text looks like ninjs: near its start, an id key ("uri" or
// "guid") and a ninjs key ("versioncreated", "firstcreated", "body_html",
// ...). Cheap; used by format sniffing.
bool looks_like_ninjs(std::string_view bytes);

}  // namespace newsarchive::indexer
