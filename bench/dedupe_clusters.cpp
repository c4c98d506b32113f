// Near-duplicate clusters on a corpus of plain-text articles (the BBC News
// set): how many clusters of copies the fingerprints find, what they cost,
// and how the similarity threshold divides copies from other articles.
//
//   dedupe_clusters [--list] DIR
//
// Reads every .txt file below DIR in sorted order, extracts each article
// and assigns it a cluster as newsindex does (fingerprint, then
// ClusterIndex::assign, no database), and prints:
//   - the CPU time taken by reading and extraction, by fingerprints and by
//     assign(), per article;
//   - the clusters with more than one member; with --list, each member with
//     its headline and its similarity to the cluster's first article;
//   - the estimated similarity of the pairs of articles that share an LSH
//     band, the only pairs the threshold has to decide, as a histogram;
//     with --list, the pairs between 0.2 and 0.8 too;
//   - for three synthetic copies of each article of five paragraphs or
//     more, how many would join its cluster at each threshold: a light edit
//     (a headline of other words, a sentence added to the first paragraph,
//     the last paragraph cut), the same with the third paragraph replaced,
//     and a heavier one (the light edit and two more paragraphs cut).
// No target: a measurement. Exit 2 on a usage or input error.
#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "writer/cluster_index.h"
#include "dedupe/fingerprint.h"
#include "extract/extractor.h"
#include "readers/plain_text_reader.h"

namespace fs = std::filesystem;
using namespace newsarchive;
using namespace newsarchive::indexer;

namespace {

// The CPU time of this thread, in seconds: what a step costs, whatever else
// the machine is running.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double seconds_since(double start) { return cpu_seconds() - start; }

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool share_band(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty() || b.empty()) return false;
  const BandHashes x = band_hashes(a), y = band_hashes(b);
  for (std::size_t i = 0; i < kBands; ++i)
    if (x[i] == y[i]) return true;
  return false;
}

// The synthetic copies of an article: what an outlet does to an agency
// item. A headline of its own (the same words in another order share no
// shingle), a sentence of its own in the first paragraph, and `cut`
// paragraphs cut from the end; with `middle`, also one of the article's
// paragraphs (the third) replaced by one of the outlet's own.
Article edited(const Article& a, std::size_t cut, bool middle) {
  Article e = a;
  e.id += "#edited";
  std::istringstream words(a.headline);
  std::vector<std::string> list;
  for (std::string w; words >> w;) list.push_back(w);
  std::reverse(list.begin(), list.end());
  e.headline.clear();
  for (const std::string& w : list) e.headline += (e.headline.empty() ? "" : " ") + w;
  e.body.front() += " The paper's own reporter added this sentence to the copy it ran.";
  if (middle)
    e.body[2] = "Readers in the region told the paper what the news meant for them, and "
                "several said they had expected it for some time.";
  e.body.resize(e.body.size() - cut);
  return e;
}

constexpr std::array<double, 6> kThresholds = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

struct EditCount {
  std::size_t articles = 0;
  std::size_t banded = 0;  // sharing a band with the original
  std::array<std::size_t, kThresholds.size()> at{};  // banded and at least that similar

  void add(const Fingerprint& original, const Fingerprint& copy) {
    ++articles;
    if (!share_band(original, copy)) return;
    ++banded;
    const double s = similarity(original, copy);
    for (std::size_t i = 0; i < kThresholds.size(); ++i) at[i] += s >= kThresholds[i];
  }

  void print(const char* what) const {
    std::printf("%-12s %5zu copies, %5.1f%% share a band; clustered at threshold", what, articles,
                100.0 * static_cast<double>(banded) / static_cast<double>(articles));
    for (std::size_t i = 0; i < kThresholds.size(); ++i)
      std::printf("  %.1f: %5.1f%%", kThresholds[i],
                  100.0 * static_cast<double>(at[i]) / static_cast<double>(articles));
    std::printf("\n");
  }
};

}  // namespace

int main(int argc, char** argv) {
  bool list = false;
  std::string dir;
  bool usage = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--list")
      list = true;
    else if (dir.empty() && !arg.empty() && arg[0] != '-')
      dir = arg;
    else
      usage = true;
  }
  if (usage || dir.empty() || !fs::is_directory(dir)) {
    std::fprintf(stderr, "usage: dedupe_clusters [--list] DIR\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  std::vector<Article> articles;
  std::vector<Fingerprint> prints;
  std::vector<std::string> keys;
  ClusterIndex clusters;
  double extract_s = 0, print_s = 0, assign_s = 0;
  for (const fs::path& path : files) {
    const std::string id = fs::relative(path, dir).string();
    double start = cpu_seconds();
    const ReadResult r = read_plain_text({id, id, slurp(path), ""});
    if (r.articles.size() != 1) {
      std::fprintf(stderr, "dedupe_clusters: %s: not one article\n", id.c_str());
      return 2;
    }
    articles.push_back(extract(r.articles[0]));
    extract_s += seconds_since(start);
    start = cpu_seconds();
    prints.push_back(fingerprint(articles.back()));
    print_s += seconds_since(start);
    start = cpu_seconds();
    keys.push_back(clusters.assign(id, prints.back()));
    assign_s += seconds_since(start);
  }
  const double n = static_cast<double>(articles.size());
  std::printf("%zu articles: read+extract %.0f us, fingerprint %.1f us, assign %.1f us per "
              "article; fingerprint+assign = %.1f%% of read+extract\n",
              articles.size(), 1e6 * extract_s / n, 1e6 * print_s / n, 1e6 * assign_s / n,
              100.0 * (print_s + assign_s) / extract_s);
  const auto unprinted = static_cast<std::size_t>(
      std::count_if(prints.begin(), prints.end(), [](const Fingerprint& p) { return p.empty(); }));
  std::printf("%zu articles too short for a fingerprint\n", unprinted);

  std::map<std::string, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < keys.size(); ++i) members[keys[i]].push_back(i);
  std::size_t multi = 0, copies = 0;
  for (const auto& [key, m] : members) {
    if (m.size() < 2) continue;
    ++multi;
    copies += m.size() - 1;
    if (!list) continue;
    std::printf("cluster %s:\n", key.c_str());
    for (std::size_t i : m)
      std::printf("  %-22s %.2f  %s\n", articles[i].id.c_str(),
                  similarity(prints[m.front()], prints[i]), articles[i].headline.c_str());
  }
  std::printf("%zu clusters with more than one member, holding %zu copies of an earlier "
              "article\n", multi, copies);

  // Every pair that shares a band, once.
  std::map<std::uint64_t, std::vector<std::size_t>> by_band;
  for (std::size_t i = 0; i < prints.size(); ++i)
    if (!prints[i].empty())
      for (const std::uint64_t b : band_hashes(prints[i])) by_band[b].push_back(i);
  std::map<std::pair<std::size_t, std::size_t>, double> pairs;
  for (const auto& [band, m] : by_band)
    for (std::size_t x = 0; x < m.size(); ++x)
      for (std::size_t y = x + 1; y < m.size(); ++y)
        pairs[{m[x], m[y]}] = similarity(prints[m[x]], prints[m[y]]);
  std::array<std::size_t, 11> histogram{};
  for (const auto& [pair, s] : pairs) {
    ++histogram[static_cast<std::size_t>(s * 10 + 1e-9)];
    // The pairs a threshold between 0.2 and 0.8 decides, to read.
    if (list && s >= 0.2 && s < 0.8)
      std::printf("pair %.2f  %-22s %-22s %s | %s\n", s, articles[pair.first].id.c_str(),
                  articles[pair.second].id.c_str(), articles[pair.first].headline.c_str(),
                  articles[pair.second].headline.c_str());
  }
  std::printf("%zu pairs share a band; by estimated similarity:", pairs.size());
  for (std::size_t i = 0; i < histogram.size(); ++i)
    if (histogram[i] > 0) std::printf("  %.1f: %zu", static_cast<double>(i) / 10, histogram[i]);
  std::printf("\n");

  EditCount light, middle, heavy;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].body.size() < 5 || prints[i].empty()) continue;
    light.add(prints[i], fingerprint(edited(articles[i], 1, false)));
    middle.add(prints[i], fingerprint(edited(articles[i], 1, true)));
    heavy.add(prints[i], fingerprint(edited(articles[i], 3, false)));
  }
  light.print("light edit");
  middle.print("and middle");
  heavy.print("heavier edit");
  return 0;
}
