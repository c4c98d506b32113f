// Which inputs a database already holds unchanged: each fully indexed input
// file is recorded with a stamp of its size and modification time (schema.h,
// input_record_key; pipeline/inputs.h, input_stamp), and a later run skips it
// while both are the same.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace newsarchive::indexer {

// Reads the records of a database's shards through read-only handles of
// its own, so that it can be used on a worker thread while the shards are
// being written. One per thread.
class InputRecords {
 public:
  // For each shard, the databases that hold its articles: the shard itself
  // and, on the segment write path, what a killed run staged for it.
  // Opens them on the calling thread. Throws Xapian::Error when a shard
  // cannot be opened.
  explicit InputRecords(std::vector<std::vector<std::string>> shards);

  // Whether every shard records `key` with `stamp` in one of its
  // databases (never for an empty stamp).
  bool unchanged(const std::string& key, const std::string& stamp);

 private:
  std::vector<std::vector<std::string>> paths_;
  std::vector<std::vector<Xapian::Database>> shards_;  // paths_ that opened
};

}  // namespace newsarchive::indexer
