#include "readers/http_message.h"

#include <gtest/gtest.h>

#include "packing_fixtures.h"

namespace newsarchive::indexer {
namespace {

TEST(HttpMessage, ParsesStatusTypeCharsetAndBody) {
  std::string reason;
  const auto r = parse_http_response(
      "HTTP/1.1 200 OK\r\nContent-Type: text/HTML; charset=\"ISO-8859-1\"\r\n"
      "Content-Length: 13\r\n\r\n<p>Hello</p>\n",
      reason);
  ASSERT_TRUE(r) << reason;
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->content_type, "text/html");
  EXPECT_EQ(r->charset, "iso-8859-1");
  EXPECT_EQ(r->body, "<p>Hello</p>\n");
}

TEST(HttpMessage, UndoesChunkedTransferAndGzipContentCoding) {
  const std::string page = "<html><body><p>Port reopens</p></body></html>";
  const std::string packed = testing::gzip(page);
  char size[16];
  std::snprintf(size, sizeof size, "%zx", packed.size());
  const std::string message = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n" +
                              std::string(size) + "\r\n" + packed + "\r\n0\r\n\r\n";
  std::string reason;
  const auto r = parse_http_response(message, reason);
  ASSERT_TRUE(r) << reason;
  EXPECT_EQ(r->body, page);
}

TEST(HttpMessage, RejectsWhatItCannotRead) {
  std::string reason;
  EXPECT_FALSE(parse_http_response("GET / HTTP/1.1\r\n\r\n", reason));
  EXPECT_EQ(reason, "not an HTTP response");
  EXPECT_FALSE(parse_http_response("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", reason));
  EXPECT_NE(reason.find("'br' not supported"), std::string::npos);
}

TEST(HttpMessage, FindsHeadersWithoutRegardToCase) {
  EXPECT_EQ(header_value("A: 1\r\ncontent-length:  42 \r\n", "Content-Length"), "42");
  EXPECT_EQ(header_value("A: 1\n", "B"), "");
}

}  // namespace
}  // namespace newsarchive::indexer
