#include "text/date.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

std::string first_iso(std::string_view text) {
  const auto d = parse_date(text);
  return d ? d->iso() : "";
}

struct Row {
  const char* text;
  const char* iso;
};

TEST(DateTest, WrittenForms) {
  const Row rows[] = {
      // ISO and friends
      {"2024-04-19", "2024-04-19"},
      {"2024-04-19T10:32:00Z", "2024-04-19"},
      {"2024/4/9", "2024-04-09"},
      // English
      {"on April 19, 2024 in Capri", "2024-04-19"},
      {"April 19 2024", "2024-04-19"},
      {"Apr. 19, 2024", "2024-04-19"},
      {"Sept 3rd, 2023", "2023-09-03"},
      {"19 April 2024", "2024-04-19"},
      {"19th April, 2024", "2024-04-19"},
      {"the 1st of May 2024", "2024-05-01"},
      {"Fri, 19 Apr 2024 10:00:00 GMT", "2024-04-19"},
      {"Tuesday 4 February 2025", "2025-02-04"},
      // German
      {"19.04.2024", "2024-04-19"},
      {"am 3. März 2025", "2025-03-03"},
      {"3. Dezember 2024", "2024-12-03"},
      {"1.1.2000", "2000-01-01"},
      // French
      {"le 19 avril 2024", "2024-04-19"},
      {"1er mai 2024", "2024-05-01"},
      {"15 août 2023", "2023-08-15"},
      {"3 février 2025", "2025-02-03"},
      {"le 7 déc. 2024", "2024-12-07"},
      // Spanish, Italian
      {"19 de abril de 2024", "2024-04-19"},
      {"19 aprile 2024", "2024-04-19"},
      // CJK
      {"\xE4\xBA\x8E" "2024\xE5\xB9\xB4" "4\xE6\x9C\x88" "19\xE6\x97\xA5\xE5\x9C\xA8", "2024-04-19"},
      {"2024\xEB\x85\x84 4\xEC\x9B\x94 19\xEC\x9D\xBC", "2024-04-19"},
      // Case
      {"MARCH 3, 2025", "2025-03-03"},
      // Hyphenated, as wire services stamp them
      {"19-Apr-2024", "2024-04-19"},
      {"3-MAR-1987 09:12:44.10", "1987-03-03"},
  };
  for (const Row& r : rows) EXPECT_EQ(first_iso(r.text), r.iso) << r.text;
}

TEST(DateTest, NotDates) {
  for (const char* text :
       {"", "April 2024", "19 April", "in 2024", "04/19/2024", "19/04/24", "March 3",
        "score of 19 to 2024", "may 2024", "page 12.04.99", "20240419",
        "version 2024-04", "12345-04-19", "19-Apr-24", "19 -Apr-2024",
        "31-APR-1987"}) {
    EXPECT_EQ(first_iso(text), "") << text;
  }
}

TEST(DateTest, Validation) {
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 2, 29));
  EXPECT_FALSE(is_valid_date(1900, 2, 29));
  EXPECT_TRUE(is_valid_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_date(2024, 2, 30));
  EXPECT_FALSE(is_valid_date(2024, 4, 31));
  EXPECT_FALSE(is_valid_date(2024, 13, 1));
  EXPECT_FALSE(is_valid_date(2024, 0, 1));
  EXPECT_FALSE(is_valid_date(2024, 1, 0));
  EXPECT_EQ(first_iso("30 February 2024"), "");
  EXPECT_EQ(first_iso("2023-02-29"), "");
  EXPECT_EQ(first_iso("31.04.2024"), "");
  EXPECT_EQ(first_iso("April 31, 2024"), "");
}

TEST(DateTest, FindsEveryDateWithItsSpan) {
  const std::string text = "Between 3 March 2025 and 2025-04-01, and on April 19, 2024.";
  const auto dates = find_dates(text);
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].date.iso(), "2025-03-03");
  EXPECT_EQ(text.substr(dates[0].begin, dates[0].end - dates[0].begin), "3 March 2025");
  EXPECT_EQ(dates[1].date.iso(), "2025-04-01");
  EXPECT_EQ(text.substr(dates[2].begin, dates[2].end - dates[2].begin), "April 19, 2024");
}

TEST(DateTest, WeekdaysAndDays) {
  EXPECT_EQ((Date{2024, 4, 19}).weekday(), 4);  // a Friday
  EXPECT_EQ((Date{1970, 1, 1}).days(), 0);
  EXPECT_EQ((Date{2000, 3, 1}).days() - (Date{2000, 2, 28}).days(), 2);
  EXPECT_EQ(weekday_from_name("Friday"), 4);
  EXPECT_EQ(weekday_from_name("vendredi"), 4);
  EXPECT_EQ(weekday_from_name("Freitag"), 4);
  EXPECT_EQ(weekday_from_name("Fridays"), -1);
  EXPECT_EQ(month_from_name("März"), 3);
  EXPECT_EQ(month_from_name("avr"), 4);
  EXPECT_EQ(month_from_name("Mayday"), -1);
}

}  // namespace
}  // namespace newsarchive::indexer

namespace newsarchive::indexer {
namespace {

// ISO 8601 basic form, as NITF (norm attributes) and NewsML 1 write dates.
TEST(DateTest, BasicIsoForm) {
  EXPECT_EQ(first_iso("20170629T101500+0000"), "2017-06-29");
  EXPECT_EQ(first_iso(" 20131020T192751+1100"), "2013-10-20");
  EXPECT_EQ(first_iso("20240710T0930Z"), "2024-07-10");
  EXPECT_EQ(first_iso("20240710"), "");  // eight digits alone: any number
  EXPECT_EQ(first_iso("20170229T101500Z"), "");  // no 29 February in 2017
  EXPECT_EQ(first_iso("201706291015"), "");       // digits run on: not a date
}

}  // namespace
}  // namespace newsarchive::indexer
