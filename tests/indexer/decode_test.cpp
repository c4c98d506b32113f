#include "readers/decode.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

using namespace std::string_literals;

TEST(DecodeTest, PlainUtf8IsUntouched) {
  const std::string in = "Headline\n\nCaf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80\n";
  const Decoded d = decode_text(in);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, in);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DecodeTest, DropsByteOrderMark) {
  const Decoded d = decode_text("\xEF\xBB\xBFHello\nworld");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "Hello\nworld");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DecodeTest, CrLfBecomesLf) {
  const Decoded d = decode_text("one\r\ntwo\r\n\r\nthree");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "one\ntwo\n\nthree");
}

TEST(DecodeTest, LoneCrBecomesLf) {
  const Decoded d = decode_text("one\rtwo\r\rthree\r");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "one\ntwo\n\nthree\n");
}

TEST(DecodeTest, BomAndCrLfTogether) {
  const Decoded d = decode_text("\xEF\xBB\xBF" "a\r\nb");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "a\nb");
}

TEST(DecodeTest, InvalidUtf8IsReadAsWindows1252WithOffset) {
  // 0xA3 is the pound sign in Latin-1; 0x93/0x94 are curly double quotes
  // and 0x80 the euro sign in Windows-1252.
  const std::string in = "Price: \xA3" "15.8m, \x93quoted\x94 \x80" "5";
  const Decoded d = decode_text(in);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "Price: \xC2\xA3" "15.8m, \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "not valid UTF-8 at byte 7; read as Windows-1252");
}

// Text mixing UTF-8 with a stray Latin-1 byte keeps its UTF-8: only the
// byte that is not UTF-8 is read as Windows-1252.
TEST(DecodeTest, MixedTextKeepsItsUtf8) {
  const Decoded d = decode_text("Caf\xC3\xA9 own\xE9rs, \xE2\x80\x9Cquoted\xE2\x80\x9D");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "Caf\xC3\xA9 own\xC3\xA9rs, \xE2\x80\x9Cquoted\xE2\x80\x9D");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "not valid UTF-8 at byte 9; read as Windows-1252");
}

TEST(DecodeTest, OffsetCountsTheByteOrderMark) {
  const Decoded d = decode_text("\xEF\xBB\xBF" "ab\xE9");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "ab\xC3\xA9");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "not valid UTF-8 at byte 5; read as Windows-1252");
}

TEST(DecodeTest, UndefinedWindows1252BytesBecomeReplacementCharacter) {
  const Decoded d = decode_text("a\x81z");
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "a\xEF\xBF\xBDz");
}

TEST(DecodeTest, RejectsOverlongsSurrogatesAndTruncatedSequences) {
  for (const std::string& bad : {"x\xC0\xAF"s, "x\xE0\x80\xAF"s, "x\xED\xA0\x80"s,
                                "x\xF4\x90\x80\x80"s, "x\xE2\x82"s, "x\xF8\x88\x80\x80\x80"s}) {
    const Decoded d = decode_text(bad);
    ASSERT_TRUE(d.ok);
    ASSERT_EQ(d.warnings.size(), 1u) << bad;
    EXPECT_EQ(d.warnings[0], "not valid UTF-8 at byte 1; read as Windows-1252");
  }
}

TEST(DecodeTest, ValidUtf8AcrossTheFastPathBoundary) {
  // Multibyte sequences straddling 8-byte words.
  std::string in;
  for (int i = 0; i < 50; ++i) in += "abcdef\xC3\xA9gh\xE2\x80\x94";
  const Decoded d = decode_text(in);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, in);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DecodeTest, StrayNulBytesAreRemovedWithTheirOffset) {
  const Decoded d = decode_text("abcdefghijkl\0mn\0"s);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text, "abcdefghijklmn");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "2 NUL bytes removed (first at byte 12)");
}

TEST(DecodeTest, ManyNulBytesMeanBinaryWithOffset) {
  std::string in = "abcdefghijkl";
  for (int i = 0; i < 20; ++i) in += "\0\0x"s;
  const Decoded d = decode_text(in);
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.error.reason, "binary file");
  EXPECT_EQ(d.error.position, "byte 12");
}

TEST(DecodeTest, BinarySignaturesAreRefusedWhateverFollows) {
  const Decoded pdf = decode_text("%PDF-1.7\n" + std::string(5000, 'a'));
  EXPECT_FALSE(pdf.ok);
  EXPECT_EQ(pdf.error.reason, "binary file (a PDF document)");
  EXPECT_EQ(pdf.error.position, "byte 0");
  // A line of text that happens to start like one is text.
  EXPECT_TRUE(decode_text("BZh, the sound he made, said it all.").ok);
}

TEST(DecodeTest, ALineIsRepairedOnItsOwn) {
  const DecodedLine good = decode_line("{\"title\":\"Caf\xC3\xA9\"}");
  EXPECT_EQ(good.text, "{\"title\":\"Caf\xC3\xA9\"}");
  EXPECT_EQ(good.invalid_at, std::string_view::npos);
  const DecodedLine bad = decode_line("{\"title\":\"Caf\xE9\"}");
  EXPECT_EQ(bad.text, "{\"title\":\"Caf\xC3\xA9\"}");
  EXPECT_EQ(bad.invalid_at, 13u);
  const DecodedLine nul = decode_line("{\"a\":\0\"b\"}"s);
  EXPECT_EQ(nul.nul_at, 5u);
}

TEST(DecodeTest, ManyControlBytesMeanBinary) {
  std::string in = "text";
  for (int i = 0; i < 20; ++i) in += "\x01\x02\x1b";
  const Decoded d = decode_text(in);
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.error.reason, "binary file");
  EXPECT_EQ(d.error.position, "byte 4");
}

TEST(DecodeTest, AFewControlBytesAreReplacedBySpaces) {
  std::string in(2000, 'a');
  in[100] = '\x1b';
  in[500] = '\x0c';  // form feed is text
  const Decoded d = decode_text(in);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text[100], ' ');
  EXPECT_EQ(d.text[500], '\x0c');
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("byte 100"), std::string::npos);
}

TEST(DecodeTest, EmptyInputIsAnError) {
  const Decoded d = decode_text("");
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.error.reason, "empty input");
}

TEST(DecodeTest, WhitespaceOnlyInputIsAnError) {
  for (const std::string& in : {" \n\t\r\n   "s, "\xEF\xBB\xBF\n"s, std::string(40, ' ')}) {
    const Decoded d = decode_text(in);
    EXPECT_FALSE(d.ok);
    EXPECT_EQ(d.error.reason, "empty input");
  }
}

}  // namespace
}  // namespace newsarchive::indexer
