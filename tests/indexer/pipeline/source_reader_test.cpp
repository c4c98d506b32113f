#include "pipeline/source_reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>


#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../packing_fixtures.h"
#include "readers/jsonl_reader.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;
using testing::archive_of;
using testing::gzip;

struct Collector final : ReadSink {
  std::vector<RawArticle> articles;
  std::vector<std::string> failures;
  std::vector<std::string> named_skips;
  void article(RawArticle&& raw) override { articles.push_back(std::move(raw)); }
  void skipped(const std::string& member, const std::string& reason) override {
    if (!reason.empty()) named_skips.push_back(fs::path(member).filename().string() + "|" + reason);
  }
  void failure(const std::string& input, const std::string& position,
               const std::string& reason) override {
    failures.push_back(fs::path(input).filename().string() + "|" + position + "|" + reason);
  }
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const RawArticle& a : articles) out.push_back(a.id);
    return out;
  }
};

const char* const kArticle = "Harbour reopens\n\nThe harbour reopened on Monday.\n";

std::string feed(int lines) {
  std::string s;
  for (int i = 1; i <= lines; ++i)
    s += "{\"id\": \"item-" + std::to_string(i) + "\", \"title\": \"Item " + std::to_string(i) +
         "\", \"body\": \"Paragraph " + std::string(200, 'x') + "\"}\n";
  return s;
}

std::string warc_record(const std::string& uri, const std::string& html) {
  const std::string block =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

class SourceReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsarchive-source-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Collector read(const std::string& name, const std::string& bytes,
                 const ReaderOptions& options = {}) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    Collector c;
    EXPECT_TRUE(read_source({path.string(), "corpus/" + name}, options, c));
    return c;
  }

  fs::path dir_;
};

TEST_F(SourceReaderTest, ACompressedFileKeepsTheIdItWouldHaveUncompressed) {
  const Collector c = read("a.txt.gz", gzip(kArticle));
  EXPECT_TRUE(c.failures.empty());
  EXPECT_EQ(c.ids(), std::vector<std::string>{"corpus/a.txt"});
  EXPECT_EQ(c.articles[0].text, kArticle);
}

TEST_F(SourceReaderTest, OtherCompressorsAreReadToo) {
  for (const auto& [name, filter] : std::vector<std::pair<std::string, int>>{
           {"b.txt.bz2", ARCHIVE_FILTER_BZIP2},
           {"c.txt.xz", ARCHIVE_FILTER_XZ},
           {"d.txt.zst", ARCHIVE_FILTER_ZSTD}}) {
    const Collector c = read(name, archive_of({{"data", kArticle}}, filter, ARCHIVE_FORMAT_RAW));
    EXPECT_TRUE(c.failures.empty()) << name;
    ASSERT_EQ(c.articles.size(), 1u) << name;
    EXPECT_EQ(c.articles[0].id, "corpus/" + name.substr(0, name.rfind('.')));
  }
}

TEST_F(SourceReaderTest, ArchiveMembersAreReadInTurnWithTheirPathsInTheirIds) {
  const std::string tar = archive_of({{"2024/a.txt", kArticle},
                                      {"2024/feed.jsonl", feed(2)},
                                      {"2024/photo.png", "\x89PNG"},
                                      {"2024/.hidden.txt", kArticle},
                                      {"2024/inner.txt.gz", gzip(kArticle)}},
                                     ARCHIVE_FILTER_GZIP);
  const Collector c = read("batch.tar.gz", tar);
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
  EXPECT_EQ(c.ids(), (std::vector<std::string>{"corpus/batch.tar.gz/2024/a.txt", "item-1",
                                               "item-2", "corpus/batch.tar.gz/2024/inner.txt"}));
}

TEST_F(SourceReaderTest, CompressedWarcFilesInsideAnArchiveAreRead) {
  const std::string page = warc_record("https://news.example/one", "<html><p>One</p></html>");
  const std::string xz = archive_of(
      {{"c.warc", warc_record("https://news.example/two", "<html><p>Two</p></html>")}},
      ARCHIVE_FILTER_XZ, ARCHIVE_FORMAT_RAW);
  const Collector c = read("crawls.tar", archive_of({{"a.warc.gz", gzip(page)},
                                                     {"b.warc", page},
                                                     {"c.warc.xz", xz}}));
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
  EXPECT_EQ(c.ids(), (std::vector<std::string>{"https://news.example/one",
                                               "https://news.example/one",
                                               "https://news.example/two"}));
}

TEST_F(SourceReaderTest, MemberPathsAreNormalisedInIds) {
  const Collector c = read("norm.tar", archive_of({{"./dir/a.txt", kArticle},
                                                   {"/abs/b.txt", kArticle},
                                                   {"../c.txt", kArticle}}));
  EXPECT_EQ(c.ids(), (std::vector<std::string>{"corpus/norm.tar/dir/a.txt",
                                               "corpus/norm.tar/abs/b.txt"}));
}

TEST_F(SourceReaderTest, ACompressedFileIsReadAsItsNameWithoutTheSuffixSays) {
  const Collector c = read("bracket.txt.gz", gzip("[Headline in brackets]\n\nBody text here.\n"));
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].format, "text");
}

TEST_F(SourceReaderTest, WarcPagesWithoutAUriTakeTheWarcsId) {
  const std::string block = "<!DOCTYPE html><p>B</p>";
  const std::string warc = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n"
                           "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
                           block + "\r\n\r\n";
  const Collector c = read("nouri.warc", warc);
  EXPECT_EQ(c.ids(), std::vector<std::string>{"corpus/nouri.warc#0"});
}

TEST_F(SourceReaderTest, ATruncatedGzipGivesEverythingBeforeTheCutThenTheReason) {
  std::string packed = gzip(feed(400));
  packed.resize(packed.size() - 40);
  const Collector c = read("feed.jsonl.gz", packed);
  // Every complete line before the cut is read; the cut line and the
  // truncation are both reported.
  EXPECT_GE(c.articles.size(), 390u);
  EXPECT_LT(c.articles.size(), 400u);
  ASSERT_EQ(c.failures.size(), 2u);
  EXPECT_NE(c.failures[0].find("invalid JSON"), std::string::npos) << c.failures[0];
  EXPECT_NE(c.failures[1].find("feed.jsonl.gz|after byte "), std::string::npos) << c.failures[1];
  EXPECT_NE(c.failures[1].find("truncated gzip input"), std::string::npos) << c.failures[1];
}

TEST_F(SourceReaderTest, WarcPagesBecomeArticlesIdentifiedByTheirUrls) {
  const std::string warc = gzip(warc_record("https://news.example/one", "<html><p>One</p></html>")) +
                           gzip(warc_record("https://news.example/two", "<html><p>Two</p></html>"));
  const Collector c = read("crawl.warc.gz", warc);
  EXPECT_TRUE(c.failures.empty());
  EXPECT_EQ(c.ids(), (std::vector<std::string>{"https://news.example/one",
                                               "https://news.example/two"}));
}

TEST_F(SourceReaderTest, AFileNamedAsTextIsNotOpenedAsAnArchive) {
  const Collector c = read("odd.txt", gzip(kArticle));
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("odd.txt|byte"), std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, NamesADirectoryWalkReads) {
  EXPECT_TRUE(is_source_name("a.txt"));
  EXPECT_TRUE(is_source_name("a.jsonl.gz"));
  EXPECT_TRUE(is_source_name("crawl.warc.gz"));
  EXPECT_TRUE(is_source_name("batch.tgz"));
  EXPECT_FALSE(is_source_name("photo.png.gz"));
  EXPECT_FALSE(is_source_name("photo.png"));
}

using testing::archive_of_entries;
using testing::Entry;

// Limits small enough for a test to build bombs and long inputs quickly.
ReaderOptions small_limits() {
  ReaderOptions options;
  options.limits.expansion_floor_bytes = 64 << 10;
  options.limits.max_expansion_ratio = 20;
  options.limits.max_input_bytes = 256 << 10;
  options.limits.max_record_bytes = 8 << 10;
  options.limits.stream_block_bytes = 4 << 10;
  return options;
}

TEST_F(SourceReaderTest, AZipBombMemberIsReportedAtItsCutAndTheOtherMembersRead) {
  const std::string zip = archive_of_entries(
      {{"a.txt", kArticle}, {"bomb.txt", std::string(4 << 20, 'x')}, {"b.txt", kArticle}},
      ARCHIVE_FILTER_NONE, ARCHIVE_FORMAT_ZIP);
  const Collector c = read("bomb.zip", zip, small_limits());
  EXPECT_EQ(c.ids(), (std::vector<std::string>{"corpus/bomb.zip/a.txt", "corpus/bomb.zip/b.txt"}));
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("bomb.zip:bomb.txt|after byte "), std::string::npos)
      << c.failures[0];
  EXPECT_NE(c.failures[0].find("--max-ratio"), std::string::npos) << c.failures[0];
}

// 4 MiB of JSON lines that compress about 50 times, ids n1, n2...
std::string compressible_lines() {
  std::string lines;
  for (int i = 1; lines.size() < (4 << 20); ++i)
    lines += "{\"id\": \"n" + std::to_string(i) + "\", \"title\": \"T\", \"body\": \"" +
             std::string(100, 'z') + "\"}\n";
  return lines;
}

TEST_F(SourceReaderTest, AGzipBombIsCutAndTheWholeJsonLinesBeforeItKept) {
  const std::string lines = compressible_lines();
  const Collector c = read("bomb.jsonl.gz", gzip(lines), small_limits());
  // The whole lines before the cut are read, in order; the cut is named
  // once, where the unpacking and the reading together passed the input's
  // allowance.
  ASSERT_GT(c.articles.size(), 100u);
  for (std::size_t i = 0; i < c.articles.size(); ++i)
    ASSERT_EQ(c.articles[i].id, "n" + std::to_string(i + 1));
  ASSERT_EQ(c.failures.size(), 1u) << c.failures.back();
  EXPECT_NE(c.failures[0].find("bomb.jsonl.gz|after byte "), std::string::npos) << c.failures[0];
  EXPECT_NE(c.failures[0].find("and the text read from them"), std::string::npos)
      << c.failures[0];
  EXPECT_NE(c.failures[0].find("--max-ratio"), std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, AGzipBombNotReadYetIsCutWhereItCrossesTheRatio) {
  // Without the reading charge, the stream's own guard cuts it.
  const std::string lines = compressible_lines();
  ReaderOptions options = small_limits();
  options.limits.reading_weight = 0;
  const Collector c = read("bomb.jsonl.gz", gzip(lines), options);
  EXPECT_GT(c.articles.size(), 100u);
  ASSERT_EQ(c.failures.size(), 1u) << c.failures.back();
  EXPECT_NE(c.failures[0].find("bomb.jsonl.gz|after byte "), std::string::npos) << c.failures[0];
  EXPECT_NE(c.failures[0].find("--max-ratio"), std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, AnInputLargerThanTheLimitIsReportedNotRead) {
  const std::string text = "Headline\n\n" + std::string(300 << 10, 'w') + "\n";
  const Collector c = read("big.txt", text, small_limits());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("big.txt|byte 262144|larger than the 262144 bytes an input may take in memory (--max-input MB raises the limit)"),
            std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, JsonLinesAreReadABlockAtATimeWithLongLinesPassedOver) {
  std::string lines;
  for (int i = 1; i <= 60; ++i) {
    if (i == 30) lines += "{\"title\": \"" + std::string(20 << 10, 'L') + "\"}\n";
    else lines += "{\"id\": \"n" + std::to_string(i) + "\", \"title\": \"T\", \"body\": \"" +
                  std::string(300, 'b') + "\"}\n";
  }
  const Collector c = read("long.jsonl", lines, small_limits());
  ASSERT_EQ(c.articles.size(), 59u);
  EXPECT_EQ(c.articles[28].id, "n29");
  EXPECT_EQ(c.articles[29].id, "n31");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("long.jsonl|line 30|a line more than the 8192 bytes"),
            std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, ALongLastLineWithoutANewlineIsPassedOverToo) {
  std::string lines;
  for (int i = 1; i <= 30; ++i)
    lines += "{\"id\": \"n" + std::to_string(i) + "\", \"title\": \"T\", \"body\": \"" +
             std::string(300, 'b') + "\"}\n";
  // Lengths past the 8 KiB line limit by less than a block and by more.
  for (const std::size_t length : {8300u, 8700u, 9100u, 9500u, 10000u, 11000u, 12500u}) {
    const std::string last = "{\"title\": \"" + std::string(length - 13, 'L') + "\"}";
    const Collector c = read("last.jsonl", lines + last, small_limits());
    EXPECT_EQ(c.articles.size(), 30u) << length;
    ASSERT_EQ(c.failures.size(), 1u) << length;
    EXPECT_NE(c.failures[0].find("last.jsonl|line 31|a line more than the 8192 bytes"),
              std::string::npos) << c.failures[0];
  }
}

// Whether read_jsonl numbers lines from Input::first_line.
bool reader_numbers_from_first_line() {
  Input probe;
  probe.name = "probe.jsonl";
  probe.bytes = "not json\n";
  probe.first_line = 7;
  const ReadResult r = read_jsonl(probe);
  return !r.errors.empty() && r.errors[0].position.rfind("line 7", 0) == 0;
}

TEST_F(SourceReaderTest, LineNumbersRunOnAcrossBlocks) {
  if (!reader_numbers_from_first_line())
    GTEST_SKIP() << "read_jsonl does not number lines from Input::first_line yet";
  std::string lines;
  for (int i = 1; i <= 80; ++i)
    lines += i % 25 == 0 ? "{broken\n"
                         : "{\"title\": \"T" + std::to_string(i) + "\", \"body\": \"" +
                               std::string(200, 'b') + "\"}\n";
  const Collector c = read("blocks.jsonl", lines, small_limits());
  EXPECT_EQ(c.articles.size(), 77u);
  ASSERT_EQ(c.failures.size(), 3u);
  EXPECT_NE(c.failures[0].find("|line 25"), std::string::npos) << c.failures[0];
  EXPECT_NE(c.failures[1].find("|line 50"), std::string::npos) << c.failures[1];
  EXPECT_NE(c.failures[2].find("|line 75"), std::string::npos) << c.failures[2];
  // Ids made from line numbers are those of reading the file whole.
  EXPECT_EQ(c.articles[30].id, "corpus/blocks.jsonl:32");
}

TEST_F(SourceReaderTest, AJsonArrayLargerThanABlockIsStillReadWhole) {
  std::string array = "[\n";
  for (int i = 1; i <= 40; ++i)
    array += std::string(i > 1 ? "," : "") + "{\"id\": \"a" + std::to_string(i) +
             "\", \"title\": \"T\", \"body\": \"" + std::string(300, 'b') + "\"}\n";
  array += "]\n";
  const Collector c = read("array.json", array, small_limits());
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
  EXPECT_EQ(c.articles.size(), 40u);
}

TEST_F(SourceReaderTest, DevicesAndFifosAreRefusedBeforeReading) {
  const fs::path fifo = dir_ / "pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& path : {fifo.string(), std::string("/dev/zero")}) {
    Collector c;
    EXPECT_FALSE(read_source({path, "x"}, ReaderOptions{}, c));
    ASSERT_EQ(c.failures.size(), 1u);
    EXPECT_NE(c.failures[0].find("not a regular file"), std::string::npos) << c.failures[0];
  }
}

TEST_F(SourceReaderTest, ArchivesInsideArchivesAreOpenedToTheirDepthLimit) {
  const std::string tar = archive_of({{"deep/a.txt", kArticle}});
  const std::string tgz = archive_of({{"inner.tar", tar}}, ARCHIVE_FILTER_GZIP);
  const std::string zip = archive_of({{"mid.tar.gz", tgz}}, ARCHIVE_FILTER_NONE, ARCHIVE_FORMAT_ZIP);
  const Collector c = read("outer.zip", zip);
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
  EXPECT_EQ(c.ids(), std::vector<std::string>{"corpus/outer.zip/mid.tar.gz/inner.tar/deep/a.txt"});

  ReaderOptions shallow;
  shallow.limits.max_archive_depth = 2;
  const Collector d = read("outer2.zip", zip, shallow);
  EXPECT_TRUE(d.articles.empty());
  ASSERT_EQ(d.failures.size(), 1u);
  EXPECT_NE(d.failures[0].find("inner.tar||a compressed file or archive inside 2 others: not "
                               "opened"), std::string::npos) << d.failures[0];
}

// A tar of twelve gzip members m1.txt.gz... of about 60 KiB of text each.
std::string tar_of_gzipped_texts() {
  std::vector<std::pair<std::string, std::string>> members;
  for (int i = 1; i <= 12; ++i)
    members.emplace_back("m" + std::to_string(i) + ".txt.gz",
                         gzip("Headline " + std::to_string(i) + "\n\n" +
                              std::string(60 << 10, 'x') + "\n"));
  return archive_of(members);
}

TEST_F(SourceReaderTest, EverythingUnpackedFromOneInputSharesItsAllowance) {
  // Twelve gzip members of about 60 KiB each, every one under the floor on
  // its own; together ten times more than the tar's allowance.
  const std::string tar = tar_of_gzipped_texts();
  ReaderOptions options = small_limits();
  options.limits.reading_weight = 0;  // the unpacking alone, here
  const Collector c = read("many.tar", tar, options);
  const std::uint64_t allowance = (64 << 10) + 20 * tar.size();
  EXPECT_GE(c.articles.size(), 1u);
  EXPECT_LE(c.articles.size() * (60 << 10), allowance);
  ASSERT_EQ(c.failures.size(), 1u) << c.failures.back();
  EXPECT_NE(c.failures[0].find("with the compressed files and archives inside it, expands to "
                               "more than 20 times"),
            std::string::npos) << c.failures[0];
  EXPECT_NE(c.failures[0].find("--max-ratio"), std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, TextToReadIsChargedToTheAllowanceAtItsWeight) {
  // Text members that compress well, each under the floor, the bytes they
  // unpack to within the tar's allowance, but not the text they give to
  // read at its weight: the first are read, one report, the rest not.
  const std::string tar = tar_of_gzipped_texts();
  ReaderOptions options = small_limits();
  options.limits.max_expansion_ratio = 100;  // the unpacking alone fits
  ASSERT_GT((64 << 10) + 100 * tar.size(), 12u * (61 << 10));
  const Collector c = read("texts.tar", tar, options);
  ASSERT_GE(c.articles.size(), 2u);
  EXPECT_LT(c.articles.size(), 12u);
  EXPECT_EQ(c.articles[0].id, "corpus/texts.tar/m1.txt");
  ASSERT_EQ(c.failures.size(), 1u) << c.failures.back();
  EXPECT_NE(c.failures[0].find("texts.tar:m" + std::to_string(c.articles.size() + 1) +
                               ".txt.gz||the text it unpacks to be read passes"),
            std::string::npos)
      << c.failures[0];
}

TEST_F(SourceReaderTest, AnUncompressedInputIsNeverChargedForReading) {
  // A plain tar gives at most its own size to read: free, whatever the
  // weight of a byte read past it.
  ReaderOptions options = small_limits();
  options.limits.max_expansion_ratio = 100;
  options.limits.reading_weight = 1'000'000;
  std::vector<std::pair<std::string, std::string>> members;
  for (int i = 1; i <= 4; ++i)
    members.emplace_back("m" + std::to_string(i) + ".txt",
                         "Headline\n\n" + std::string(100 << 10, 'y') + "\n");
  const Collector c = read("plain.tar", archive_of(members), options);
  EXPECT_EQ(c.articles.size(), 4u);
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
}

TEST_F(SourceReaderTest, ASparseMemberCountsTheZerosOfItsHoles) {
  // A compressed tar whose one member claims 8 GiB, all of it a hole but
  // for its last 16 bytes: a few hundred bytes that unpack to 8 GiB.
  archive* a = archive_write_new();
  archive_write_add_filter(a, ARCHIVE_FILTER_GZIP);
  archive_write_set_format(a, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED);
  std::string tgz(1 << 16, '\0');
  size_t used = 0;
  archive_write_open_memory(a, tgz.data(), tgz.size(), &used);
  archive_entry* e = archive_entry_new();
  archive_entry_set_pathname(e, "holes.txt");
  archive_entry_set_filetype(e, AE_IFREG);
  archive_entry_set_perm(e, 0644);
  const la_int64_t size = 8ll << 30;
  archive_entry_set_size(e, size);
  archive_entry_sparse_add_entry(e, size - 16, 16);
  archive_write_header(a, e);
  archive_write_data(a, "0123456789abcdef", 16);
  archive_entry_free(e);
  archive_write_close(a);
  archive_write_free(a);
  tgz.resize(used);

  ReaderOptions options = small_limits();
  options.limits.max_input_bytes = 64 << 20;
  const Collector c = read("sparse.tar.gz", tgz, options);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("sparse.tar.gz:holes.txt|after byte 65536 of the uncompressed "
                               "data|expands to more than 20 times"),
            std::string::npos) << c.failures[0];
}

TEST_F(SourceReaderTest, ADamagedZipMemberCostsThatMemberOnly) {
  std::string words;
  for (int i = 0; words.size() < 20000; ++i) words += "word" + std::to_string(i * 7919 % 10007) + " ";
  std::string zip = archive_of_entries({{"a.txt", kArticle},
                                        {"b.txt", "Damaged\n\n" + words + "\n"},
                                        {"c.txt", kArticle}},
                                       ARCHIVE_FILTER_NONE, ARCHIVE_FORMAT_ZIP);
  // Garble the middle of b.txt's compressed data: its local header's name,
  // then a few hundred bytes on.
  const auto b = zip.find("b.txt");
  ASSERT_NE(b, std::string::npos);
  for (std::size_t i = b + 400; i < b + 480; ++i) zip[i] = static_cast<char>(zip[i] ^ 0x5A);
  const Collector c = read("damaged.zip", zip);
  // What b.txt gave before the damage may be read; c.txt is read after it.
  ASSERT_GE(c.ids().size(), 2u);
  EXPECT_EQ(c.ids().front(), "corpus/damaged.zip/a.txt");
  EXPECT_EQ(c.ids().back(), "corpus/damaged.zip/c.txt");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].find("damaged.zip:b.txt|after byte "), std::string::npos)
      << c.failures[0];
}

TEST_F(SourceReaderTest, MembersThatAreNotFilesOrClimbOutAreNamed) {
  const std::string tar = archive_of_entries({{"../evil.txt", kArticle},
                                              {"link.txt", "", AE_IFLNK, "/etc/passwd"},
                                              {"dev.txt", "", AE_IFCHR},
                                              {"ok.txt", kArticle}});
  const Collector c = read("odd.tar", tar);
  EXPECT_EQ(c.ids(), std::vector<std::string>{"corpus/odd.tar/ok.txt"});
  EXPECT_EQ(c.named_skips,
            (std::vector<std::string>{
                "evil.txt|its path climbs out of the archive with '..': not read",
                "odd.tar:link.txt|a symbolic link to /etc/passwd: not read",
                "odd.tar:dev.txt|a character device: not read"}));
}

TEST_F(SourceReaderTest, AnEmptyWarcIsAFailure) {
  const Collector c = read("empty.warc", "");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0], "empty.warc||empty input");
}

}  // namespace
}  // namespace newsarchive::indexer
