#include "shards.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "database_pool.h"

namespace newsarchive::query {
namespace {

namespace fs = std::filesystem;

class ShardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsarchive-shards-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "db");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p.string();
  }
  std::vector<ShardSpec> expand(const std::string& path, Status& status) {
    std::vector<ShardSpec> out;
    if (!expand_shards(path, out, status)) out.clear();
    return out;
  }

  fs::path dir_;
};

TEST_F(ShardsTest, ADatabaseDirectoryIsOneLocalShard) {
  Status status;
  const auto shards = expand((dir_ / "db").string(), status);
  ASSERT_EQ(shards.size(), 1u) << status.to_string();
  EXPECT_EQ(shards[0].kind, ShardSpec::Kind::local);
  EXPECT_EQ(shards[0].name(), (dir_ / "db").string());
}

TEST_F(ShardsTest, StubLinesLocalAndRemote) {
  fs::create_directories(dir_ / "sharded" / "shard-0");
  write("sharded/XAPIANDB", "auto shard-0\n");
  const std::string stub = write("all.stub",
                                 "# the archive\n"
                                 "\n"
                                 "auto sharded\n"
                                 "glass " + (dir_ / "db").string() + "\n"
                                 "remote news1.example:7000\n"
                                 "remote tcp 10.0.0.2 7001\n"
                                 "  remote [::1]:7002  \n"
                                 "remote :xapian-progsrv /srv/news\n");
  Status status;
  const auto shards = expand(stub, status);
  ASSERT_EQ(shards.size(), 6u) << status.to_string();
  EXPECT_EQ(shards[0].path, (dir_ / "sharded" / "shard-0").string());
  EXPECT_EQ(shards[1].path, (dir_ / "db").string());
  EXPECT_EQ(shards[2].kind, ShardSpec::Kind::tcp);
  EXPECT_EQ(shards[2].host, "news1.example");
  EXPECT_EQ(shards[2].port, 7000u);
  EXPECT_EQ(shards[3].name(), "remote 10.0.0.2:7001");
  EXPECT_EQ(shards[4].host, "::1");
  EXPECT_EQ(shards[4].name(), "remote [::1]:7002");
  EXPECT_EQ(shards[5].kind, ShardSpec::Kind::program);
  EXPECT_EQ(shards[5].program, "xapian-progsrv");
  EXPECT_EQ(shards[5].args, "/srv/news");
}

TEST_F(ShardsTest, ALineThatCannotBeReadIsNamedWithItsNumber) {
  for (const std::string bad : {"remote news1.example", "remote tcp host", "remote host:99999",
                                "remote tcp host port", "inmemory", "remote", "auto"}) {
    const std::string stub = write("bad.stub", "# first\n" + bad + "\n");
    Status status;
    EXPECT_TRUE(expand(stub, status).empty()) << bad;
    EXPECT_EQ(status.code(), StatusCode::invalid_argument) << bad;
    EXPECT_NE(status.message().find("bad.stub line 2"), std::string::npos) << status.message();
  }
}

TEST_F(ShardsTest, MissingEmptyAndLoopingStubs) {
  Status status;
  EXPECT_TRUE(expand((dir_ / "nothing").string(), status).empty());
  EXPECT_EQ(status.code(), StatusCode::not_found);

  EXPECT_TRUE(expand(write("missing.stub", "auto no-such-shard\n"), status).empty());
  EXPECT_EQ(status.code(), StatusCode::not_found);
  EXPECT_NE(status.message().find("missing.stub line 1"), std::string::npos) << status.message();

  EXPECT_TRUE(expand(write("empty.stub", "# nothing here\n"), status).empty());
  EXPECT_EQ(status.code(), StatusCode::invalid_argument);

  EXPECT_TRUE(expand(write("loop.stub", "auto loop.stub\n"), status).empty());
  EXPECT_EQ(status.code(), StatusCode::invalid_argument);
  EXPECT_NE(status.message().find("loop"), std::string::npos) << status.message();
}

// Issue 16: --db naming a file that is no database said "line 1: cannot
// read" with exit status 2, as for a mistake in a stub file.
TEST_F(ShardsTest, AFileThatIsNeitherDatabaseNorStubIsADatabaseError) {
  const std::string fifo = (dir_ / "fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);  // never opened: it would block
  for (const std::string& path :
       {write("notes.txt", "Remember the milk\nauto shard-0\n"), write("empty", ""),
        write("binary", std::string("\0\1\2\3", 4)), fifo, std::string("/dev/null")}) {
    Status status;
    EXPECT_TRUE(expand(path, status).empty()) << path;
    EXPECT_EQ(status.code(), StatusCode::database_error) << path << ": " << status.to_string();
    EXPECT_NE(status.message().find(path + " is not a database"), std::string::npos)
        << status.message();
  }
  // A stub with a mistake is still a stub, named with its line.
  Status status;
  EXPECT_TRUE(expand(write("typo.stub", "# shards\nauto\n"), status).empty());
  EXPECT_EQ(status.code(), StatusCode::invalid_argument);
  // A single-file database is one local shard.
  const std::string single = write("single.db", std::string("\x0f\x0dXapian Glass\x04n", 15));
  const auto shards = expand(single, status);
  ASSERT_EQ(shards.size(), 1u) << status.to_string();
  EXPECT_EQ(shards[0].kind, ShardSpec::Kind::local);
  EXPECT_EQ(shards[0].path, single);
}

// layout_stamp (database_pool.h), which each search asks: it follows the
// stub of a database directory and a stub file given, and says nothing of
// a directory without one or a path that is not there.
TEST_F(ShardsTest, LayoutStampFollowsTheStubAsRenamedIntoPlace) {
  const std::string db = (dir_ / "db").string();
  const std::string nothing = layout_stamp({(dir_ / "missing").string()});
  EXPECT_EQ(nothing, "0:0:0.0;");
  EXPECT_EQ(layout_stamp({db}), nothing);  // a plain database: no stub
  EXPECT_EQ(layout_stamp({""}), nothing);

  const std::string stub = write("db/XAPIANDB", "auto shard-0.g1\n");
  const std::string first = layout_stamp({db});
  EXPECT_NE(first, nothing);
  EXPECT_EQ(layout_stamp({stub}), first);  // the stub file given itself

  const std::string next = write("db/XAPIANDB.tmp", "auto shard-0.g2\nauto shard-1.g2\n");
  fs::rename(next, stub);
  const std::string second = layout_stamp({db});
  EXPECT_NE(second, first);
  EXPECT_EQ(layout_stamp({stub}), second);
  EXPECT_EQ(layout_stamp({db, stub}), second + second);
}

}  // namespace
}  // namespace newsarchive::query
