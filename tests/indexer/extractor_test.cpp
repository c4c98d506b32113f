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

// Limits::max_paragraph_bytes and max_article_bytes, applied to every
// article whatever its format, with a warning for each kind of cut.
TEST(ExtractorTest, OverLongParagraphsAreSplitAndOverLongArticlesCut) {
  Limits limits;
  limits.max_paragraph_bytes = 100;
  limits.max_article_bytes = 1000;
  RawArticle raw;
  raw.format = "jsonl";
  raw.headline = "Harbour works";
  std::string long_paragraph;
  for (int i = 0; i < 30; ++i) long_paragraph += "word" + std::to_string(i) + " ";
  raw.body = {"Short opening paragraph.", long_paragraph};
  for (int i = 0; i < 20; ++i) raw.body.push_back(std::string(90, 'x'));
  const Article a = extract(raw, QuoteResources::defaults(), EntityResources::defaults(), limits);
  std::size_t total = a.headline.size();
  for (const std::string& p : a.body) {
    EXPECT_LE(p.size(), 100u) << p;
    total += p.size();
  }
  EXPECT_LE(total, 1000u);
  EXPECT_EQ(a.body[0], "Short opening paragraph.");
  EXPECT_EQ(a.body[1].rfind("word0 word1 ", 0), 0u);
  EXPECT_NE(a.body[1].back(), ' ');  // split at a space, trimmed
  const auto has = [&](const std::string& part) {
    return std::any_of(a.warnings.begin(), a.warnings.end(),
                       [&](const std::string& w) { return w.find(part) != std::string::npos; });
  };
  EXPECT_TRUE(has("1 body paragraph longer than the paragraph limit of 100 bytes split")) << a.warnings.size();
  EXPECT_TRUE(has("longer than the article limit of 1000 bytes: the body cut after paragraph"));
}

// Plain text: the 50 MB one-line file of the issue, made small; the text is
// cut before parsing (not at a paragraph break near its start), and the
// long line is held to the paragraph limit.
TEST(ExtractorTest, AnOverLongOneLineTextIsBounded) {
  Limits limits;
  limits.max_paragraph_bytes = 200;
  limits.max_article_bytes = 2000;
  std::string line;
  while (line.size() < 5000) line += "Smith said \"we will win the vote\" today. ";
  RawArticle raw;
  raw.format = "text";
  raw.text = "Election night\n\n" + line;  // the only paragraph break is at the start
  const Article a = extract(raw, QuoteResources::defaults(), EntityResources::defaults(), limits);
  EXPECT_LE(a.headline.size(), 200u);
  EXPECT_FALSE(a.body.empty());
  std::size_t total = a.headline.size();
  for (const std::string& p : a.body) total += p.size();
  EXPECT_LE(total, 2000u);
  EXPECT_GT(total, 1500u);
  EXPECT_FALSE(a.quotes.empty());
}

}  // namespace
}  // namespace newsarchive::indexer
