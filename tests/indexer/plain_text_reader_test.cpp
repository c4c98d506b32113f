#include "readers/plain_text_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive::indexer {
namespace {

using namespace std::string_literals;

TEST(PlainTextReaderTest, FillsOneRawArticle) {
  const ReadResult r = read_plain_text({"in/a.txt", "a.txt", "Headline\r\n\r\nBody.\r\n", ""});
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.origin, "in/a.txt");
  EXPECT_EQ(a.id, "a.txt");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.text, "Headline\n\nBody.\n");
  EXPECT_TRUE(a.warnings.empty());
}

TEST(PlainTextReaderTest, PassesRepairWarningsOn) {
  const ReadResult r = read_plain_text({"b.txt", "b.txt", "Caf\xE9\n\nBody.", ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Caf\xC3\xA9\n\nBody.");
  ASSERT_EQ(r.articles[0].warnings.size(), 1u);
  EXPECT_EQ(r.articles[0].warnings[0], "not valid UTF-8 at byte 3; read as Windows-1252");
}

TEST(PlainTextReaderTest, BinaryInputIsAnErrorNotAnArticle) {
  const ReadResult r = read_plain_text({"c.bin", "c.bin", "GIF89a\0\0"s, ""});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].reason, "binary file (a GIF image)");
  EXPECT_EQ(r.errors[0].position, "byte 0");
}

// One stray NUL in a long text file costs only itself (issue 16, finding 7):
// the text is read, the NUL removed, with a warning naming its offset.
TEST(PlainTextReaderTest, AStrayNulIsRemovedNotTheWholeFile) {
  std::string text = "Harbour strike ends\n\n";
  for (int i = 0; i < 2000; ++i) text += "Dockworkers returned to the quays on Monday.\n";
  const std::size_t at = text.size() / 2;
  text.insert(at, 1, '\0');
  const ReadResult r = read_plain_text({"s.txt", "s.txt", text, ""});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.articles[0].text.find('\0'), std::string::npos);
  ASSERT_EQ(r.articles[0].warnings.size(), 1u);
  EXPECT_EQ(r.articles[0].warnings[0], "1 NUL byte removed (first at byte " + std::to_string(at) + ")");
}

TEST(PlainTextReaderTest, TextFullOfNulsIsStillBinary) {
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes += "ab\0c"s;
  const ReadResult r = read_plain_text({"u.txt", "u.txt", bytes, ""});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].reason, "binary file");
  EXPECT_EQ(r.errors[0].position, "byte 2");
}

TEST(PlainTextReaderTest, EmptyInputIsAnError) {
  const ReadResult r = read_plain_text({"d.txt", "d.txt", "\n\n", ""});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].reason, "empty input");
}

}  // namespace
}  // namespace newsarchive::indexer
