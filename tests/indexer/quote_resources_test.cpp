// The cue and role lists: built-in defaults and users' files.
#include "extract/quote_resources.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

TEST(QuoteResources, DefaultsHoldTheCommonCues) {
  const QuoteResources& r = QuoteResources::defaults();
  EXPECT_TRUE(r.cues.contains("said"));
  EXPECT_TRUE(r.cues.contains("according to"));
  EXPECT_TRUE(r.roles.contains("Foreign Minister"));
  EXPECT_FALSE(r.cues.contains("ate"));
}

TEST(QuoteResources, PhrasesMatchLongestFirstAndCarryTheirMark) {
  const QuoteResources& r = QuoteResources::defaults();
  const std::vector<std::string_view> words = {"according", "to", "the", "ministry"};
  const PhraseList::Match m = r.cues.match(words, 0);
  EXPECT_EQ(m.words, 2u);
  EXPECT_TRUE(m.marked);
  EXPECT_EQ(r.cues.match(words, 2).words, 0u);
}

TEST(QuoteResources, UsersExtendTheCuesWithAFile) {
  const std::string path = ::testing::TempDir() + "/cues_test.txt";
  {
    std::ofstream out(path);
    out << "# my cues\nopined\nas put by >\n\n";
  }
  QuoteResources r = QuoteResources::defaults();
  EXPECT_EQ(r.load_cues(path), "");
  EXPECT_TRUE(r.cues.contains("opined"));
  EXPECT_TRUE(r.cues.contains("said"));
  const std::vector<std::string_view> words = {"as", "put", "by", "X"};
  EXPECT_TRUE(r.cues.match(words, 0).marked);
  std::remove(path.c_str());
}

TEST(QuoteResources, AMissingFileIsAnErrorNotAnException) {
  QuoteResources r = QuoteResources::defaults();
  const std::size_t before = r.cues.size();
  const std::string error = r.load_cues("/nonexistent/cues.txt");
  EXPECT_NE(error.find("/nonexistent/cues.txt"), std::string::npos);
  EXPECT_EQ(r.cues.size(), before);
}

}  // namespace
}  // namespace newsarchive::indexer
