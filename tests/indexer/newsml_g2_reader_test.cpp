#include "readers/newsml_g2_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

constexpr const char* kMessage = R"(<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2032-03-01T10:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:example:text-1" version="1" xml:lang="de">
      <rightsInfo><copyrightHolder literal="Holder Inc"/></rightsInfo>
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        <provider qcode="nprov:ex"><name>Example Agentur</name></provider>
        <versionCreated>2032-03-01T09:00:00+01:00</versionCreated>
        <firstCreated>2032-03-01T08:00:00+01:00</firstCreated>
      </itemMeta>
      <contentMeta>
        <located><name>Bremen</name></located>
        <subject type="cpnat:person" qcode="p:1"><name>Erika Beispiel</name></subject>
        <subject type="cpnat:abstract" qcode="medtop:1">
          <name role="nrol:mnemonic">wi</name><name xml:lang="de">Wirtschaft</name>
        </subject>
        <keyword>Hafen</keyword>
        <headline role="hld:subHeadline">Unterzeile</headline>
        <headline>Hafen wächst</headline>
        <slugline>Hafen/Bremen</slugline>
        <by>Max Muster</by>
        <dateline>Bremen (ex) - </dateline>
        <language tag="de"/>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml">
          <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
            <body><header><h1>Hafen wächst</h1></header>
              <section><p>Der Hafen wächst.</p><p>Mehr Schiffe.</p></section></body></html>
        </inlineXML>
        <inlineData contenttype="text/plain">Der Hafen wächst.</inlineData>
      </contentSet>
    </newsItem>
    <newsItem guid="urn:example:pic-1">
      <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
      <contentMeta><headline>Ein Bild</headline></contentMeta>
      <contentSet><remoteContent href="x.jpg"/></contentSet>
    </newsItem>
    <packageItem guid="urn:example:pkg-1"><itemMeta><itemClass qcode="ninat:composite"/></itemMeta></packageItem>
  </itemSet>
</newsMessage>)";

TEST(NewsmlG2Reader, MessageWithItems) {
  const ReadResult r = read_newsml_g2({"m.xml", "m.xml", kMessage, ""});
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "newsml-g2");
  EXPECT_EQ(a.id, "urn:example:text-1");
  EXPECT_EQ(a.headline, "Hafen wächst");
  EXPECT_EQ(a.standfirst, "Unterzeile");
  EXPECT_EQ(a.byline, std::vector<std::string>{"Max Muster"});
  EXPECT_EQ(a.dateline, "Bremen");
  EXPECT_EQ(a.date, "2032-03-01T08:00:00+01:00");
  EXPECT_EQ(a.source, "Example Agentur");
  EXPECT_EQ(a.language, "de");
  EXPECT_EQ(a.body, (std::vector<std::string>{"Der Hafen wächst.", "Mehr Schiffe."}));
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"Erika Beispiel", "Wirtschaft", "Hafen"}));
  bool person = false, place = false;
  for (const EntityHint& h : a.entity_hints) {
    person |= h.name == "Erika Beispiel" && h.type == "person";
    place |= h.name == "Bremen" && h.type == "place";
  }
  EXPECT_TRUE(person && place);

  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].reason, "picture item, no text");
  EXPECT_EQ(r.errors[1].reason, "package item (a list of other items), no text");
}

TEST(NewsmlG2Reader, BareItemWithNitfAndPlainText) {
  const ReadResult nitf = read_newsml_g2(
      {"n.xml", "n.xml",
       "<newsItem guid='g1'><itemMeta><itemClass qcode='icls:text'/></itemMeta><contentSet>"
       "<inlineXML contenttype='application/nitf+xml'><nitf><body><body.head><hedline><hl1>"
       "From NITF</hl1></hedline></body.head><body.content><p>Body.</p></body.content></body>"
       "</nitf></inlineXML></contentSet></newsItem>",
       ""});
  ASSERT_EQ(nitf.articles.size(), 1u);
  EXPECT_EQ(nitf.articles[0].headline, "From NITF");
  EXPECT_EQ(nitf.articles[0].body, std::vector<std::string>{"Body."});

  const ReadResult text = read_newsml_g2(
      {"t.xml", "t.xml",
       "<newsItem><contentMeta><slugline>slug-only</slugline></contentMeta><contentSet>"
       "<inlineData contenttype='text/plain'>One\nline.\n\nTwo.</inlineData></contentSet>"
       "</newsItem>",
       ""});
  ASSERT_EQ(text.articles.size(), 1u);
  EXPECT_EQ(text.articles[0].id, "t.xml");
  EXPECT_EQ(text.articles[0].headline, "slug-only");
  EXPECT_EQ(text.articles[0].body, (std::vector<std::string>{"One line.", "Two."}));
}

}  // namespace
}  // namespace newsarchive::indexer
