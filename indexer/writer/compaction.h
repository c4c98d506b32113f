// Merging a database's shards, or compacting a single database, into one
// compact database in its place (Xapian's compactor), with newsarchive's
// metadata merged: languages joined, input records kept only where every
// shard had them.
#pragma once

#include <cstdint>
#include <string>

namespace newsarchive::indexer {

struct CompactionResult {
  std::size_t shards = 0;
  std::uint64_t bytes_before = 0, bytes_after = 0;
};

// Compacts the database at `path` in place. It is locked for writing
// meanwhile; readers that have it open keep working on the old files
// until they reopen. Throws DatabaseError.
CompactionResult compact_database(const std::string& path);

// Bytes on disk under `path`.
std::uint64_t disk_size(const std::string& path);

}  // namespace newsarchive::indexer
