#include "pipeline/input_records.h"

#include <sys/stat.h>

namespace newsarchive::indexer {

std::string input_stamp(const InputRef& ref) {
  struct stat st {};
  if (ref.path == "-" || ::stat(ref.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
  const long long ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  return std::to_string(static_cast<long long>(st.st_size)) + " " + std::to_string(ns);
}

InputRecords::InputRecords(std::vector<std::string> shard_paths) : paths_(std::move(shard_paths)) {}

bool InputRecords::unchanged(const std::string& key, const std::string& stamp) {
  if (stamp.empty()) return false;
  // Opened on first use, on the thread that uses them.
  if (shards_.empty())
    for (const std::string& p : paths_) shards_.emplace_back(p);
  for (Xapian::Database& db : shards_) {
    // The writers commit as we read: a handle may need reopening to reach
    // a revision that is still there.
    for (int attempt = 0;; ++attempt) {
      try {
        if (db.get_metadata(key) != stamp) return false;
        break;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == 3) return false;
        db.reopen();
      }
    }
  }
  return true;
}

}  // namespace newsarchive::indexer
