#include "writer/cluster_index.h"

#include "dedupe/cluster_key.h"
#include "dedupe/hash64.h"

namespace newsarchive::indexer {

ClusterIndex::ClusterIndex(std::optional<Xapian::Database> earlier, std::size_t window)
    : recent_(window) {
  if (earlier) earlier_.emplace(std::move(*earlier));
}

std::string ClusterIndex::assign(std::string_view id, const Fingerprint& print) {
  const std::uint64_t own = new_cluster_key(id, print);
  if (print.size() != kHashes) return format_cluster_key(own);
  const ClusterSearch search{id, hash64(id), print, band_hashes(print), kCopySimilarity};

  std::lock_guard<std::mutex> lock(mutex_);
  std::optional<ClusterMatch> match = recent_.find(search);
  // Each database lookup reads a B-tree entry per band. A database that
  // started empty holds only this run's articles, which are all among the
  // recent ones until the first is evicted.
  if (!match && earlier_ && (!earlier_->started_empty() || recent_.evicted_any()))
    match = earlier_->find(search);
  // A copy is an article in a cluster that is not its own: an article
  // indexed again keeps its cluster, copy or not.
  const std::uint64_t key = match ? match->key : own;
  if (key != own) ++copies_;
  recent_.add(search, key);
  return format_cluster_key(key);
}

std::size_t ClusterIndex::copies() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return copies_;
}

}  // namespace newsarchive::indexer
