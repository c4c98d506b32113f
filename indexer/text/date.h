// Calendar dates as news text writes them.
//
// Understood forms (month names in English, French, German, Spanish and
// Italian, full or abbreviated, ASCII case-insensitive):
//   2024-04-19, 2024/04/19, 2024-04-19T10:00Z     ISO, year first
//   19.04.2024, 19. April 2024                    German
//   19 April 2024, 19th April, 2024, 1er mai 2024 day month year
//   19 de abril de 2024                           Spanish
//   19-Apr-2024, 26-FEB-1987 15:01:01.79          hyphenated (wire stamps)
//   April 19, 2024, Apr. 19th 2024                month day year
//   2024年4月19日 (and 2024년 4월 19일)            CJK
// Two-digit years and day/month orders that need a locale (04/19/2024) are
// not guessed. Every date is checked against the calendar (no 30 February).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::indexer {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  std::string iso() const;  // "YYYY-MM-DD"
  int days() const;         // days since 1970-01-01, for comparisons
  int weekday() const;      // 0 = Monday .. 6 = Sunday
  static Date from_days(int days);  // inverse of days()
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// True for a real calendar date with a year in 1000..2999.
bool is_valid_date(int year, int month, int day);

// A date found in text: the date and the bytes [begin, end) it spans.
struct FoundDate {
  Date date;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// How to read all-numeric dates with slashes (12/07/2024), whose order
// depends on the writer's locale.
enum class SlashDates {
  kNo,           // not at all: prose mentions them rarely and ambiguously
  kDayFirst,     // 12/07/2024 is 12 July (Europe, most of the world)
  kUnambiguous,  // only where one part is above 12 (19/04/2024, 04/19/2024)
};

// Every full, valid date in `text`, in order. Linear in the text's length.
std::vector<FoundDate> find_dates(std::string_view text, SlashDates slash = SlashDates::kNo);

// The first date in `text` (a metadata value such as "Fri, 19 Apr 2024
// 10:00:00 GMT" or "2024-04-19T10:00:00Z"), or nullopt.
std::optional<Date> parse_date(std::string_view text);

// True if `text` says on which day something happened: a weekday name,
// "yesterday", "today" (and their French and German forms) or a full date.
bool mentions_day(std::string_view text);

// The month named by a word ("April", "avr", "März"): 1..12, or -1.
int month_from_name(std::string_view word);

// The weekday named by a word ("Friday", "vendredi", "Freitag", "Fri"):
// 0 = Monday .. 6 = Sunday, or -1.
int weekday_from_name(std::string_view word);

}  // namespace newsarchive::indexer
