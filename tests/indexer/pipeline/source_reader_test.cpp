#include "pipeline/source_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../packing_fixtures.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;
using testing::archive_of;
using testing::gzip;

struct Collector final : ReadSink {
  std::vector<RawArticle> articles;
  std::vector<std::string> failures;
  void article(RawArticle&& raw) override { articles.push_back(std::move(raw)); }
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

  Collector read(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    Collector c;
    EXPECT_TRUE(read_source({path.string(), "corpus/" + name}, ReaderOptions{}, c));
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
  const Collector c = read("crawls.tar", archive_of({{"a.warc.gz", gzip(page)}, {"b.warc", page}}));
  EXPECT_TRUE(c.failures.empty()) << c.failures.front();
  EXPECT_EQ(c.ids(), (std::vector<std::string>{"https://news.example/one",
                                               "https://news.example/one"}));
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

}  // namespace
}  // namespace newsarchive::indexer
