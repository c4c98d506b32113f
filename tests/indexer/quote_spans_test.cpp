// quote_spans: which marks open and close quotes, and which are apostrophes.
#include "extract/quote_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

std::vector<std::string> inside_marks(std::string_view p) {
  std::vector<std::string> out;
  for (const QuoteSpan& s : find_quote_spans(p)) out.emplace_back(p.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(QuoteSpans, EveryKindOfMark) {
  EXPECT_EQ(inside_marks("He said “we will win” today."), V{"we will win"});
  EXPECT_EQ(inside_marks("He said \"we will win\" today."), V{"we will win"});
  EXPECT_EQ(inside_marks("Ministers say ‘reconstitute and revitalise’ is the aim."),
            V{"reconstitute and revitalise"});
  EXPECT_EQ(inside_marks("Il a dit «nous gagnerons» hier."), V{"nous gagnerons"});
  EXPECT_EQ(inside_marks("Er sagte „wir gewinnen“ gestern."), V{"wir gewinnen"});
  EXPECT_EQ(inside_marks("彼は「勝つ」と言った。『本』も。"), (V{"勝つ", "本"}));
  EXPECT_EQ(inside_marks("''We will win,'' said Mr. Smith."), V{"We will win,"});
}

TEST(QuoteSpans, SingleMarksNestInsideDoubleOnes) {
  EXPECT_EQ(inside_marks("“He told me ‘never again’ twice,” she said."),
            V{"He told me ‘never again’ twice,"});
  EXPECT_EQ(inside_marks("\"They call it 'the deal,' and it isn't,\" he said."),
            V{"They call it 'the deal,' and it isn't,"});
}

TEST(QuoteSpans, DoubleMarksOfTheOtherStyleNestAsAQuoteWithinAQuote) {
  EXPECT_EQ(inside_marks("\"It sounds “too loud” or “too much,” they say,\" she said."),
            V{"It sounds “too loud” or “too much,” they say,"});
  EXPECT_EQ(inside_marks("“He called it \"a mess\" twice,” she said."),
            V{"He called it \"a mess\" twice,"});
  // A stray straight mark before curly quotes leaves the curly ones.
  EXPECT_EQ(inside_marks("A 5\" screen, the “best yet” and a “bargain”."),
            (V{"best yet", "bargain"}));
}

TEST(QuoteSpans, ApostrophesAreNotQuoteMarks) {
  EXPECT_TRUE(inside_marks("Russia’s war and the students’ union don’t end in the ’90s.").empty());
  EXPECT_TRUE(inside_marks("It's Russia's war; the students' union won't say.").empty());
  EXPECT_EQ(inside_marks("In the ‘90s, he said “Russia’s war isn’t over”."),
            V{"Russia’s war isn’t over"});
}

TEST(QuoteSpans, StrayMarksDoNotSwallowTheParagraph) {
  const std::string p = "They announced a “no limits partnership” and a “new era” or cooperation”.";
  EXPECT_EQ(inside_marks(p), (V{"no limits partnership", "new era"}));
  const auto spans = find_quote_spans(p);
  EXPECT_TRUE(spans[1].closed);
}

TEST(QuoteSpans, AnOpenQuoteRunsToTheParagraphEndOnly) {
  const std::string p = "“We will fight on the beaches, ";
  const auto spans = find_quote_spans(p);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_FALSE(spans[0].closed);
  EXPECT_EQ(p.substr(spans[0].begin, spans[0].end - spans[0].begin), "We will fight on the beaches,");
  EXPECT_TRUE(opens_with_quote(p));
  EXPECT_FALSE(opens_with_quote("He said “x”."));
}

TEST(QuoteSpans, MixedCurlyAndStraightMarksPair) {
  EXPECT_EQ(inside_marks("“As a builder, he put people out of business\" Sweeney said."),
            V{"As a builder, he put people out of business"});
}

// Issue 16, finding 4: a double mark looking for its family's open quote
// under a quarter of a million open single quotes. Walking the open quotes
// for each mark takes minutes here; the scan must stay linear.
TEST(QuoteSpans, LinearUnderManyOpenSingleQuotes) {
  const int n = 250000;
  std::string p;
  for (int i = 0; i < n; ++i) p += "\u2018a ";
  for (int i = 0; i < n; ++i) p += "\"b\" ";
  for (int i = 0; i < n; ++i) p += "a\u2019 ";
  p.pop_back();
  const auto spans = find_quote_spans(p);
  ASSERT_EQ(spans.size(), 1u);  // the outermost ‘ closed by the last ’
  EXPECT_EQ(spans[0].open, 0u);
  EXPECT_EQ(spans[0].close, p.size());
  EXPECT_TRUE(spans[0].single);
}

// A million straight marks, 500,000 empty quotes: linear, and each found.
TEST(QuoteSpans, AMillionMarks) {
  const std::string p(1000000, '"');
  EXPECT_EQ(find_quote_spans(p).size(), 500000u);
}

}  // namespace
}  // namespace newsarchive::indexer
