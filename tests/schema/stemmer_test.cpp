#include <gtest/gtest.h>

#include <thread>

#include "newsarchive/text.h"

namespace newsarchive::text {
namespace {

TEST(Stemmer, EnglishByDefault) {
  Stemmer s;
  EXPECT_TRUE(s.active());
  EXPECT_EQ(s("sales"), s("sale"));
  EXPECT_EQ(s("russia's"), "russia");
}

TEST(Stemmer, FollowsLanguage) {
  Stemmer de("de");
  EXPECT_EQ(de("regierungen"), de("regierung"));
  Stemmer fr("fr");
  EXPECT_EQ(fr("élections"), fr("élection"));
}

TEST(Stemmer, NoStemmerLeavesWordsAlone) {
  Stemmer zh("zh");
  EXPECT_FALSE(zh.active());
  EXPECT_EQ(zh("经济"), "经济");
  Stemmer none("");
  EXPECT_EQ(none("sales"), "sales");
  EXPECT_FALSE(has_stemmer("xx"));
  EXPECT_TRUE(has_stemmer("de"));
}

TEST(Stemmer, CopiesAreIndependentAcrossThreads) {
  Stemmer original("en");
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([copy = original, &results, i] {
      for (int n = 0; n < 1000; ++n) results[i] = copy("connections");
    });
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, "connect");
}

}  // namespace
}  // namespace newsarchive::text
