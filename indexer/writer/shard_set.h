// A database as the indexer writes it: one Xapian database at the path, or
// N shards (shard-0 ... shard-N-1) in a directory with a stub file that
// opens them together (schema.h, "Shards"). One Writer per shard.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "writer/writer.h"

namespace newsarchive::indexer {

class ShardSet {
 public:
  // Opens the database at `path`, creating it with `shards` shards if it
  // does not exist (1: a plain database). For an existing database,
  // `shards` 0 means "as it is"; another count than it has is an error.
  // Throws DatabaseError.
  ShardSet(const std::string& path, std::size_t shards, std::size_t batch_size);

  std::size_t size() const { return writers_.size(); }
  Writer& shard(std::size_t i) { return *writers_[i]; }
  // The shard that holds (or will hold) the article with this id.
  std::size_t shard_of(std::string_view id) const { return shard_of(id, writers_.size()); }
  // ... in a database of `shards` shards.
  static std::size_t shard_of(std::string_view id, std::size_t shards);

  // Removes the article and its quotes; false if it was not there.
  bool remove(const std::string& id);

  void commit();
  std::size_t article_count() const;

  // Gives every shard the languages of all (schema.h, kLanguagesKey): a
  // reader of the stub sees the first shard's metadata. Commits the
  // shards it changes. Throws DatabaseError.
  void share_languages();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<std::unique_ptr<Writer>> writers_;
};

// The shard databases of the database at `path`: itself if it is one
// database, the stub's shards if it is sharded, none if it does not exist.
// Throws DatabaseError for a stub it cannot read.
std::vector<std::string> shard_paths(const std::string& path);

}  // namespace newsarchive::indexer
