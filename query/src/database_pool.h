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
#include <string>
#include <vector>

#include "newsarchive/search.h"
#include "shards.h"

namespace newsarchive::query {

inline constexpr std::chrono::seconds kRetryUnavailable{5};

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
  bool broken = false;                 // a shard failed under it: not reused

  // Re-reads what depends on the database's contents.
  void refresh();
  // "NAME (why)" of each shard left out.
  std::vector<std::string> unavailable() const;
  // After a network error: asks each remote shard that was up whether it
  // still answers, on a new connection, and returns "NAME (why)" of those
  // that do not. Marks the handle broken.
  std::vector<std::string> failed_shards();
};

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
