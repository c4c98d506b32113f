// A database as the indexer writes it: a directory holding N shards, each a
// Xapian database, and a stub file that opens them together (schema.h,
// "Shards"). The stub names the current generation of each shard
// (shard-0, then shard-0.g1, ...): a run that rebuilds the shards writes a
// new generation beside the old and switches the stub to it in one rename,
// so readers see the database before or after, never between. A plain
// Xapian database at the path (written before generations) is one shard.
// One Writer per shard.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "writer/writer.h"

namespace newsarchive::indexer {

class ShardSet {
 public:
  // Opens the database at `path`, creating it with `shards` shards (0: 1)
  // if it does not exist. For an existing database, `shards` 0 means "as it
  // is"; another count than it has is an error. Removes what an
  // interrupted run left behind: generations the stub no longer names,
  // staging areas of other generations. Throws DatabaseError.
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

  // Whether the database is a directory with a stub file (else a plain
  // database at the path), and its generation: the highest of its shards'
  // (0 for shard-N, G for shard-N.gG), so that a new one is named after
  // none of them.
  bool has_stub() const { return has_stub_; }
  std::uint64_t generation() const { return generation_; }
  // Where shard `shard` of generation `generation` lives.
  std::string generation_path(std::size_t shard, std::uint64_t generation) const;

  // Makes `paths` (databases in the directory, one a shard, complete and
  // committed) the database: opens a writer on each, rewrites the stub to
  // name them, then removes the shards of the generation it named before
  // and that generation's staging. Needs has_stub(). Throws DatabaseError.
  void publish(const std::vector<std::string>& paths, std::uint64_t generation);

 private:
  // Removes shard directories not in `current` and staging areas of other
  // generations than generation_.
  void remove_leftovers(const std::set<std::string>& current);

  std::string path_;
  std::size_t batch_size_;
  bool has_stub_ = false;
  std::uint64_t generation_ = 0;
  std::vector<std::unique_ptr<Writer>> writers_;
};

// The shard databases of the database at `path`: itself if it is one
// database, the stub's shards if it is sharded, none if it does not exist.
// Throws DatabaseError for a stub it cannot read.
std::vector<std::string> shard_paths(const std::string& path);

}  // namespace newsarchive::indexer
