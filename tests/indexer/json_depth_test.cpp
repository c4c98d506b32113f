#include "readers/json_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

TEST(JsonDepth, ShallowJsonIsLeftAlone) {
  EXPECT_FALSE(prune_deep_json(R"({"a": [1, {"b": 2}]})", 3));
  EXPECT_FALSE(prune_deep_json("plain words", 1));
  EXPECT_FALSE(prune_deep_json("[[1]]", 0));  // no limit
}

TEST(JsonDepth, DeepValuesBecomeNull) {
  const auto p = prune_deep_json(R"({"a": [1, {"b": [2]}], "c": 3})", 2);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->text, R"({"a": [1, null], "c": 3})");
  EXPECT_EQ(p->first, 10u);
}

TEST(JsonDepth, BracketsInStringsAreText) {
  EXPECT_FALSE(prune_deep_json(R"({"a": "[[[{{{", "b": "\"[["})", 1));
  const auto p = prune_deep_json(R"([["]\"]", [1]], 2])", 2);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->text, R"([["]\"]", null], 2])");
}

TEST(JsonDepth, AValueLeftOpenIsPrunedToTheEnd) {
  const auto p = prune_deep_json("[1, " + std::string(100000, '['), 1);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->text, "[1, null");
}

}  // namespace
}  // namespace newsarchive::indexer
