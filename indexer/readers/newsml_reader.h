// NewsML 1.x (IPTC): a NewsML envelope holding NewsItems, each a tree of
// NewsComponents with NewsLines, metadata and ContentItems; one article
// per NewsItem that carries text.
//
// Read: HeadLine, SubHeadLine (standfirst), ByLine, DateLine, SlugLine
// (headline when there is none); Provider or Source party, else CreditLine
// (source); Language; TopicSet names and Keyword properties (subjects;
// topics typed as people, organisations or places are entity hints);
// Location city (the dateline place, before DateLine as written; also a
// place hint);
// DateLineDate, FirstCreated, ThisRevisionCreated, the envelope's
// DateAndTime (date, first found); PublicIdentifier (id). Text
// ContentItems give the body: NITF (read_nitf_element), XHTML elements,
// escaped HTML or plain text. Components whose Role is a caption give
// captions. Items with no text content are errors naming what they hold.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

ReadResult read_newsml(const Input& input);

}  // namespace newsarchive::indexer
