// The one rule extraction splits words by.
#include "text/word_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

std::string first_word(const std::string& text, bool split_possessive = false,
                       std::size_t limit = std::string::npos) {
  return text.substr(0, word_end(text, 0, limit, split_possessive));
}

TEST(WordScan, JoinersBetweenWordCharactersKeepOneWord) {
  EXPECT_EQ(first_word("O'Neill said"), "O'Neill");
  EXPECT_EQ(first_word("Saint-Germain won"), "Saint-Germain");
  EXPECT_EQ(first_word("AT&T shares"), "AT&T");
  EXPECT_EQ(first_word("co\xE2\x80\x90op"), "co\xE2\x80\x90op");  // U+2010 hyphen
  EXPECT_EQ(first_word("end. Next"), "end");
  EXPECT_EQ(first_word("well- known"), "well");
}

TEST(WordScan, AbbreviationsKeepTheirFullStop) {
  EXPECT_EQ(first_word("Mr. Haddad"), "Mr.");
  EXPECT_EQ(first_word("U.S. troops"), "U.S.");
  EXPECT_EQ(first_word("J. Smith"), "J.");
  EXPECT_EQ(first_word("Calif. governor"), "Calif.");
  EXPECT_EQ(first_word("river. The"), "river");
}

TEST(WordScan, PossessivesSplitOnlyWhenAsked) {
  EXPECT_EQ(first_word("Russia\xE2\x80\x99s army"), "Russia\xE2\x80\x99s");
  EXPECT_EQ(first_word("Russia\xE2\x80\x99s army", true), "Russia");
  EXPECT_EQ(first_word("Russia's", true), "Russia");
  EXPECT_EQ(first_word("Shostakovich's", true), "Shostakovich");
  EXPECT_EQ(first_word("it's over", true), "it");
  EXPECT_EQ(first_word("O'Sullivan", true), "O'Sullivan");  // letters follow the s
}

TEST(WordScan, CombiningMarksAndTheLimit) {
  EXPECT_EQ(first_word("Jose\xCC\x81 left"), "Jose\xCC\x81");  // e + U+0301
  EXPECT_EQ(first_word("strike\xE2\x80\x9D", false, 6), "strike");
  EXPECT_EQ(first_word("abcdef", false, 3), "abc");
}

}  // namespace
}  // namespace newsarchive::indexer
