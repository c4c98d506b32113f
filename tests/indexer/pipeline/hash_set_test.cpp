#include "pipeline/hash_set.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(HashSetTest, InsertSaysWhetherTheHashIsNew) {
  HashSet s;
  EXPECT_TRUE(s.insert(42));
  EXPECT_FALSE(s.insert(42));
  EXPECT_TRUE(s.insert(0));   // 0 is kept as 1 ...
  EXPECT_FALSE(s.insert(1));  // ... so the two are one
  EXPECT_EQ(s.size(), 2u);
}

TEST(HashSetTest, GrowsWithoutLosingAny) {
  HashSet s;
  for (std::uint64_t i = 1; i <= 100000; ++i) ASSERT_TRUE(s.insert(i << 20));
  for (std::uint64_t i = 1; i <= 100000; ++i) ASSERT_FALSE(s.insert(i << 20));
  EXPECT_EQ(s.size(), 100000u);
}

}  // namespace
}  // namespace newsarchive::indexer
