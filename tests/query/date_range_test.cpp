#include "date_range.h"

#include <gtest/gtest.h>

namespace newsarchive::query {
namespace {

TEST(DateRange, YearsMonthsDaysAndRanges) {
  DateRange r;
  std::string problem;
  ASSERT_TRUE(parse_date_range("2024", r, problem));
  EXPECT_EQ(r.from, "20240101");
  EXPECT_EQ(r.to, "20241231");
  ASSERT_TRUE(parse_date_range("2023-02", r, problem));
  EXPECT_EQ(r.to, "20230228");
  ASSERT_TRUE(parse_date_range("2024-04-19", r, problem));
  EXPECT_EQ(r.from, "20240419");
  EXPECT_EQ(r.to, "20240419");
  ASSERT_TRUE(parse_date_range("2024-04..2024-05-02", r, problem));
  EXPECT_EQ(r.from, "20240401");
  EXPECT_EQ(r.to, "20240502");
  EXPECT_EQ(r.description, "2024-04-01..2024-05-02");
  ASSERT_TRUE(parse_date_range("..2024", r, problem));
  EXPECT_EQ(r.from, "");
  EXPECT_EQ(r.to, "20241231");
}

TEST(DateRange, RejectsWhatIsNotADate) {
  DateRange r;
  std::string problem;
  for (const char* bad : {"24", "2024-1", "2024-00", "2024-04-31", "2023-02-29", "april", "..",
                          "2024-04-19x", "2025..2024"}) {
    EXPECT_FALSE(parse_date_range(bad, r, problem)) << bad;
    EXPECT_FALSE(problem.empty()) << bad;
  }
  EXPECT_TRUE(parse_date_range("2024-02-29", r, problem));  // leap year
}

}  // namespace
}  // namespace newsarchive::query
