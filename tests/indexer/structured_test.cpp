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

}  // namespace
}  // namespace newsarchive::indexer
