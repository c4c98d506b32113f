#include "readers/expansion_guard.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

Limits small() {
  Limits limits;
  limits.expansion_floor_bytes = 1000;
  limits.max_expansion_ratio = 10;
  limits.reading_weight = 3;
  return limits;
}

TEST(ExpansionBudget, UnpackingTakesFromOneAllowanceOfFloorPlusRatio) {
  const Limits limits = small();
  ExpansionBudget budget(limits, 500);  // 1000 + 10 * 500
  EXPECT_EQ(budget.take(4000), 4000u);
  EXPECT_FALSE(budget.spent());
  EXPECT_EQ(budget.take(4000), 2000u);
  EXPECT_TRUE(budget.spent());
  EXPECT_EQ(budget.take(1), 0u);
}

TEST(ExpansionBudget, ReadingWithinTheFloorOrTheInputsSizeIsFree) {
  const Limits limits = small();
  ExpansionBudget budget(limits, 5000);  // reading free up to 5000 bytes
  EXPECT_TRUE(budget.take_for_reading(3000));
  EXPECT_TRUE(budget.take_for_reading(2000));
  EXPECT_EQ(budget.take(51000), 51000u);  // the whole allowance is still there
  EXPECT_TRUE(budget.spent());
}

TEST(ExpansionBudget, ReadingPastItCountsTheWeightForEachByte) {
  const Limits limits = small();
  ExpansionBudget budget(limits, 100);  // allowance 2000, reading free to 1000
  EXPECT_TRUE(budget.take_for_reading(1100));  // 100 over: 300 taken
  EXPECT_EQ(budget.take(1700), 1700u);
  EXPECT_TRUE(budget.spent());
}

TEST(ExpansionBudget, ReadingThatDoesNotFitIsRefusedAndSpendsTheAllowance) {
  const Limits limits = small();
  ExpansionBudget budget(limits, 100);  // allowance 2000
  EXPECT_TRUE(budget.take_for_reading(1000));
  EXPECT_FALSE(budget.reading_refused());
  EXPECT_FALSE(budget.take_for_reading(700));  // 2100 would be taken
  EXPECT_TRUE(budget.spent());
  EXPECT_TRUE(budget.reading_refused());
  const std::string why = budget.reading_refused_message();
  EXPECT_NE(why.find("1000 bytes plus 10 times its 100 bytes"), std::string::npos) << why;
  EXPECT_NE(why.find("--max-ratio"), std::string::npos) << why;
}

TEST(ExpansionBudget, AWeightOfZeroLeavesReadingFree) {
  Limits limits = small();
  limits.reading_weight = 0;
  ExpansionBudget budget(limits, 100);
  EXPECT_TRUE(budget.take_for_reading(1'000'000'000));
  EXPECT_FALSE(budget.spent());
}

TEST(ExpansionBudget, HugeCountsDoNotOverflow) {
  const Limits limits = small();
  ExpansionBudget budget(limits, UINT64_MAX);
  EXPECT_TRUE(budget.take_for_reading(UINT64_MAX));
  EXPECT_TRUE(budget.take_for_reading(UINT64_MAX));
  ExpansionBudget small_input(limits, 10);
  EXPECT_FALSE(small_input.take_for_reading(UINT64_MAX));
}

}  // namespace
}  // namespace newsarchive::indexer
