// Parts of an archive (newsindex --part K/N): N machines each index the
// articles that --shards N would put in shard K, into a database of their
// own, and the N databases are served together as shards. A database
// records the part it holds, so that a later run cannot mix parts.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "writer/shard_set.h"

namespace newsarchive::indexer {

struct ArchivePart {
  std::size_t k = 0;  // this part, 0 to n - 1
  std::size_t n = 1;  // of this many
  std::string text() const { return std::to_string(k) + "/" + std::to_string(n); }
};

// At most this many parts.
constexpr std::size_t kMaxArchiveParts = 1024;

// "K/N" -> the part; nullopt unless 0 <= K < N <= kMaxArchiveParts, written
// as two decimal numbers and a slash.
std::optional<ArchivePart> parse_archive_part(const std::string& text);

// Checks that `index` may take `part` (nullopt: a whole archive) and, in
// a new database, records it. "" when it may, else why not: a part goes
// into a database of one shard, that holds this part or is new.
std::string claim_archive_part(ShardSet& index, const std::optional<ArchivePart>& part,
                               bool new_database);

// Opens (or creates) the database at `path` for a run that indexes `part`
// of an archive (nullopt: all of it) with `shards` shards (0: as it is, or
// one for a new database: segments are written in parallel without
// shards, a search reads one database fastest, and a part is one shard)
// and commits every `batch` articles. Null, with `problem` set, when the
// database holds another part; throws DatabaseError when it cannot be
// opened.
std::unique_ptr<ShardSet> open_for_part(const std::string& path, std::size_t shards,
                                        std::size_t batch, const std::optional<ArchivePart>& part,
                                        std::string& problem);

}  // namespace newsarchive::indexer
