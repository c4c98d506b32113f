#include "readers/warc_reader.h"

#include <gtest/gtest.h>

#include <vector>

#include "packing_fixtures.h"

namespace newsarchive::indexer {
namespace {

std::string record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: " + content_type + "\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string response(int status, const std::string& type, const std::string& body) {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + type + "\r\n\r\n" + body;
}

struct Collected {
  std::vector<WarcPage> pages;
  std::vector<ReadError> errors;
  WarcCounts counts;
};

Collected read(const std::string& bytes, const Limits& limits = {}) {
  Collected c;
  MemoryStream in(bytes);
  c.counts = read_warc(
      in, [&](WarcPage&& p) { c.pages.push_back(std::move(p)); },
      [&](ReadError&& e) { c.errors.push_back(std::move(e)); }, limits);
  return c;
}

// A record whose Content-Length says `length` whatever its block holds.
std::string lying_record(const std::string& length, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: liar\r\n"
         "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
         length + "\r\n\r\n" + block + "\r\n\r\n";
}

TEST(WarcReader, KeepsHtmlResponsesAndPassesOverTheRest) {
  const std::string warc =
      record("warcinfo", "", "software: test\r\n", "application/warc-fields") +
      record("request", "https://news.example/a", "GET /a HTTP/1.1\r\n\r\n",
             "application/http; msgtype=request") +
      record("response", "https://news.example/a",
             response(200, "text/html; charset=utf-8", "<html><p>A</p></html>")) +
      record("response", "https://news.example/logo.png", response(200, "image/png", "PNG")) +
      record("response", "https://news.example/old", response(301, "text/html", "")) +
      record("resource", "https://news.example/b", "<!DOCTYPE html><p>B</p>", "text/html");
  const Collected c = read(warc);
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_EQ(c.pages[0].uri, "https://news.example/a");
  EXPECT_EQ(c.pages[0].html, "<html><p>A</p></html>");
  EXPECT_EQ(c.pages[1].uri, "https://news.example/b");
  EXPECT_EQ(c.counts.records, 6u);
  EXPECT_EQ(c.counts.passed_over, 4u);
}

TEST(WarcReader, RecordOffsetsPointAtTheirVersionLines) {
  const std::string first = record("response", "u1", response(200, "text/html", "<p>1</p>"));
  const std::string second = record("response", "u2", response(200, "text/html", "<p>2</p>"));
  const Collected c = read(first + second);
  ASSERT_EQ(c.pages.size(), 2u);
  EXPECT_EQ(c.pages[0].offset, 0u);
  EXPECT_EQ(c.pages[1].offset, first.size());
}

TEST(WarcReader, ABrokenHttpPayloadIsReportedAndReadingGoesOn) {
  const std::string warc = record("response", "u1", "not http at all") +
                           record("response", "u2", response(200, "text/html", "<p>2</p>"));
  const Collected c = read(warc);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].position, "record at byte 0 (u1)");
  EXPECT_EQ(c.errors[0].reason, "not an HTTP response");
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].uri, "u2");
}

TEST(WarcReader, ARecordCutShortEndsTheReadingWithAReason) {
  std::string warc = record("response", "u1", response(200, "text/html", "<p>1</p>")) +
                     record("response", "u2", response(200, "text/html", std::string(500, 'x')));
  warc.resize(warc.size() - 200);
  const Collected c = read(warc);
  ASSERT_EQ(c.pages.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].reason.rfind("record cut short at the end of the file", 0), 0u)
      << c.errors[0].reason;
}

TEST(WarcReader, ALengthRunningPastTheEndCostsThatRecordOnly) {
  // 300 MB claimed in a file of a few kB, and 10^15: the records after the
  // liar are read all the same, and the liar is reported by its offset.
  const std::string first = record("response", "u1", response(200, "text/html", "<p>1</p>"));
  const std::string after = record("response", "u2", response(200, "text/html", "<p>2</p>")) +
                            record("response", "u3", response(200, "text/html", "<p>3</p>"));
  for (const char* length : {"300000000", "1000000000000000", "4000"}) {
    const std::string liar = lying_record(length, response(200, "text/html", "<p>lie</p>"));
    const Collected c = read(first + liar + after);
    ASSERT_EQ(c.pages.size(), 3u) << length;
    EXPECT_EQ(c.pages[0].uri, "u1");
    EXPECT_EQ(c.pages[1].uri, "u2");
    EXPECT_EQ(c.pages[2].uri, "u3");
    EXPECT_EQ(c.pages[1].offset, first.size() + liar.size()) << length;
    ASSERT_EQ(c.errors.size(), 1u) << length;
    EXPECT_EQ(c.errors[0].position, "record at byte " + std::to_string(first.size()));
  }
}

TEST(WarcReader, ARecordOverTheLimitIsReportedAndTheNextOnesRead) {
  Limits limits;
  limits.max_record_bytes = 1000;
  const std::string big = record("response", "big", response(200, "text/html", std::string(5000, 'x')));
  const std::string small = record("response", "small", response(200, "text/html", "<p>s</p>"));
  const Collected c = read(big + small, limits);
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].uri, "small");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].position, "record at byte 0");
  EXPECT_NE(c.errors[0].reason.find("one line or record may hold"), std::string::npos)
      << c.errors[0].reason;
}

TEST(WarcReader, AnEmptyInputIsAFailure) {
  const Collected c = read("");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].reason, "empty input");
}

TEST(WarcReader, AGzipBodyIsHeldToTheExpansionLimit) {
  Limits limits;
  limits.expansion_floor_bytes = 1 << 16;
  const std::string zeros = testing::gzip(std::string(4 << 20, ' '));
  const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                            "Content-Encoding: gzip\r\n\r\n" + zeros;
  const Collected c = read(record("response", "bomb", block) +
                           record("response", "u", response(200, "text/html", "<p>x</p>")),
                           limits);
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].uri, "u");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].reason.find("--max-ratio"), std::string::npos) << c.errors[0].reason;
}

TEST(WarcReader, AfterARecordWithoutALengthReadingGoesOnAtTheNextRecord) {
  const std::string good = record("response", "u2", response(200, "text/html", "<p>2</p>"));
  const std::string bad = "WARC/1.0\r\nWARC-Type: response\r\n\r\nxyz\r\n\r\n";
  const Collected c = read(bad + good);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].position, "record at byte 0");
  EXPECT_EQ(c.errors[0].reason, "no Content-Length");
  EXPECT_NE(c.errors[1].reason.find("bytes passed over up to the next record"), std::string::npos);
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].uri, "u2");
}

TEST(WarcReader, ALengthThatIsNotANumberIsNamed) {
  for (const std::string length : {"-5", "12abc", "99999999999999999999"}) {
    const Collected c = read("WARC/1.0\r\nContent-Length: " + length + "\r\n\r\n" +
                             record("response", "u", response(200, "text/html", "<p>x</p>")));
    ASSERT_FALSE(c.errors.empty()) << length;
    EXPECT_EQ(c.errors[0].reason, "Content-Length '" + length + "' is not a number");
    EXPECT_EQ(c.pages.size(), 1u) << length;
  }
}

TEST(WarcReader, AnEndlessLineDoesNotHoldTheReaderUp) {
  const std::string junk = "WARC/1.0\r\nX-Junk: " + std::string(3 << 20, 'a');
  const Collected c = read(junk + "\r\n\r\n" +
                           record("response", "u", response(200, "text/html", "<p>x</p>")));
  ASSERT_FALSE(c.errors.empty());
  EXPECT_EQ(c.errors[0].reason, "header block too long");
  EXPECT_EQ(c.pages.size(), 1u);
}

TEST(WarcReader, AHeaderBlockOfManyShortLinesIsPassedOverToItsEnd) {
  std::string junk = "WARC/1.0\r\n";
  for (int i = 0; i < 100000; ++i) junk += "X-" + std::to_string(i) + ": y\r\n";
  const Collected c = read(junk + "\r\n" +
                           record("response", "u", response(200, "text/html", "<p>x</p>")));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].position, "record at byte 0");
  EXPECT_EQ(c.errors[0].reason, "header block too long");
  ASSERT_EQ(c.pages.size(), 1u);
  EXPECT_EQ(c.pages[0].uri, "u");
}

TEST(WarcReader, NamesAndFirstBytes) {
  EXPECT_TRUE(is_warc_name("CC-NEWS-20240101.warc.gz"));
  EXPECT_TRUE(is_warc_name("crawl.WARC"));
  EXPECT_FALSE(is_warc_name("page.html"));
  EXPECT_TRUE(looks_like_warc("WARC/1.1\r\n"));
  EXPECT_FALSE(looks_like_warc("<html>"));
}

}  // namespace
}  // namespace newsarchive::indexer
