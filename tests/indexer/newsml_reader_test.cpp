#include "readers/newsml_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {
namespace {

constexpr const char* kNewsml = R"(<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20300105T120000Z</DateAndTime></NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier>
      <PublicIdentifier>urn:newsml:example.org:20300105:A1:1</PublicIdentifier>
    </NewsIdentifier></Identification>
    <NewsManagement><FirstCreated>20300105T113000+0100</FirstCreated></NewsManagement>
    <NewsComponent>
      <NewsLines>
        <HeadLine>Bridge opens to traffic</HeadLine>
        <SubHeadLine>Commuters save twenty minutes</SubHeadLine>
        <ByLine>By Kim Writer</ByLine>
        <DateLine>RIVERTOWN, Jan 5</DateLine>
      </NewsLines>
      <AdministrativeMetadata><Provider><Party FormalName="Example Agency"/></Provider>
      </AdministrativeMetadata>
      <DescriptiveMetadata>
        <Language FormalName="en"/>
        <Property FormalName="Keyword" Value="bridges"/>
      </DescriptiveMetadata>
      <ContentItem>
        <MediaType FormalName="Text"/>
        <DataContent><nitf><body><body.content>
          <p>The bridge opened on Saturday.</p><p>Tolls start in March.</p>
        </body.content></body></nitf></DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
  <NewsItem>
    <NewsComponent>
      <NewsLines><HeadLine>Escaped markup</HeadLine></NewsLines>
      <ContentItem>
        <MediaType FormalName="Text"/>
        <DataContent><![CDATA[<P>First.</P><P>Second.</P>]]></DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
  <NewsItem>
    <NewsComponent>
      <NewsLines><HeadLine>A photo</HeadLine></NewsLines>
      <ContentItem Href="photo.jpg"><MediaType FormalName="Photo"/></ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>)";

TEST(NewsmlReader, OneArticlePerTextItem) {
  const ReadResult r = read_newsml({"n.xml", "n.xml", kNewsml, ""});
  ASSERT_EQ(r.articles.size(), 2u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "newsml");
  EXPECT_EQ(a.id, "urn:newsml:example.org:20300105:A1:1");
  EXPECT_EQ(a.headline, "Bridge opens to traffic");
  EXPECT_EQ(a.standfirst, "Commuters save twenty minutes");
  EXPECT_EQ(a.byline, std::vector<std::string>{"Kim Writer"});
  EXPECT_EQ(a.dateline, "RIVERTOWN, Jan 5");
  EXPECT_EQ(a.date, "20300105T113000+0100");
  EXPECT_EQ(a.source, "Example Agency");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.subjects, std::vector<std::string>{"bridges"});
  EXPECT_EQ(a.body, (std::vector<std::string>{"The bridge opened on Saturday.",
                                              "Tolls start in March."}));

  const RawArticle& b = r.articles[1];
  EXPECT_EQ(b.id, "n.xml:2");
  EXPECT_EQ(b.body, (std::vector<std::string>{"First.", "Second."}));
  EXPECT_EQ(b.date, "20300105T120000Z");  // the envelope's, for want of its own

  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "item 3");
  EXPECT_EQ(r.errors[0].reason, "photo item, no text");
}

TEST(NewsmlReader, NotNewsml) {
  const ReadResult r = read_newsml({"x", "x", "<nitf/>", ""});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.articles.empty());
}

}  // namespace
}  // namespace newsarchive::indexer
