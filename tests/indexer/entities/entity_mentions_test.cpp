#include "extract/entity_mentions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

struct Found {
  std::vector<std::string> spans;
  std::vector<EntityCandidate> cands;
};

Found candidates(const std::string& text, bool sports = false) {
  static std::vector<std::string> keep;  // the texts outlive the views
  keep.push_back(text);
  const auto tokens = tokenize_for_entities(keep.back());
  ParagraphShape shape = paragraph_shape(tokens);
  shape.sports = sports;
  Found f;
  f.cands = find_candidates(tokens, shape, EntityResources::defaults());
  for (const EntityCandidate& c : f.cands) {
    std::string s;
    for (std::size_t i = c.first; i < c.last; ++i) s += (s.empty() ? "" : " ") + std::string(tokens[i].text);
    f.spans.push_back(s);
  }
  return f;
}

TEST(EntityMentions, SplitsTitlesFromNames) {
  const Found f = candidates("US Secretary of State Antony Blinken urged his counterparts");
  EXPECT_EQ(f.spans, (std::vector<std::string>{"US", "Antony Blinken"}));
  EXPECT_TRUE(f.cands[1].after_title);
}

TEST(EntityMentions, DropsSentenceStartingCommonWords) {
  EXPECT_EQ(candidates("However, Washington has been condemning it").spans,
            (std::vector<std::string>{"Washington"}));
  EXPECT_EQ(candidates("Officials added that China was helping Russia").spans,
            (std::vector<std::string>{"China", "Russia"}));
}

TEST(EntityMentions, KeepsParticlesAndKeywordPhrases) {
  EXPECT_EQ(candidates("the bank of Charles de Gaulle and the Bank of Japan").spans,
            (std::vector<std::string>{"Charles de Gaulle", "Bank of Japan"}));
  EXPECT_EQ(candidates("shares of Japan Airlines rose").spans,
            (std::vector<std::string>{"Japan Airlines"}));
}

TEST(EntityMentions, CommonNounAbbreviationsAreNoNames) {
  EXPECT_EQ(candidates("Microsoft showed the PC on TV at 1500 GMT as GDP grew").spans,
            (std::vector<std::string>{"Microsoft"}));
  EXPECT_EQ(candidates("Labour MP Jane Smith bought a DVD player").spans,
            (std::vector<std::string>{"Labour", "Jane Smith"}));
}

TEST(EntityMentions, TitleAloneIsNoName) {
  EXPECT_TRUE(candidates("said the President on Monday").spans.empty());
}

TEST(EntityMentions, CapitalsOnlyFromGazetteerOrMarkedUnknown) {
  const Found f = candidates("SOCCER - JAPAN GET LUCKY WIN");
  ASSERT_FALSE(f.spans.empty());
  EXPECT_EQ(f.spans[1], "JAPAN");
  EXPECT_NE(f.cands[1].known, nullptr);
  EXPECT_TRUE(f.cands[0].caps_only);  // SOCCER: kept only if named elsewhere
}

TEST(EntityMentions, Datelines) {
  const Found f = candidates("AL-AIN , United Arab Emirates 1996-12-06");
  ASSERT_GE(f.spans.size(), 2u);
  EXPECT_EQ(f.spans[0], "AL-AIN");
  EXPECT_TRUE(f.cands[0].dateline);
  EXPECT_EQ(f.spans[1], "United Arab Emirates");
}

TEST(EntityMentions, ParagraphShapes) {
  EXPECT_TRUE(paragraph_shape(tokenize_for_entities("RUSSIA BEAT JAPAN")).caps);
  EXPECT_TRUE(paragraph_shape(tokenize_for_entities("Barcelona 3 2 1 0 5 2 7")).table);
  EXPECT_FALSE(paragraph_shape(tokenize_for_entities("Blinken met Wang in Beijing")).caps);
}

}  // namespace
}  // namespace newsarchive::indexer
