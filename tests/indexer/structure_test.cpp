#include "extract/structure.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

TEST(StructureTest, HeadlineAndParagraphsWithJoinedLines) {
  const Structure s = parse_structure(
      "Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu\nafter he failed a drugs test.\n\n"
      "The 25-year-old tested positive.\n");
  EXPECT_EQ(s.headline, "Chelsea sack Mutu");
  EXPECT_EQ(s.standfirst, "");
  ASSERT_EQ(s.body.size(), 2u);
  EXPECT_EQ(s.body[0], "Chelsea have sacked Adrian Mutu after he failed a drugs test.");
  EXPECT_EQ(s.body[1], "The 25-year-old tested positive.");
}

TEST(StructureTest, StandfirstBeforeAPhoto) {
  const Structure s = parse_structure(
      "G7 slams firms\n\nMinisters say the transfer is enabling Russia.\n\n"
      "Alt text,\nCaption text [Photographer/Agency]\n\nFirst paragraph.\n\nSecond paragraph.\n");
  EXPECT_EQ(s.standfirst, "Ministers say the transfer is enabling Russia.");
  ASSERT_EQ(s.captions.size(), 1u);
  EXPECT_EQ(s.captions[0].alt_text, "Alt text,");
  EXPECT_EQ(s.captions[0].text, "Caption text");
  EXPECT_EQ(s.captions[0].credit, "Photographer/Agency");
  EXPECT_EQ(s.body, (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

TEST(StructureTest, StandfirstBeforeBylineAndPublicationLine) {
  const Structure s = parse_structure(
      "Rates held\n\nThe central bank kept rates unchanged for a fifth month.\n\n"
      "By Jane Doe\nPublished: 3 March 2025\n\nLONDON (NWS) \xE2\x80\x94 The Bank of England held.\n\n"
      "More text.\n");
  EXPECT_EQ(s.standfirst, "The central bank kept rates unchanged for a fifth month.");
  EXPECT_EQ(s.byline, (std::vector<std::string>{"Jane Doe"}));
  ASSERT_TRUE(s.published);
  EXPECT_EQ(s.published->iso(), "2025-03-03");
  ASSERT_TRUE(s.dateline);
  EXPECT_EQ(s.dateline->place, "LONDON");
  EXPECT_EQ(s.body, (std::vector<std::string>{"The Bank of England held.", "More text."}));
}

TEST(StructureTest, NoStandfirstWhenTheLedeRunsStraightIntoTheBody) {
  // The BBC shape: a short lede, then paragraphs.
  const Structure s = parse_structure(
      "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner "
      "jumped 76% to $1.13bn.\n\nThe firm benefited from sales of high-speed internet "
      "connections and higher advert sales.\n");
  EXPECT_EQ(s.standfirst, "");
  EXPECT_EQ(s.body.size(), 2u);
}

TEST(StructureTest, StandfirstBeforeADatelineParagraph) {
  const Structure s = parse_structure(
      "Port at standstill\n\nThousands of containers are stranded after the union walked out.\n\n"
      "CALVERA, March 3, 2025 \xE2\x80\x94 Work at the port came to a halt.\n\nMore.\n");
  EXPECT_EQ(s.standfirst, "Thousands of containers are stranded after the union walked out.");
  ASSERT_TRUE(s.dateline);
  EXPECT_EQ(s.dateline->place, "CALVERA");
  EXPECT_EQ(s.body.front(), "Work at the port came to a halt.");
}

TEST(StructureTest, StandfirstAfterAPublicationLineNamesNoDay) {
  // The summary says what, the lede says when.
  const Structure with = parse_structure(
      "Cuts\n\nPublished: 4 February 2025\n\nThe minister defended plans to cut hospital "
      "budgets.\n\nThe minister on Tuesday defended a plan to cut budgets. More.\n\nMore.\n");
  EXPECT_EQ(with.standfirst, "The minister defended plans to cut hospital budgets.");
  // A lede that names its day is the body.
  const Structure without = parse_structure(
      "Cuts\n\nPublished: 14 January 2025\n\nThe chain said on Tuesday it would cut prices "
      "on 1,500 products.\n\nThe announcement came as sales rose. More.\n");
  EXPECT_EQ(without.standfirst, "");
  EXPECT_EQ(without.body.size(), 2u);
}

TEST(StructureTest, QuoteOrDatelineOrLongBlockIsNotAStandfirst) {
  EXPECT_FALSE(looks_like_standfirst("\xE2\x80\x9CWe will not accept this,\xE2\x80\x9D she said."));
  EXPECT_FALSE(looks_like_standfirst("They called it \xE2\x80\x9C" "an illegal war\xE2\x80\x9D."));
  EXPECT_FALSE(looks_like_standfirst("BERLIN (NWS) \xE2\x80\x94 Talks resumed on Monday."));
  EXPECT_FALSE(looks_like_standfirst("One. Two sentences here. And a third one."));
  EXPECT_FALSE(looks_like_standfirst("Too short."));
  EXPECT_TRUE(looks_like_standfirst("Mr. Smith says the plan will cost jobs in the region."));
}

TEST(StructureTest, SourceAndBoilerplateLeaveTheBody) {
  const Structure s = parse_structure(
      "Headline\n\nAdvertisement\n\nFirst paragraph.\nRead more\n\nSecond paragraph.\n\n"
      "Share this article\n\nSource : Al Jazeera\n\nAdvertisement");
  EXPECT_EQ(s.source, "Al Jazeera");
  EXPECT_EQ(s.body, (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

TEST(StructureTest, BoilerplateBeforeTheHeadlineIsSkipped) {
  const Structure s = parse_structure("Advertisement\n\n2025-03-03\nThe headline\n\nBody.\n");
  EXPECT_EQ(s.headline, "The headline");
  ASSERT_TRUE(s.published);
  EXPECT_EQ(s.published->iso(), "2025-03-03");
  EXPECT_EQ(s.body, (std::vector<std::string>{"Body."}));
}

TEST(StructureTest, CaptionInTheMiddleOfTheBody) {
  const Structure s = parse_structure(
      "H\n\nOne.\n\nSmoke rises over the city [AFP]\n\nTwo.\n");
  ASSERT_EQ(s.captions.size(), 1u);
  EXPECT_EQ(s.captions[0].credit, "AFP");
  EXPECT_EQ(s.body, (std::vector<std::string>{"One.", "Two."}));
}

TEST(StructureTest, EmptyText) {
  const Structure s = parse_structure("");
  EXPECT_EQ(s.headline, "");
  EXPECT_TRUE(s.body.empty());
}

}  // namespace
}  // namespace newsarchive::indexer
