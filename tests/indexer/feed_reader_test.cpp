#include "readers/feed_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readers/formats.h"

namespace newsarchive::indexer {
namespace {

constexpr const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Quayside Daily</title>
    <link>https://quayside.example/</link>
    <atom:link href="https://quayside.example/feed" rel="self"/>
    <language>en-GB</language>
    <item>
      <title>Ferry timetable changes from Monday</title>
      <link>https://quayside.example/ferry-timetable</link>
      <guid isPermaLink="false">qd-101</guid>
      <description>Earlier sailings on the island route.</description>
      <content:encoded>&lt;p&gt;The first ferry will leave at 6am.&lt;/p&gt;&lt;p&gt;Fares stay the same &amp;amp; tickets carry over.&lt;/p&gt;</content:encoded>
      <dc:creator>Nell Harper</dc:creator>
      <pubDate>Mon, 03 Mar 2031 08:00:00 +0000</pubDate>
      <category>Transport</category>
      <category><![CDATA[Islands]]></category>
      <media:content url="https://quayside.example/ferry.jpg" medium="image">
        <media:description>The morning ferry at the pier.</media:description>
        <media:credit>Ivo Lent</media:credit>
      </media:content>
    </item>
    <item>
      <title>Harbour wall repairs finished</title>
      <guid>qd-102</guid>
      <description><![CDATA[<p>Repairs to the harbour wall ended on Friday.</p><p>The path is open again.</p>]]></description>
      <author>desk@quayside.example (Ed Ray)</author>
      <enclosure url="https://quayside.example/wall.jpg" type="image/jpeg" length="1"/>
      <media:description>The repaired wall.</media:description>
    </item>
    <item>
      <title>Photo: sunset over the quay</title>
      <link>https://quayside.example/sunset</link>
    </item>
    <item>
      <description>Tide tables for the week are posted at the harbour office.</description>
    </item>
  </channel>
</rss>)";

TEST(FeedReader, ReadsRssItems) {
  const ReadResult r = read_feed({"quay.rss", "quay.rss", kRss, ""});
  ASSERT_EQ(r.articles.size(), 3u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "rss");
  EXPECT_EQ(a.origin, "quay.rss[1]");
  EXPECT_EQ(a.id, "https://quayside.example/ferry-timetable");
  EXPECT_EQ(a.url, "https://quayside.example/ferry-timetable");
  EXPECT_EQ(a.headline, "Ferry timetable changes from Monday");
  EXPECT_EQ(a.standfirst, "Earlier sailings on the island route.");
  EXPECT_EQ(a.body, (std::vector<std::string>{"The first ferry will leave at 6am.",
                                              "Fares stay the same & tickets carry over."}));
  EXPECT_EQ(a.byline, std::vector<std::string>{"Nell Harper"});
  EXPECT_EQ(a.date, "Mon, 03 Mar 2031 08:00:00 +0000");
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"Transport", "Islands"}));
  EXPECT_EQ(a.source, "Quayside Daily");
  EXPECT_EQ(a.language, "en-GB");
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].text, "The morning ferry at the pier.");
  EXPECT_EQ(a.captions[0].credit, "Ivo Lent");

  const RawArticle& b = r.articles[1];
  EXPECT_EQ(b.id, "qd-102");
  EXPECT_TRUE(b.url.empty());
  EXPECT_TRUE(b.standfirst.empty());
  EXPECT_EQ(b.body, (std::vector<std::string>{"Repairs to the harbour wall ended on Friday.",
                                              "The path is open again."}));
  EXPECT_EQ(b.byline, std::vector<std::string>{"Ed Ray"});
  ASSERT_EQ(b.captions.size(), 1u);
  EXPECT_EQ(b.captions[0].text, "The repaired wall.");

  // No link, guid or title: the input's id and the item number, and a
  // warning.
  const RawArticle& d = r.articles[2];
  EXPECT_EQ(d.id, "quay.rss#4");
  EXPECT_TRUE(d.headline.empty());
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("headline"), std::string::npos);

  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "item 3");
  EXPECT_NE(r.errors[0].reason.find("item 3"), std::string::npos);
  EXPECT_NE(r.errors[0].reason.find("no content and no description"), std::string::npos);
}

TEST(FeedReader, SummaryThatOpensTheBodyIsNoStandfirst) {
  const std::string rss = R"(<rss version="2.0"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
    <item><title>Lock gates replaced</title><link>https://x.example/locks</link>
      <description>The lock gates at Millbank were replaced over [&#8230;]</description>
      <content:encoded><![CDATA[<p>The lock gates at Millbank were replaced over the winter.</p>
        <p>Boats can pass again.</p>]]></content:encoded>
    </item></channel></rss>)";
  const ReadResult r = read_feed({"f.xml", "f.xml", rss, ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "f.xml");
  EXPECT_TRUE(r.articles[0].standfirst.empty());
  EXPECT_EQ(r.articles[0].body.size(), 2u);
}

constexpr const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Valley Notes</title>
  <id>urn:example:valley</id>
  <updated>2031-05-02T10:00:00Z</updated>
  <entry>
    <title type="html">Orchard &lt;em&gt;open day&lt;/em&gt; returns</title>
    <link rel="self" href="https://valley.example/api/7"/>
    <link rel="alternate" type="text/html" href="https://valley.example/orchard"/>
    <id>urn:example:valley:7</id>
    <published>2031-05-01T09:00:00+01:00</published>
    <updated>2031-05-01T12:00:00+01:00</updated>
    <author><name>Rosa Finch</name></author>
    <author><name>Tom Alder</name></author>
    <category term="events" label="Local events"/>
    <category term="farming"/>
    <summary>Visitors can pick their own apples.</summary>
    <content type="html">&lt;p&gt;The orchard opens its gates on Saturday.&lt;/p&gt;&lt;p&gt;Entry is free.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="cy">
    <title>Bridge survey</title>
    <id>urn:example:valley:8</id>
    <updated>2031-05-02T08:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Surveyors checked the old bridge.</p><p>It is sound.</p></div></content>
  </entry>
  <entry>
    <title>Weather</title>
    <updated>2031-05-02T09:00:00Z</updated>
    <summary>Rain clears by noon.

Dry afternoon.</summary>
  </entry>
  <entry>
    <title>Gallery</title>
    <id>urn:example:valley:10</id>
    <link href="https://valley.example/gallery"/>
  </entry>
</feed>)";

TEST(FeedReader, ReadsAtomEntries) {
  const ReadResult r = read_feed({"v.atom", "v.atom", kAtom, ""});
  ASSERT_EQ(r.articles.size(), 3u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "atom");
  EXPECT_EQ(a.headline, "Orchard open day returns");
  EXPECT_EQ(a.id, "https://valley.example/orchard");
  EXPECT_EQ(a.url, "https://valley.example/orchard");
  EXPECT_EQ(a.standfirst, "Visitors can pick their own apples.");
  EXPECT_EQ(a.body, (std::vector<std::string>{"The orchard opens its gates on Saturday.",
                                              "Entry is free."}));
  EXPECT_EQ(a.byline, (std::vector<std::string>{"Rosa Finch", "Tom Alder"}));
  EXPECT_EQ(a.date, "2031-05-01T09:00:00+01:00");
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"Local events", "farming"}));
  EXPECT_EQ(a.source, "Valley Notes");
  EXPECT_EQ(a.language, "en");

  const RawArticle& b = r.articles[1];
  EXPECT_EQ(b.id, "urn:example:valley:8");
  EXPECT_EQ(b.date, "2031-05-02T08:00:00Z");
  EXPECT_EQ(b.language, "cy");
  EXPECT_EQ(b.body,
            (std::vector<std::string>{"Surveyors checked the old bridge.", "It is sound."}));

  const RawArticle& c = r.articles[2];
  EXPECT_EQ(c.id, "v.atom#3");
  EXPECT_EQ(c.body, (std::vector<std::string>{"Rain clears by noon.", "Dry afternoon."}));

  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "entry 4");
  EXPECT_NE(r.errors[0].reason.find("entry 4"), std::string::npos);
}

TEST(FeedReader, DispatchKeepsWordPressExportsApart) {
  const std::string wxr = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title>
  <item><title>Post</title><content:encoded><![CDATA[Hello.]]></content:encoded>
    <wp:post_type>post</wp:post_type></item></channel></rss>)";
  const ReadResult w = read_input({"blog.xml", "blog.xml", wxr, ""}, {});
  ASSERT_EQ(w.articles.size(), 1u);
  EXPECT_EQ(w.articles[0].format, "wxr");

  const ReadResult f = read_input({"quay.rss", "quay.rss", kRss, ""}, {});
  ASSERT_FALSE(f.articles.empty());
  EXPECT_EQ(f.articles[0].format, "rss");
  const ReadResult a = read_input({"valley", "valley", kAtom, ""}, {});
  ASSERT_FALSE(a.articles.empty());
  EXPECT_EQ(a.articles[0].format, "atom");
}

TEST(FeedReader, OtherRootsAreReported) {
  const ReadResult r = read_feed({"x.xml", "x.xml", "<html><body/></html>", ""});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].reason.find("<html>"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer
