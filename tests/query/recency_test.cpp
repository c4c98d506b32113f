#include "recency.h"

#include <gtest/gtest.h>

namespace newsarchive::query {
namespace {

TEST(DayBefore, StepsBackOverMonthsYearsAndLeapDays) {
  EXPECT_EQ(day_before("20240615"), "20240614");
  EXPECT_EQ(day_before("20240301"), "20240229");
  EXPECT_EQ(day_before("20230301"), "20230228");
  EXPECT_EQ(day_before("19000301"), "19000228");  // not a leap year
  EXPECT_EQ(day_before("20000301"), "20000229");  // a leap year
  EXPECT_EQ(day_before("20000101"), "19991231");
  EXPECT_EQ(day_before("20240501"), "20240430");
}

TEST(DayBefore, RejectsWhatIsNotADate) {
  EXPECT_EQ(day_before(""), "");
  EXPECT_EQ(day_before("2024-06-15"), "");
  EXPECT_EQ(day_before("20241301"), "");
  EXPECT_EQ(day_before("20230229"), "");
  EXPECT_EQ(day_before("2024061x"), "");
  EXPECT_EQ(day_before("00000101"), "");
}

}  // namespace
}  // namespace newsarchive::query
