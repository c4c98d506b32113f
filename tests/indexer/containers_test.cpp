#include "readers/containers.h"

#include <gtest/gtest.h>

#include "packing_fixtures.h"
#include "readers/expansion_guard.h"

namespace newsarchive::indexer {
namespace {

using testing::archive_of;
using testing::archive_of_entries;
using testing::Entry;
using testing::gzip;

// Limits small enough for a test to build bombs quickly.
Limits small_limits() {
  Limits limits;
  limits.expansion_floor_bytes = 64 << 10;
  limits.max_expansion_ratio = 20;
  return limits;
}

struct Member {
  std::string name, data, error;
  bool at_limit = false;
};

std::vector<Member> members_of(Unpacker& u) {
  std::vector<Member> out;
  while (u.next()) {
    Member m;
    m.name = u.member_name();
    read_all(u.data(), m.data);
    m.error = u.data().error();
    m.at_limit = u.data().stopped_at_limit();
    out.push_back(m);
  }
  return out;
}

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

TEST(Containers, AZipMemberThatExpandsTooFarIsCutAndTheNextOneRead) {
  const std::string bomb(4 << 20, '\0');
  const std::string zip = archive_of_entries(
      {{"bomb.txt", bomb}, {"good.txt", "Good article"}}, ARCHIVE_FILTER_NONE,
      ARCHIVE_FORMAT_ZIP);
  ASSERT_LT(zip.size(), 64u << 10);
  std::string error;
  const Limits limits = small_limits();
  auto u = Unpacker::open_memory(zip, error, limits);
  ASSERT_TRUE(u) << error;
  std::vector<Member> seen;
  while (u->next()) {
    Member m;
    m.name = u->member_name();
    read_all(u->data(), m.data);
    m.error = u->data().error();
    m.at_limit = u->data().stopped_at_limit();
    if (!m.error.empty()) {
      EXPECT_TRUE(u->can_go_on_after_member());
    }
    seen.push_back(m);
  }
  ASSERT_EQ(seen.size(), 2u) << u->error();
  EXPECT_TRUE(seen[0].at_limit);
  EXPECT_NE(seen[0].error.find("--max-ratio"), std::string::npos) << seen[0].error;
  EXPECT_LE(seen[0].data.size(), expansion_allowed(limits, zip.size()));
  EXPECT_GE(seen[0].data.size(), limits.expansion_floor_bytes);
  EXPECT_EQ(seen[1].data, "Good article");
  EXPECT_TRUE(seen[1].error.empty());
}

TEST(Containers, ACompressedTarThatExpandsTooFarStopsAtTheBomb) {
  const std::string tar = archive_of_entries(
      {{"first.txt", "First"}, {"bomb.txt", std::string(4 << 20, ' ')}, {"last.txt", "Last"}},
      ARCHIVE_FILTER_GZIP);
  std::string error;
  auto u = Unpacker::open_memory(tar, error, small_limits());
  ASSERT_TRUE(u) << error;
  const std::vector<Member> seen = members_of(*u);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].data, "First");
  EXPECT_TRUE(seen[1].at_limit);
  EXPECT_NE(seen[1].error.find("compressed size"), std::string::npos) << seen[1].error;
  EXPECT_NE(u->error().find("--max-ratio"), std::string::npos) << u->error();
}

TEST(Containers, AMemberPassedOverIsStillHeldToTheLimit) {
  // The bomb is never read by the caller: passing over it must not follow
  // it to its end unguarded.
  const std::string tar = archive_of_entries(
      {{"bomb.bin", std::string(4 << 20, ' ')}, {"last.txt", "Last"}}, ARCHIVE_FILTER_GZIP);
  std::string error;
  auto u = Unpacker::open_memory(tar, error, small_limits());
  ASSERT_TRUE(u) << error;
  ASSERT_TRUE(u->next());
  EXPECT_EQ(u->member_name(), "bomb.bin");
  EXPECT_FALSE(u->next());
  EXPECT_NE(u->error().find("--max-ratio"), std::string::npos) << u->error();
}

TEST(Containers, TextThatCompressesWellIsNotABomb) {
  std::string text;
  for (int i = 0; text.size() < (1 << 20); ++i)
    text += "Paragraph " + std::to_string(i) + " of an ordinary article about the harbour.\n";
  const std::string tgz = archive_of({{"a.txt", text}}, ARCHIVE_FILTER_GZIP);
  std::string error;
  Limits limits = small_limits();
  limits.max_expansion_ratio = 100;
  auto u = Unpacker::open_memory(tgz, error, limits);
  ASSERT_TRUE(u) << error;
  const std::vector<Member> seen = members_of(*u);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].data, text);
  EXPECT_TRUE(seen[0].error.empty()) << seen[0].error;
}

TEST(Containers, MembersThatAreNotFilesAreNamedWithTheirKind) {
  const std::string tar = archive_of_entries({{"dir", "", AE_IFDIR},
                                              {"dir/a.txt", "A"},
                                              {"link.txt", "", AE_IFLNK, "/etc/passwd"},
                                              {"hard.txt", "", AE_IFREG, "", "dir/a.txt"},
                                              {"dev", "", AE_IFCHR},
                                              {"pipe", "", AE_IFIFO},
                                              {"b.txt", "B"}});
  std::string error;
  auto u = Unpacker::open_memory(tar, error);
  ASSERT_TRUE(u) << error;
  const std::vector<Member> seen = members_of(*u);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].name, "dir/a.txt");
  EXPECT_EQ(seen[1].name, "b.txt");
  std::vector<std::string> skipped;
  for (const SkippedMember& m : u->take_skipped()) skipped.push_back(m.name + ": " + m.reason);
  EXPECT_EQ(skipped, (std::vector<std::string>{"link.txt: a symbolic link to /etc/passwd",
                                               "hard.txt: a hard link to dir/a.txt",
                                               "dev: a character device", "pipe: a FIFO"}));
}

}  // namespace
}  // namespace newsarchive::indexer
