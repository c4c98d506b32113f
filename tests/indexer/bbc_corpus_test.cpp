// Every BBC News article (../shared/corpora/bbc-news) reads and extracts.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "extract/extractor.h"
#include "extract/structure.h"
#include "readers/plain_text_reader.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(NEWSARCHIVE_SHARED_DIR) / "corpora" / "bbc-news";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(BbcCorpusTest, EveryArticleExtracts) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "BBC corpus not found at " << kCorpus;
  std::size_t files = 0, standfirsts = 0, dates = 0, inferred = 0, datelines = 0,
              captions = 0, sources = 0, repaired = 0, paragraphs = 0, bytes = 0,
              lede_shaped = 0;
  std::chrono::nanoseconds elapsed{0};
  // NEWSARCHIVE_VERBOSE=1 lists the dates found, to review the inference.
  const bool verbose = std::getenv("NEWSARCHIVE_VERBOSE") != nullptr;
  for (const auto& topic : fs::directory_iterator(kCorpus)) {
    if (!topic.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(topic.path())) {
      if (entry.path().extension() != ".txt") continue;
      const std::string name = fs::relative(entry.path(), kCorpus).string();
      const std::string content = slurp(entry.path());
      const auto start = std::chrono::steady_clock::now();
      const ReadResult r = read_plain_text({name, name, content, ""});
      ASSERT_TRUE(r.errors.empty()) << name << ": " << r.errors[0].reason;
      ASSERT_EQ(r.articles.size(), 1u) << name;
      const Article a = extract(r.articles[0]);
      elapsed += std::chrono::steady_clock::now() - start;
      ++files;
      bytes += content.size();
      EXPECT_FALSE(a.headline.empty()) << name;
      EXPECT_FALSE(a.body.empty()) << name;
      paragraphs += a.body.size();
      standfirsts += !a.standfirst.empty();
      // Ledes with a standfirst's shape, left in the body because nothing
      // (a photo, a byline) sets them apart: how much the rule holds back.
      lede_shaped += a.standfirst.empty() && a.body.size() > 1 && looks_like_standfirst(a.body[0]);
      dates += !a.date.empty();
      inferred += a.date_inferred;
      datelines += !a.dateline.empty();
      captions += !a.captions.empty();
      sources += !a.source.empty();
      if (verbose && !a.date.empty()) {
        std::cout << name << ": " << a.date << (a.date_inferred ? " (inferred)" : "") << "\n";
      }
      const bool was_repaired = !r.articles[0].warnings.empty();
      repaired += was_repaired;
      if (name == "sport/199.txt") {
        EXPECT_TRUE(was_repaired) << name;
        ASSERT_FALSE(a.body.empty());
        // The pound sign, 0xA3 in the file, comes out as U+00A3.
        bool pound = false;
        for (const std::string& p : a.body) pound |= p.find("\xC2\xA3" "15.8m") != std::string::npos;
        EXPECT_TRUE(pound);
      }
    }
  }
  EXPECT_GE(files, 2000u);
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::cout << "BBC corpus: " << files << " articles, " << paragraphs << " body paragraphs, "
            << standfirsts << " with a standfirst (" << lede_shaped
            << " ledes shaped like one left in the body), " << dates << " with a date (" << inferred
            << " inferred), " << datelines << " with a dateline, " << captions
            << " with captions, " << sources << " with a source, " << repaired
            << " repaired; read+extract " << seconds * 1000 << " ms ("
            << (seconds > 0 ? static_cast<double>(bytes) / seconds / 1e6 : 0) << " MB/s)\n";
}

}  // namespace
}  // namespace newsarchive::indexer
