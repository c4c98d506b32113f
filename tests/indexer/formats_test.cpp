#include "readers/formats.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

TEST(Formats, ByExtension) {
  EXPECT_EQ(format_from_name("a/b.TXT"), Format::text);
  EXPECT_EQ(format_from_name("feed.ndjson"), Format::jsonl);
  EXPECT_EQ(format_from_name("feed.json"), Format::jsonl);
  EXPECT_FALSE(format_from_name("noextension").has_value());
  EXPECT_FALSE(format_from_name("picture.jpg").has_value());
  EXPECT_TRUE(is_readable_name("noextension"));
  EXPECT_TRUE(is_readable_name(".hidden"));
  EXPECT_FALSE(is_readable_name("picture.jpg"));
}

TEST(Formats, Sniffing) {
  EXPECT_EQ(sniff_format("\xEF\xBB\xBF  {\"title\": 1}"), Format::jsonl);
  EXPECT_EQ(sniff_format("Headline\n\nBody"), Format::text);
  EXPECT_EQ(sniff_format(""), Format::text);
  EXPECT_EQ(sniff_format("\xEF\xBB\xBF\n<!doctype HTML>\n<html>"), Format::html);
  EXPECT_EQ(sniff_format("  <!-- saved page --> <HTML lang=\"en\">"), Format::html);
  EXPECT_EQ(sniff_format("<htmlish>"), Format::text);
  EXPECT_EQ(format_from_name("page.HTM"), Format::html);
  EXPECT_EQ(format_from_name("page.xhtml"), Format::html);
}

TEST(Formats, SniffsXmlRootsAndNinjs) {
  EXPECT_EQ(sniff_format("<?xml version='1.0'?>\n<!-- c -->\n<nitf><head/></nitf>"), Format::nitf);
  EXPECT_EQ(sniff_format("<NewsML Version='1.2'/>"), Format::newsml);
  EXPECT_EQ(sniff_format("<ns0:newsMessage xmlns:ns0='x'/>"), Format::newsmlg2);
  EXPECT_EQ(sniff_format("<packageItem/>"), Format::newsmlg2);
  EXPECT_EQ(sniff_format("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"/>"), Format::wxr);
  EXPECT_EQ(sniff_format("<rss version='2.0'/>"), Format::feed);
  EXPECT_EQ(sniff_format("<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'/>"),
            Format::feed);
  EXPECT_EQ(sniff_format("<?xml version='1.0'?>\n<feed><x/></feed>"), Format::text);
  EXPECT_EQ(sniff_format("<?xml version='1.0'?>\n<RBNews xmlns=''/>"), Format::ritzau);
  EXPECT_EQ(sniff_format("<XMLNewsQueuedResponse xmlns='http://tempuri.org/'/>"),
            Format::ritzau);
  EXPECT_EQ(sniff_format("{\"uri\": \"u\", \"versioncreated\": \"2030\"}"), Format::ninjs);
  EXPECT_FALSE(format_from_name("story.xml").has_value());
  EXPECT_TRUE(is_readable_name("story.xml"));
  EXPECT_TRUE(is_readable_name("story.NITF"));
  EXPECT_EQ(parse_format("NewsML-G2"), Format::newsmlg2);
  EXPECT_FALSE(format_from_name("news.rss").has_value());
  EXPECT_TRUE(is_readable_name("news.rss"));
  EXPECT_TRUE(is_readable_name("news.atom"));
  EXPECT_EQ(parse_format("RSS"), Format::feed);
  EXPECT_EQ(parse_format("atom"), Format::feed);
  EXPECT_EQ(parse_format("ritzau"), Format::ritzau);
}

TEST(Formats, UnknownXmlIsReported) {
  const ReadResult r =
      read_input(Input{"feed.xml", "f", "<?xml version='1.0'?><Feed><a/></Feed>", ""}, {});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].reason.find("<Feed>"), std::string::npos);
}

TEST(Formats, ReadInputDispatches) {
  ReaderOptions options;
  auto jsonl = read_input(Input{"stdin", "s", "{\"title\": \"T\"}\n", ""}, options);
  ASSERT_EQ(jsonl.articles.size(), 1u);
  EXPECT_EQ(jsonl.articles[0].format, "jsonl");
  options.forced = Format::text;
  auto text = read_input(Input{"x.jsonl", "x", "{\"title\": \"T\"}\n", ""}, options);
  ASSERT_EQ(text.articles.size(), 1u);
  EXPECT_EQ(text.articles[0].format, "text");
  EXPECT_EQ(parse_format("NDJSON"), Format::jsonl);
  auto ninjs = read_input(
      Input{"item.json", "i", "{\"uri\": \"u\", \"type\": \"text\", \"headline\": \"H\", "
                              "\"body_text\": \"B\", \"versioncreated\": \"2030-01-01\"}", ""},
      ReaderOptions{});
  ASSERT_EQ(ninjs.articles.size(), 1u);
  EXPECT_EQ(ninjs.articles[0].format, "ninjs");
  EXPECT_EQ(parse_format("html"), Format::html);
  auto html = read_input(Input{"page", "p", "<!DOCTYPE html><title>T</title><p>Body text of the page.</p>", ""},
                         ReaderOptions{});
  ASSERT_EQ(html.articles.size(), 1u);
  EXPECT_EQ(html.articles[0].format, "html");
  EXPECT_FALSE(parse_format("pdf").has_value());
}

}  // namespace
}  // namespace newsarchive::indexer
