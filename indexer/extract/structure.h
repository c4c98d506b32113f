// The structure of a plain-text article: blocks of lines -> headline,
// standfirst, byline, photo captions, body paragraphs, source line,
// publication date and dateline. Boilerplate lines are dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/date.h"
#include "text/dateline.h"
#include "newsarchive/article.h"

namespace newsarchive::indexer {

struct Structure {
  std::string headline;
  std::string standfirst;
  std::vector<std::string> byline;
  std::vector<Caption> captions;
  std::vector<std::string> body;     // paragraphs, lines joined by a space
  std::string source;                // from a "Source:" line
  std::optional<Date> published;     // from a publication line
  std::optional<Dateline> dateline;  // opening the first body paragraph,
                                     // which no longer contains it
};

// Requires UTF-8 text with \n line ends (decode.h). Never throws beyond
// std::bad_alloc.
Structure parse_structure(std::string_view text);

// The standfirst test on its own, for tests and for structured inputs: is
// `block` (the first block after the headline) a summary? See structure.cpp.
bool looks_like_standfirst(std::string_view block);

}  // namespace newsarchive::indexer
