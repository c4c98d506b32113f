#include "writer/input_records.h"

namespace newsarchive::indexer {

InputRecords::InputRecords(std::vector<std::vector<std::string>> shards)
    : paths_(std::move(shards)) {
  // Opened now, on the thread that uses them. A staged database merged
  // away before it could be opened is passed over: its inputs are read
  // again, and the merge keeps one version of each article.
  for (const auto& paths : paths_) {
    shards_.emplace_back();
    for (const std::string& p : paths) {
      try {
        shards_.back().emplace_back(p);
      } catch (const Xapian::Error&) {
        if (&p == &paths.front()) throw;
      }
    }
  }
}

namespace {

// Whether `db` records `key` with `stamp`.
bool recorded(Xapian::Database& db, const std::string& key, const std::string& stamp) {
  // The writers commit as we read: a handle may need reopening to reach
  // a revision that is still there.
  for (int attempt = 0;; ++attempt) {
    try {
      return db.get_metadata(key) == stamp;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 3) return false;
      db.reopen();
    }
  }
}

}  // namespace

bool InputRecords::unchanged(const std::string& key, const std::string& stamp) {
  if (stamp.empty()) return false;
  for (auto& dbs : shards_) {
    bool found = false;
    for (Xapian::Database& db : dbs)
      if (recorded(db, key, stamp)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
}

}  // namespace newsarchive::indexer
