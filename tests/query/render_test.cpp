#include "newsarchive/render.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace newsarchive {
namespace {

SearchResponse sample() {
  SearchResponse r;
  r.query = "sales";
  r.understood = "sales";
  r.estimated_total = 1;
  Hit h;
  h.rank = 1;
  h.id = "bbc/001.txt";
  h.headline = "Ad sales boost profit";
  h.date = "2005-01-10";
  h.source = "BBC";
  h.snippets.push_back({"headline", h.headline, {{3, 8}}});
  h.snippets.push_back({"body", "Advert sales rose.", {{7, 12}}});
  r.hits.push_back(h);
  return r;
}

TEST(RenderText, PlainMarkersWithoutAnsi) {
  TextStyle style;
  const std::string out = render_text(sample(), style);
  EXPECT_NE(out.find("1. Ad **sales** boost profit"), std::string::npos) << out;
  EXPECT_NE(out.find("Advert **sales** rose."), std::string::npos) << out;
  EXPECT_NE(out.find("2005-01-10 | BBC | bbc/001.txt"), std::string::npos) << out;
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
}

TEST(RenderText, BoldOnATerminal) {
  TextStyle style;
  style.ansi = true;
  const std::string out = render_text(sample(), style);
  EXPECT_NE(out.find("\x1b[1msales\x1b[22m"), std::string::npos);
  EXPECT_EQ(out.find("**"), std::string::npos);
}

TEST(RenderText, FoldedCopiesAreCounted) {
  SearchResponse r = sample();
  r.hits[0].copies = 1;
  EXPECT_NE(render_text(r, TextStyle{}).find("2005-01-10 | BBC | bbc/001.txt | +1 more copy\n"),
            std::string::npos);
  r.hits[0].copies = 3;
  EXPECT_NE(render_text(r, TextStyle{}).find("| +3 more copies\n"), std::string::npos);
}

TEST(RenderJson, HasTheInterfaceFields) {
  SearchResponse r = sample();
  r.hits[0].cluster = "00000000000000aa";
  r.hits[0].copies = 2;
  auto j = nlohmann::json::parse(render_json(r));
  EXPECT_EQ(j["query"], "sales");
  EXPECT_EQ(j["estimated_total"], 1);
  const auto& hit = j["hits"][0];
  for (const char* key : {"id", "rank", "score", "headline", "date", "source", "url", "snippets",
                          "quotes", "cluster", "copies"})
    EXPECT_TRUE(hit.contains(key)) << key;
  EXPECT_EQ(hit["cluster"], "00000000000000aa");
  EXPECT_EQ(hit["copies"], 2);
  EXPECT_TRUE(nlohmann::json::parse(render_json(sample()))["hits"][0]["cluster"].is_null());
  EXPECT_EQ(hit["snippets"]["body"]["highlights"][0][0], 7);
  EXPECT_TRUE(j.contains("facets"));
  EXPECT_TRUE(j.contains("corrected_query"));
}

TEST(RenderJson, Errors) {
  SearchResponse r;
  r.query = "(a";
  r.status = Status(StatusCode::bad_query, "'(' at position 0 is not closed", 0, "(");
  auto j = nlohmann::json::parse(render_json(r));
  EXPECT_EQ(j["error"]["code"], "bad_query");
  EXPECT_EQ(j["error"]["position"], 0);
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

SearchResponse quote_sample() {
  SearchResponse r;
  r.query = "speaker:baerbock china";
  r.mode = Mode::quotes;
  r.understood = "AND(speaker:baerbock, china)";
  r.estimated_total = 1;
  Hit h;
  h.rank = 1;
  h.id = "g7.txt";
  h.headline = "G7 countries slam Chinese firms";
  h.date = "2024-04-19";
  h.date_inferred = true;
  h.quotes.push_back({"g7.txt#q1", "If China openly pursues it", "Annalena Baerbock", "she",
                      "said", "full", 6, {{3, 8}}, "person"});
  r.hits.push_back(h);
  return r;
}

TEST(RenderText, QuoteHits) {
  const std::string out = render_text(quote_sample(), TextStyle{});
  EXPECT_NE(out.find("1 quote (1-1)"), std::string::npos) << out;
  EXPECT_NE(out.find("1. \xE2\x80\x9CIf **China** openly pursues it\xE2\x80\x9D"),
            std::string::npos) << out;
  EXPECT_NE(out.find("Annalena Baerbock (as \xE2\x80\x9Cshe\xE2\x80\x9D) | 2024-04-19 (inferred)"),
            std::string::npos) << out;
  EXPECT_NE(out.find("in: G7 countries slam Chinese firms"), std::string::npos) << out;
}

TEST(RenderJson, QuoteHits) {
  auto j = nlohmann::json::parse(render_json(quote_sample()));
  EXPECT_EQ(j["mode"], "quotes");
  const auto& q = j["hits"][0]["quotes"][0];
  EXPECT_EQ(q["speaker"], "Annalena Baerbock");
  EXPECT_EQ(q["speaker_mention"], "she");
  EXPECT_EQ(q["id"], "g7.txt#q1");
  EXPECT_EQ(q["highlights"][0][1], 8);
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

TEST(RenderText, LongQuotesUnderAnArticleAreCutAroundTheMatch) {
  SearchResponse r = sample();
  std::string text;
  for (int i = 0; i < 30; ++i) text += "word" + std::to_string(i) + " ";
  text += "target";
  for (int i = 30; i < 60; ++i) text += " word" + std::to_string(i);
  const std::size_t at = text.find("target");
  r.hits[0].quotes.push_back({"x#q1", text, "Someone", "", "said", "full", 1, {{at, at + 6}}, "person"});
  const std::string out = render_text(r, TextStyle{});
  const auto line = out.substr(out.find("\xE2\x80\x9C"));
  EXPECT_NE(line.find("**target**"), std::string::npos) << line;
  EXPECT_NE(line.find("\xE2\x80\x9C\xE2\x80\xA6 "), std::string::npos) << line;
  EXPECT_NE(line.find(" \xE2\x80\xA6\xE2\x80\x9D \xE2\x80\x94 Someone"), std::string::npos) << line;
  EXPECT_LT(line.size(), 200u);
}

}  // namespace
}  // namespace newsarchive
