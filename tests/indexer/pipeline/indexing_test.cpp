#include "pipeline/indexing.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "writer/writer.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

struct Recorder : Reporter {
  std::vector<std::string> failures, warnings;
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
  Writer w(db());
  Summary s = index_inputs(list_inputs({corpus()}), w, {}, r);
  EXPECT_EQ(s.added, 3u);
  EXPECT_EQ(s.failed, 2u);
  EXPECT_EQ(s.repaired, 1u);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_NE(r.failures[0].find("binary.txt|byte 4|binary"), std::string::npos) << r.failures[0];
  EXPECT_NE(r.failures[1].find("empty.txt||empty"), std::string::npos) << r.failures[1];
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("latin1.txt|"), std::string::npos);
  EXPECT_EQ(w.article_count(), 3u);
}

TEST_F(IndexingTest, RunningAgainReplacesInsteadOfDuplicating) {
  Recorder r;
  {
    Writer w(db());
    index_inputs(list_inputs({corpus()}), w, {}, r);
  }
  Writer w(db());
  Summary s = index_inputs(list_inputs({corpus()}), w, {}, r);
  EXPECT_EQ(s.added, 0u);
  EXPECT_EQ(s.replaced, 3u);
  EXPECT_EQ(w.article_count(), 3u);
}

TEST_F(IndexingTest, StrictStopsAtTheFirstFailure) {
  Recorder r;
  Writer w(db());
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

}  // namespace
}  // namespace newsarchive::indexer
