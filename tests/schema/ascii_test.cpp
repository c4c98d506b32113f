#include "newsarchive/ascii.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(Ascii, SpacesAreTheSixAsciiWhiteSpaces) {
  for (char c : std::string(" \t\n\r\f\v")) EXPECT_TRUE(is_ascii_space(c)) << int(c);
  for (char c : std::string("a0_\x1b\x7f")) EXPECT_FALSE(is_ascii_space(c)) << int(c);
  EXPECT_FALSE(is_ascii_space('\xC2'));  // a UTF-8 lead byte (of U+00A0) is no ASCII space
}

TEST(Ascii, TrimAndLowerLeaveOtherBytesAlone) {
  EXPECT_EQ(trim_ascii(" \t\fHeader: value\r\n\v"), "Header: value");
  EXPECT_EQ(trim_ascii(" \r\n "), "");
  EXPECT_EQ(trim_ascii("\xC2\xA0x\xC2\xA0"), "\xC2\xA0x\xC2\xA0");
  EXPECT_EQ(lower_ascii("Content-TYPE: Ä"), "content-type: Ä");
}

}  // namespace
}  // namespace newsarchive
