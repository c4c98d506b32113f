// The quote lexicon: data/quote_words.txt read whole.
#include "extract/quote_lexicon.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(QuoteLexicon, TheBuiltInFileHasEverySection) {
  const QuoteLexicon& l = QuoteLexicon::defaults();
  EXPECT_TRUE(l.reporting.contains("tweeted"));
  EXPECT_TRUE(l.naming.contains("documentary"));
  EXPECT_TRUE(l.calling.contains("chanted"));
  EXPECT_TRUE(l.sentence_openers.contains("Despite"));
  EXPECT_TRUE(l.adverb_endings.contains("Separately"));
  EXPECT_TRUE(l.time_words.contains("Thanksgiving"));
  EXPECT_TRUE(l.female_titles.contains("Mrs."));
  EXPECT_TRUE(l.institution_words.contains("county"));
  EXPECT_FALSE(l.pronouns.contains("Parry"));
}

TEST(QuoteLexicon, ReadingSaysWhatIsWrong) {
  QuoteLexicon l;
  EXPECT_NE(l.read("said\n").find("before any section"), std::string::npos);
  EXPECT_NE(l.read("[colours]\nred\n").find("unknown section [colours]"), std::string::npos);
  // A file must give every list: one that gives a single section is short.
  EXPECT_NE(l.read("# a comment\n[reporting]\nsaid\n").find("is empty"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer
