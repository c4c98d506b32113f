#include "dedupe/quote_words.h"

#include <gtest/gtest.h>

#include "dedupe/recent_quotes.h"

namespace newsarchive::indexer {
namespace {

constexpr const char* kWhole =
    "We will not let the harbour close while there is a single boat that needs it, and we "
    "will fight this decision in every court in the land";

TEST(QuoteWords, CaseQuoteMarksAndPunctuationDoNotCount) {
  const QuoteWords a = quote_words(kWhole);
  const QuoteWords b = quote_words(
      "\u201cWe will NOT let the harbour close while there is a single boat that needs it. And we "
      "will fight this decision in every court in the land!\u201d");
  // "And" is a word the first has as "and": the same words, in the same order.
  EXPECT_EQ(a.exact, b.exact);
  EXPECT_EQ(a.shingles, b.shingles);
  EXPECT_EQ(a.words, 28u);
  EXPECT_TRUE(a.shareable());
}

TEST(QuoteWords, ATrimmedQuoteIsTheSameQuote) {
  const QuoteWords whole = quote_words(kWhole);
  const QuoteWords trimmed =
      quote_words("we will fight this decision in every court in the land");
  EXPECT_NE(whole.exact, trimmed.exact);
  EXPECT_TRUE(same_quote(whole.shingles, trimmed.shingles));
  EXPECT_TRUE(same_quote(trimmed.shingles, whole.shingles));
}

TEST(QuoteWords, AnElisionSplitsTheQuoteIntoFragments) {
  const QuoteWords whole = quote_words(kWhole);
  for (const char* elided :
       {"We will not let the harbour close ... and we will fight this decision in every court",
        "We will not let the harbour close \u2026 we will fight this decision in every court",
        "We will not let the harbour close [. . .] we will fight this decision in every court"}) {
    const QuoteWords e = quote_words(elided);
    EXPECT_TRUE(same_quote(whole.shingles, e.shingles)) << elided;
    // No shingle spans the gap: every one is the whole quote's.
    for (const std::uint64_t s : e.shingles)
      EXPECT_TRUE(std::binary_search(whole.shingles.begin(), whole.shingles.end(), s)) << elided;
  }
}

TEST(QuoteWords, AnotherQuoteSharingAPhraseIsNot) {
  const QuoteWords whole = quote_words(kWhole);
  const QuoteWords other = quote_words(
      "The ferry company says it will fight this decision, but nobody at the harbour believes "
      "the boats will still be running by the spring");
  EXPECT_FALSE(same_quote(whole.shingles, other.shingles));
}

TEST(QuoteWords, AWordChangedInALongQuoteStillMatches) {
  const QuoteWords whole = quote_words(kWhole);
  const QuoteWords changed = quote_words(
      "We will not let the harbour shut while there is a single boat that needs it, and we "
      "will fight this decision in every court in the land");
  EXPECT_TRUE(same_quote(whole.shingles, changed.shingles));
}

TEST(QuoteWords, ShortQuotesAreNotShareable) {
  EXPECT_FALSE(quote_words("a total disgrace").shareable());
  EXPECT_FALSE(quote_words("he knows how to do it").shareable());
  EXPECT_FALSE(quote_words("").shareable());
  EXPECT_TRUE(quote_words("this is a total disgrace for everyone here").shareable());
}

TEST(QuoteWords, OnlyTheFirstWordsOfALongQuoteCount) {
  std::string speech, longer;
  for (std::size_t i = 0; i < 3 * kMaxQuoteKeyWords; ++i) speech += "w" + std::to_string(i) + " ";
  longer = speech + "and then some more";
  const QuoteWords a = quote_words(speech), b = quote_words(longer);
  EXPECT_EQ(a.words, kMaxQuoteKeyWords);
  EXPECT_EQ(a.shingles.size(), kMaxQuoteKeyWords - kQuoteShingleWords + 1);
  EXPECT_EQ(a.exact, b.exact);
}

TEST(QuoteWords, SpeakersAgreeByTheLastWordOfTheirNames) {
  EXPECT_EQ(speaker_key("Donald J. Trump"), speaker_key("Trump"));
  EXPECT_EQ(speaker_key("trump"), speaker_key("TRUMP"));
  EXPECT_NE(speaker_key("Donald Trump"), speaker_key("Hillary Clinton"));
  EXPECT_EQ(speaker_key(""), 0u);
  EXPECT_NE(speaker_key("Clinton"), 0u);
  // Medium quotes need speakers that agree, or one unknown; long ones not.
  const auto trump = speaker_key("Trump"), clinton = speaker_key("Clinton");
  EXPECT_FALSE(same_speaker(trump, clinton, kAnySpeakerShingles - 1));
  EXPECT_TRUE(same_speaker(trump, 0, kAnySpeakerShingles - 1));
  EXPECT_TRUE(same_speaker(trump, trump, 1));
  EXPECT_TRUE(same_speaker(trump, clinton, kAnySpeakerShingles));
}

TEST(RecentQuotes, FindsTheFounderOfTheSameQuote) {
  RecentQuotes recent(10);
  const QuoteWords whole = quote_words(kWhole);
  recent.add(whole, 0, 42);
  EXPECT_EQ(recent.find(quote_words("we will fight this decision in every court in the land"), 0),
            std::optional<std::uint64_t>(42));
  EXPECT_FALSE(recent.find(quote_words("nobody at the harbour believes the boats will run"), 0)
                   .has_value());
}

TEST(RecentQuotes, AMediumQuoteJoinsOnlyAFounderOfTheSameSpeaker) {
  RecentQuotes recent(10);
  const QuoteWords medium = quote_words("we are going to win and win and win again");
  recent.add(medium, speaker_key("Donald Trump"), 7);
  EXPECT_FALSE(recent.find(medium, speaker_key("Tim Allen")).has_value());
  EXPECT_EQ(recent.find(medium, speaker_key("Trump")), std::optional<std::uint64_t>(7));
  EXPECT_EQ(recent.find(medium, 0), std::optional<std::uint64_t>(7));
  // A long quote is one whoever the carriers say spoke.
  recent.add(quote_words(kWhole), speaker_key("Mara Quill"), 8);
  EXPECT_EQ(recent.find(quote_words(kWhole), speaker_key("Tom Reid")),
            std::optional<std::uint64_t>(8));
}

TEST(RecentQuotes, EvictsTheOldestFounders) {
  RecentQuotes recent(2);
  recent.add(quote_words(kWhole), 0, 1);
  recent.add(quote_words("the second quote is about something else entirely, a bridge"), 0, 2);
  EXPECT_FALSE(recent.evicted_any());
  recent.add(quote_words("and a third one speaks of the weather over the hills today"), 0, 3);
  EXPECT_TRUE(recent.evicted_any());
  EXPECT_EQ(recent.size(), 2u);
  EXPECT_FALSE(recent.find(quote_words(kWhole), 0).has_value());
  EXPECT_EQ(recent.find(quote_words("and a third one speaks of the weather over the hills today"), 0),
            std::optional<std::uint64_t>(3));
}

}  // namespace
}  // namespace newsarchive::indexer
