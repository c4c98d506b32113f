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

#include "dedupe/cluster_search.h"

namespace newsarchive::indexer {

class EarlierClusters {
 public:
  // Takes over `db` (a read-only handle, perhaps of several shards), which
  // no other thread may use meanwhile. It is reopened now and then to see
  // what the run itself has committed.
  explicit EarlierClusters(Xapian::Database db);

  // The most similar article in the database that shares a band with the
  // searching one, is at least as similar as the search asks and is not
  // the article itself (which a new version is about to replace); but if
  // the database holds the article with this very fingerprint, its
  // cluster. Throws DatabaseError (writer/database.h) when the database
  // cannot be read.
  std::optional<ClusterMatch> find(const ClusterSearch& search);

  // Whether the database held no documents when it was given: then it holds
  // only what this run has written since.
  bool started_empty() const { return started_empty_; }

 private:
  std::optional<ClusterMatch> look_up(const ClusterSearch& search);

  Xapian::Database db_;
  bool started_empty_ = false;
  std::size_t since_reopen_ = 0;
};

}  // namespace newsarchive::indexer
