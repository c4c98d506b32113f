#include "readers/html_reader.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

ReadResult read(const std::string& html, const std::string& url = "") {
  return read_html(Input{"page.html", "pages/page.html", html, url});
}

const char* kPage = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Herons return to the marsh | Marsh Gazette</title>
  <meta property="og:site_name" content="Marsh Gazette">
  <meta property="article:published_time" content="2024-05-03T08:00:00Z">
  <meta name="author" content="Ana Silva">
  <link rel="canonical" href="https://gazette.example/herons">
</head>
<body>
  <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <article>
    <h1>Herons return to the marsh</h1>
    <p class="byline">By Ana Silva</p>
    <figure><img src="h.jpg" alt="A heron standing in reeds">
      <figcaption>A grey heron at dawn. <span class="credit">Ben Ito/Marsh Gazette</span></figcaption>
    </figure>
    <div class="article-body">
      <p>Forty pairs of grey herons have nested in the reed beds this spring, the most since counting began.</p>
      <p>Volunteers counted the nests from a hide on the western bank, wardens said on Friday.</p>
      <blockquote><p>"We had almost given up on them," said the warden, Carla Mendes.</p></blockquote>
      <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email</a></div>
      <p>Counting will continue until the end of June, when the chicks leave the nests.</p>
    </div>
  </article>
  <aside class="related"><h2>Related</h2><p>Otters seen in the river again after twenty years of absence.</p></aside>
  <div id="comments"><p>Great news, I saw them myself last weekend on my walk around the lake!</p></div>
  <footer><p>Copyright Marsh Gazette 2024. All rights reserved. Terms and privacy policy.</p></footer>
</body></html>)";

TEST(HtmlReader, ArticlePage) {
  auto r = read(kPage, "https://gazette.example/herons?ref=feed");
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.url, "https://gazette.example/herons");
  EXPECT_EQ(a.id, "https://gazette.example/herons");
  EXPECT_EQ(a.headline, "Herons return to the marsh");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"Ana Silva"}));
  EXPECT_EQ(a.date, "2024-05-03T08:00:00Z");
  EXPECT_EQ(a.source, "Marsh Gazette");
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_TRUE(a.text.empty());
  EXPECT_EQ(a.body, (std::vector<std::string>{
                        "Forty pairs of grey herons have nested in the reed beds this spring, the most "
                        "since counting began.",
                        "Volunteers counted the nests from a hide on the western bank, wardens said on Friday.",
                        "\"We had almost given up on them,\" said the warden, Carla Mendes.",
                        "Counting will continue until the end of June, when the chicks leave the nests."}));
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].text, "A grey heron at dawn.");
  EXPECT_EQ(a.captions[0].alt_text, "A heron standing in reeds");
  EXPECT_EQ(a.captions[0].credit, "Ben Ito/Marsh Gazette");
}

TEST(HtmlReader, IdFromInputWithoutUrl) {
  auto r = read("<html><body><h1>Title</h1><p>A paragraph that is long enough to count as text.</p></body></html>");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "pages/page.html");
  EXPECT_EQ(r.articles[0].url, "");
  auto with_url = read("<html><body><p>A paragraph that is long enough to count as text.</p></body></html>",
                       "https://x.example/a");
  ASSERT_EQ(with_url.articles.size(), 1u);
  EXPECT_EQ(with_url.articles[0].id, "https://x.example/a");
}

TEST(HtmlReader, ScreenReaderLabelsAreNotText) {
  auto r = read(
      "<html><body><h1>Ferry fares frozen</h1><figure><img src=a.jpg alt=Ferry>"
      "<figcaption><span class=\"off-screen\">Media caption</span> The ferry at the quay."
      "</figcaption></figure><p><span class=\"sr-only\">Image copyright</span>Fares on the "
      "island ferry will not rise this winter, the operator said on Thursday.</p><p>The "
      "operator said passenger numbers grew by a fifth this year and fuel costs fell.</p>"
      "</body></html>");
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].text, "The ferry at the quay.");
  ASSERT_FALSE(a.body.empty());
  EXPECT_EQ(a.body[0].find("Image copyright"), std::string::npos) << a.body[0];
}

TEST(HtmlReader, RelativeCanonicalUrl) {
  const std::string page = "<html><head><link rel='canonical' href='/news/dam'></head><body>"
                           "<p>A paragraph that is long enough to count as text.</p></body></html>";
  auto r = read(page, "https://x.example/news/dam?utm=feed");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].url, "https://x.example/news/dam");
  auto without_base = read(page);
  ASSERT_EQ(without_base.articles.size(), 1u);
  EXPECT_EQ(without_base.articles[0].url, "");
  EXPECT_EQ(without_base.articles[0].id, "pages/page.html");
}

TEST(HtmlReader, Errors) {
  auto empty = read("  \n ");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_TRUE(empty.articles.empty());
  auto binary = read(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_EQ(binary.errors.size(), 1u);
  auto nothing = read("<html><body><nav><a href='/'>Home</a></nav></body></html>");
  ASSERT_EQ(nothing.errors.size(), 1u);
  EXPECT_EQ(nothing.errors[0].reason, "no article text found");
}

TEST(HtmlReader, HeadlineWithoutText) {
  auto r = read("<html><head><title>Live: results as they come in</title></head><body>"
                "<nav><a href='/'>Home</a></nav></body></html>");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Live: results as they come in");
  EXPECT_TRUE(r.articles[0].body.empty());
}

TEST(HtmlReader, DeclaredCharset) {
  // "Café" in ISO-8859-1, declared.
  auto r = read("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                "<title>Caf\xE9 reopens</title></head><body><p>The caf\xE9 on the corner reopened on "
                "Monday after a long winter.</p></body></html>");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Caf\xC3\xA9 reopens");
  EXPECT_TRUE(r.articles[0].warnings.empty());
}

TEST(HtmlReader, UndeclaredLatin1IsRepaired) {
  auto r = read("<html><body><p>The caf\xE9 on the corner reopened on Monday after a long winter.</p>"
                "</body></html>");
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.articles[0].body.size(), 1u);
  EXPECT_NE(r.articles[0].body[0].find("caf\xC3\xA9"), std::string::npos);
  EXPECT_EQ(r.articles[0].warnings.size(), 1u);
}

TEST(HtmlReader, JsonLdArticleBodyWhenThePageHasNoText) {
  auto r = read(R"(<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Dam opens", "articleBody": "The new dam opened on Monday.\nIt holds water for the whole valley."}
    </script></head><body><div id="app"></div></body></html>)");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Dam opens");
  EXPECT_EQ(r.articles[0].body,
            (std::vector<std::string>{"The new dam opened on Monday.", "It holds water for the whole valley."}));
}

TEST(HtmlReader, TitleSuffixStrippedWhenH1Matches) {
  auto r = read("<html><head><title>Storm closes ports - Coast Times</title></head><body>"
                "<h1>Storm closes ports</h1><p>All three ports on the coast closed on Tuesday as the "
                "storm arrived.</p></body></html>");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Storm closes ports");
  EXPECT_EQ(r.articles[0].body.size(), 1u);
}

}  // namespace
}  // namespace newsarchive::indexer
