// Quotes and who said them: each attribution order, pronouns, roles, family
// names, groups, "according to", paragraphs, kinds and what is not a quote.
#include "extract/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

std::vector<Quote> quotes_of(std::vector<std::string> body) {
  Article a;
  a.headline = "A headline";
  a.body = std::move(body);
  return extract_quotes(a, QuoteResources::defaults());
}

Quote only(std::vector<std::string> body) {
  const std::vector<Quote> q = quotes_of(std::move(body));
  EXPECT_EQ(q.size(), 1u);
  return q.empty() ? Quote{} : q.front();
}

TEST(Quotes, QuoteThenSpeakerThenVerb) {
  const Quote q = only({"“We will not back down,” Jane Smith said on Monday."});
  EXPECT_EQ(q.text, "We will not back down");
  EXPECT_EQ(q.speaker, "Jane Smith");
  EXPECT_EQ(q.speaker_mention, "Jane Smith");
  EXPECT_EQ(q.cue, "said");
  EXPECT_EQ(q.paragraph, 0);
  EXPECT_EQ(q.kind, "full");
}

TEST(Quotes, QuoteThenVerbThenSpeaker) {
  const Quote q = only({"“It is over,” said Ed Rendell, a former governor."});
  EXPECT_EQ(q.speaker, "Ed Rendell");
}

TEST(Quotes, SpeakerThenVerbThenQuote) {
  const Quote q = only({"Baerbock called on China “to make use of its influence”."});
  EXPECT_EQ(q.speaker, "Baerbock");
  EXPECT_EQ(q.cue, "called on");
  EXPECT_EQ(q.kind, "partial");
}

TEST(Quotes, SpeakerColonQuote) {
  const Quote q = only({"Jane Smith: “We will not back down.”"});
  EXPECT_EQ(q.speaker, "Jane Smith");
  EXPECT_EQ(q.cue, ":");
}

TEST(Quotes, AccordingTo) {
  const Quote q = only({"The plan is “dead on arrival”, according to Senator Tom Jones."});
  EXPECT_EQ(q.speaker, "Tom Jones");
  EXPECT_EQ(q.cue, "according to");
}

TEST(Quotes, RolesAreSplitAndSurnamesResolved) {
  const std::vector<Quote> q = quotes_of({
      "German Foreign Minister Annalena Baerbock said “we cannot accept this”.",
      "“This is a turning point,” Baerbock said."});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Annalena Baerbock");
  EXPECT_EQ(q[1].speaker, "Annalena Baerbock");
  EXPECT_EQ(q[1].speaker_mention, "Baerbock");
}

TEST(Quotes, FamilyNameFirst) {
  const std::vector<Quote> q = quotes_of({
      "Chinese Foreign Minister Wang Yi spoke in Beijing.",
      "“A conflict when prolonged tends to escalate,” Wang said."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wang Yi");
}

TEST(Quotes, PronounsFromTheLastSpeaker) {
  const std::vector<Quote> q = quotes_of({
      "Foreign Minister Annalena Baerbock said her country would not accept it.",
      "“We cannot accept this,” she said after the meeting."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Annalena Baerbock");
  EXPECT_EQ(q[0].speaker_mention, "she");
}

TEST(Quotes, TheyGoesToAGroup) {
  const std::vector<Quote> q = quotes_of({
      "The G7 ministers said transfers were helping Russia.",
      "“This is enabling Russia to rebuild,” they said."});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "G7 ministers");
}

TEST(Quotes, GroupsAreKept) {
  const Quote q = only({"Senior US officials said China was helping Russia undertake “its most "
                        "ambitious defence expansion”."});
  EXPECT_EQ(q.speaker, "Senior US officials");
}

TEST(Quotes, TheNextOrPreviousSentenceAttributes) {
  const std::vector<Quote> q = quotes_of({
      "“We lost.” “It hurts,” Jane Smith said.",
      "“It is over,” Tom Jones said. “We go home now.”"});
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Jane Smith");
  EXPECT_EQ(q[1].speaker, "Jane Smith");
  EXPECT_EQ(q[3].speaker, "Tom Jones");
}

TEST(Quotes, AColonParagraphAttributesTheNextOne) {
  const std::vector<Quote> q = quotes_of({
      "Jane Smith, the mayor, said:",
      "“We will rebuild every house that the flood took from us.”"});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jane Smith");
  EXPECT_EQ(q[0].paragraph, 1);
}

TEST(Quotes, AQuoteOverParagraphsIsOne) {
  const std::vector<Quote> q = quotes_of({
      "“We will fight on the beaches,” Winston Churchill said. “We will fight on the landing grounds.",
      "“We shall never surrender.”"});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "We will fight on the landing grounds. We shall never surrender.");
  EXPECT_EQ(q[1].paragraph, 0);
  EXPECT_EQ(q[1].speaker, "Winston Churchill");
}

TEST(Quotes, ScareQuotesAndTitlesAreNotQuotes) {
  EXPECT_TRUE(quotes_of({"The so-called “peace plan” was shelved."}).empty());
  EXPECT_TRUE(quotes_of({"She appeared on “Meet the Press” on Sunday."}).empty());
  EXPECT_TRUE(quotes_of({"The “new era” began."}).empty());
}

TEST(Quotes, Kinds) {
  EXPECT_STREQ(quote_kind("We see China sharing machine tools.", false), "full");
  EXPECT_STREQ(quote_kind("This is enabling Russia to rebuild,", false), "full");
  EXPECT_STREQ(quote_kind("to advance its military production", false), "partial");
  EXPECT_STREQ(quote_kind("no limits partnership", false), "partial");
  EXPECT_STREQ(quote_kind("we cannot accept this", true), "full");
}

TEST(Quotes, StrayMarksLeaveTheRestAlone) {
  const std::vector<Quote> q = quotes_of({
      "Putin and Xi announced a “no limits partnership” and a “new era” or cooperation”.",
      "“A conflict tends to escalate,” Wang Yi said."});
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "A conflict tends to escalate");
  EXPECT_EQ(q.back().paragraph, 1);
}

}  // namespace
}  // namespace newsarchive::indexer
