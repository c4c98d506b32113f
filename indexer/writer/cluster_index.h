// Assigns each article the cluster key of the story it is a copy of.
//
// An article joins the cluster of an earlier one when their fingerprints
// share an LSH band and their estimated similarity reaches
// kCopySimilarity; otherwise it starts a cluster of its own. Earlier
// articles are looked for among the last `window` ones, kept in memory,
// then, if a database was given, among those the database holds.
//
// Thread-safe: assign() may be called from any number of threads at once;
// the calls take a lock, as each does little work.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "writer/earlier_clusters.h"
#include "dedupe/fingerprint.h"
#include "dedupe/recent_clusters.h"

namespace newsarchive::indexer {

class ClusterIndex {
 public:
  // Articles kept in memory: 28 MB's worth, however long the run.
  static constexpr std::size_t kDefaultWindow = 50000;
  // Estimated Jaccard similarity of the shingle sets from which an article
  // counts as a copy of another. On the BBC corpus, 96% of lightly edited
  // copies reach it, and the pairs of distinct stories that share a
  // paragraph or two stay below it (bench/RESULTS.md).
  static constexpr double kCopySimilarity = 0.5;

  // `earlier`: a read-only handle on the database being written, whose
  // articles count as earlier ones; nullopt for none. The index takes it
  // over (see EarlierClusters).
  explicit ClusterIndex(std::optional<Xapian::Database> earlier = std::nullopt,
                        std::size_t window = kDefaultWindow);

  ClusterIndex(const ClusterIndex&) = delete;
  ClusterIndex& operator=(const ClusterIndex&) = delete;

  // The cluster key of article `id` with fingerprint `print`: an earlier
  // copy's key, else a new one. An empty fingerprint (a short text) always
  // gets a key of its own. An article given again under the same id (a
  // replace) is not taken for a copy of its earlier version. Throws
  // DatabaseError when the database cannot be read.
  std::string assign(std::string_view id, const Fingerprint& print);

  // How many assign() calls gave a cluster other than the article's own:
  // copies of an earlier article.
  std::size_t copies() const;

 private:
  mutable std::mutex mutex_;
  RecentClusters recent_;
  std::optional<EarlierClusters> earlier_;
  std::size_t copies_ = 0;
};

}  // namespace newsarchive::indexer
