#include "extract/blocks.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(BlocksTest, SplitsOnBlankLinesAndTrimsLines) {
  const auto blocks = split_blocks("\n\nHeadline\n\n  one\ntwo  \n \t\n\n\nthree");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0], (Block{"Headline"}));
  EXPECT_EQ(blocks[1], (Block{"one", "two"}));
  EXPECT_EQ(blocks[2], (Block{"three"}));
}

TEST(BlocksTest, EmptyTextHasNoBlocks) {
  EXPECT_TRUE(split_blocks("").empty());
  EXPECT_TRUE(split_blocks("\n \n").empty());
}

}  // namespace
}  // namespace newsarchive::indexer
