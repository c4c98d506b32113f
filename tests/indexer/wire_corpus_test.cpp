// Every agency file in ../shared/corpora/newsml-nitf (NITF, NewsML 1,
// NewsML-G2, ninjs, WordPress WXR, and the plain wire texts) yields an
// article with a headline and a body, or says why not: a ReadError, or a
// warning on an article whose source states no headline.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "extract/extractor.h"
#include "readers/formats.h"
#include "readers/ninjs_reader.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(NEWSARCHIVE_SHARED_DIR) / "corpora" / "newsml-nitf";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The format read_input picks, for the summary: the reader's own choice.
std::string dispatched_format(const Input& input) {
  std::string problem;
  const std::optional<Format> f = choose_format(input, ReaderOptions{}, problem);
  return f ? format_name(*f) : "unread";
}

struct Row {
  std::size_t files = 0, articles = 0, headline = 0, body = 0, date = 0, byline = 0,
              reasons = 0;
  std::set<std::string> distinct;
};

TEST(WireCorpusTest, EveryFileGivesArticlesOrReasons) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "wire corpus not found at " << kCorpus;
  std::map<std::string, Row> rows;
  const bool verbose = std::getenv("NEWSARCHIVE_VERBOSE") != nullptr;
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = fs::relative(entry.path(), kCorpus).string();
    const std::string bytes = slurp(entry.path());
    const Input input{name, name, bytes, ""};
    const ReadResult r = read_input(input, ReaderOptions{});
    const std::string folder = fs::relative(entry.path().parent_path(), kCorpus).string();
    Row& row = rows[folder + " | " + dispatched_format(input)];
    ++row.files;
    ++files;
    bool complete = false;
    for (const RawArticle& raw : r.articles) {
      const Article a = extract(raw);
      ++row.articles;
      row.headline += !a.headline.empty();
      row.body += !a.body.empty();
      row.date += !a.date.empty() && !a.date_inferred;
      row.byline += !a.byline.empty();
      complete = complete || (!a.headline.empty() && !a.body.empty());
      // A body without a headline counts when the reader says the source
      // states none.
      for (const std::string& w : raw.warnings) {
        if (a.headline.empty() && !a.body.empty() && w.find("headline") != std::string::npos) {
          complete = true;
          row.distinct.insert("(warning) " + w);
        }
      }
      if (verbose) {
        std::cout << name << ": [" << a.format << "] " << a.headline << " | "
                  << a.body.size() << " paragraphs | " << a.date << " | "
                  << (a.byline.empty() ? "" : a.byline[0]) << " | " << a.dateline << " | "
                  << a.source << " | " << a.language << "\n";
        for (std::size_t i = 0; i < a.body.size() && i < 2; ++i)
          std::cout << "    " << a.body[i].substr(0, 160) << "\n";
      }
    }
    bool reason = false;
    for (const ReadError& e : r.errors) {
      if (e.reason.empty()) continue;
      reason = true;
      ++row.reasons;
      row.distinct.insert(e.reason);
      if (verbose) std::cout << name << ": " << e.position << ": " << e.reason << "\n";
    }
    EXPECT_TRUE(complete || reason) << name << ": no article with a headline and a body, and "
                                    << "no reason given";
  }
  EXPECT_GE(files, 150u);
  std::cout << std::left << std::setw(44) << "folder | format" << std::right << std::setw(6)
            << "files" << std::setw(9) << "articles" << std::setw(9) << "headline"
            << std::setw(6) << "body" << std::setw(6) << "date" << std::setw(8) << "byline"
            << std::setw(9) << "reasons" << "\n";
  for (const auto& [key, row] : rows) {
    std::cout << std::left << std::setw(44) << key << std::right << std::setw(6) << row.files
              << std::setw(9) << row.articles << std::setw(9) << row.headline << std::setw(6)
              << row.body << std::setw(6) << row.date << std::setw(8) << row.byline
              << std::setw(9) << row.reasons << "\n";
    for (const std::string& reason : row.distinct) std::cout << "    reason: " << reason << "\n";
  }
}

}  // namespace
}  // namespace newsarchive::indexer
