#include "readers/gzip_stream.h"

#include <gtest/gtest.h>

#include "packing_fixtures.h"
#include "readers/expansion_guard.h"

namespace newsarchive::indexer {
namespace {

using testing::gzip;

std::string text_of(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; s.size() < n; ++i) s += "line " + std::to_string(i) + " of the feed\n";
  s.resize(n);
  return s;
}

TEST(GzipStream, DecompressesOneMember) {
  const std::string text = text_of(300000);
  const std::string packed = gzip(text);
  MemoryStream source(packed);
  GzipStream gz(source);
  std::string out;
  EXPECT_TRUE(read_all(gz, out)) << gz.error();
  EXPECT_EQ(out, text);
  EXPECT_EQ(gz.offset(), text.size());
}

TEST(GzipStream, ReadsMembersOneAfterAnotherAsOneStream) {
  const std::string packed = gzip("WARC record one\n") + gzip("WARC record two\n");
  MemoryStream source(packed);
  GzipStream gz(source);
  std::string out;
  EXPECT_TRUE(read_all(gz, out)) << gz.error();
  EXPECT_EQ(out, "WARC record one\nWARC record two\n");
}

TEST(GzipStream, ZeroPaddingAfterTheLastMemberIsPassedOver) {
  const std::string packed = gzip("one\n") + gzip("two\n") + std::string(70000, '\0');
  MemoryStream source(packed);
  GzipStream gz(source);
  std::string out;
  EXPECT_TRUE(read_all(gz, out)) << gz.error();
  EXPECT_EQ(out, "one\ntwo\n");
}

TEST(GzipStream, ATruncatedFileGivesWhatItCanThenTheReason) {
  const std::string text = text_of(200000);
  std::string packed = gzip(text);
  packed.resize(packed.size() * 2 / 3);
  MemoryStream source(packed);
  GzipStream gz(source);
  std::string out;
  EXPECT_FALSE(read_all(gz, out));
  EXPECT_NE(gz.error().find("truncated gzip"), std::string::npos) << gz.error();
  EXPECT_GT(out.size(), text.size() / 2);
  EXPECT_EQ(out, text.substr(0, out.size()));
}

TEST(GzipStream, CorruptDataIsAnError) {
  std::string packed = gzip(text_of(5000));
  for (std::size_t i = 20; i < 60; ++i) packed[i] = static_cast<char>(packed[i] ^ 0x5a);
  MemoryStream source(packed);
  GzipStream gz(source);
  std::string out;
  EXPECT_FALSE(read_all(gz, out));
  EXPECT_FALSE(gz.error().empty());
}

TEST(GzipStream, AGuardCutsABombAtTheLimitAndSaysHowToRaiseIt) {
  Limits limits;
  limits.expansion_floor_bytes = 1 << 16;
  limits.max_expansion_ratio = 10;
  const std::string packed = gzip(std::string(8 << 20, 'a'));
  MemoryStream source(packed);
  GzipStream gz(source);
  ExpansionGuard guarded(gz, [&source] { return source.offset(); }, limits);
  std::string out;
  EXPECT_FALSE(read_all(guarded, out));
  EXPECT_TRUE(guarded.stopped_at_limit());
  EXPECT_NE(guarded.error().find("--max-ratio"), std::string::npos) << guarded.error();
  EXPECT_EQ(out.size(), guarded.offset());
  EXPECT_EQ(out.size(), expansion_allowed(limits, source.offset()));
  EXPECT_LT(out.size(), 1u << 20);
}

TEST(GzipStream, AGuardLetsOrdinaryTextThrough) {
  const std::string text = text_of(3 << 20);
  const std::string packed = gzip(text);
  Limits limits;
  limits.expansion_floor_bytes = 1 << 16;
  MemoryStream source(packed);
  GzipStream gz(source);
  ExpansionGuard guarded(gz, [&source] { return source.offset(); }, limits);
  std::string out;
  EXPECT_TRUE(read_all(guarded, out)) << guarded.error();
  EXPECT_EQ(out, text);
}

TEST(GzipStream, ReadUpToStopsAtTheLimitAndSaysWhetherMoreCame) {
  const std::string text = text_of(10000);
  MemoryStream in(text);
  std::string out;
  EXPECT_FALSE(read_up_to(in, out, 4000));
  EXPECT_EQ(out, text.substr(0, 4000));
  EXPECT_TRUE(read_up_to(in, out, 20000));
  EXPECT_EQ(out, text);
}

}  // namespace
}  // namespace newsarchive::indexer
