// What the visible markup of an HTML page says about its article besides
// the text: the byline element, the <time datetime> of publication and the
// <h1> headline.
#pragma once

#include <string>
#include <vector>

#include "readers/html_dom.h"

namespace newsarchive::indexer::html {

struct PageHints {
  std::string byline;  // text of the first byline element, as written
  std::string time;    // datetime of the publication <time>, else of the first
  std::string h1;      // text of the first visible <h1>
  std::vector<std::string> headings;  // texts of the first 50 <h1>-<h3>
};

// Byline elements: rel="author", itemprop="author" (its itemprop="name"
// part when it has one), or class/id words "byline" or "author", with a
// short text. Navigation, footers, asides and hidden elements are skipped.
PageHints read_hints(xmlNode* root);

// The names in a byline: a leading "By"/"Von"/"Par"/"Por" dropped, split at
// commas, "and", "und", "et", "y" and "&"; a name ends before its first
// word with a digit (a date or time follows it, with an English month name
// before it, which goes too), and nothing after that is read; names over 60
// bytes are dropped.
std::vector<std::string> byline_names(const std::string& byline);

}  // namespace newsarchive::indexer::html
