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

// Issue 16, finding 9: a doctype with an internal subset (brackets, quoted
// '>', comments with ']') is stepped over to the root element.
TEST(Formats, SniffsPastADoctypeWithAnInternalSubset) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n  <!ENTITY agency \"Calvera > Wire\">\n"
      "  <!-- a comment with ] and > -->\n  <!ATTLIST p note CDATA 'a ] b'>\n]>\n"
      "<nitf><head><title>Funicular reopens</title></head><body><body.content>"
      "<p>The funicular reopened on Monday.</p></body.content></body></nitf>\n";
  EXPECT_EQ(sniff_xml_format(xml), Format::nitf);
  const ReadResult r = read_input(Input{"story.xml", "story.xml", xml, ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].format, "nitf");
  EXPECT_EQ(r.articles[0].headline, "Funicular reopens");
  ASSERT_EQ(r.articles[0].body.size(), 1u);
  EXPECT_EQ(r.articles[0].body[0], "The funicular reopened on Monday.");
}

// An XML file whose root no reader knows, or whose root cannot be found,
// is reported, never indexed as text with its markup.
TEST(Formats, XmlOfNoKnownKindIsNeverText) {
  const ReadResult unknown = read_input(
      Input{"a.xml", "a", "<!DOCTYPE story [ <!ENTITY x 'y'> ]>\n<story><p>Text.</p></story>", ""}, {});
  EXPECT_TRUE(unknown.articles.empty());
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_EQ(unknown.errors[0].reason, "XML with root element <story>: not a format newsarchive reads");
  const std::string huge = "<?xml version=\"1.0\"?><!DOCTYPE nitf [" +
                           std::string(100 * 1024, ' ') + "]><nitf/>";
  const ReadResult unfound = read_input(Input{"b.xml", "b", huge, ""}, {});
  EXPECT_TRUE(unfound.articles.empty());
  ASSERT_EQ(unfound.errors.size(), 1u);
  EXPECT_EQ(unfound.errors[0].reason.rfind("XML whose root element was not found", 0), 0u);
}

// External entities and entity expansion bombs in an internal subset are
// not expanded: the file's text is read, the entity's is not.
TEST(Formats, ExternalEntitiesAndExpansionBombsAreNotExpanded) {
  const std::string xxe =
      "<?xml version=\"1.0\"?><!DOCTYPE nitf [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>"
      "<nitf><head><title>XXE</title></head><body><body.content><p>Leak: &xxe;</p>"
      "</body.content></body></nitf>";
  const ReadResult r = read_input(Input{"x.xml", "x", xxe, ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.articles[0].body.size(), 1u);
  EXPECT_EQ(r.articles[0].body[0], "Leak:");
  std::string entities = "<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i) {
    entities += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) entities += i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
    entities += "\">";
  }
  const std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE nitf [" + entities +
                             "]><nitf><head><title>Laughs</title></head><body><body.content>"
                             "<p>&lol9;</p></body.content></body></nitf>";
  const ReadResult b = read_input(Input{"l.xml", "l", laughs, ""}, {});
  std::size_t bytes = 0;
  for (const RawArticle& a : b.articles)
    for (const std::string& p : a.body) bytes += p.size();
  EXPECT_LT(bytes, 1000u);
  EXPECT_EQ(b.articles.size() + b.errors.size(), 1u);
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
