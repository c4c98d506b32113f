#include "snippet.h"

#include <gtest/gtest.h>

namespace newsarchive::query {
namespace {

std::vector<std::string> marked(const Snippet& s) {
  std::vector<std::string> out;
  for (const Highlight& h : s.highlights) out.push_back(s.text.substr(h.begin, h.end - h.begin));
  return out;
}

TEST(Snippet, WholeMarksWordsAndTheirInflections) {
  SnippetMaker maker({"sale", "profit"});
  Snippet s = maker.whole("headline", "Ad sales boost Time Warner profit", "en");
  EXPECT_EQ(marked(s), (std::vector<std::string>{"sales", "profit"}));
}

TEST(Snippet, ExcerptPrefersTheWindowWithMostDistinctWords) {
  SnippetMaker maker({"blinken", "china"});
  std::vector<std::string> paras = {
      "China has positioned itself as a neutral party in the war.",
      "At a meeting on the Italian island of Capri, US Secretary of State Antony Blinken urged "
      "his counterparts on Friday to increase pressure on China, which the United States "
      "accuses of supporting the war effort."};
  Snippet s;
  EXPECT_EQ(maker.excerpt("body", paras, "en", 120, s), 2u);
  EXPECT_EQ(marked(s), (std::vector<std::string>{"Blinken", "China"}));
  EXPECT_LE(s.text.size(), 120u + 8);  // plus ellipses
  EXPECT_NE(s.text.find("\xE2\x80\xA6"), std::string::npos);
}

TEST(Snippet, NoMatchLeavesItAlone) {
  SnippetMaker maker({"zebra"});
  Snippet s{"x", "unchanged", {}};
  EXPECT_EQ(maker.excerpt("body", {"Nothing here."}, "en", 100, s), 0u);
  EXPECT_EQ(s.text, "unchanged");
}

TEST(Snippet, HighlightsAreValidUtf8Offsets) {
  SnippetMaker maker({"经济"});
  Snippet s;
  ASSERT_GT(maker.excerpt("body", {"中国经济增长放缓，政府表示经济仍然稳定。"}, "zh", 60, s), 0u);
  for (const auto& word : marked(s)) EXPECT_EQ(word, "经济");
}

TEST(Snippet, LeadCutsAtAWord) {
  Snippet s = SnippetMaker::lead("body", "One two three four five six seven", 12);
  EXPECT_EQ(s.text, "One two \xE2\x80\xA6");
  EXPECT_TRUE(s.highlights.empty());
}

TEST(Snippet, StemCacheGivesTheStemmersStemsAcrossSearches) {
  const auto en = StemCache::of("en");
  EXPECT_EQ(StemCache::of("en"), en);  // one per language on a thread
  EXPECT_TRUE(en->active());
  EXPECT_EQ((*en)("sales"), "sale");
  // Past its bound it starts afresh, and still answers.
  for (int i = 0; i < 40000; ++i) (void)(*en)("word" + std::to_string(i) + "s");
  EXPECT_EQ((*en)("striking"), text::Stemmer("en")("striking"));
  EXPECT_EQ((*en)("sales"), "sale");
  EXPECT_FALSE(StemCache::of("xx")->active());
  // Two searches in turn, the second with the cache warm, mark alike.
  for (int search = 0; search < 2; ++search) {
    SnippetMaker maker({"sale"});
    EXPECT_EQ(marked(maker.whole("headline", "Sales and a sale, unsold", "en")),
              (std::vector<std::string>{"Sales", "sale"}));
  }
}

}  // namespace
}  // namespace newsarchive::query
