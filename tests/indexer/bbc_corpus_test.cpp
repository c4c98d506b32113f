// Every BBC News article (../shared/corpora/bbc-news) reads and extracts.
#include <gtest/gtest.h>

#include <algorithm>
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
#include "extract/phrase_list.h"
#include "extract/quote_resources.h"
#include "extract/speaker_kind.h"
#include "text/text_scan.h"
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

// Every speaker a BBC quote keeps is a name, a group or a role: none opens
// with a function word, none is without a capital letter unless it is a role
// of the list (or its plural), and none holds a number (an acronym with a
// digit may open a name: "G7 ministers"). Prints the kinds, and each
// offender with its article.
TEST(BbcCorpusTest, SpeakersAreNamesGroupsOrRoles) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "BBC corpus not found at " << kCorpus;
  static constexpr std::string_view kFunctionWords[] = {
      "a",    "an",   "the",   "and",   "but",   "or",    "nor",     "for",    "so",
      "yet",  "if",   "as",    "at",    "by",    "in",    "of",      "on",     "to",
      "with", "from", "into",  "than",  "then",  "also",  "already", "still",  "just",
      "even", "only", "when",  "while", "after", "before", "because", "though", "although",
      "however", "meanwhile", "instead", "there", "this", "that", "these", "those", "it",
      "its",  "he",   "she",   "they",  "we",    "i",     "you",     "his",    "her",
      "their", "our", "my",    "your"};
  const PhraseList& roles = QuoteResources::defaults().roles;
  std::map<std::string, std::size_t> kinds;
  std::size_t quotes = 0;
  std::vector<std::string> offenders;
  for (const auto& topic : fs::directory_iterator(kCorpus)) {
    if (!topic.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(topic.path())) {
      if (entry.path().extension() != ".txt") continue;
      const std::string name = fs::relative(entry.path(), kCorpus).string();
      const ReadResult r = read_plain_text({name, name, slurp(entry.path()), ""});
      if (r.articles.size() != 1) continue;
      for (const Quote& q : extract(r.articles[0]).quotes) {
        ++quotes;
        ++kinds[q.speaker_kind];
        if (q.speaker.empty()) continue;
        const std::string first = lower_ascii(q.speaker.substr(0, q.speaker.find(' ')));
        const bool function_word = std::find(std::begin(kFunctionWords), std::end(kFunctionWords),
                                             first) != std::end(kFunctionWords);
        const bool capital = std::any_of(q.speaker.begin(), q.speaker.end(),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
        bool number = false;
        for (std::size_t i = 0, w = 0; i < q.speaker.size(); ++i) {
          if (q.speaker[i] == ' ') ++w;
          if (q.speaker[i] >= '0' && q.speaker[i] <= '9') {
            const std::size_t start = q.speaker.rfind(' ', i) == std::string::npos ? 0
                                      : q.speaker.rfind(' ', i) + 1;
            const std::string word = q.speaker.substr(start, q.speaker.find(' ', i) - start);
            const bool acronym = std::none_of(word.begin(), word.end(),
                                              [](char c) { return c >= 'a' && c <= 'z'; }) &&
                                 std::any_of(word.begin(), word.end(),
                                             [](char c) { return c >= 'A' && c <= 'Z'; });
            number |= !(acronym && w == 0);
          }
        }
        if (function_word || number || (!capital && !ends_with_role(q.speaker, roles)))
          offenders.push_back(name + ": \"" + q.speaker + "\" (" + q.speaker_kind + ", as \"" +
                              q.speaker_mention + "\")");
      }
    }
  }
  std::cout << "BBC quotes: " << quotes;
  for (const auto& [kind, n] : kinds) std::cout << ", " << n << " " << kind;
  std::cout << "\n";
  for (const std::string& o : offenders) std::cout << "  not a speaker: " << o << "\n";
  EXPECT_GE(quotes, 9000u);
  EXPECT_TRUE(offenders.empty()) << offenders.size() << " speakers are not names, groups or roles";
}

}  // namespace
}  // namespace newsarchive::indexer
