#include "writer/archive_part.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "newsarchive/schema.h"
#include "writer/deletion.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

class ArchivePartTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsarchive-parts-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST(ArchivePart, ParsesKOfN) {
  const auto p = parse_archive_part("2/3");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->k, 2u);
  EXPECT_EQ(p->n, 3u);
  EXPECT_EQ(p->text(), "2/3");
  EXPECT_TRUE(parse_archive_part("0/1"));
  EXPECT_TRUE(parse_archive_part("1023/1024"));
  for (const char* bad : {"", "3", "3/3", "0/0", "1/1025", "-1/2", "1/2x", " 1/2", "1//2", "a/b"})
    EXPECT_FALSE(parse_archive_part(bad)) << bad;
}

TEST_F(ArchivePartTest, ADatabaseKeepsThePartItWasGiven) {
  {
    ShardSet index(db("p"), 0, 10);
    EXPECT_EQ(claim_archive_part(index, parse_archive_part("1/3"), true), "");
    index.commit();
  }
  ShardSet index(db("p"), 0, 10);
  EXPECT_EQ(claim_archive_part(index, parse_archive_part("1/3"), false), "");
  EXPECT_NE(claim_archive_part(index, parse_archive_part("2/3"), false).find("holds part 1/3"),
            std::string::npos);
  EXPECT_NE(claim_archive_part(index, std::nullopt, false).find("holds part 1/3"),
            std::string::npos);
}

TEST_F(ArchivePartTest, AWholeArchiveTakesNoPartAndAPartNeedsOneShard) {
  {
    ShardSet index(db("whole"), 0, 10);
    EXPECT_EQ(claim_archive_part(index, std::nullopt, true), "");
    index.commit();
  }
  ShardSet whole(db("whole"), 0, 10);
  EXPECT_NE(claim_archive_part(whole, parse_archive_part("0/2"), false).find("whole archive"),
            std::string::npos);
  ShardSet sharded(db("sharded"), 2, 10);
  EXPECT_NE(claim_archive_part(sharded, parse_archive_part("0/2"), true).find("one shard"),
            std::string::npos);
}

TEST_F(ArchivePartTest, DeletionRemovesWhatItFindsAndNamesTheRest) {
  DocumentBuilder builder;
  {
    ShardSet index(db("d"), 2, 10);
    for (const char* id : {"a", "b", "c"}) {
      Article a;
      a.id = id;
      a.headline = std::string("Headline ") + id;
      a.language = "en";
      index.shard(index.shard_of(id)).write(builder.prepare(a));
    }
    for (std::size_t s = 0; s < index.size(); ++s) index.shard(s).finish();
  }
  const Deletion d = delete_articles(db("d"), {"b", "zz", "a"});
  EXPECT_EQ(d.removed, 2u);
  EXPECT_EQ(d.missing, std::vector<std::string>{"zz"});
  EXPECT_EQ(d.articles_left, 1u);
}

}  // namespace
}  // namespace newsarchive::indexer
