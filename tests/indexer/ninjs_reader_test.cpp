#include "readers/ninjs_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

constexpr const char* kItem = R"({
  "uri": "http://example.net/items/77",
  "type": "text",
  "versioncreated": "2033-05-06T07:08:09Z",
  "headline": "Library opens late",
  "description_text": "Longer hours from June",
  "byline": "By Sam Reader",
  "located": "Leeds",
  "language": "en",
  "source": "Example News",
  "body_html": "<p>The library will open late.</p><p>Staff agreed.</p>",
  "subject": [{"name": "libraries", "code": "x:1"}],
  "person": [{"name": "Sam Reader"}],
  "organisation": [{"name": "Leeds Libraries"}],
  "place": [{"name": "Leeds"}],
  "associations": {
    "featureimage": {"type": "picture", "description_text": "The reading room.",
                     "byline": "Pat Photo"}
  }
})";

TEST(NinjsReader, ReadsAnItem) {
  const ReadResult r = read_ninjs({"i.json", "i.json", kItem, ""});
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "ninjs");
  EXPECT_EQ(a.id, "http://example.net/items/77");
  EXPECT_EQ(a.headline, "Library opens late");
  EXPECT_EQ(a.standfirst, "Longer hours from June");
  EXPECT_EQ(a.byline, std::vector<std::string>{"Sam Reader"});
  EXPECT_EQ(a.dateline, "Leeds");
  EXPECT_EQ(a.date, "2033-05-06T07:08:09Z");
  EXPECT_EQ(a.source, "Example News");
  EXPECT_EQ(a.body, (std::vector<std::string>{"The library will open late.", "Staff agreed."}));
  EXPECT_EQ(a.subjects, std::vector<std::string>{"libraries"});
  EXPECT_EQ(a.entity_hints.size(), 3u);
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].text, "The reading room.");
  EXPECT_EQ(a.captions[0].credit, "Pat Photo");
}

TEST(NinjsReader, FeedsPicturesAndLines) {
  const ReadResult feed = read_ninjs(
      {"f.json", "f.json",
       R"({"data": {"items": [{"item": {"uri": "a", "type": "text", "headline": "H",
            "body_text": "One.\n\nTwo."}},
          {"item": {"uri": "b", "type": "picture", "headline": "P"}}]}})",
       ""});
  ASSERT_EQ(feed.articles.size(), 1u);
  EXPECT_EQ(feed.articles[0].body, (std::vector<std::string>{"One.", "Two."}));
  ASSERT_EQ(feed.errors.size(), 1u);
  EXPECT_EQ(feed.errors[0].reason, "picture item, no text");

  const ReadResult lines = read_ninjs(
      {"l.jsonl", "l.jsonl",
       "{\"guid\": \"1\", \"headline\": \"A\", \"body_text\": \"x\"}\n"
       "{\"headline\": \"B\", \"body_text\": \"y\", \"versioncreated\": \"2030-01-01\"}\n",
       ""});
  ASSERT_EQ(lines.articles.size(), 2u);
  EXPECT_EQ(lines.articles[0].id, "1");
  EXPECT_EQ(lines.articles[1].id, "l.jsonl:2");
}

TEST(NinjsReader, Sniffing) {
  EXPECT_TRUE(looks_like_ninjs(kItem));
  EXPECT_FALSE(looks_like_ninjs(R"({"title": "T", "text": "x"})"));
  EXPECT_FALSE(looks_like_ninjs("<uri>versioncreated</uri>"));
}

}  // namespace
}  // namespace newsarchive::indexer
