#include "readers/html_blocks.h"
#include "readers/html_captions.h"
#include "readers/html_content.h"
#include "readers/html_hints.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer::html {
namespace {

std::vector<std::string> body_of(const std::string& html, const std::string& headline = "") {
  XmlDoc doc = parse_html(html, "utf-8");
  return select_content(collect_blocks(root_element(doc)), headline).paragraphs;
}

const std::string kProse = "The council voted on Tuesday to keep the library open for another year";

TEST(HtmlContent, ChoosesTheDensestContainer) {
  const std::string html =
      "<html><body><div class='menu'><ul><li><a href='/a'>World news and analysis</a></li>"
      "<li><a href='/b'>Business and markets today</a></li></ul></div>"
      "<div><div class='main'><p>" + kProse + ".</p><p>Short line</p><p>" + kProse + ", officials said.</p>"
      "<p>Short end</p></div>"
      "<div class='teaser'><p><a href='/x'>A teaser headline that links to another story entirely</a></p></div>"
      "</div></body></html>";
  // The short line after the last prose is left out.
  EXPECT_EQ(body_of(html), (std::vector<std::string>{kProse + ".", "Short line", kProse + ", officials said."}));
}

TEST(HtmlContent, DropsFurnitureHiddenAndHeadline) {
  const std::string html =
      "<html><body><article><h1>Library stays open</h1><h2>Library stays open</h2>"
      "<p>" + kProse + ".</p><p>\xC2\xA9 Jane Roe/AP</p><p>" + kProse + ", again.</p>"
      "<div class='newsletter-signup'><p>Sign up for our newsletter to get the news every morning.</p></div>"
      "<p style='display: none'>" + kProse + ", hidden.</p>"
      "<p aria-hidden='true'>" + kProse + ", also hidden.</p>"
      "<script>var x = 'A script that is long enough to be prose if it were read';</script>"
      "<ul><li>" + kProse + ", in a list.</li></ul>"
      "</article></body></html>";
  EXPECT_EQ(body_of(html, "Library stays open"),
            (std::vector<std::string>{kProse + ".", kProse + ", again.", kProse + ", in a list."}));
}

TEST(HtmlContent, FurnitureHoldingMostTextIsKept) {
  // Class words say sidebar, but it is where the article is.
  const std::string html = "<html><body><div class='layout-with-sidebar'><p>" + kProse + ".</p><p>" + kProse +
                           " again.</p></div><div><p>Tiny</p></div></body></html>";
  EXPECT_EQ(body_of(html).size(), 2u);
}

TEST(HtmlContent, ArticleHeaderLeadIsKeptItsShortLinesAreNot) {
  const std::string html =
      "<html><body><header><p>" + kProse + ", the site says.</p></header><article><header><p>Politics</p>"
      "<p class='lead'>" + kProse + ", the lead says.</p><p>By Ana Silva</p></header>"
      "<p>" + kProse + ".</p><p>" + kProse + ", again.</p></article></body></html>";
  EXPECT_EQ(body_of(html), (std::vector<std::string>{kProse + ", the lead says.", kProse + ".", kProse + ", again."}));
}

TEST(HtmlContent, SmallBoxesAfterTheTextAreNotTheArticle) {
  // The text runs in div.story; the note after it sits in a box of its own
  // inside the chosen element, holding little prose beside the text.
  std::string text;
  for (int i = 0; i < 12; ++i) text += "<p>" + kProse + ", part " + std::to_string(i) + ".</p>";
  const std::string note = "Follow us on our channels for the latest stories every day";
  const std::string html = "<html><body><div class='page'><div class='story'>" + text + "<div class='box'><p>" +
                           note + ".</p></div></div></div></body></html>";
  const auto body = body_of(html);
  ASSERT_EQ(body.size(), 12u);
  EXPECT_EQ(body.back(), kProse + ", part 11.");
}

TEST(HtmlContent, ALargePartAfterTheTextIsMoreText) {
  // An article in two sections: the second holds as much prose as the
  // first and is kept.
  std::string part;
  for (int i = 0; i < 4; ++i) part += "<p>" + kProse + ", part " + std::to_string(i) + ".</p>";
  const std::string html = "<html><body><article><section>" + part + "</section><section>" + part +
                           "<p>" + kProse + ", the end.</p></section></article></body></html>";
  EXPECT_EQ(body_of(html).size(), 9u);
}

TEST(HtmlContent, BoxesOfAnotherKindAfterTheTextAreNotTheArticle) {
  // After the text's sections comes a box of another kind holding a third
  // as much prose as the main section: too much to cut it all, but it is
  // not of the text's kind; the second section, of the text's kind, stays.
  auto paragraphs = [](int n, const std::string& tag) {
    std::string out;
    for (int i = 0; i < n; ++i) out += "<p>" + kProse + ", " + tag + " " + std::to_string(i) + ".</p>";
    return out;
  };
  const std::string html = "<html><body><main><div class='chapter'>" + paragraphs(9, "first") +
                           "</div><div class='chapter'>" + paragraphs(3, "second") +
                           "</div><div class='more'>" + paragraphs(3, "box") + "</div></main></body></html>";
  const auto body = body_of(html);
  ASSERT_EQ(body.size(), 12u);
  EXPECT_EQ(body.back(), kProse + ", second 2.");
}

TEST(HtmlContent, ShortBlocksWithACopyrightSignAreCaptions) {
  const std::string caption = "The new ferry leaves the harbour for its first crossing. \xC2\xA9 Harbour Agency";
  const std::string html = "<html><body><article><p>" + kProse + ".</p><p>" + caption + "</p><p>" + kProse +
                           ", again.</p></article></body></html>";
  EXPECT_EQ(body_of(html), (std::vector<std::string>{kProse + ".", kProse + ", again."}));
}

TEST(HtmlContent, DoubleBreaksSplitParagraphs) {
  const std::string html = "<html><body><div>" + kProse + ".<br>Same paragraph.<br><br>" + kProse +
                           ", second.</div></body></html>";
  EXPECT_EQ(body_of(html), (std::vector<std::string>{kProse + ". Same paragraph.", kProse + ", second."}));
}

TEST(HtmlContent, ShortPageWithoutProse) {
  EXPECT_EQ(body_of("<html><body>Test</body></html>"), (std::vector<std::string>{"Test"}));
}

TEST(HtmlCaptions, CreditFromElementOrEnding) {
  XmlDoc doc = parse_html(
      "<html><body><figure><img alt='Alt one'><figcaption>Crowds at the gate. "
      "Photograph: Jane Roe/AP</figcaption></figure>"
      "<figure><figcaption>Flooded street (Getty Images)</figcaption></figure>"
      "<figure><img src='x.png'></figure></body></html>",
      "utf-8");
  auto caps = read_captions(root_element(doc));
  ASSERT_EQ(caps.size(), 2u);
  EXPECT_EQ(caps[0].text, "Crowds at the gate.");
  EXPECT_EQ(caps[0].alt_text, "Alt one");
  EXPECT_EQ(caps[0].credit, "Jane Roe/AP");
  EXPECT_EQ(caps[1].text, "Flooded street");
  EXPECT_EQ(caps[1].credit, "Getty Images");
}

TEST(HtmlHints, BylineTimeAndH1) {
  XmlDoc doc = parse_html(
      "<html><body><nav><h1>Site</h1></nav><h1>Real headline</h1>"
      "<div class='article-byline'>By <a rel='author'>Ana Silva</a> and Ben Ito</div>"
      "<time datetime='2024-01-01'>1 Jan</time><time itemprop='datePublished' datetime='2024-05-03'>3 May</time>"
      "</body></html>",
      "utf-8");
  const PageHints h = read_hints(root_element(doc));
  EXPECT_EQ(h.h1, "Real headline");
  EXPECT_EQ(h.byline, "By Ana Silva and Ben Ito");
  EXPECT_EQ(h.time, "2024-05-03");
  EXPECT_EQ(byline_names(h.byline), (std::vector<std::string>{"Ana Silva", "Ben Ito"}));
  EXPECT_EQ(byline_names("Von Lena Vogt, 12.03.2024"), (std::vector<std::string>{"Lena Vogt"}));
  EXPECT_EQ(byline_names("By GILLIAN MOHNEY Mar 11, 2015 2:05 PM"), (std::vector<std::string>{"GILLIAN MOHNEY"}));
}

}  // namespace
}  // namespace newsarchive::indexer::html
