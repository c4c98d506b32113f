// Databases that are damaged, incomplete or not databases at all: each is a
// status naming the database and what to do, never an exception or a crash,
// and never "create it with newsindex" for a database that is there.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "newsarchive/search.h"
#include "writer/writer.h"

namespace newsarchive {
namespace {

namespace fs = std::filesystem;

// Glass's block size as newsindex writes (Xapian's default).
constexpr std::size_t kBlockSize = 8192;

class DamagedDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsarchive-damaged-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    path_ = (dir_ / "db").string();
    indexer::Writer w(path_);
    for (int i = 0; i < 400; ++i) {
      Article a;
      a.id = "article-" + std::to_string(i);
      a.format = "text";
      a.language = "en";
      a.headline = "Harbour report number " + std::to_string(i);
      a.body = {"The minister said the harbour handled " + std::to_string(i * 37) +
                    " containers, word" + std::to_string(i) + " and more.",
                "Dockworkers and pilots met on day " + std::to_string(i) + "."};
      w.write(a);
    }
    w.commit();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `query` on `searcher`, or on one opened now; the status of
  // whichever failed.
  Status search(const std::string& query, const Searcher* searcher = nullptr) {
    Status status;
    std::unique_ptr<Searcher> opened;
    if (searcher == nullptr) {
      opened = Searcher::open(path_, &status);
      if (!opened) return status;
      searcher = opened.get();
    }
    SearchRequest request;
    request.query = query;
    request.facets = {"year"};
    return searcher->search(request).status;
  }

  // Damages the posting lists with `damage`, then searches with a Searcher
  // opened before and with one opened after: both say what is wrong.
  template <typename Damage>
  void expect_damage_found(Damage damage) {
    auto before = Searcher::open(path_);
    ASSERT_TRUE(before);
    ASSERT_TRUE(search("minister", before.get()).ok());
    const std::size_t size = size_of("postlist.glass");
    ASSERT_GT(size, 4 * kBlockSize);
    for (std::size_t block = 0; block < size / kBlockSize; ++block) damage(block * kBlockSize);
    const std::string query = "minister OR harbour OR dockworkers OR word17";
    expect_damage_named(search(query, before.get()), path_);
    expect_damage_named(search(query), path_);
  }

  // Writes `bytes` at `offset` of the database's file `table`.
  void overwrite(const std::string& table, std::size_t offset, const std::string& bytes) {
    std::fstream f(dir_ / "db" / table, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f);
    f.seekp(static_cast<std::streamoff>(offset));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }

  std::size_t size_of(const std::string& table) { return fs::file_size(dir_ / "db" / table); }

  static void expect_damage_named(const Status& status, const std::string& path) {
    EXPECT_EQ(status.code(), StatusCode::database_error) << status.to_string();
    EXPECT_NE(status.message().find("database " + path + " is damaged"), std::string::npos)
        << status.message();
    EXPECT_NE(status.message().find("xapian-check " + path), std::string::npos)
        << status.message();
    EXPECT_NE(status.message().find("newsindex"), std::string::npos) << status.message();
    EXPECT_EQ(status.message().find("reopen()"), std::string::npos) << status.message();
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(DamagedDatabaseTest, GarbageInThePostingListsIsNamedAsDamage) {
  // Every block garbled past its revision (so that it is no block of a
  // later one, the next test's case).
  std::string garbage(kBlockSize - 4, '\0');
  for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 131 + 7);
  expect_damage_found([&](std::size_t block) { overwrite("postlist.glass", block + 4, garbage); });
}

// A block whose revision is later than the database's: Xapian says
// DatabaseModifiedError, "call reopen()", which a reopen cannot mend.
TEST_F(DamagedDatabaseTest, ABlockFromARevisionNeverWrittenIsNamedAsDamage) {
  expect_damage_found([&](std::size_t block) {
    overwrite("postlist.glass", block, std::string("\xFF\xFF\xFF\x7F", 4));
  });
}

TEST_F(DamagedDatabaseTest, AMissingVersionFileIsDamageNotAMissingDatabase) {
  fs::remove(dir_ / "db" / "iamglass");
  const Status status = search("minister");
  EXPECT_EQ(status.code(), StatusCode::database_error) << status.to_string();
  EXPECT_NE(status.message().find("database " + path_ + " is damaged"), std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("iamglass is missing"), std::string::npos) << status.message();
  // An empty directory is no database at all.
  fs::create_directories(dir_ / "empty");
  Status empty;
  EXPECT_FALSE(Searcher::open((dir_ / "empty").string(), &empty));
  EXPECT_EQ(empty.code(), StatusCode::not_found) << empty.to_string();
}

TEST_F(DamagedDatabaseTest, AFileThatIsNoDatabaseIsADatabaseError) {
  for (const std::string& text : {std::string("hello\nworld\n"), std::string("\x7F" "ELF\0\1\2", 7),
                                  std::string()}) {
    const fs::path file = dir_ / "not-a-database";
    std::ofstream(file, std::ios::binary) << text;
    Status status;
    EXPECT_FALSE(Searcher::open(file.string(), &status));
    EXPECT_EQ(status.code(), StatusCode::database_error) << status.to_string();
    EXPECT_NE(status.message().find(file.string() + " is not a database"), std::string::npos)
        << status.message();
  }
}

TEST_F(DamagedDatabaseTest, ASingleFileDatabaseOpens) {
  const std::string single = (dir_ / "single.db").string();
  Xapian::Database(path_).compact(single, Xapian::DBCOMPACT_SINGLE_FILE);
  Status status;
  auto searcher = Searcher::open(single, &status);
  ASSERT_TRUE(searcher) << status.to_string();
  EXPECT_EQ(searcher->article_count(), 400u);
}

}  // namespace
}  // namespace newsarchive
