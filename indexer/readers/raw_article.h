// RawArticle: what an input says about one article, before extraction.
//
// Unvalidated. A format without markup (plain text) fills `text` and leaves
// the structure to the extractor; a structured format (JSON, NITF, HTML)
// fills the fields it states. Dates are as written in the source.
#pragma once

#include <string>
#include <vector>

#include "newsarchive/article.h"

namespace newsarchive::indexer {

// A name the source itself marks as an entity (NITF <person>, Reuters
// <PEOPLE>): taken as known, whatever the text's cues say.
struct EntityHint {
  std::string name;  // as the source gives it
  std::string type;  // "person", "organization", "place" or "misc"
};

struct RawArticle {
  std::string origin;   // input name and position, for messages
  std::string id;       // stable id: the URL if any, else the input's path
  std::string url;
  std::string format;   // "text", "jsonl", "html", "nitf", ...
  std::string text;     // whole article as UTF-8 with \n line ends, or ""

  // What a structured source states; empty when it does not say.
  std::string headline;
  std::string standfirst;
  std::vector<std::string> byline;
  std::string date;     // as written
  std::string dateline;
  std::string section;
  std::string source;
  std::string language; // as written ("en-GB")
  std::vector<std::string> body;
  std::vector<Caption> captions;
  std::vector<EntityHint> entity_hints;
  std::vector<std::string> subjects;  // topics or keywords the source assigns

  std::vector<std::string> warnings;  // what the reader repaired
};

}  // namespace newsarchive::indexer
