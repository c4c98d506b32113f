#include "readers/nitf_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

constexpr const char* kNitf = R"(<?xml version="1.0" encoding="UTF-8"?>
<nitf>
  <head>
    <title>Harbour title</title>
    <tobject tobject.type="News">
      <tobject.subject tobject.subject.refnum="1" tobject.subject.type="Economy"
                       tobject.subject.matter="Transport"/>
    </tobject>
    <docdata>
      <doc-id id-string="WIRE.2031.77"/>
      <date.issue norm="20310402T081500+0200"/>
      <doc.copyright year="2031" holder="Example Wire"/>
      <key-list><keyword key="shipping"/></key-list>
    </docdata>
  </head>
  <body xml:lang="en-GB">
    <body.head>
      <hedline><hl1>Harbour reopens after storm</hl1><hl2>Ferries run again</hl2></hedline>
      <byline>By Ann Example<byttl>Transport Correspondent</byttl></byline>
      <dateline><location><city>Portsmouth</city></location></dateline>
    </body.head>
    <body.content>
      <p>The harbour at <location>Portsmouth</location> reopened on Tuesday, said
         <person>Tom Harbourmaster</person> of <org>Port Authority Ltd</org>.</p>
      <media media-type="image">
        <media-reference source="x.jpg" alternate-text="Boats at a quay"/>
        <media-caption>Boats at the quay on Tuesday.</media-caption>
        <media-producer>Jo Lens</media-producer>
      </media>
      <p>Ferries ran again.</p>
    </body.content>
  </body>
</nitf>)";

TEST(NitfReader, ReadsFields) {
  const ReadResult r = read_nitf({"a.xml", "a.xml", kNitf, ""});
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "nitf");
  EXPECT_EQ(a.id, "WIRE.2031.77");
  EXPECT_EQ(a.headline, "Harbour reopens after storm");
  EXPECT_EQ(a.standfirst, "Ferries run again");
  EXPECT_EQ(a.byline, std::vector<std::string>{"Ann Example"});
  EXPECT_EQ(a.dateline, "Portsmouth");
  EXPECT_EQ(a.date, "20310402T081500+0200");
  EXPECT_EQ(a.source, "Example Wire");
  EXPECT_EQ(a.language, "en-GB");
  ASSERT_EQ(a.body.size(), 2u);
  EXPECT_EQ(a.body[0],
            "The harbour at Portsmouth reopened on Tuesday, said Tom Harbourmaster of Port "
            "Authority Ltd.");
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].text, "Boats at the quay on Tuesday.");
  EXPECT_EQ(a.captions[0].alt_text, "Boats at a quay");
  EXPECT_EQ(a.captions[0].credit, "Jo Lens");
  EXPECT_EQ(a.subjects, (std::vector<std::string>{"shipping", "Transport"}));
  bool person = false, org = false, place = false;
  for (const EntityHint& h : a.entity_hints) {
    person |= h.name == "Tom Harbourmaster" && h.type == "person";
    org |= h.name == "Port Authority Ltd" && h.type == "organization";
    place |= h.name == "Portsmouth" && h.type == "place";
  }
  EXPECT_TRUE(person && org && place);
}

TEST(NitfReader, TitleStandsInForHeadline) {
  const ReadResult r = read_nitf(
      {"b.xml", "b.xml",
       "<nitf><head><title>Only a title</title></head><body><body.content><p>Text.</p>"
       "</body.content></body></nitf>",
       ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Only a title");
  EXPECT_EQ(r.articles[0].id, "b.xml");
}

TEST(NitfReader, BylineDropsTheTitleAndItsPunctuation) {
  const ReadResult r = read_nitf(
      {"f.xml", "f.xml",
       "<nitf><body><body.head><hedline><hl1>H</hl1></hedline>"
       "<byline>By <person>In\xC3\xA9s Lee</person>, <byttl>Transport Correspondent</byttl>"
       "</byline><byline><person>Jo Park</person> \xE2\x80\x94 <byttl>Staff</byttl></byline>"
       "<byline>By Sam <person>Ode</person></byline>"
       "</body.head><body.content><p>Text.</p></body.content></body></nitf>",
       ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].byline,
            (std::vector<std::string>{"In\xC3\xA9s Lee", "Jo Park", "Sam Ode"}));
}

TEST(NitfReader, IssueDateComesBeforeStoryDateAndDateOnlyNormsAreIso) {
  // The dateline's story.date gives the day of the events; the document's
  // date.issue is its publication.
  const ReadResult r = read_nitf(
      {"g.xml", "g.xml",
       "<nitf><head><docdata><date.issue norm=\"20250418T093000+0100\"/></docdata></head>"
       "<body><body.head><hedline><hl1>H</hl1></hedline><dateline>CALVERA, "
       "<story.date norm=\"20250417\">April 17</story.date></dateline></body.head>"
       "<body.content><p>Text.</p></body.content></body></nitf>",
       ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].date, "20250418T093000+0100");
  EXPECT_EQ(r.articles[0].dateline, "CALVERA");

  // A story.date alone, written as a date-only norm.
  const ReadResult s = read_nitf(
      {"h.xml", "h.xml",
       "<nitf><body><body.head><hedline><hl1>H</hl1></hedline><dateline>"
       "<location>Calvera</location>, <story.date norm=\"20250417\">April 17</story.date>"
       "</dateline></body.head><body.content><p>Text.</p></body.content></body></nitf>",
       ""});
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].date, "2025-04-17");
  EXPECT_EQ(s.articles[0].dateline, "Calvera");
}

TEST(NitfReader, ReportsEmptyAndBrokenInput) {
  EXPECT_FALSE(read_nitf({"c", "c", "<nitf><body/></nitf>", ""}).errors.empty());
  EXPECT_FALSE(read_nitf({"d", "d", "not xml at all", ""}).errors.empty());
  EXPECT_FALSE(read_nitf({"e", "e", "<other/>", ""}).errors.empty());
}

}  // namespace
}  // namespace newsarchive::indexer
