// Xapian database handles for concurrent searches.
//
// A Xapian::Database may not be used by two threads at once, so each search
// leases a handle of its own; handles are kept for reuse, and each lease
// reopens its handle first, so searches see the last commit.
#pragma once

#include <xapian.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "newsarchive/search.h"

namespace newsarchive::query {

struct Handle {
  Xapian::Database db;                 // all of them, searched as one
  std::vector<Xapian::Database> parts;  // each database given, for its metadata
  std::vector<std::string> languages;  // of the indexed articles, in any part

  // Re-reads what depends on the database's contents.
  void refresh();
};

class DatabasePool {
 public:
  // One database, stub file or shard each; searched as one.
  explicit DatabasePool(std::vector<std::string> paths) : paths_(std::move(paths)) {}

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

 private:
  void give_back(std::unique_ptr<Handle> handle);

  std::vector<std::string> paths_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Handle>> idle_;
};

}  // namespace newsarchive::query
