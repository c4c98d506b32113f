// Word lists and sectioned word files.
#include "text/word_list.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(WordList, WordsStemsAndEndingsIgnoringCase) {
  WordList l;
  for (const char* e : {"said", "announc*", "*ically", "Mr."}) l.add(e);
  EXPECT_TRUE(l.contains("said"));
  EXPECT_TRUE(l.contains("SAID"));
  EXPECT_TRUE(l.contains("announced"));
  EXPECT_TRUE(l.contains("Announcement"));
  EXPECT_TRUE(l.contains("Ironically"));
  EXPECT_TRUE(l.contains("mr."));
  EXPECT_FALSE(l.contains("sai"));
  EXPECT_FALSE(l.contains("ically"));  // an ending is not a word of its own
  EXPECT_FALSE(l.contains("pronounce"));
  EXPECT_FALSE(l.contains(""));
}

TEST(WordList, LongWordsAreNeverListed) {
  WordList l;
  l.add(std::string(WordList::kMaxWordBytes + 1, 'a'));
  l.add("a*");
  EXPECT_TRUE(l.contains("abc"));
  EXPECT_FALSE(l.contains(std::string(WordList::kMaxWordBytes + 1, 'a')));
}

TEST(ReadSections, FillsEachListAndSaysWhatIsWrong) {
  WordList a, b;
  EXPECT_EQ(read_sections("# lists\n[a]\nx y\n[b]\nz*\n", {{"a", &a}, {"b", &b}}), "");
  EXPECT_TRUE(a.contains("Y"));
  EXPECT_TRUE(b.contains("zebra"));
  WordList c;
  EXPECT_NE(read_sections("x\n", {{"c", &c}}).find("before any section"), std::string::npos);
  EXPECT_NE(read_sections("[d]\nx\n", {{"c", &c}}).find("unknown section [d]"),
            std::string::npos);
  EXPECT_NE(read_sections("[c]\n", {{"c", &c}}).find("[c] is empty"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer
