#include "readers/html_charset.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer::html {
namespace {

TEST(HtmlCharset, Declared) {
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"Shift_JIS\">"), "shift_jis");
  EXPECT_EQ(declared_charset("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"),
            "iso-8859-1");
  EXPECT_EQ(declared_charset("<!-- <meta charset=koi8-r> --><p>x</p>"), "");
}

TEST(HtmlCharset, Chosen) {
  PageBytes page;
  ASSERT_FALSE(prepare_page("<meta charset=iso-8859-1><p>caf\xE9</p>", page));
  EXPECT_EQ(page.encoding, "windows-1252");
  EXPECT_TRUE(page.warnings.empty());

  page = {};
  ASSERT_FALSE(prepare_page("<meta charset=iso-8859-1><p>caf\xC3\xA9</p>", page));
  EXPECT_EQ(page.encoding, "utf-8");

  page = {};
  ASSERT_FALSE(prepare_page("<p>caf\xE9</p>", page));
  EXPECT_EQ(page.encoding, "windows-1252");
  EXPECT_EQ(page.warnings.size(), 1u);
}

TEST(HtmlCharset, MostlyUtf8IsRepaired) {
  PageBytes page;
  ASSERT_FALSE(prepare_page("<meta charset=utf-8><p>caf\xC3\xA9 na\xC3\xAFve \xC3\xA0 \x93quoted\x94</p>", page));
  EXPECT_EQ(page.encoding, "utf-8");
  EXPECT_EQ(page.bytes, "<meta charset=utf-8><p>caf\xC3\xA9 na\xC3\xAFve \xC3\xA0 \xE2\x80\x9Cquoted\xE2\x80\x9D</p>");
  EXPECT_EQ(page.warnings.size(), 1u);
}

TEST(HtmlCharset, NulBytesRemovedAfterTheStart) {
  PageBytes page;
  const std::string input = "<html><body><p>" + std::string(5000, 'x') + std::string("\0\0", 2) + "</p>";
  ASSERT_FALSE(prepare_page(input, page));
  EXPECT_EQ(page.bytes.size(), input.size() - 2);
  auto error = prepare_page(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), page);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->reason, "binary file (a PNG image)");
}

}  // namespace
}  // namespace newsarchive::indexer::html
