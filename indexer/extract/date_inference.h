// Guessing when an article was published from the dates it mentions, for
// articles with no publication line, dateline date or metadata.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/date.h"
#include "newsarchive/article.h"

namespace newsarchive::indexer {

// The most plausible publication date among the full dates in the captions,
// standfirst and body, or nullopt. Dates that read as the future ("until 3
// May 2025", "due on ...", "scheduled for ...") or as the end of a period
// ("the three months to 31 December 2004") never count. Then:
//   1. the latest caption date: photos are dated the day they are taken,
//      which is at or just before publication; the day after it if the text
//      names that day's weekday and not the photo's ("the team withdrew on
//      Thursday" under a photo of Wednesday's crash);
//   2. else the latest date in the lede (the standfirst and first body
//      paragraph, and the second when the first is shaped like a summary
//      that was not recognised as one), but only if the text names its weekday ("the talks ended
//      on Friday"). Dates further down are mostly history ("since the 11
//      September 2001 attacks"): on the BBC corpus (2004-05) taking the
//      latest date anywhere gave 48 dates, all wrong, from 1870 to 2006;
//      requiring a named weekday still left 5, all wrong, none in a lede.
//      No date is better than a wrong one.
std::optional<Date> infer_date(const Article& article);

}  // namespace newsarchive::indexer
