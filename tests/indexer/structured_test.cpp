#include "extract/structured.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(StructuredTest, CopiesAndCleansFields) {
  RawArticle raw;
  raw.headline = "  A headline \n";
  raw.byline = {" Jane Doe ", ""};
  raw.section = " World ";
  raw.body = {"  First.  ", "", "Advertisement", "Second.", "Source: Reuters"};
  raw.captions = {{"A caption [Jane Roe/AFP]", " alt ", ""}};
  Article a;
  const auto date = copy_structured(raw, a);
  EXPECT_FALSE(date);
  EXPECT_EQ(a.headline, "A headline");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"Jane Doe"}));
  EXPECT_EQ(a.section, "World");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.body, (std::vector<std::string>{"First.", "Second."}));
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].text, "A caption");
  EXPECT_EQ(a.captions[0].alt_text, "alt");
  EXPECT_EQ(a.captions[0].credit, "Jane Roe/AFP");
}

TEST(StructuredTest, StatedSourceWinsAndDatelineIsTakenOut) {
  RawArticle raw;
  raw.source = "Agency";
  raw.body = {"PARIS, 3 mars 2025 (AFP) - Le texte.", "Source: Other"};
  Article a;
  const auto date = copy_structured(raw, a);
  ASSERT_TRUE(date);
  EXPECT_EQ(date->iso(), "2025-03-03");
  EXPECT_EQ(a.dateline, "PARIS");
  EXPECT_EQ(a.source, "Agency");
  EXPECT_EQ(a.body, (std::vector<std::string>{"Le texte."}));
}

TEST(StructuredTest, AStandfirstRepeatedAboveTheTextIsDroppedAndTheDatelineFound) {
  RawArticle raw;
  raw.headline = "Strike ends";
  raw.standfirst = "Cranes will be automated more slowly.";
  raw.body = {"Cranes will be automated more slowly.",
              "CALVERA, March 14, 2025 — Dockworkers voted to end the strike.",
              "Cranes will be automated more slowly."};
  Article a;
  const auto date = copy_structured(raw, a);
  ASSERT_TRUE(date);
  EXPECT_EQ(a.dateline, "CALVERA");
  // Only the copy above the text goes; the same words later are text.
  EXPECT_EQ(a.body, (std::vector<std::string>{"Dockworkers voted to end the strike.",
                                              "Cranes will be automated more slowly."}));
}

TEST(StructuredTest, AStatedDatelineRepeatedInTheTextIsTakenOut) {
  RawArticle raw;
  raw.dateline = "NEW YORK";
  raw.body = {"NEW YORK (AP) — The gas produced by farms rose.", "More."};
  Article a;
  copy_structured(raw, a);
  EXPECT_EQ(a.dateline, "NEW YORK");
  EXPECT_EQ(a.body.front(), "The gas produced by farms rose.");
  // Another place opening the text is the text's own.
  RawArticle other;
  other.dateline = "Frankfurt";
  other.body = {"BERLIN (dpa) - Die Regierung plant.", "Mehr."};
  Article b;
  copy_structured(other, b);
  EXPECT_EQ(b.body.front(), "BERLIN (dpa) - Die Regierung plant.");
}

TEST(StructuredTest, CreditLabelsAreTakenOff) {
  RawArticle raw;
  raw.body = {"Text."};
  raw.captions = {{"A tram.", "", "Photograph: Owen Hartley/Courier"},
                  {"A bridge. Photo: Ana Ruiz", "", ""}};
  Article a;
  copy_structured(raw, a);
  ASSERT_EQ(a.captions.size(), 2u);
  EXPECT_EQ(a.captions[0].credit, "Owen Hartley/Courier");
}

}  // namespace
}  // namespace newsarchive::indexer
