// NITF (News Industry Text Format, IPTC): one <nitf> document, one article.
//
// Read: hedline/hl1 (headline; head/title when there is none), hl2 or
// abstract (standfirst), byline (byttl titles left out), dateline
// (its location), docdata (doc-id, date.issue or date.release, the
// copyright holder as source when pubdata names no publication), pubdata,
// body.content paragraphs, media captions with their producer as credit,
// inline person/org/location/event as entity hints, tobject.subject and
// key-list keywords as subjects, xml:lang or lang as language.
#pragma once

#include "readers/input.h"

typedef struct _xmlNode xmlNode;  // libxml2's, as it declares it

namespace newsarchive::indexer {

ReadResult read_nitf(const Input& input);

// Fills the fields of `article` that the <nitf> element `nitf` states and
// that are still empty (body, captions, hints and subjects are added to).
// NewsML readers use it for NITF carried inside their items.
void read_nitf_element(const xmlNode* nitf, RawArticle& article);

}  // namespace newsarchive::indexer
