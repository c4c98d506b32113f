// Every Reuters-21578 record with a body (../shared/corpora/reuters21578)
// reads and extracts, with its headline, date and dateline place.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "readers/formats.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(NEWSARCHIVE_SHARED_DIR) / "corpora" / "reuters21578";

// The collection's own documentation: 21,578 records, 19,043 with a body.
constexpr std::size_t kDocumentedRecords = 21578;
constexpr std::size_t kDocumentedBodies = 19043;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What the source itself holds, counted with plain string searches rather
// than the reader, to compare the reader's output with.
struct SourceCounts {
  std::size_t records = 0, bodies = 0, briefs = 0, unprocessed = 0, datelines = 0,
              dates = 0;
};

// Whether the first `element` (its start tag as given) holds a letter or a
// digit outside character references.
bool has_content(const std::string& record, const std::string& start_tag,
                 const std::string& element) {
  const std::size_t open = record.find(start_tag);
  if (open == std::string::npos) return false;
  const std::size_t start = open + start_tag.size();
  const std::size_t close = record.find("</" + element + ">", start);
  if (close == std::string::npos) return false;
  bool in_reference = false;
  for (std::size_t i = start; i < close; ++i) {
    const char c = record[i];
    if (c == '&') in_reference = true;
    else if (c == ';') in_reference = false;
    else if (!in_reference && std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

void count_source(const std::string& bytes, SourceCounts& c) {
  std::size_t at = 0;
  while ((at = bytes.find("<REUTERS ", at)) != std::string::npos) {
    const std::size_t end = bytes.find("</REUTERS>", at);
    const std::string record = bytes.substr(at, end - at);
    at = end;
    ++c.records;
    const bool body = record.find("<BODY>") != std::string::npos;
    c.bodies += body;
    c.briefs += record.find("TYPE=\"BRIEF\"") != std::string::npos;
    // Unprocessed text, when there is any: the reader passes it on as it is.
    c.unprocessed += has_content(record, "<TEXT TYPE=\"UNPROC\">", "TEXT");
    if (body) {
      c.datelines += has_content(record, "<DATELINE>", "DATELINE");
      c.dates += has_content(record, "<DATE>", "DATE");
    }
  }
}

TEST(ReutersCorpusTest, EveryRecordWithABodyExtracts) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "Reuters-21578 not found at " << kCorpus;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("reut2-") && name.ends_with(".sgm")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 22u);

  SourceCounts source;
  std::size_t articles = 0, structured = 0, unprocessed = 0, headlines = 0, dates = 0,
              inferred = 0, datelines = 0, bylines = 0, with_subjects = 0, repaired = 0, bytes = 0;
  std::map<std::string, std::size_t> hints;
  std::chrono::nanoseconds elapsed{0};
  const bool verbose = std::getenv("NEWSARCHIVE_VERBOSE") != nullptr;
  for (const fs::path& path : files) {
    const std::string name = path.filename().string();
    const std::string content = slurp(path);
    bytes += content.size();
    count_source(content, source);
    const auto start = std::chrono::steady_clock::now();
    const ReadResult r = read_input({name, name, content, ""}, ReaderOptions{});
    std::vector<Article> extracted;
    extracted.reserve(r.articles.size());
    for (const RawArticle& raw : r.articles) extracted.push_back(extract(raw));
    elapsed += std::chrono::steady_clock::now() - start;
    for (const ReadError& e : r.errors) {
      ADD_FAILURE() << name << ": " << e.position << ": " << e.reason;
    }

    for (std::size_t i = 0; i < r.articles.size(); ++i) {
      const RawArticle& raw = r.articles[i];
      const Article& a = extracted[i];
      ++articles;
      EXPECT_FALSE(a.body.empty()) << raw.origin;
      EXPECT_EQ(a.source, "Reuters") << raw.origin;
      repaired += !raw.warnings.empty();
      for (const EntityHint& h : raw.entity_hints) ++hints[h.type];
      with_subjects += !raw.subjects.empty();
      if (raw.headline.empty()) {
        ++unprocessed;  // TYPE="UNPROC": no title, no markup inside the text
        continue;
      }
      ++structured;
      headlines += !a.headline.empty();
      dates += !a.date.empty() && !a.date_inferred;
      inferred += a.date_inferred;
      datelines += !a.dateline.empty();
      bylines += !a.byline.empty();
      if (a.dateline.empty() && verbose) std::cout << raw.origin << ": no dateline\n";
    }
  }
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::cout << "Reuters-21578: " << source.records << " records (" << source.bodies
            << " with a body, " << source.briefs << " briefs, " << source.unprocessed
            << " unprocessed); " << articles << " articles: " << structured << " from a body ("
            << headlines << " with a headline, " << dates << " with a stated date, " << inferred
            << " inferred, " << datelines << " with a dateline place, " << bylines
            << " with a byline), " << unprocessed << " from unprocessed text; " << with_subjects
            << " with topics; hints: " << hints["place"] << " places, " << hints["person"]
            << " people, " << hints["organization"] << " organisations; " << repaired
            << " repaired; read+extract " << seconds << " s ("
            << (seconds > 0 ? static_cast<double>(articles) / seconds : 0) << " articles/s)\n";

  EXPECT_EQ(source.records, kDocumentedRecords);
  EXPECT_EQ(source.bodies, kDocumentedBodies);
  EXPECT_EQ(structured, source.bodies);
  EXPECT_EQ(unprocessed, 0u);  // unprocessed records are not articles
  EXPECT_EQ(articles, source.bodies);
  // Every record with a body has a title in the source.
  EXPECT_EQ(headlines, structured);
  // Dates and dateline places, against the records that state them.
  EXPECT_EQ(dates, source.dates);
  EXPECT_EQ(datelines, source.datelines);
}

}  // namespace
}  // namespace newsarchive::indexer
