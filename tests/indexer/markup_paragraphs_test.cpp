#include "readers/markup_paragraphs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readers/xml_tree.h"

namespace newsarchive::indexer {
namespace {

using Paragraphs = std::vector<std::string>;

TEST(MarkupParagraphs, BlocksAndInlineElements) {
  EXPECT_EQ(html_paragraphs("<h2>Storm warning</h2><p>Winds of <b>90 km/h</b> hit the "
                            "coast.</p><ul><li>Ferries halted</li><li>Schools shut</li></ul>"
                            "<blockquote>Stay indoors.</blockquote>"),
            (Paragraphs{"Storm warning", "Winds of 90 km/h hit the coast.", "Ferries halted",
                        "Schools shut", "Stay indoors."}));
}

TEST(MarkupParagraphs, LineBreaks) {
  // Hard-wrapped sentence: one paragraph.
  EXPECT_EQ(html_paragraphs("<p>The river rose <br/>two metres overnight.</p>"),
            (Paragraphs{"The river rose two metres overnight."}));
  // Whole sentences on their own lines, and a double break: apart.
  EXPECT_EQ(html_paragraphs("<p>Roads closed.<br>Trains late.</p><p>First part<br><br>second "
                            "part</p>"),
            (Paragraphs{"Roads closed.", "Trains late.", "First part", "second part"}));
}

TEST(MarkupParagraphs, LeavesOutFurnitureAndMedia) {
  EXPECT_EQ(html_paragraphs("<html><head><title>T</title><style>p{}</style></head><body>"
                            "<header><h1>Headline again</h1></header><p>Text.</p>"
                            "<figure><img src='x'/><figcaption>A photo</figcaption></figure>"
                            "<script>var x;</script></body></html>"),
            (Paragraphs{"Text."}));
}

TEST(MarkupParagraphs, TableRowsAndWhiteSpace) {
  EXPECT_EQ(html_paragraphs("<table><tr><td>Oslo</td><td>4</td></tr><tr><td>Bergen</td>"
                            "<td>7</td></tr></table><p>  spaced \n  out  </p>"),
            (Paragraphs{"Oslo 4", "Bergen 7", "spaced out"}));
}

TEST(MarkupParagraphs, FromAnXmlElement) {
  std::string error;
  const XmlDoc doc = parse_xml(
      "<body.content xmlns='urn:x'><block><p>One <person>Ann Lee</person> said.</p>"
      "<media><media-caption>Not body</media-caption></media><hl2>Sub</hl2></block>"
      "</body.content>",
      error);
  ASSERT_TRUE(doc) << error;
  EXPECT_EQ(markup_paragraphs(root_element(doc)), (Paragraphs{"One Ann Lee said.", "Sub"}));
}

TEST(MarkupParagraphs, PlainText) {
  EXPECT_EQ(html_paragraphs("First line\nwrapped.\n\nSecond."),
            (Paragraphs{"First line wrapped.", "Second."}));
  EXPECT_EQ(text_paragraphs("One\nTwo\n"), (Paragraphs{"One", "Two"}));
  EXPECT_TRUE(text_paragraphs(" \n \n").empty());
}

}  // namespace
}  // namespace newsarchive::indexer

namespace newsarchive::indexer {
namespace {

TEST(MarkupParagraphs, WireCopyInsideOneBlock) {
  // Hard-wrapped at the margin, paragraphs opening indented.
  EXPECT_EQ(html_paragraphs("<p>    LONDON, May 2 - Prices rose\non Monday, traders said.\n"
                            "    Stocks fell.\n    Bonds were\nflat.</p>"),
            (std::vector<std::string>{"LONDON, May 2 - Prices rose on Monday, traders said.",
                                      "Stocks fell.", "Bonds were flat."}));
  // Pretty-printed, every line indented: one paragraph.
  EXPECT_EQ(html_paragraphs("<p>\n    One sentence\n    wrapped here.\n  </p>"),
            (std::vector<std::string>{"One sentence wrapped here."}));
}

}  // namespace
}  // namespace newsarchive::indexer
