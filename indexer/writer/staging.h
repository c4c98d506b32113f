// The staging area of the segment write path (writer/segment_build.h):
// segments, small databases of a few hundred articles each, written side
// by side and merged into larger ones, until a run ends and merges them
// all into a new generation of the database.
//
// Layout: one area per shard, <db>/staging.g<G>/shard-<s>/, where G is the
// generation of the database the run builds on (schema.h, "Shards"). A
// staged database is named after the sequence numbers of the segments it
// holds, "<first>-<last>" (zero-padded), and is written under a temporary
// name first, so a name in place means a complete, committed database.
// What a killed run staged counts on the next run as long as it is a
// complete prefix: segments 0 to n, with no gap.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace newsarchive::indexer {

struct Staged {
  std::uint64_t first = 0, last = 0;  // segment sequence numbers, inclusive
  std::string path;

  std::uint64_t segments() const { return last - first + 1; }
};

class StagingArea {
 public:
  // Opens the area at `dir`, creating it if needed. Keeps the staged
  // databases that form a complete prefix and removes everything else in
  // it (temporaries, databases past a gap). Throws DatabaseError.
  explicit StagingArea(std::string dir);

  const std::string& dir() const { return dir_; }
  // The complete prefix found when the area was opened, in order.
  const std::vector<Staged>& found() const { return found_; }

  // Where the database of segments first..last is written, and where it
  // goes once complete (seal()).
  std::string temporary_path(std::uint64_t first, std::uint64_t last) const;
  std::string final_path(std::uint64_t first, std::uint64_t last) const;
  // Renames the temporary database into place. Throws DatabaseError.
  Staged seal(std::uint64_t first, std::uint64_t last) const;

  // The staging directory of a database generation and of one shard in it.
  static std::string area_dir(const std::string& db_dir, std::uint64_t generation,
                              std::size_t shard);
  // The generation whose staging directory has this name; false if the
  // name is not one.
  static bool parse_generation_dir(const std::string& name, std::uint64_t& generation);

 private:
  std::string dir_;
  std::vector<Staged> found_;
};

}  // namespace newsarchive::indexer
