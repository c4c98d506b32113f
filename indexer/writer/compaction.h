// Merging a database's shards, or compacting a single database, into one
// compact database in its place (Xapian's compactor), with newsarchive's
// metadata merged: languages joined, input records kept only where every
// shard had them.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace newsarchive::indexer {

struct CompactionResult {
  std::size_t shards = 0;
  std::uint64_t bytes_before = 0, bytes_after = 0;
};

// Compacts the database at `path` in place: its shards merged into one
// compact shard of a new generation, which the stub then names (a plain
// database is replaced by its compacted copy). It is locked for writing
// meanwhile; readers keep working on what they opened. Throws
// DatabaseError.
CompactionResult compact_database(const std::string& path);

// Merges `sources`, in order, into a new database at `output` with Xapian's
// compactor (documents renumbered in source order), newsarchive's metadata
// merged: the languages joined, any other key given the last source's
// value (a record of an input indexed again is the later one). Throws
// Xapian::Error.
void merge_databases(const std::vector<std::string>& sources, const std::string& output);

// For a database merged from sources that may hold several versions of
// one article (or of one quote document): keeps the last version of each,
// the one with the highest document id, and deletes the others with their
// quote documents. Returns the number of documents deleted. Throws
// Xapian::Error.
std::size_t drop_superseded(Xapian::WritableDatabase& db);

// Bytes on disk under `path`.
std::uint64_t disk_size(const std::string& path);

}  // namespace newsarchive::indexer
