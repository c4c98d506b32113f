// Ritzau's RBNews XML: a bare <RBNews> item, or an <XMLNewsQueuedResponse>
// whose <ListOfRBNews> holds several; one article per item.
//
// Read: headline (when it is nil, the strapline if that reads as a
// headline rather than a desk code such as "NU/FLASH-U"), subtitle
// (standfirst), content (escaped HTML: body), byLine, PublishDate (date),
// town (dateline), section, NewsID (id) and origin (source, "Ritzau" when
// it names none). The language is Danish unless an item states its own.
// The editors' note (TilRedaktionen) is not part of the article. Cancelled
// items and items without content give ReadErrors naming their number.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

ReadResult read_ritzau(const Input& input);

}  // namespace newsarchive::indexer
