#include "newsarchive/sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

TEST(Sentences, EndsAsSentenceLooksPastClosers) {
  for (const char* s : {"It is over.", "Why?", "Enough!", "And then\xE2\x80\xA6",
                        "\xE2\x80\x9CIt is over.\xE2\x80\x9D", "He left.)", "\"Enough!\",",
                        "Fin. \xC2\xBB ", "She said \xE2\x80\x98no.\xE2\x80\x99"})
    EXPECT_TRUE(ends_as_sentence(s)) << s;
  for (const char* s : {"", "It is over", "The plan:", "one; two", "U.S", "\xE2\x80\x9D,", "3.5x"})
    EXPECT_FALSE(ends_as_sentence(s)) << s;
  EXPECT_EQ(without_closers("Yes.\xE2\x80\x9D, "), "Yes.");
}

TEST(Sentences, ASentenceEndsAtAMarkBeforeASpaceOrTheEnd) {
  const std::string t = "The U.S. rate is 3.5 now. Why? Done!";
  EXPECT_FALSE(sentence_ends_at(t, t.find("U.") + 1));  // "U.S": a letter follows
  EXPECT_FALSE(sentence_ends_at(t, t.find("3.") + 1));  // "3.5"
  EXPECT_TRUE(sentence_ends_at(t, t.find("now.") + 3));
  EXPECT_TRUE(sentence_ends_at(t, t.find('?')));
  EXPECT_TRUE(sentence_ends_at(t, t.size() - 1));
  EXPECT_FALSE(sentence_ends_at(t, t.size()));
  EXPECT_FALSE(sentence_ends_at(t, 0));
}

TEST(Sentences, AroundTakesTheSentenceAndTheOneBefore) {
  const std::string t = "First one. Second one names Ana. She said it is over. Third after.";
  const std::size_t from = t.find("it is over"), to = from + 10;
  const TextSpan s = sentences_around(t, from, to, 600);
  EXPECT_EQ(t.substr(s.begin, s.end - s.begin), "Second one names Ana. She said it is over.");
  // Cut to the bytes allowed, keeping the end and starting at a word.
  const TextSpan cut = sentences_around(t, from, to, 24);
  EXPECT_EQ(t.substr(cut.begin, cut.end - cut.begin), " She said it is over.");
  // Out of range positions are clamped, never read past the text.
  const TextSpan all = sentences_around(t, 5000, 6000, 600);
  EXPECT_EQ(all.end, t.size());
}

}  // namespace
}  // namespace newsarchive
