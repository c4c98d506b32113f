// Copies in the BBC News corpus (../shared/corpora/bbc-news), which holds
// some articles twice: every repeated text must land in one cluster, and
// the number of clusters is printed for bench/RESULTS.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "writer/cluster_index.h"
#include "extract/extractor.h"
#include "readers/plain_text_reader.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(NEWSARCHIVE_SHARED_DIR) / "corpora" / "bbc-news";

TEST(BbcDedupe, RepeatedArticlesShareACluster) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "BBC corpus not found at " << kCorpus;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  ClusterIndex clusters;
  std::map<std::string, std::set<std::string>> keys_of_text;  // text -> cluster keys
  std::map<std::string, std::size_t> members;                 // cluster key -> articles
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string id = fs::relative(path, kCorpus).string();
    const ReadResult r = read_plain_text({id, id, bytes.str(), ""});
    ASSERT_EQ(r.articles.size(), 1u) << id;
    const Article a = extract(r.articles[0]);
    const std::string key = clusters.assign(a.id, fingerprint(a));
    std::string text = a.headline;
    for (const std::string& p : a.body) text += "\n" + p;
    keys_of_text[text].insert(key);
    ++members[key];
  }
  std::size_t repeated = 0;
  for (const auto& [text, keys] : keys_of_text) {
    EXPECT_EQ(keys.size(), 1u) << "a text repeated in several clusters: "
                               << text.substr(0, text.find('\n'));
  }
  for (const auto& [key, n] : members) repeated += n > 1;
  std::cout << "BBC News: " << files.size() << " articles, " << members.size() << " clusters, "
            << repeated << " with more than one member, " << clusters.copies()
            << " copies of an earlier article\n";
  EXPECT_GT(clusters.copies(), 0u);
}

}  // namespace
}  // namespace newsarchive::indexer
