#include "readers/containers.h"

#include <gtest/gtest.h>

#include "packing_fixtures.h"

namespace newsarchive::indexer {
namespace {

using testing::archive_of;
using testing::gzip;

TEST(Containers, SniffsPackingByMagicNumbers) {
  EXPECT_EQ(sniff_packing(gzip("hello")), Packing::compressed);
  EXPECT_EQ(sniff_packing("BZh91AY&SY"), Packing::compressed);
  EXPECT_EQ(sniff_packing(archive_of({{"a.txt", "A"}})), Packing::archive);
  EXPECT_EQ(sniff_packing("Headline\n\nBody."), Packing::plain);
  EXPECT_EQ(sniff_packing(""), Packing::plain);
}

TEST(Containers, NamesWithAndWithoutCompressionSuffixes) {
  EXPECT_EQ(without_compression_suffix("a.jsonl.gz"), "a.jsonl");
  EXPECT_EQ(without_compression_suffix("b.TXT.XZ"), "b.TXT");
  EXPECT_EQ(without_compression_suffix("c.txt"), "c.txt");
  EXPECT_TRUE(has_compression_suffix("d.warc.zst"));
  EXPECT_FALSE(has_compression_suffix("e.tgz"));
  EXPECT_TRUE(is_archive_name("e.tgz"));
  EXPECT_TRUE(is_archive_name("f.tar.bz2"));
  EXPECT_TRUE(is_archive_name("g.zip"));
  EXPECT_FALSE(is_archive_name("h.txt.gz"));
}

TEST(Containers, ReadsTarMembersInOrderSkippingNothingRegular) {
  const std::string tar = archive_of({{"x/one.txt", "One"}, {"x/two.jsonl", "{}"}},
                                     ARCHIVE_FILTER_GZIP);
  std::string error;
  auto u = Unpacker::open_memory(tar, error);
  ASSERT_TRUE(u) << error;
  std::vector<std::pair<std::string, std::string>> seen;
  while (u->next()) {
    EXPECT_TRUE(u->is_archive());
    std::string data;
    EXPECT_TRUE(read_all(u->data(), data));
    seen.emplace_back(u->member_name(), data);
  }
  EXPECT_TRUE(u->error().empty()) << u->error();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], (std::pair<std::string, std::string>{"x/one.txt", "One"}));
  EXPECT_EQ(seen[1], (std::pair<std::string, std::string>{"x/two.jsonl", "{}"}));
}

TEST(Containers, ReadsALoneCompressedStreamOfEachKind) {
  const std::string text(5000, 'w');
  for (int filter : {ARCHIVE_FILTER_GZIP, ARCHIVE_FILTER_BZIP2, ARCHIVE_FILTER_XZ,
                     ARCHIVE_FILTER_ZSTD}) {
    const std::string packed = archive_of({{"data", text}}, filter, ARCHIVE_FORMAT_RAW);
    std::string error;
    auto u = Unpacker::open_memory(packed, error);
    ASSERT_TRUE(u) << "filter " << filter << ": " << error;
    ASSERT_TRUE(u->next()) << u->error();
    EXPECT_FALSE(u->is_archive());
    EXPECT_EQ(u->member_name(), "");
    std::string data;
    EXPECT_TRUE(read_all(u->data(), data));
    EXPECT_EQ(data, text) << "filter " << filter;
    EXPECT_FALSE(u->next());
  }
}

TEST(Containers, ATruncatedArchiveSaysWhy) {
  std::string tar = archive_of({{"a.txt", std::string(20000, 'a')}, {"b.txt", "B"}},
                               ARCHIVE_FILTER_XZ);
  tar.resize(tar.size() / 2);
  std::string error;
  auto u = Unpacker::open_memory(tar, error);
  bool failed = !u;
  if (u) {
    while (u->next()) {
      std::string data;
      if (!read_all(u->data(), data)) {
        failed = true;
        EXPECT_FALSE(u->data().error().empty());
        break;
      }
    }
    failed = failed || !u->error().empty();
  }
  EXPECT_TRUE(failed);
}

}  // namespace
}  // namespace newsarchive::indexer
