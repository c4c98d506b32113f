#include "newsarchive/article_json.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(ArticleJson, RoundTrips) {
  Article a;
  a.id = "world/capri.txt";
  a.headline = "G7 countries slam Chinese firms’ support";
  a.byline = {"A. Writer"};
  a.date = "2024-04-19";
  a.date_inferred = true;
  a.body = {"One.", "Two."};
  a.captions.push_back({"Caption", "Alt", "Reuters"});
  a.quotes.push_back({"We see China", "Antony Blinken", "Blinken", "said", 2, "full", "person"});
  a.entities.push_back({"Antony Blinken", "person", {{"Blinken", "body", 2}}});
  a.warnings = {"date inferred from the text"};
  a.cluster = "0123456789abcdef";
  a.minhash = {1, 2, 3};

  Article b;
  ASSERT_TRUE(from_json(to_json(a), b));
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.headline, a.headline);
  EXPECT_EQ(b.byline, a.byline);
  EXPECT_TRUE(b.date_inferred);
  EXPECT_EQ(b.body, a.body);
  ASSERT_EQ(b.captions.size(), 1u);
  EXPECT_EQ(b.captions[0].credit, "Reuters");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].paragraph, 2);
  ASSERT_EQ(b.entities.size(), 1u);
  EXPECT_EQ(b.entities[0].mentions[0].field, "body");
  EXPECT_EQ(b.warnings, a.warnings);
  EXPECT_EQ(b.cluster, a.cluster);
  // The signature is for the index only, not the JSON.
  EXPECT_TRUE(b.minhash.empty());
}

TEST(ArticleJson, KeysInInterfaceOrder) {
  const std::string json = to_json(Article{});
  EXPECT_EQ(json.find("{\"id\":"), 0u);
  for (const char* key : {"url", "format", "language", "headline", "standfirst", "byline", "date",
                          "date_inferred", "dateline", "section", "source", "body", "captions",
                          "quotes", "entities", "warnings", "cluster"})
    EXPECT_NE(json.find(std::string("\"") + key + "\":"), std::string::npos) << key;
}

TEST(ArticleJson, RejectsNonObjects) {
  Article a;
  std::string error;
  EXPECT_FALSE(from_json("[1,2]", a, &error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(from_json("{broken", a));
}

TEST(ArticleJson, InvalidUtf8IsReplaced) {
  Article a;
  a.headline = "bad \xff byte";
  Article b;
  ASSERT_TRUE(from_json(to_json(a), b));
  EXPECT_EQ(b.headline, "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

TEST(ArticleJsonWriter, EscapesAsJsonRequiresAndRepairsBadUtf8) {
  Article a;
  a.headline = std::string("quote \" back \\ tab \t nl \n cr \r bell \x07 del \x7f ") +
               "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x93\xb0";
  a.body = {"bad \xc3 byte", "overlong \xc0\xaf", "surrogate \xed\xa0\x80", "ok"};
  const std::string json = to_json(a);
  EXPECT_NE(json.find(R"("headline":"quote \" back \\ tab \t nl \n cr \r bell \u0007 del )"),
            std::string::npos)
      << json;
  Article back;
  ASSERT_TRUE(from_json(json, back)) << json;
  EXPECT_EQ(back.headline, a.headline);
  ASSERT_EQ(back.body.size(), 4u);
  EXPECT_EQ(back.body[0], "bad \xef\xbf\xbd byte");  // U+FFFD for the bad byte
  EXPECT_EQ(back.body[3], "ok");
  for (const std::string& p : back.body) EXPECT_EQ(p.find('\xc0'), std::string::npos);
}

TEST(ArticleJsonWriter, StoredFormLeavesOutMentions) {
  Article a;
  a.id = "x";
  a.entities = {{"Annalena Baerbock", "person", {{"Baerbock", "body", 2}}}};
  Article full, stored;
  ASSERT_TRUE(from_json(to_json(a, JsonDetail::full), full));
  ASSERT_TRUE(from_json(to_json(a, JsonDetail::stored), stored));
  ASSERT_EQ(full.entities.size(), 1u);
  EXPECT_EQ(full.entities[0].mentions.size(), 1u);
  ASSERT_EQ(stored.entities.size(), 1u);
  EXPECT_EQ(stored.entities[0].name, "Annalena Baerbock");
  EXPECT_EQ(stored.entities[0].type, "person");
  EXPECT_TRUE(stored.entities[0].mentions.empty());
}

TEST(ArticleJsonWriter, StoredFormLeavesOutEmptyKeysAndReadsBackTheSame) {
  Article a;
  a.id = "x";
  a.headline = "Headline";
  a.body = {"One."};
  a.quotes.push_back({"We see China", "", "", "said", -1, "full", ""});
  a.captions.push_back({"", "Alt", ""});
  const std::string json = to_json(a, JsonDetail::stored);
  for (const char* key : {"\"url\"", "\"standfirst\"", "\"byline\"", "\"date_inferred\"",
                          "\"subjects\"", "\"entities\"", "\"warnings\"", "\"speaker\"",
                          "\"paragraph\"", "\"credit\""})
    EXPECT_EQ(json.find(key), std::string::npos) << key << " in " << json;
  // --extract still writes every key.
  EXPECT_NE(to_json(a).find("\"url\":\"\""), std::string::npos);

  Article b;
  ASSERT_TRUE(from_json(json, b));
  EXPECT_EQ(to_json(b), to_json(a));
}

TEST(SearchableQuote, SpeechHasASpeakerOrLengthAndHeadlineClaimsAreLeftOut) {
  const Quote said{"no deal", "Jane Roe", "she", "said", 2, "partial", "person"};
  EXPECT_TRUE(is_searchable_quote(said));
  const Quote scare{"half-way house", "", "", "", 3, "partial", "unknown"};
  EXPECT_FALSE(is_searchable_quote(scare));
  const Quote unsigned_speech{"We will not go back on this", "", "", "", 3, "full", "unknown"};
  EXPECT_TRUE(is_searchable_quote(unsigned_speech));
  // "Economy 'strong' in election year": the headline's subject is no speaker.
  const Quote claim{"strong", "Economy", "Economy", std::string(kHeadlineSubjectCue), -1,
                    "partial", "person"};
  EXPECT_FALSE(is_searchable_quote(claim));
  // "Minister says deal 'dead'": a cue in the headline names the speaker.
  const Quote headline_said{"dead", "Minister", "Minister", "says", -1, "partial", "role"};
  EXPECT_TRUE(is_searchable_quote(headline_said));
}

}  // namespace
}  // namespace newsarchive
