// Xapian database handles for concurrent searches.
//
// A Xapian::Database may not be used by two threads at once, so each search
// leases a handle of its own; handles are kept for reuse, and each lease
// reopens its handle first, so searches see the last commit.
//
// A handle opens each shard itself (shards.h) and searches them as one.
// With `allow_partial`, a shard that cannot be opened is left out and named
// (Handle::unavailable), and a handle missing shards is opened afresh after
// kRetryUnavailable, so a shard that comes back is searched again.
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <map>
#include <vector>

#include "newsarchive/search.h"
#include "shards.h"
#include "whole_match.h"

namespace newsarchive::query {

inline constexpr std::chrono::seconds kRetryUnavailable{5};
inline constexpr std::size_t kMaxWholeArchiveCounts = 16;

struct Shard {
  ShardSpec spec;
  Xapian::Database db;  // when up
  bool up = false;
  std::string problem;  // why it is not
};

struct Handle {
  Xapian::Database db;                 // the shards that are up, searched as one
  std::vector<Shard> shards;
  std::vector<std::string> languages;  // of the indexed articles, in any shard
  std::chrono::steady_clock::time_point opened = std::chrono::steady_clock::now();
  // The stub files of the paths as they were when it was opened
  // (layout_stamp): a new generation of the database means a new handle.
  std::string layout;
  bool broken = false;                 // a shard failed under it: not reused
  // Stories per document among articles [0] and quotes [1] (story_share in
  // estimate.h), found when first needed after the database changed.
  std::optional<double> story_share[2];
  // What a visit of every document of a type counted (the query "*" with
  // facets, a timeline or an exact count), by what the request asked
  // (whole_archive_key in searcher.cpp): the same until the database
  // changes, and a whole archive's timeline is what a search page opens on.
  // At most kMaxWholeArchiveCounts, the oldest dropped first.
  std::map<std::string, WholeMatch> whole_archive;
  std::vector<std::string> whole_archive_order;

  // Re-reads what depends on the database's contents.
  void refresh();
  // "NAME (why)" of each shard left out.
  std::vector<std::string> unavailable() const;
  // After a network error: asks each remote shard that was up whether it
  // still answers, on a new connection, and returns "NAME (why)" of those
  // that do not. Marks the handle broken.
  std::vector<std::string> failed_shards();
};

// Identifies the stub files of `paths` (a stub file given, or the XAPIANDB
// of a database directory) by inode, size and modification time: newsindex
// switches a database to a new generation by renaming a new stub into
// place, which reopening a handle would not see. Each search asks, so it
// is kept to one stat for a database directory (two for a stub file
// given); stubs named inside stubs are not followed.
std::string layout_stamp(const std::vector<std::string>& paths);

// Whether a Xapian error reading a database means the database is damaged
// (DatabaseCorruptError, or a block that cannot be read), not unreachable,
// locked or changed under the reader.
bool is_damage(const Xapian::Error& e);

// What a DatabaseModifiedError means when reopening does not cure it.
inline constexpr const char* kRevisionDamage =
    "a block it points to is from a later revision than the database, even after reopening it";

// The status for a database found damaged: `path` as the caller named it,
// `what` the damage seen, and the way out: xapian-check on each local shard
// (on its server for a remote one), then indexing the articles again.
Status damaged(const std::string& path, const std::vector<Shard>& shards, const std::string& what);

class DatabasePool {
 public:
  // One database, stub file or shard each; searched as one.
  explicit DatabasePool(std::vector<std::string> paths, bool allow_partial = false)
      : paths_(std::move(paths)), allow_partial_(allow_partial) {}

  // Opens a handle; on failure returns nullptr and sets `status`.
  std::unique_ptr<Handle> open_handle(Status& status) const;

  class Lease {
   public:
    Lease(DatabasePool& pool, std::unique_ptr<Handle> h) : pool_(pool), handle_(std::move(h)) {}
    ~Lease() { pool_.give_back(std::move(handle_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Handle& operator*() const { return *handle_; }
    Handle* operator->() const { return handle_.get(); }

   private:
    DatabasePool& pool_;
    std::unique_ptr<Handle> handle_;
  };

  // A handle, reopened at the latest commit; nullptr (and `status`) on
  // failure.
  std::unique_ptr<Lease> lease(Status& status);

  // damaged() for a search through `handle`, naming the paths given.
  Status damaged(const Handle& handle, const std::string& what) const;

 private:
  // Opens `shard`, one of `shards`. False, with `status` set, when the
  // whole open fails; with allow_partial a shard that is down is not a
  // failure but sets shard.problem.
  bool open_one(Shard& shard, std::size_t shards, Status& status) const;

 public:

  const std::vector<std::string>& paths() const { return paths_; }
  bool allow_partial() const { return allow_partial_; }

 private:
  void give_back(std::unique_ptr<Handle> handle);

  std::vector<std::string> paths_;
  bool allow_partial_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Handle>> idle_;
};

}  // namespace newsarchive::query
