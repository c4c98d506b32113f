#include "writer/staging.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

class StagingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsarchive-staging-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string area() const { return (dir_ / "shard-0").string(); }
  void make(const std::string& path) { fs::create_directories(path); }
  fs::path dir_;
};

TEST_F(StagingTest, KeepsTheCompletePrefixAndRemovesTheRest) {
  {
    StagingArea a(area());
    EXPECT_TRUE(a.found().empty());
    make(a.final_path(0, 0));
    make(a.final_path(1, 3));
    make(a.temporary_path(4, 4));  // killed while written
    make(a.final_path(6, 6));      // past a gap: segment 5 never finished
  }
  StagingArea a(area());
  ASSERT_EQ(a.found().size(), 2u);
  EXPECT_EQ(a.found()[0].first, 0u);
  EXPECT_EQ(a.found()[1].first, 1u);
  EXPECT_EQ(a.found()[1].last, 3u);
  EXPECT_EQ(a.found()[1].segments(), 3u);
  EXPECT_FALSE(fs::exists(a.temporary_path(4, 4)));
  EXPECT_FALSE(fs::exists(a.final_path(6, 6)));
}

TEST_F(StagingTest, AMergeInPlaceCoversItsSources) {
  {
    StagingArea a(area());
    // A merge of 0..2 put in place, killed before its sources were removed.
    for (int i = 0; i < 3; ++i) make(a.final_path(i, i));
    make(a.final_path(0, 2));
    make(a.final_path(3, 3));
  }
  StagingArea a(area());
  ASSERT_EQ(a.found().size(), 2u);
  EXPECT_EQ(a.found()[0].last, 2u);
  EXPECT_EQ(a.found()[1].first, 3u);
  EXPECT_FALSE(fs::exists(a.final_path(1, 1)));
}

TEST_F(StagingTest, SealRenamesTheTemporaryIntoPlace) {
  StagingArea a(area());
  make(a.temporary_path(0, 0));
  const Staged s = a.seal(0, 0);
  EXPECT_EQ(s.path, a.final_path(0, 0));
  EXPECT_TRUE(fs::exists(s.path));
  EXPECT_FALSE(fs::exists(a.temporary_path(0, 0)));
}

TEST_F(StagingTest, GenerationDirectories) {
  std::uint64_t g = 0;
  EXPECT_TRUE(StagingArea::parse_generation_dir("staging.g12", g));
  EXPECT_EQ(g, 12u);
  EXPECT_FALSE(StagingArea::parse_generation_dir("staging.g", g));
  EXPECT_FALSE(StagingArea::parse_generation_dir("staging.gx1", g));
  EXPECT_FALSE(StagingArea::parse_generation_dir("shard-0", g));
  EXPECT_EQ(fs::path(StagingArea::area_dir("/d", 3, 1)), fs::path("/d/staging.g3/shard-1"));
}

}  // namespace
}  // namespace newsarchive::indexer
