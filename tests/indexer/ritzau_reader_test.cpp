#include "readers/ritzau_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readers/formats.h"

namespace newsarchive::indexer {
namespace {

constexpr const char* kSingle = R"(<?xml version="1.0"?>
<RBNews xmlns="" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <NewsID>0c1d2e3f-0000-4000-8000-000000000001</NewsID>
  <PublishDate>2031-06-04T09:15:00.120</PublishDate>
  <strapline>NU/FLASH-I</strapline>
  <headline i:nil="true"/>
  <subtitle i:nil="true"/>
  <town>Aarhus</town>
  <origin>/ritzau/</origin>
  <section>Indland</section>
  <content>&lt;p&gt;Havnen i Aarhus &#xE5;bner en ny f&#xE6;rgeterminal.&lt;/p&gt;&lt;p&gt;Den f&#xF8;rste f&#xE6;rge sejler fredag.&lt;/p&gt;</content>
  <Annuleret>false</Annuleret>
  <byLine>Karen Holm</byLine>
  <TilRedaktionen>&lt;p&gt;Note to the desk: photos follow.&lt;/p&gt;</TilRedaktionen>
</RBNews>)";

TEST(RitzauReader, ReadsABareItem) {
  const ReadResult r = read_ritzau({"r.xml", "r.xml", kSingle, ""});
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "ritzau");
  EXPECT_EQ(a.id, "0c1d2e3f-0000-4000-8000-000000000001");
  EXPECT_EQ(a.origin, "r.xml");
  // A desk code in the strapline is no headline.
  EXPECT_TRUE(a.headline.empty());
  EXPECT_EQ(a.warnings, std::vector<std::string>{"the item states no headline"});
  EXPECT_TRUE(a.standfirst.empty());
  EXPECT_EQ(a.body, (std::vector<std::string>{"Havnen i Aarhus \xC3\xA5" "bner en ny f\xC3\xA6rgeterminal.",
                                              "Den f\xC3\xB8rste f\xC3\xA6rge sejler fredag."}));
  EXPECT_EQ(a.byline, std::vector<std::string>{"Karen Holm"});
  EXPECT_EQ(a.date, "2031-06-04T09:15:00.120");
  EXPECT_EQ(a.dateline, "Aarhus");
  EXPECT_EQ(a.section, "Indland");
  EXPECT_EQ(a.source, "Ritzau");
  EXPECT_EQ(a.language, "da");
}

constexpr const char* kQueue = R"(<?xml version="1.0"?>
<XMLNewsQueuedResponse xmlns="http://tempuri.org/">
  <XMLNewsQueuedResult xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
    <error xmlns="">0</error>
    <errormsg xmlns=""/>
    <ListOfRBNews xmlns="">
      <RBNews>
        <NewsID>id-1</NewsID>
        <PublishDate>2031-06-04T10:00:00</PublishDate>
        <strapline>---PRESSEMEDDELELSE---</strapline>
        <headline>PR / Example Shipping A/S</headline>
        <subtitle>Example Shipping&amp;apos;s new route opens</subtitle>
        <town>K&#xF8;benhavn</town>
        <origin>Via Ritzau</origin>
        <section>Pressemeddelelser</section>
        <content>&lt;P&gt;The route links two ports.&#xD;
&lt;/P&gt;&#xD;
  &lt;P&gt;&amp;amp;quot;It is a good day,&amp;amp;quot; said the director.&lt;/P&gt;</content>
        <byLine i:nil="true"/>
        <language>en</language>
      </RBNews>
      <RBNews>
        <NewsID>id-2</NewsID>
        <strapline>Kort nyt fra havnen</strapline>
        <headline i:nil="true"/>
        <origin>/ritzau/</origin>
        <content>&lt;p&gt;Et kort stykke.&lt;/p&gt;</content>
      </RBNews>
      <RBNews>
        <NewsID>id-3</NewsID>
        <headline>Tom</headline>
        <content i:nil="true"/>
      </RBNews>
      <RBNews>
        <NewsID>id-4</NewsID>
        <headline>Trukket tilbage</headline>
        <content>&lt;p&gt;Tekst.&lt;/p&gt;</content>
        <Annuleret>true</Annuleret>
      </RBNews>
    </ListOfRBNews>
  </XMLNewsQueuedResult>
</XMLNewsQueuedResponse>)";

TEST(RitzauReader, ReadsAQueuedResponse) {
  const ReadResult r = read_ritzau({"q.xml", "q.xml", kQueue, ""});
  ASSERT_EQ(r.articles.size(), 2u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.id, "id-1");
  EXPECT_EQ(a.origin, "q.xml[1]");
  EXPECT_EQ(a.headline, "PR / Example Shipping A/S");
  EXPECT_EQ(a.standfirst, "Example Shipping's new route opens");
  EXPECT_EQ(a.body, (std::vector<std::string>{"The route links two ports.",
                                              "\"It is a good day,\" said the director."}));
  EXPECT_TRUE(a.byline.empty());
  EXPECT_EQ(a.dateline, "K\xC3\xB8" "benhavn");
  EXPECT_EQ(a.source, "Via Ritzau");
  EXPECT_EQ(a.language, "en");
  EXPECT_TRUE(a.warnings.empty());

  // A strapline that reads as a headline stands in for a nil headline.
  const RawArticle& b = r.articles[1];
  EXPECT_EQ(b.id, "id-2");
  EXPECT_EQ(b.headline, "Kort nyt fra havnen");
  EXPECT_EQ(b.source, "Ritzau");
  EXPECT_TRUE(b.warnings.empty());

  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].position, "item 3");
  EXPECT_NE(r.errors[0].reason.find("no content"), std::string::npos);
  EXPECT_EQ(r.errors[1].position, "item 4");
  EXPECT_NE(r.errors[1].reason.find("cancelled"), std::string::npos);
}

TEST(RitzauReader, IsSniffedByRoot) {
  const ReadResult r = read_input({"news.xml", "news.xml", kSingle, ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].format, "ritzau");
  const ReadResult q = read_input({"queue", "queue", kQueue, ""}, {});
  EXPECT_EQ(q.articles.size(), 2u);
}

TEST(RitzauReader, ReportsAServiceError) {
  const std::string xml = R"(<XMLNewsQueuedResponse xmlns="http://tempuri.org/">
  <XMLNewsQueuedResult><error xmlns="">3</error><errormsg xmlns="">No access</errormsg>
  <ListOfRBNews xmlns=""/></XMLNewsQueuedResult></XMLNewsQueuedResponse>)";
  const ReadResult r = read_ritzau({"e.xml", "e.xml", xml, ""});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].reason.find("No access"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive::indexer
