#include "timeline.h"

#include <gtest/gtest.h>

namespace newsarchive::query {
namespace {

Timeline make(const std::map<std::string, std::size_t>& days, Interval interval,
              std::size_t undated = 0) {
  Timeline t;
  std::string problem;
  EXPECT_TRUE(make_timeline(days, undated, interval, t, problem)) << problem;
  return t;
}

TEST(Timeline, MonthsFromTheFirstToTheLastWithTheGapsBetween) {
  const Timeline t = make({{"20240130", 2}, {"20240131", 1}, {"20240402", 4}}, Interval::month, 3);
  ASSERT_EQ(t.periods.size(), 4u);
  EXPECT_EQ(t.periods[0].label, "2024-01");
  EXPECT_EQ(t.periods[0].first, "2024-01-01");
  EXPECT_EQ(t.periods[0].last, "2024-01-31");
  EXPECT_EQ(t.periods[0].count, 3u);
  EXPECT_EQ(t.periods[1].label, "2024-02");
  EXPECT_EQ(t.periods[1].last, "2024-02-29");  // a leap year
  EXPECT_EQ(t.periods[1].count, 0u);
  EXPECT_EQ(t.periods[3].count, 4u);
  EXPECT_EQ(t.undated, 3u);
}

TEST(Timeline, WeeksRunMondayToSundayAndTakeTheirIsoYear) {
  // 2021-01-03 is a Sunday: the last day of ISO week 53 of 2020.
  const Timeline t = make({{"20210103", 1}, {"20210104", 2}}, Interval::week);
  ASSERT_EQ(t.periods.size(), 2u);
  EXPECT_EQ(t.periods[0].label, "2020-W53");
  EXPECT_EQ(t.periods[0].first, "2020-12-28");
  EXPECT_EQ(t.periods[0].last, "2021-01-03");
  EXPECT_EQ(t.periods[1].label, "2021-W01");
  EXPECT_EQ(t.periods[1].count, 2u);
  // 2024-12-30, a Monday, starts week 1 of 2025.
  EXPECT_EQ(make({{"20241231", 1}}, Interval::week).periods.at(0).label, "2025-W01");
}

TEST(Timeline, DaysAndYears) {
  const Timeline days = make({{"20240228", 1}, {"20240301", 1}}, Interval::day);
  ASSERT_EQ(days.periods.size(), 3u);
  EXPECT_EQ(days.periods[1].label, "2024-02-29");
  const Timeline years = make({{"19991231", 5}, {"20010101", 1}}, Interval::year);
  ASSERT_EQ(years.periods.size(), 3u);
  EXPECT_EQ(years.periods[0].label, "1999");
  EXPECT_EQ(years.periods[0].last, "1999-12-31");
  EXPECT_EQ(years.periods[2].count, 1u);
}

TEST(Timeline, ValuesThatAreNoDateCountAsUndated) {
  const Timeline t = make({{"2024", 2}, {"20241341", 1}, {"20240105", 1}}, Interval::month);
  ASSERT_EQ(t.periods.size(), 1u);
  EXPECT_EQ(t.undated, 3u);
  EXPECT_TRUE(make({}, Interval::month, 4).periods.empty());
}

TEST(Timeline, TooManyPeriodsAreRefusedWithAReason) {
  Timeline t;
  std::string problem;
  EXPECT_FALSE(make_timeline({{"19000101", 1}, {"20240101", 1}}, 0, Interval::day, t, problem));
  EXPECT_NE(problem.find("1900-01-01 to 2024-01-01"), std::string::npos) << problem;
  EXPECT_NE(problem.find("longer interval"), std::string::npos) << problem;
  EXPECT_TRUE(make_timeline({{"19000101", 1}, {"20240101", 1}}, 0, Interval::week, t, problem));
}

TEST(Timeline, YearsAndMonthsAreCountedFromTheirOwnSlots) {
  EXPECT_EQ(first_day_of("2024"), "20240101");
  EXPECT_EQ(first_day_of("2024-04"), "20240401");
  EXPECT_EQ(first_day_of("20240419"), "20240419");
  EXPECT_EQ(first_day_of("2024-13"), "");
  EXPECT_EQ(first_day_of("x"), "");
  EXPECT_NE(timeline_slot(Interval::year), timeline_slot(Interval::day));
  EXPECT_NE(timeline_slot(Interval::month), timeline_slot(Interval::day));
  EXPECT_EQ(timeline_slot(Interval::week), timeline_slot(Interval::day));
}

TEST(Timeline, IntervalNames) {
  Interval i = Interval::none;
  EXPECT_TRUE(parse_interval("week", i));
  EXPECT_EQ(i, Interval::week);
  EXPECT_STREQ(interval_name(Interval::month), "month");
  EXPECT_FALSE(parse_interval("fortnight", i));
  EXPECT_FALSE(parse_interval("Month", i));
}

}  // namespace
}  // namespace newsarchive::query
