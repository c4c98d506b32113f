// The clusters of articles already in the database, found through the band
// terms and signatures their documents hold (schema.h, "Copies"): how a run
// finds copies indexed by an earlier run, or too long ago in this one to be
// among the recent articles kept in memory.
//
// Not thread-safe: ClusterIndex serialises the calls.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "dedupe/cluster_key.h"
#include "dedupe/fingerprint.h"

namespace newsarchive::indexer {

class EarlierClusters {
 public:
  // Takes over `db` (a read-only handle, perhaps of several shards), which
  // no other thread may use meanwhile. It is reopened now and then to see
  // what the run itself has committed.
  explicit EarlierClusters(Xapian::Database db);

  // The most similar article in the database that shares a band with
  // `print`, is at least `threshold` similar and is not the article `id`
  // itself (which a new version is about to replace); but if the database
  // holds article `id` with this very fingerprint, its cluster. Throws
  // DatabaseError (writer/database.h) when the database cannot be read.
  std::optional<ClusterMatch> find(std::string_view id, const Fingerprint& print,
                                   const BandHashes& bands, double threshold);

  // Whether the database held no documents when it was given: then it holds
  // only what this run has written since.
  bool started_empty() const { return started_empty_; }

 private:
  std::optional<ClusterMatch> search(std::string_view id, const Fingerprint& print,
                                     const BandHashes& bands, double threshold);

  Xapian::Database db_;
  bool started_empty_ = false;
  std::size_t since_reopen_ = 0;
};

}  // namespace newsarchive::indexer
