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

// A quote carried by three articles, which disagree on its speaker.
SearchResponse carried_sample(bool listed) {
  SearchResponse r = quote_sample();
  QuoteProvenance& p = r.hits[0].provenance;
  p.key = "00112233445566ff";
  p.first = {"a.txt#q2", "a.txt", "2024-04-17", "Harbour Post", "First", "", "Annalena Baerbock",
             "If China openly pursues it"};
  p.last = {"c.txt#q1", "c.txt", "2024-04-21", "Daily Ledger", "Third", "", "Olaf Scholz",
            "If China openly pursues it"};
  p.documents = p.articles = 3;
  p.sources = 3;
  p.speakers = {{"Annalena Baerbock", 2}, {"Olaf Scholz", 1}};
  if (listed) p.carriers = {p.first, {"g7.txt#q1", "g7.txt", "2024-04-19", "", "", "", "", ""}, p.last};
  return r;
}

TEST(RenderText, AQuoteCarriedByManyTellsItsProvenance) {
  const std::string out = render_text(carried_sample(false), TextStyle{});
  EXPECT_NE(out.find("   first: 2024-04-17 Harbour Post (a.txt)\n"), std::string::npos) << out;
  EXPECT_NE(out.find("   carried by 3 articles from 3 sources, last 2024-04-21 Daily Ledger (c.txt)\n"),
            std::string::npos) << out;
  EXPECT_NE(out.find("   speakers disagree: Annalena Baerbock (2), Olaf Scholz (1)\n"),
            std::string::npos) << out;
  EXPECT_NE(out.find("   quotekey:00112233445566ff\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("carriers, oldest first"), std::string::npos) << out;
  const std::string listed = render_text(carried_sample(true), TextStyle{});
  EXPECT_NE(listed.find("   carriers, oldest first:\n"
                        "     2024-04-17 Harbour Post (a.txt) \xE2\x80\x94 Annalena Baerbock\n"
                        "     2024-04-19 (g7.txt) \xE2\x80\x94 (speaker unknown)\n"),
            std::string::npos) << listed;
  // A quote of one article says nothing of carriers.
  const std::string alone = render_text(quote_sample(), TextStyle{});
  EXPECT_EQ(alone.find("first:"), std::string::npos) << alone;
  EXPECT_EQ(alone.find("quotekey:"), std::string::npos) << alone;
}

TEST(RenderJson, QuoteProvenance) {
  auto j = nlohmann::json::parse(render_json(carried_sample(true)));
  const auto& p = j["hits"][0]["provenance"];
  EXPECT_EQ(p["key"], "00112233445566ff");
  EXPECT_EQ(p["first"]["article"], "a.txt");
  EXPECT_EQ(p["first"]["text"], "If China openly pursues it");
  EXPECT_EQ(p["last"]["speaker"], "Olaf Scholz");
  EXPECT_EQ(p["articles"], 3);
  EXPECT_EQ(p["speakers"][1]["value"], "Olaf Scholz");
  EXPECT_EQ(p["speakers_disagree"], true);
  ASSERT_EQ(p["carriers"].size(), 3u);
  EXPECT_TRUE(p["carriers"][1]["date"] == "2024-04-19");
  EXPECT_FALSE(nlohmann::json::parse(render_json(carried_sample(false)))["hits"][0]["provenance"]
                   .contains("carriers"));
  EXPECT_FALSE(nlohmann::json::parse(render_json(sample()))["hits"][0].contains("provenance"));
}

SearchResponse timeline_sample() {
  SearchResponse r = sample();
  r.timeline.interval = Interval::month;
  r.timeline.by = "speaker";
  r.timeline.undated = 2;
  r.timeline.periods = {{"2024-03", "2024-03-01", "2024-03-31", 8, {{"Ann Reid", 5}, {"Bo Lund", 2}}},
                        {"2024-04", "2024-04-01", "2024-04-30", 0, {}},
                        {"2024-05", "2024-05-01", "2024-05-31", 1, {{"Ann Reid", 1}}}};
  return r;
}

TEST(RenderText, TimelinesAreNumbersOrBars) {
  const std::string plain = render_text(timeline_sample(), TextStyle{});
  EXPECT_NE(plain.find("\ntimeline by month, top speaker\n"
                       "  2024-03  8  Ann Reid 5, Bo Lund 2\n"
                       "  2024-04  0\n"
                       "  2024-05  1  Ann Reid 1\n"
                       "  undated  2\n"),
            std::string::npos) << plain;
  TextStyle terminal;
  terminal.bars = true;
  const std::string bars = render_text(timeline_sample(), terminal);
  // 8 of 8 fills 40 cells; 1 of 8, five; none, nothing.
  std::string full;
  for (int i = 0; i < 40; ++i) full += "\xE2\x96\x88";
  EXPECT_NE(bars.find("  2024-03  8 " + full + "  Ann Reid 5"), std::string::npos) << bars;
  EXPECT_NE(bars.find("  2024-04  0\n"), std::string::npos) << bars;
  EXPECT_NE(bars.find("  2024-05  1 \xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88  Ann"),
            std::string::npos) << bars;
}

TEST(RenderJson, Timelines) {
  auto j = nlohmann::json::parse(render_json(timeline_sample()));
  const auto& t = j["timeline"];
  EXPECT_EQ(t["interval"], "month");
  EXPECT_EQ(t["by"], "speaker");
  EXPECT_EQ(t["undated"], 2);
  ASSERT_EQ(t["periods"].size(), 3u);
  EXPECT_EQ(t["periods"][0]["first"], "2024-03-01");
  EXPECT_EQ(t["periods"][0]["top"][0]["value"], "Ann Reid");
  EXPECT_EQ(t["periods"][1]["count"], 0);
  EXPECT_FALSE(nlohmann::json::parse(render_json(sample())).contains("timeline"));
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
