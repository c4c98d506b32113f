#include "readers/jsonl_reader.h"

#include <gtest/gtest.h>

namespace newsarchive::indexer {
namespace {

ReadResult read(const std::string& bytes, JsonlOptions options = {}) {
  return read_jsonl(Input{"feed.jsonl", "feed.jsonl", bytes, ""}, options);
}

TEST(JsonlReader, KeysAndAliases) {
  auto r = read(
      R"({"Title": "Herons return", "description": "Forty nests.", "authors": ["A. Silva", "B. Ito"],)"
      R"( "published_at": "2024-05-03", "text": "One.\n\nTwo\nlines.", "link": "https://x.org/h",)"
      R"( "publisher": {"name": "Marsh Gazette"}, "categories": ["nature", "birds"], "lang": "en-GB"})");
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  const RawArticle& a = r.articles[0];
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.id, "https://x.org/h");
  EXPECT_EQ(a.headline, "Herons return");
  EXPECT_EQ(a.standfirst, "Forty nests.");
  EXPECT_EQ(a.byline, (std::vector<std::string>{"A. Silva", "B. Ito"}));
  EXPECT_EQ(a.date, "2024-05-03");
  EXPECT_EQ(a.body, (std::vector<std::string>{"One.", "Two lines."}));
  EXPECT_EQ(a.source, "Marsh Gazette");
  EXPECT_EQ(a.section, "nature");
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_EQ(a.origin, "feed.jsonl:1");
}

TEST(JsonlReader, BodyAsArrayAndCaptions) {
  auto r = read(R"({"headline": "H", "body": ["P1", "P2"], "id": "x1",)"
                R"( "captions": [{"text": "A photo", "credit": "AFP"}, "Plain caption"]})");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "x1");
  EXPECT_EQ(r.articles[0].body.size(), 2u);
  ASSERT_EQ(r.articles[0].captions.size(), 2u);
  EXPECT_EQ(r.articles[0].captions[0].credit, "AFP");
}

TEST(JsonlReader, SubjectsAsAnArrayOrACommaSeparatedString) {
  const ReadResult r = read(
      "{\"title\": \"A\", \"tags\": [\"ports\", \"strikes\"]}\n"
      "{\"title\": \"B\", \"keywords\": \"ferries, winter timetable\"}\n");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].subjects, (std::vector<std::string>{"ports", "strikes"}));
  EXPECT_EQ(r.articles[1].subjects, (std::vector<std::string>{"ferries", " winter timetable"}));
}

TEST(JsonlReader, OneObjectOverSeveralLines) {
  const ReadResult r = read("{\n  \"title\": \"Ferry fares frozen\",\n  \"text\": \"Fares will not rise.\"\n}\n");
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Ferry fares frozen");
  EXPECT_EQ(r.articles[0].id, "feed.jsonl");
  // Without a headline or body it is one error, not one a line.
  const ReadResult bad = read("{\n  \"colour\": \"red\"\n}\n");
  EXPECT_TRUE(bad.articles.empty());
  EXPECT_EQ(bad.errors.size(), 1u);
}

TEST(JsonlReader, BadLinesAreReportedAndSkipped) {
  auto r = read("{\"title\": \"Good\", \"text\": \"Body.\"}\n"
                "{\"title\": \"Broken\",\n"
                "\n"
                "[1, 2]\n"
                "{\"foo\": 1}\n"
                "{\"title\": \"Also good\"}\n");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].origin, "feed.jsonl:6");
  EXPECT_EQ(r.articles[1].id, "feed.jsonl:6");
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0].position.rfind("line 2, column ", 0), 0u) << r.errors[0].position;
  EXPECT_NE(r.errors[0].reason.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(r.errors[1].position, "line 4");
  EXPECT_EQ(r.errors[1].reason, "not a JSON object");
  EXPECT_EQ(r.errors[2].position, "line 5");
}

TEST(JsonlReader, KeyMapOverridesAliases) {
  JsonlOptions options;
  options.key_map = {{"hl", "headline"}, {"summary", "body"}};
  auto r = read(R"({"hl": "Mapped", "summary": "Used as body.", "text": "Ignored."})", options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Mapped");
  EXPECT_EQ(r.articles[0].body, (std::vector<std::string>{"Used as body."}));
  EXPECT_TRUE(is_mappable_field("body"));
  EXPECT_FALSE(is_mappable_field("nonsense"));
}

TEST(JsonlReader, ArrayOfArticles) {
  auto r = read(R"([{"title": "One"}, 5, {"title": "Two"}])");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].id, "feed.jsonl:3");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "item 2");
}

// Issue 16, finding 6: one bad byte in line 2 is repaired in line 2 alone;
// the good lines around it stay as they were written.
TEST(JsonlReader, InvalidUtf8IsRepairedInItsLineOnly) {
  const std::string bytes =
      "{\"title\": \"Caf\xC3\xA9 one\", \"text\": \"Body.\"}\n"
      "{\"title\": \"Caf\xE9 two\", \"text\": \"Body.\"}\n"
      "{\"title\": \"Caf\xC3\xA9 three\", \"text\": \"Body.\"}\n";
  const ReadResult r = read(bytes);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].headline, "Caf\xC3\xA9 one");
  EXPECT_EQ(r.articles[1].headline, "Caf\xC3\xA9 two");
  EXPECT_EQ(r.articles[2].headline, "Caf\xC3\xA9 three");
  EXPECT_TRUE(r.articles[0].warnings.empty());
  EXPECT_TRUE(r.articles[2].warnings.empty());
  ASSERT_EQ(r.articles[1].warnings.size(), 1u);
  EXPECT_EQ(r.articles[1].warnings[0],
            "line 2, column 15: not valid UTF-8; its bytes that are not read as Windows-1252");
}

// A line mixing UTF-8 with a Latin-1 byte keeps its UTF-8: only the bad
// byte is read as Windows-1252.
TEST(JsonlReader, AMixedLineKeepsItsUtf8) {
  const ReadResult r = read("{\"title\": \"Caf\xC3\xA9 own\xE9rs\", \"text\": \"Body.\"}\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Caf\xC3\xA9 own\xC3\xA9rs");
  EXPECT_EQ(r.articles[0].warnings.size(), 1u);
}

// Issue 16, finding 7: a NUL byte costs its line, not the file.
TEST(JsonlReader, ANulByteCostsOnlyItsLine) {
  std::string bytes;
  const int lines = 20000;
  for (int i = 1; i <= lines; ++i)
    bytes += "{\"title\": \"Story " + std::to_string(i) + "\", \"text\": \"Body.\"}\n";
  const std::size_t line_777 = bytes.find("Story 777\"");
  bytes[line_777 + 2] = '\0';
  const ReadResult r = read(bytes);
  ASSERT_EQ(r.articles.size(), static_cast<std::size_t>(lines - 1));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "line 777, column 14");
  EXPECT_EQ(r.errors[0].reason, "binary data (a NUL byte) in the line; line skipped");
  EXPECT_EQ(r.articles[775].headline, "Story 776");
  EXPECT_EQ(r.articles[776].headline, "Story 778");
}

// Found by fuzzing: valid JSON syntax holding a number past a double's
// range threw an exception that escaped the reader and lost the file.
TEST(JsonlReader, ANumberOverflowCostsOnlyItsLine) {
  const ReadResult r = read("{\"title\": \"First\", \"text\": \"Body.\"}\n"
                            "{\"title\": \"Second\", \"text\": 1e999}\n"
                            "{\"title\": \"Third\", \"text\": \"Body.\"}\n");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].headline, "Third");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "line 2");
  EXPECT_NE(r.errors[0].reason.find("number overflow"), std::string::npos) << r.errors[0].reason;
  // A lone object, and an array, holding one.
  EXPECT_EQ(read("{\"title\": \"Only\", \"text\": 1e999}").errors.size(), 1u);
  EXPECT_EQ(read("[{\"title\": \"Only\", \"text\": 1e999}]").errors.size(), 1u);
}

TEST(JsonlReader, ABinaryFileIsOneError) {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 100; ++i) bytes += std::string("\0\0\0\rIHDR\n", 10);
  const ReadResult r = read(bytes);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].reason, "binary file (a PNG image)");
}

// A block of lines from the middle of a big file: positions, ids and
// origins count from Input::first_line.
TEST(JsonlReader, LinesCountFromFirstLine) {
  Input input{"big.jsonl", "big.jsonl",
              "{\"title\": \"A\", \"text\": \"B.\"}\n{oops\n{\"title\": \"C\", \"text\": \"D.\"}\n", ""};
  input.first_line = 5001;
  const ReadResult r = read_jsonl(input, {});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].origin, "big.jsonl:5001");
  EXPECT_EQ(r.articles[0].id, "big.jsonl:5001");
  EXPECT_EQ(r.articles[1].origin, "big.jsonl:5003");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position.rfind("line 5002", 0), 0u);
}

// Values nested a hundred thousand deep: read without recursion, the line's
// article kept with a warning, the next line read.
TEST(JsonlReader, DeeplyNestedValuesAreReportedNotFollowed) {
  const int n = 100000;
  const std::string bytes = "{\"title\": " + std::string(n, '[') + "\"Deep\"" + std::string(n, ']') +
                            ", \"text\": \"Body.\"}\n{\"title\": \"Second\", \"text\": \"Two.\"}\n";
  const ReadResult r = read(bytes);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].body, (std::vector<std::string>{"Body."}));
  ASSERT_EQ(r.articles[0].warnings.size(), 1u);
  EXPECT_EQ(r.articles[0].warnings[0],
            "line 1: JSON nested deeper than 256 levels; what lies deeper was not read");
  EXPECT_EQ(r.articles[1].headline, "Second");
}

// A broken first line that opens with '[' does not make the file one
// broken array: the lines after it are read.
TEST(JsonlReader, ABrokenFirstLineOpeningAnArrayCostsThatLine) {
  const ReadResult r = read("[broken\n{\"title\": \"A\", \"text\": \"B.\"}\n"
                            "{\"title\": \"C\", \"text\": \"D.\"}\n");
  ASSERT_EQ(r.articles.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position.rfind("line 1", 0), 0u) << r.errors[0].position;
  // A pretty-printed array is still one document.
  EXPECT_EQ(read("[\n  {\"title\": \"A\", \"text\": \"B.\"},\n"
                 "  {\"title\": \"C\", \"text\": \"D.\"}\n]\n").articles.size(), 2u);
}

// A later block of a file read a block at a time is lines, whatever its
// first line holds.
TEST(JsonlReader, ALaterBlockIsLines) {
  Input input{"big.jsonl", "big.jsonl",
              "[1, 2]\n{\"title\": \"A\", \"text\": \"B.\"}\n", ""};
  input.first_line = 4001;
  const ReadResult r = read_jsonl(input, {});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "big.jsonl:4002");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "line 4001");
}

// Binary bytes in one line cost that line: the file is not binary.
TEST(JsonlReader, ALineOfBinaryBytesCostsThatLine) {
  std::string bytes;
  for (int i = 1; i <= 50; ++i)
    bytes += "{\"title\": \"Story " + std::to_string(i) + "\", \"text\": \"Body.\"}\n";
  bytes += std::string(5000, '\x01') + "\n" + std::string(3000, '\0') + "\n";
  bytes += "{\"title\": \"Last\", \"text\": \"Body.\"}\n";
  const ReadResult r = read(bytes);
  ASSERT_EQ(r.articles.size(), 51u);
  EXPECT_EQ(r.articles.back().headline, "Last");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].position.rfind("line 51", 0), 0u) << r.errors[0].position;
  EXPECT_EQ(r.errors[1].position.rfind("line 52", 0), 0u) << r.errors[1].position;
}

// An array nested a million deep in one line costs its bytes, not a node
// per bracket; the article is kept with a warning.
TEST(JsonlReader, AMillionOpenBracketsArePrunedBeforeParsing) {
  const std::string bytes = "{\"title\": \"Deep\", \"text\": \"Body.\", \"x\": " +
                            std::string(1000000, '[') + "\n{\"title\": \"Next\", \"text\": \"Two.\"}\n";
  const ReadResult r = read(bytes);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Next");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].position, "line 1");
}

TEST(JsonlReader, EmptyInputIsAnError) {
  auto r = read("  \n");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
}

}  // namespace
}  // namespace newsarchive::indexer
