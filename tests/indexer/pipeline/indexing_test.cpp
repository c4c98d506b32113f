#include "pipeline/indexing.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsarchive/schema.h"
#include "writer/compaction.h"
#include "writer/database.h"
#include "writer/shard_set.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

struct Recorder : Reporter {
  std::vector<std::string> failures, warnings, skips, omissions;
  void skipped(const std::string& input, const std::string& reason) override {
    skips.push_back(fs::path(input).filename().string() + "|" + reason);
  }
  void omitted(const std::string& input, std::size_t failures_left, std::size_t others) override {
    omissions.push_back(fs::path(input).filename().string() + "|" +
                        std::to_string(failures_left) + "|" + std::to_string(others));
  }
  void failure(const std::string& input, const std::string& position,
               const std::string& reason) override {
    failures.push_back(fs::path(input).filename().string() + "|" + position + "|" + reason);
  }
  void warning(const std::string& input, const std::string& message) override {
    warnings.push_back(fs::path(input).filename().string() + "|" + message);
  }
};

class IndexingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("newsarchive-indexing-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    write("good1.txt", "First headline\n\nA body paragraph about ports.\n");
    write("good2.txt", "Second headline\n\nAnother paragraph about ships.\n");
    write("empty.txt", "");
    write("binary.txt", std::string("PK\x03\x04\0\0\x01", 7));
    write("latin1.txt", "Caf\xe9 opens\n\nThe caf\xe9 sells tea for \xa3" "3.\n");
  }
  void TearDown() override { fs::remove_all(base_); }
  void write(const std::string& name, const std::string& bytes) {
    fs::create_directories(base_ / "corpus");
    std::ofstream(base_ / "corpus" / name, std::ios::binary) << bytes;
  }
  std::string corpus() const { return (base_ / "corpus").string(); }
  std::string db() const { return (base_ / "db").string(); }
  fs::path base_;
};

TEST_F(IndexingTest, BadInputsAreReportedAndTheRestIndexed) {
  Recorder r;
  ShardSet w(db(), 0, 100);
  Summary s = index_inputs(list_inputs({corpus()}), w, {}, r);
  EXPECT_EQ(s.added, 3u);
  EXPECT_EQ(s.failed, 2u);
  EXPECT_EQ(s.repaired, 1u);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_NE(r.failures[0].find("binary.txt|byte 0|binary file (a zip archive)"), std::string::npos) << r.failures[0];
  EXPECT_NE(r.failures[1].find("empty.txt||empty"), std::string::npos) << r.failures[1];
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("latin1.txt|"), std::string::npos);
  EXPECT_EQ(w.article_count(), 3u);
}

TEST_F(IndexingTest, AFloodOfProblemsInOneInputIsListedUpToTheLimitThenCounted) {
  // 30 unclosed <DOC> records: 10 failures listed, the rest counted in one
  // line, every one in the summary; the next input's own problems listed.
  std::string docs;
  for (int i = 0; i < 30; ++i) docs += "<DOC>\n<DOCNO> D" + std::to_string(i) + " </DOCNO>\n<TEXT>\nx\n";
  std::string lines;
  for (int i = 0; i < 25; ++i) lines += "{broken\n";
  write("flood.sgml", docs);
  write("lines.jsonl", lines);
  Recorder r;
  RunOptions options;
  options.readers.limits.max_reports_per_input = 10;
  std::ostringstream out;
  Summary s = extract_inputs(list_inputs({(base_ / "corpus" / "flood.sgml").string(),
                                          (base_ / "corpus" / "lines.jsonl").string()}),
                             out, options, r);
  std::size_t flood = 0, broken = 0;
  for (const std::string& f : r.failures) {
    flood += f.starts_with("flood.sgml|");
    broken += f.starts_with("lines.jsonl|");
  }
  EXPECT_EQ(broken, 10u);
  ASSERT_EQ(r.omissions.size(), flood == 10u ? 2u : 1u);
  EXPECT_EQ(r.omissions.back(), "lines.jsonl|15|0");
  EXPECT_EQ(s.failed, flood + broken + (r.omissions.size() == 2u ? 20u : 0u) + 15u);
}

TEST_F(IndexingTest, RunningAgainSkipsUnchangedInputs) {
  Recorder r;
  {
    ShardSet w(db(), 0, 100);
    index_inputs(list_inputs({corpus()}), w, {}, r);
  }
  ShardSet w(db(), 0, 100);
  Summary s = index_inputs(list_inputs({corpus()}), w, {}, r);
  EXPECT_EQ(s.unchanged, 3u);
  EXPECT_EQ(s.added + s.replaced, 0u);
  EXPECT_EQ(s.failed, 2u);  // the bad inputs are never recorded, so read again
  EXPECT_EQ(w.article_count(), 3u);
}

TEST_F(IndexingTest, ForcedRunReplacesInsteadOfDuplicating) {
  Recorder r;
  {
    ShardSet w(db(), 0, 100);
    index_inputs(list_inputs({corpus()}), w, {}, r);
  }
  ShardSet w(db(), 0, 100);
  RunOptions force;
  force.skip_unchanged = false;
  Summary s = index_inputs(list_inputs({corpus()}), w, force, r);
  EXPECT_EQ(s.added, 0u);
  EXPECT_EQ(s.replaced, 3u);
  EXPECT_EQ(w.article_count(), 3u);
}

TEST_F(IndexingTest, AChangedInputIsReadAgain) {
  Recorder r;
  {
    ShardSet w(db(), 0, 100);
    index_inputs(list_inputs({corpus()}), w, {}, r);
  }
  write("good1.txt", "First headline, corrected\n\nA longer body paragraph about ports.\n");
  ShardSet w(db(), 0, 100);
  Summary s = index_inputs(list_inputs({corpus()}), w, {}, r);
  EXPECT_EQ(s.unchanged, 2u);
  EXPECT_EQ(s.replaced, 1u);
  EXPECT_EQ(s.added, 0u);
}

TEST_F(IndexingTest, ShardsHoldEachArticleOnceWhereItsIdHashes) {
  Recorder r;
  {
    ShardSet w(db(), 3, 100);
    EXPECT_EQ(index_inputs(list_inputs({corpus()}), w, {}, r).added, 3u);
  }
  ShardSet w(db(), 0, 100);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w.article_count(), 3u);
  Xapian::Database all(db());  // the stub opens every shard
  EXPECT_EQ(all.get_doccount(), 3u);
  for (const char* id : {"corpus/good1.txt", "corpus/good2.txt", "corpus/latin1.txt"}) {
    const std::string term = DocumentBuilder::id_term(id);
    for (std::size_t i = 0; i < w.size(); ++i)
      EXPECT_EQ(w.shard(i).database().term_exists(term), i == w.shard_of(id)) << id << " " << i;
  }
  EXPECT_THROW(ShardSet(db(), 2, 100), DatabaseError);
}

TEST_F(IndexingTest, CompactingMergesShardsAndKeepsWhatTheyRecord) {
  write("german.txt", "Hafen geschlossen\n\nDer Hafen bleibt wegen des Streiks geschlossen, sagte die "
                      "Hafenbeh\xc3\xb6rde am Montag. Die Arbeiter fordern mehr Lohn und die "
                      "Schiffe warten vor der K\xc3\xbcste.\n");
  Recorder r;
  {
    ShardSet w(db(), 3, 100);
    index_inputs(list_inputs({corpus()}), w, {}, r);
  }
  const auto before = Xapian::Database(db()).get_doccount();
  const CompactionResult c = compact_database(db());
  EXPECT_EQ(c.shards, 3u);
  // One shard of a new generation, named by the stub; the old ones gone.
  EXPECT_EQ(shard_paths(db()).size(), 1u);
  EXPECT_FALSE(fs::exists(fs::path(db()) / "shard-1.g1"));
  EXPECT_FALSE(fs::exists(fs::path(db()) / "shard-1"));
  Xapian::Database merged(db());
  EXPECT_EQ(merged.get_doccount(), before);
  EXPECT_EQ(merged.get_metadata(std::string(schema::kLanguagesKey)), "de,en");
  // Every input was recorded by all three shards, so it still counts as indexed.
  ShardSet w(db(), 0, 100);
  EXPECT_EQ(w.size(), 1u);
  Summary s = index_inputs(list_inputs({corpus()}), w, {}, r);
  EXPECT_EQ(s.unchanged, 4u);
  EXPECT_EQ(s.added + s.replaced, 0u);
}

TEST_F(IndexingTest, DeletingRemovesTheArticleAndItsQuotes) {
  write("quoted.txt", "Port talks\n\n\"We will not accept this offer,\" said Ana Lopes, the union's "
                      "leader, on Monday.\n");
  Recorder r;
  ShardSet w(db(), 2, 100);
  index_inputs(list_inputs({corpus()}), w, {}, r);
  Xapian::Database all(db());
  const std::string quote_term = DocumentBuilder::article_term("corpus/quoted.txt");
  ASSERT_GT(all.get_termfreq(quote_term), 0u);
  EXPECT_TRUE(w.remove("corpus/quoted.txt"));
  EXPECT_FALSE(w.remove("corpus/no-such.txt"));
  w.commit();
  all.reopen();
  EXPECT_EQ(all.get_termfreq(quote_term), 0u);
  EXPECT_EQ(all.get_termfreq(DocumentBuilder::id_term("corpus/quoted.txt")), 0u);
  EXPECT_EQ(w.article_count(), 3u);
}

TEST_F(IndexingTest, TheDatabaseIsTheSameWhateverTheThreads) {
  for (int i = 0; i < 30; ++i)
    write("more" + std::to_string(i) + ".txt",
          "Headline " + std::to_string(i) + "\n\nParagraph number " + std::to_string(i) + ".\n");
  auto order = [&](std::size_t threads, const std::string& path) {
    Recorder r;
    RunOptions o;
    o.threads = threads;
    {
      ShardSet w(path, 0, 7);
      index_inputs(list_inputs({corpus()}), w, o, r);
    }
    std::vector<std::string> ids;
    Xapian::Database d(path);
    for (auto it = d.allterms_begin("Q"); it != d.allterms_end("Q"); ++it)
      ids.push_back(std::to_string(*d.postlist_begin(*it)) + " " + *it);
    std::sort(ids.begin(), ids.end());
    return std::make_pair(ids, r.failures);
  };
  const auto one = order(1, db() + "-1"), four = order(4, db() + "-4");
  EXPECT_EQ(one.first.size(), 33u);
  EXPECT_EQ(one, four);
}

TEST_F(IndexingTest, StrictStopsAtTheFirstFailure) {
  Recorder r;
  ShardSet w(db(), 0, 100);
  RunOptions strict;
  strict.strict = true;
  Summary s = index_inputs(list_inputs({corpus()}), w, strict, r);
  EXPECT_TRUE(s.stopped);
  EXPECT_EQ(s.failed, 1u);
  EXPECT_EQ(r.failures.size(), 1u);
  // binary.txt sorts first, so nothing was indexed before it failed.
  EXPECT_EQ(w.article_count(), 0u);
}

TEST_F(IndexingTest, ExtractWritesOneJsonLinePerArticle) {
  Recorder r;
  std::ostringstream out;
  Summary s = extract_inputs(list_inputs({corpus() + "/good1.txt", corpus() + "/good2.txt"}),
                             out, {}, r);
  EXPECT_EQ(s.extracted, 2u);
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_NE(text.find("\"headline\":\"First headline\""), std::string::npos) << text;
  EXPECT_FALSE(fs::exists(db()));
}

// Issue 16, finding 13: an article that carries a warning of the
// extractor's (a NITF file without body text) is counted "with warnings"
// and the warning is reported, as a reader's warning is.
TEST_F(IndexingTest, ExtractorWarningsAreCountedAndReported) {
  write("nobody.xml",
        "<?xml version=\"1.0\"?><nitf><head><title>Only a title</title></head>"
        "<body><body.head><hedline><hl1>Only a title</hl1></hedline></body.head></body></nitf>");
  Recorder r;
  std::ostringstream out;
  RunOptions options;
  options.readers.forced = Format::nitf;
  Summary s = extract_inputs(list_inputs({corpus() + "/nobody.xml"}), out, options, r);
  EXPECT_EQ(s.extracted, 1u);
  EXPECT_EQ(s.repaired, 1u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "nobody.xml|no body text found");
  EXPECT_NE(out.str().find("\"warnings\":[\"no body text found\"]"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace newsarchive::indexer
