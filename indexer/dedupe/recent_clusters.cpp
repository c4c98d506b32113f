#include "dedupe/recent_clusters.h"

#include <algorithm>

namespace newsarchive::indexer {

RecentClusters::RecentClusters(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {
  entries_.reserve(capacity_);
  by_band_.reserve(capacity_ * kBands);
}

std::optional<ClusterMatch> RecentClusters::find(const ClusterSearch& search) const {
  std::optional<ClusterMatch> best;
  for (std::size_t b = 0; b < kBands; ++b) {
    const auto it = by_band_.find(search.bands[b]);
    if (it == by_band_.end()) continue;
    // Along the chain of entries with this band, newest first: past an
    // earlier version of the article itself, or an article that shares
    // the band by chance, to the copy behind it.
    std::uint32_t slot = it->second;
    std::uint64_t newer = added_;
    for (std::size_t read = 0; slot != kNone && read < kMaxPerBand; ++read) {
      const Entry& e = entries_[slot];
      if (e.number >= newer) break;
      newer = e.number;
      slot = e.earlier[b];
      // An article indexed again is not a copy of its earlier self.
      if (e.id_hash == search.id_hash) continue;
      const double s = similarity(search.print, e.signature);
      if (s >= search.threshold && (!best || s > best->similarity)) best = ClusterMatch{e.key, s};
    }
  }
  return best;
}

void RecentClusters::add(const ClusterSearch& search, std::uint64_t key) {
  if (search.print.size() != kHashes) return;
  const auto slot = static_cast<std::uint32_t>(next_);
  if (entries_.size() < capacity_) {
    entries_.emplace_back();
  } else {
    // Forget the oldest entry's bands, unless a newer entry holds them now.
    for (const std::uint64_t band : band_hashes(entries_[slot].signature)) {
      const auto it = by_band_.find(band);
      if (it != by_band_.end() && it->second == slot) by_band_.erase(it);
    }
  }
  Entry& e = entries_[slot];
  e.id_hash = search.id_hash;
  e.key = key;
  e.number = added_++;
  std::copy(search.print.begin(), search.print.end(), e.signature.begin());
  for (std::size_t b = 0; b < kBands; ++b) {
    const auto [it, first] = by_band_.try_emplace(search.bands[b], slot);
    e.earlier[b] = first ? kNone : it->second;
    it->second = slot;
  }
  next_ = (next_ + 1) % capacity_;
}

}  // namespace newsarchive::indexer
