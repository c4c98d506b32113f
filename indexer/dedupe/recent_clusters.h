// The clusters of the articles indexed last, in memory: a ring of at most
// `capacity` fingerprints with their cluster keys, the oldest overwritten
// first, and an index from each band hash to the newest entry holding it,
// each entry linking to the one before it with the same band. Its memory
// is bounded by the capacity whatever the length of the run.
//
// Not thread-safe: ClusterIndex serialises the calls.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dedupe/cluster_search.h"

namespace newsarchive::indexer {

class RecentClusters {
 public:
  explicit RecentClusters(std::size_t capacity);

  // The most similar entry that shares a band with the article, is at
  // least as similar as the search asks and is not the article itself.
  std::optional<ClusterMatch> find(const ClusterSearch& search) const;

  // Adds the article of the search and its cluster key, evicting the
  // oldest entry when full.
  void add(const ClusterSearch& search, std::uint64_t key);

  std::size_t size() const { return entries_.size(); }
  // Whether an entry has been evicted: until then, every article added is
  // still here.
  bool evicted_any() const { return added_ > capacity_; }

 private:
  struct Entry {
    std::uint64_t id_hash = 0;
    std::uint64_t key = 0;
    // Entries are numbered as added: a link to a slot whose entry is not
    // older than the linking one leads to an entry that replaced the one
    // linked to, and ends the chain.
    std::uint64_t number = 0;
    std::array<std::uint32_t, kHashes> signature{};
    std::array<std::uint32_t, kBands> earlier{};  // per band: the slot before, or kNone
  };
  static constexpr std::uint32_t kNone = 0xffffffffu;

  std::size_t capacity_;
  std::size_t next_ = 0;  // the slot the next entry goes to
  std::uint64_t added_ = 0;
  std::vector<Entry> entries_;
  std::unordered_map<std::uint64_t, std::uint32_t> by_band_;  // band hash -> slot
};

}  // namespace newsarchive::indexer
