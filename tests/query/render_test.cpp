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

TEST(RenderJson, HasTheInterfaceFields) {
  auto j = nlohmann::json::parse(render_json(sample()));
  EXPECT_EQ(j["query"], "sales");
  EXPECT_EQ(j["estimated_total"], 1);
  const auto& hit = j["hits"][0];
  for (const char* key : {"id", "rank", "score", "headline", "date", "source", "url", "snippets",
                          "quotes"})
    EXPECT_TRUE(hit.contains(key)) << key;
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
