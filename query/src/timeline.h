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

// The periods from the first dated day of `days` ("YYYYMMDD" -> documents)
// to the last, each with its documents. False, with `problem` set, when
// they would be more than kMaxTimelinePeriods.
bool make_timeline(const std::map<std::string, std::size_t>& days, std::size_t undated,
                   Interval interval, Timeline& out, std::string& problem);

// Fills the top values of facet field `field` in each period that has
// documents: one count of `query`'s matches in each, with the built-in spy
// that remote shards run too.
void break_down(const Xapian::Database& db, const Xapian::Query& query, const std::string& field,
                std::size_t top, Timeline& timeline);

}  // namespace newsarchive::query
