// The plain-text article format (../shared/seed/g7-china-russia.txt, BBC
// News): the headline on the first line, paragraphs split by blank lines.
#pragma once

#include "readers/input.h"

namespace newsarchive::indexer {

// One article per input: decodes the bytes (decode.h) and fills
// RawArticle::text. The structure is left to the extractor.
ReadResult read_plain_text(const Input& input);

}  // namespace newsarchive::indexer
