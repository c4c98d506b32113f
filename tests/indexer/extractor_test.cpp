#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace newsarchive::indexer {
namespace {

bool has_warning(const Article& a, std::string_view text) {
  return std::any_of(a.warnings.begin(), a.warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

RawArticle plain(std::string text) {
  RawArticle raw;
  raw.id = "x.txt";
  raw.url = "https://example.org/x";
  raw.format = "text";
  raw.text = std::move(text);
  raw.warnings = {"not valid UTF-8 at byte 3; read as Windows-1252"};
  return raw;
}

TEST(ExtractorTest, CopiesIdentityAndReaderWarnings) {
  const Article a = extract(plain("Headline\n\nBody text here.\n"));
  EXPECT_EQ(a.id, "x.txt");
  EXPECT_EQ(a.url, "https://example.org/x");
  EXPECT_EQ(a.format, "text");
  EXPECT_TRUE(has_warning(a, "Windows-1252"));
  EXPECT_FALSE(a.language.empty());
  EXPECT_TRUE(a.quotes.empty());
  EXPECT_TRUE(a.entities.empty());
}

TEST(ExtractorTest, PublicationLineDateIsNotInferred) {
  const Article a = extract(plain(
      "Headline\n\nPublished: 3 March 2025\n\nTalks on 1 February 2025 failed.\n"));
  EXPECT_EQ(a.date, "2025-03-03");
  EXPECT_FALSE(a.date_inferred);
  EXPECT_FALSE(has_warning(a, "date inferred"));
  EXPECT_EQ(a.body, (std::vector<std::string>{"Talks on 1 February 2025 failed."}));
}

TEST(ExtractorTest, DatelineGivesPlaceDateAndSource) {
  const Article a = extract(plain(
      "Headline\n\nBERLIN, 3 March 2025 (Reuters) - Germany's economy shrank.\n\nMore.\n"));
  EXPECT_EQ(a.date, "2025-03-03");
  EXPECT_FALSE(a.date_inferred);
  EXPECT_EQ(a.dateline, "BERLIN");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.body.front(), "Germany's economy shrank.");
}

TEST(ExtractorTest, DatelineWithoutDateThenInference) {
  const Article a = extract(plain(
      "Headline\n\nBERLIN (NWS) \xE2\x80\x94 Talks that began on 2 March 2025 ended.\n\n"
      "They began on Sunday.\n"));
  EXPECT_EQ(a.dateline, "BERLIN");
  EXPECT_EQ(a.date, "2025-03-02");
  EXPECT_TRUE(a.date_inferred);
  EXPECT_TRUE(has_warning(a, "date inferred from the text"));
}

TEST(ExtractorTest, NoDateAnywhere) {
  const Article a = extract(plain("Headline\n\nNothing dated here.\n"));
  EXPECT_EQ(a.date, "");
  EXPECT_FALSE(a.date_inferred);
  EXPECT_FALSE(has_warning(a, "date inferred"));
}

TEST(ExtractorTest, StructuredArticle) {
  RawArticle raw;
  raw.id = "https://example.org/a";
  raw.format = "jsonl";
  raw.headline = " Headline ";
  raw.date = "2024-04-19T08:00:00Z";
  raw.language = "en-GB";
  raw.body = {"Paragraph one.", "Read more"};
  const Article a = extract(raw);
  EXPECT_EQ(a.headline, "Headline");
  EXPECT_EQ(a.date, "2024-04-19");
  EXPECT_FALSE(a.date_inferred);
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.body, (std::vector<std::string>{"Paragraph one."}));
}

TEST(ExtractorTest, UnreadableMetadataDateIsAWarning) {
  RawArticle raw;
  raw.headline = "H";
  raw.body = {"Text."};
  raw.date = "sometime last week";
  const Article a = extract(raw);
  EXPECT_EQ(a.date, "");
  EXPECT_TRUE(has_warning(a, "date not understood"));
}

TEST(ExtractorTest, NothingToExtractIsNotAnError) {
  const Article a = extract(RawArticle{});
  EXPECT_EQ(a.headline, "");
  EXPECT_TRUE(has_warning(a, "no headline"));
  EXPECT_TRUE(has_warning(a, "no body"));
}

}  // namespace
}  // namespace newsarchive::indexer
