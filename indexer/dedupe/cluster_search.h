// A search for the cluster an article belongs to, as the two stores of
// earlier articles answer it: RecentClusters (in memory) and
// EarlierClusters (in the database).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "dedupe/fingerprint.h"

namespace newsarchive::indexer {

// The article looking for earlier copies of itself. Refers to data the
// caller keeps for the duration of the search.
struct ClusterSearch {
  std::string_view id;
  std::uint64_t id_hash = 0;             // hash64(id)
  std::span<const std::uint32_t> print;  // its fingerprint, kHashes values
  BandHashes bands{};                    // band_hashes(print)
  double threshold = 0;                  // the least similarity of a copy
};

// An earlier article's cluster that the article copies.
struct ClusterMatch {
  std::uint64_t key = 0;
  double similarity = 0;  // estimated, as fingerprint.h's similarity()
};

// Earlier articles read per band, in memory or in the database. A band that
// many more share comes from a passage many articles repeat (boilerplate)
// rather than from copies of one story, and reading them all would cost
// more than it could find.
inline constexpr std::size_t kMaxPerBand = 8;

}  // namespace newsarchive::indexer
