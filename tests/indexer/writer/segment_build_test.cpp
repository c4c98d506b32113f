#include "writer/segment_build.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "newsarchive/schema.h"
#include "writer/shard_set.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

class SegmentBuildTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsarchive-segments-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db() const { return (dir_ / "db").string(); }
  fs::path dir_;
};

Article quoted(const std::string& id, std::size_t quotes) {
  Article a;
  a.id = id;
  a.headline = "Headline " + id;
  a.language = "en";
  for (std::size_t i = 0; i < quotes; ++i) {
    Quote q;
    q.text = "words number " + std::to_string(i) + " of " + id;
    q.speaker = "Ana Lopes";
    a.quotes.push_back(q);
  }
  return a;
}

std::size_t count_term(const Xapian::Database& d, const std::string& term) {
  return d.get_termfreq(term);
}

TEST_F(SegmentBuildTest, TheLastVersionOfAnArticleWinsWithItsQuotes) {
  DocumentBuilder builder;
  {
    ShardSet index(db(), 1, 100);
    SegmentOptions o;
    o.segment_articles = 1;  // each version in a segment of its own
    o.merge_factor = 2;
    SegmentBuild build(index, o);
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("a", 3))));
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("b", 1))));
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("a", 1))));  // fewer quotes now
    ASSERT_TRUE(build.record(schema::input_record_key("in"), "1 2"));
    build.finish();
    EXPECT_EQ(build.segments_written(), 4u);  // the last holds only the record
  }
  Xapian::Database d(db());
  EXPECT_EQ(d.get_doccount(), 4u);  // a, its quote, b, its quote
  EXPECT_EQ(count_term(d, DocumentBuilder::id_term("a")), 1u);
  EXPECT_EQ(count_term(d, DocumentBuilder::article_term("a")), 1u);
  EXPECT_EQ(count_term(d, DocumentBuilder::id_term(DocumentBuilder::quote_id("a", 2))), 0u);
  EXPECT_EQ(d.get_metadata(schema::input_record_key("in")), "1 2");
  EXPECT_EQ(d.get_metadata(std::string(schema::kLanguagesKey)), "en");
  // The staging area is gone and the stub names a new generation.
  EXPECT_FALSE(fs::exists(fs::path(db()) / "staging.g0"));
  EXPECT_FALSE(fs::exists(fs::path(db()) / "shard-0"));
  EXPECT_TRUE(fs::exists(fs::path(db()) / "shard-0.g1"));
}

TEST_F(SegmentBuildTest, AnArticleInTheDatabaseIsReplacedByTheMerge) {
  DocumentBuilder builder;
  {
    ShardSet index(db(), 1, 100);
    SegmentBuild build(index);
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("a", 2))));
    build.finish();
  }
  {
    ShardSet index(db(), 0, 100);
    EXPECT_EQ(index.generation(), 1u);
    SegmentBuild build(index);
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("a", 0))));
    build.finish();
  }
  Xapian::Database d(db());
  EXPECT_EQ(d.get_doccount(), 1u);
  EXPECT_EQ(count_term(d, DocumentBuilder::article_term("a")), 0u);
  EXPECT_TRUE(fs::exists(fs::path(db()) / "shard-0.g2"));
  EXPECT_FALSE(fs::exists(fs::path(db()) / "shard-0.g1"));
}

TEST_F(SegmentBuildTest, WhatAnAbandonedRunStagedIsMergedByTheNext) {
  DocumentBuilder builder;
  {
    ShardSet index(db(), 1, 100);
    SegmentOptions o;
    o.segment_articles = 1;
    SegmentBuild build(index, o);
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("a", 0))));
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("b", 0))));
    ASSERT_TRUE(build.record(schema::input_record_key("in"), "1 2"));
    // No finish(): the segments of a and b are staged; the record, still
    // in the segment being filled, is lost with it.
  }
  EXPECT_EQ(Xapian::Database(db()).get_doccount(), 0u);
  {
    ShardSet index(db(), 0, 100);
    SegmentBuild build(index);
    EXPECT_EQ(build.staged_paths(0).size(), 2u);
    ASSERT_TRUE(build.add(0, builder.prepare(quoted("c", 0))));
    build.finish();
  }
  Xapian::Database d(db());
  EXPECT_EQ(d.get_doccount(), 3u);
  EXPECT_EQ(d.get_metadata(schema::input_record_key("in")), "");
}

TEST_F(SegmentBuildTest, AShardARunLeftAsItWasKeepsItsNameAndTheNextGenerationIsNew) {
  DocumentBuilder builder;
  // Ids of shard 1 of 2 only: shard 0 gets no segment and keeps its name.
  std::vector<std::string> ids;
  for (int i = 0; ids.size() < 2; ++i)
    if (ShardSet::shard_of("a" + std::to_string(i), 2) == 1) ids.push_back("a" + std::to_string(i));
  for (const std::string& id : ids) {
    ShardSet index(db(), 2, 100);
    SegmentBuild build(index);
    ASSERT_TRUE(build.add(1, builder.prepare(quoted(id, 0))));
    build.finish();
  }
  EXPECT_TRUE(fs::exists(fs::path(db()) / "shard-0"));
  EXPECT_TRUE(fs::exists(fs::path(db()) / "shard-1.g2"));
  EXPECT_EQ(ShardSet(db(), 0, 100).generation(), 2u);
  // The second run's generation did not overwrite the first's articles.
  EXPECT_EQ(Xapian::Database(db()).get_doccount(), 2u);
}

}  // namespace
}  // namespace newsarchive::indexer
