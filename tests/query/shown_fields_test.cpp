#include "shown_fields.h"

#include <gtest/gtest.h>

#include <string>

#include "newsarchive/article_json.h"

namespace newsarchive::query {
namespace {

// What a hit shows of an article, as one comparable value.
std::vector<std::string> shown(const Article& a) {
  std::vector<std::string> out = {a.id, a.url, a.language, a.headline, a.standfirst, a.date,
                                  a.date_inferred ? "inferred" : "given", a.section, a.source};
  out.push_back("byline");
  out.insert(out.end(), a.byline.begin(), a.byline.end());
  out.push_back("body");
  out.insert(out.end(), a.body.begin(), a.body.end());
  for (const Caption& c : a.captions) out.insert(out.end(), {"caption", c.text, c.credit});
  for (const Quote& q : a.quotes)
    out.insert(out.end(), {"quote", q.text, q.speaker, q.speaker_mention, q.cue, q.kind,
                           std::to_string(q.paragraph)});
  return out;
}

// Reads `json` both ways. Whenever the fast reader answers, from_json()
// must read the same JSON and give the same shown fields. Returns whether
// the fast reader answered.
bool read_alike(const std::string& json) {
  Article fast, full;
  const bool fast_read = read_shown_fields(json, fast);
  const bool full_read = from_json(json, full);
  if (fast_read) {
    EXPECT_TRUE(full_read) << json;
    EXPECT_EQ(shown(fast), shown(full)) << json;
  }
  return fast_read;
}

Article sample() {
  Article a;
  a.id = "world/capri.txt";
  a.url = "https://example.com/capri";
  a.format = "text";
  a.language = "en";
  a.headline = "Blinken urges \"pressure\" on China \\ G7";
  a.standfirst = "Ministers meet on Capri\tin April";
  a.byline = {"Ana Ruiz", "Tom O\u2019Neil"};
  a.date = "2024-04-19";
  a.date_inferred = true;
  a.dateline = "CAPRI, Italy";
  a.section = "World";
  a.source = "Daily Ledger";
  a.subjects = {"diplomacy"};
  a.body = {"First paragraph \u2014 with a dash.", "Control \x01 and \x1f bytes; emoji \U0001F600.",
            "Caf\u00e9 \u4e2d\u6587 \u0928\u092e\u0938\u094d\u0924\u0947"};
  a.captions = {{"Ministers on the terrace", "Ministers", "Gregorio Borgia/Pool via Reuters"},
                {"The harbour", "", ""}};
  a.quotes = {{"We will act", "Antony Blinken", "he", "said", 1, "full", ""},
              {"no", "", "", "", -1, "partial", ""}};
  a.entities = {{"Antony Blinken", "person", {{"Blinken", "body", 1}}},
                {"Capri", "place", {}}};
  a.warnings = {"date inferred"};
  a.cluster = "0123456789abcdef";
  return a;
}

TEST(ShownFields, ReadsWhatToJsonWrites) {
  const Article a = sample();
  EXPECT_TRUE(read_alike(to_json(a, JsonDetail::stored)));
  EXPECT_TRUE(read_alike(to_json(a, JsonDetail::full)));
  EXPECT_TRUE(read_alike(to_json(Article{}, JsonDetail::stored)));
  Article fast;
  ASSERT_TRUE(read_shown_fields(to_json(a, JsonDetail::stored), fast));
  EXPECT_EQ(fast.headline, a.headline);
  EXPECT_EQ(fast.body, a.body);
  EXPECT_EQ(fast.quotes.front().paragraph, 1);
  EXPECT_EQ(fast.captions.front().credit, a.captions.front().credit);
  // Not shown, so not read.
  EXPECT_TRUE(fast.entities.empty());
  EXPECT_TRUE(fast.captions.front().alt_text.empty());
}

TEST(ShownFields, ReadsOtherValidJsonAlike) {
  for (const std::string json : {
           R"( { "headline" : "a" , "body" : [ "x" , "y" ] } )",
           R"({"id":"a\u00e9\ud83d\ude00\/\b\f\n\r\t","x":[1,-2,0,{"y":[true,false,null]}]})",
           R"({"quotes":[{"paragraph":-0},{"paragraph":123456789,"text":"\u0000"}]})",
           R"({"quotes":[{}],"captions":[{}],"byline":[],"date_inferred":false})",
           R"({"headline":"first","unknown":{"headline":"nested, not the article's"}})",
           R"({"x":"\"}","headline":"after an escaped quote"})",
           R"({"x":123456789012345678901234567890})",
       })
    EXPECT_TRUE(read_alike(json)) << json;
}

TEST(ShownFields, LeavesAnythingUnusualToFromJson) {
  for (const std::string json : {
           "",
           "[]",
           "\"headline\"",
           R"({"headline":"a"} x)",
           R"({"headline":"a",})",
           R"({"headline":"a" "body":[]})",
           R"({"headline":"a","headline":"b"})",  // a key twice: the last counts
           R"({"quotes":[{"text":"a","text":"b"}]})",
           R"({"headline":5})",                   // from_json: ""
           R"({"body":"one paragraph"})",         // from_json: no paragraphs
           R"({"body":["a",5]})",                 // from_json: "a" only
           R"({"quotes":[5]})",
           R"({"quotes":[{"paragraph":1.5}]})",   // from_json: -1
           R"({"quotes":[{"paragraph":1234567890}]})",
           R"({"x":1e5})",
           R"({"x":01})",
           R"({"x":-})",
           R"({"date_inferred":1})",
           R"({"id":"\ud83d"})",                  // a lone surrogate
           R"({"id":"\ude00"})",
           R"({"id":"\x"})",
           R"({"id":"\u12g4"})",
           "{\"id\":\"a\nb\"}",                   // a raw control character
           "{\"id\":\"\xff\"}",                   // not UTF-8
           "\xEF\xBB\xBF{}",                      // a byte order mark
           R"({"x":[[[[[[[[[[]]]]]]]]]]})",       // deeper than to_json() writes
           R"({"x":tru})",
           R"({"headline":"cut)",
       })
    EXPECT_FALSE(read_alike(json)) << json;
}

}  // namespace
}  // namespace newsarchive::query
