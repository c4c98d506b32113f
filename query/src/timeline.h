// Timelines (SearchRequest::timeline): the whole match's documents per day,
// week, month or year, from the per-day counts a spy on the date slot gave
// (query/src/whole_match.h), and each period's most frequent values of a
// facet field on request.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <string>

#include "newsarchive/search.h"

namespace newsarchive::query {

// The value slot a timeline of `interval` counts: the year's or the
// month's facet slot for those intervals (a spy tallies a few dozen values
// instead of thousands of days), else the date's.
Xapian::valueno timeline_slot(Interval interval);

// A value of that slot ("2024", "2024-04" or "20240419") as the first day
// it covers, "YYYYMMDD"; "" for anything else.
std::string first_day_of(const std::string& value);

// The periods from the first dated day of `days` ("YYYYMMDD" -> documents)
// to the last, each with its documents. False, with `problem` set, when
// they would be more than kMaxTimelinePeriods.
bool make_timeline(const std::map<std::string, std::size_t>& days, std::size_t undated,
                   Interval interval, Timeline& out, std::string& problem);

// Fills the top values of facet field `field` in each period that has
// documents: one count of `query`'s matches in each, filtered by the
// period's date terms (a year's, a month's, a day's, a week's seven days'),
// with the built-in spy that remote shards run too. (A value range on the
// date slot read the slot of every document in the index a period: 7 to 9
// ms a period at 200k articles, bench/RESULTS.md.)
void break_down(const Xapian::Database& db, const Xapian::Query& query, const std::string& field,
                std::size_t top, Timeline& timeline);

}  // namespace newsarchive::query
