#include "readers/markup_depth.h"

#include <gtest/gtest.h>

#include <string>

#include "readers/formats.h"

namespace newsarchive::indexer {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(MarkupDepth, ShallowMarkupIsLeftAlone) {
  EXPECT_FALSE(flatten_deep_markup("<a><b>text</b></a>", 2, false));
  // Self-closing tags, void elements and tags with optional ends do not nest.
  EXPECT_FALSE(flatten_deep_markup(repeat("<x/>", 50), 2, false));
  EXPECT_FALSE(flatten_deep_markup(repeat("<p>one<br>", 50), 2, true));
}

TEST(MarkupDepth, DeepTagsBecomeSpacesAndTheirTextStays) {
  const auto flat = flatten_deep_markup("<a><b><c>deep</c></b> after</a>", 2, false);
  ASSERT_TRUE(flat);
  EXPECT_EQ(flat->bytes, "<a><b> deep </b> after</a>");
  EXPECT_EQ(flat->first, 6u);
  EXPECT_EQ(flat->dropped, 2u);
}

TEST(MarkupDepth, CommentsScriptsAndQuotedValuesAreNotTags) {
  const std::string html =
      "<div title='<div><div>'><!-- <div><div><div> --><script>if (a<b) x='<div><div>';</script>"
      "<div>text</div></div>";
  EXPECT_FALSE(flatten_deep_markup(html, 2, true));
}

// Rows and cells of nested tables nest as the parser will nest them; cells,
// items and paragraphs left open are ended by the next of their kind.
TEST(MarkupDepth, HtmlNestsAsTheParserWill) {
  const auto tables = flatten_deep_markup(
      repeat("<table><tr><td>", 100) + "cell" + repeat("</td></tr></table>", 100), 240, true);
  ASSERT_TRUE(tables);
  EXPECT_EQ(tables->dropped, 2u * (300 - 240));
  EXPECT_FALSE(flatten_deep_markup(repeat("<li>item", 500), 10, true));
  EXPECT_FALSE(flatten_deep_markup("<table>" + repeat("<tr><td>a<td>b", 500) + "</table>", 10, true));
  EXPECT_FALSE(flatten_deep_markup(repeat("<div><p>text</div>", 500), 2, true));
  // A run of stray end tags changes nothing.
  EXPECT_FALSE(flatten_deep_markup("<div>" + repeat("</span>", 1000) + "</div>", 1, true));
}

// An end tag in capitals ends a script too: the nesting after it is seen.
TEST(MarkupDepth, AScriptEndsAtItsEndTagInAnyCase) {
  const auto flat = flatten_deep_markup(
      "<SCRIPT>x='<div>';</SCRIPT><div><div><div>deep</div></div></div>", 2, true);
  ASSERT_TRUE(flat);
  EXPECT_EQ(flat->dropped, 2u);
}

// Issue 16, finding 10: text inside 100,000 nested <div>s is kept, with a
// warning, and so is the text after them.
TEST(MarkupDepth, DeeplyNestedHtmlKeepsItsText) {
  const int n = 100000;
  const std::string page =
      "<!DOCTYPE html><html><head><title>Deep page</title></head><body><h1>Deep page</h1>"
      "<p>Before the nest, with a sentence long enough to count as text.</p>" +
      repeat("<div>", n) + "<p>Inside the nest, deep down, with a sentence long enough.</p>" +
      repeat("</div>", n) + "<p>After the nest, with a sentence long enough to count too.</p>"
      "</body></html>";
  const ReadResult r = read_input(Input{"deep.html", "deep.html", page, ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  std::string body;
  for (const std::string& p : a.body) body += p + "\n";
  EXPECT_NE(body.find("Inside the nest"), std::string::npos) << body;
  EXPECT_NE(body.find("After the nest"), std::string::npos) << body;
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("nested deeper than 240 levels"), std::string::npos) << a.warnings[0];
}

TEST(MarkupDepth, DeeplyNestedNitfKeepsItsText) {
  const int n = 100000;
  const std::string xml =
      "<?xml version=\"1.0\"?><nitf><head><title>Deep</title></head><body><body.content>"
      "<p>Before.</p>" + repeat("<block>", n) + "<p>Inside the nest.</p>" + repeat("</block>", n) +
      "<p>After.</p></body.content></body></nitf>";
  const ReadResult r = read_input(Input{"deep.xml", "deep.xml", xml, ""}, {});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body,
            (std::vector<std::string>{"Before.", "Inside the nest.", "After."}));
  ASSERT_EQ(r.articles[0].warnings.size(), 1u);
}

}  // namespace
}  // namespace newsarchive::indexer
