#include "extract/entity_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const EntityToken& t : tokenize_for_entities(s)) out.emplace_back(t.text);
  return out;
}

TEST(EntityTokens, KeepsAbbreviationsAndSplitsPossessives) {
  EXPECT_EQ(texts("the U.S. and Russia’s war"),
            (std::vector<std::string>{"the", "U.S.", "and", "Russia", "’", "s", "war"}));
  EXPECT_EQ(texts("Mr. O'Neill of AT&T Inc."),
            (std::vector<std::string>{"Mr.", "O'Neill", "of", "AT&T", "Inc."}));
  EXPECT_EQ(texts("firms’ support"), (std::vector<std::string>{"firms", "’", "support"}));
}

TEST(EntityTokens, SkipsEditorialBrackets) {
  EXPECT_EQ(texts("on [Russian President Vladimir] Putin"),
            (std::vector<std::string>{"on", "Russian", "President", "Vladimir", "Putin"}));
}

TEST(EntityTokens, OffsetsShapesAndSentenceStarts) {
  const std::string s = "He met NATO. Then “Blinken said";
  const auto t = tokenize_for_entities(s);
  ASSERT_EQ(t.size(), 8u);
  EXPECT_EQ(s.substr(t[2].begin, t[2].end - t[2].begin), "NATO");
  EXPECT_TRUE(t[2].all_caps);
  EXPECT_TRUE(t[0].sentence_start);
  EXPECT_FALSE(t[2].sentence_start);
  EXPECT_TRUE(t[4].sentence_start);  // Then
  EXPECT_TRUE(t[6].sentence_start);  // Blinken, after an opening quote
  EXPECT_TRUE(t[6].capitalised);
  EXPECT_FALSE(t[7].capitalised);
}

}  // namespace
}  // namespace newsarchive::indexer
