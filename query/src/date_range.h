// Dates in queries: date:2024, date:2024-04, date:2024-04-19, date:A..B.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::query {

struct DateRange {
  std::string from;  // "YYYYMMDD", or "" for an open start
  std::string to;    // "YYYYMMDD", or "" for an open end
  std::string description;  // "2024-04-01..2024-04-30"
};

// Parses a date or range. A year or month as an end means its first day at
// the start of a range and its last day at the end. Returns false with a
// reason when it is not a valid date or range, or the range is reversed.
bool parse_date_range(std::string_view text, DateRange& out, std::string& problem);

// "YYYYMMDD" (a date slot's value) as "YYYY-MM-DD"; "" for anything not
// eight characters long.
std::string iso_date(const std::string& compact);

// Days in `month` (1 to 12) of `year`, in the Gregorian calendar.
int days_in_month(int year, int month);

}  // namespace newsarchive::query
