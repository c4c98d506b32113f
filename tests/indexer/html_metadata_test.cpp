#include "readers/html_metadata.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer::html {
namespace {

PageMetadata meta_of(const std::string& html) {
  XmlDoc doc = parse_html(html, "utf-8");
  return read_metadata(root_element(doc));
}

TEST(HtmlMetadata, JsonLdGraph) {
  auto m = meta_of(R"(<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Not the article"},
      {"@type": ["NewsArticle"], "headline": "Ferry strike ends", "description": "Crews accept offer.",
       "author": [{"@type": "Person", "name": "Ana Silva"}, {"@type": "Person", "name": "Ben Ito"},
                  "https://x.example/staff/c"],
       "datePublished": "2024-03-01T10:00:00+01:00", "publisher": {"@type": "Organization", "name": "Harbour News"},
       "articleSection": ["Transport", "Local"], "keywords": "ferries, strikes", "inLanguage": "en",
       "url": "https://x.example/ferry"}]}
    </script></head><body></body></html>)");
  EXPECT_EQ(m.headline, "Ferry strike ends");
  EXPECT_EQ(m.description, "Crews accept offer.");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ana Silva", "Ben Ito"}));
  EXPECT_EQ(m.date, "2024-03-01T10:00:00+01:00");
  EXPECT_EQ(m.source, "Harbour News");
  EXPECT_EQ(m.section, "Transport");
  EXPECT_EQ(m.keywords, (std::vector<std::string>{"ferries", "strikes"}));
  EXPECT_EQ(m.language, "en");
  EXPECT_EQ(m.url, "https://x.example/ferry");
}

TEST(HtmlMetadata, JsonLdInCdataAndBadJsonIgnored) {
  auto m = meta_of(R"(<html><head>
    <script type="application/ld+json">{not json</script>
    <script type="application/ld+json"><![CDATA[ {"@type": "ReportageNewsArticle", "headline": "Inside the camp"} ]]></script>
    </head></html>)");
  EXPECT_EQ(m.headline, "Inside the camp");
}

TEST(HtmlMetadata, OpenGraphAndMeta) {
  auto m = meta_of(R"(<html lang="de"><head><title>Page title</title>
    <meta property="og:title" content="Brücke gesperrt">
    <meta property="og:description" content="Die Brücke bleibt zu.">
    <meta property="og:site_name" content="Stadtanzeiger">
    <meta property="og:url" content="https://x.example/bruecke">
    <meta property="article:published_time" content="2024-02-02">
    <meta property="article:author" content="https://x.example/autor/1">
    <meta name="author" content="Lena Vogt">
    <meta property="article:section" content="Lokales">
    <meta property="article:tag" content="Verkehr">
    </head></html>)");
  EXPECT_EQ(m.headline, "Brücke gesperrt");
  EXPECT_EQ(m.title, "Page title");
  EXPECT_EQ(m.description, "Die Brücke bleibt zu.");
  EXPECT_EQ(m.source, "Stadtanzeiger");
  EXPECT_EQ(m.url, "https://x.example/bruecke");
  EXPECT_EQ(m.date, "2024-02-02");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Lena Vogt"}));
  EXPECT_EQ(m.section, "Lokales");
  EXPECT_EQ(m.keywords, (std::vector<std::string>{"Verkehr"}));
  EXPECT_EQ(m.language, "de");
}

TEST(HtmlMetadata, CanonicalWinsOverOgUrl) {
  auto m = meta_of(R"(<html><head><meta property="og:url" content="https://x.example/og">
    <link rel="canonical" href="https://x.example/canonical"></head></html>)");
  EXPECT_EQ(m.url, "https://x.example/canonical");
}

}  // namespace
}  // namespace newsarchive::indexer::html
