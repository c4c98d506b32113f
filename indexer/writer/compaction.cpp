#include "writer/compaction.h"

#include <xapian.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <system_error>
#include <vector>

#include "newsarchive/schema.h"
#include "writer/database.h"
#include "writer/shard_set.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

// Metadata present in several shards: the languages are the union; any
// other key (the schema version, input records) is the same in each or,
// for a record, checked afterwards.
class MetadataMerger : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, size_t count,
                                         const std::string tags[]) override {
    if (key != schema::kLanguagesKey) return tags[0];
    std::set<std::string> languages;
    for (size_t i = 0; i < count; ++i) {
      std::istringstream list(tags[i]);
      for (std::string lang; std::getline(list, lang, ',');)
        if (!lang.empty()) languages.insert(lang);
    }
    std::string joined;
    for (const auto& lang : languages) joined += (joined.empty() ? "" : ",") + lang;
    return joined;
  }
};

// An input counts as indexed only if every shard recorded it with the
// same stamp; a run killed midway may have left it in some shards only.
void drop_partial_records(const std::string& merged, const std::vector<std::string>& shards) {
  std::vector<Xapian::Database> sources(shards.begin(), shards.end());
  Xapian::WritableDatabase out(merged, Xapian::DB_OPEN);
  const std::string prefix(schema::kInputRecordPrefix);
  std::vector<std::string> partial;
  for (auto k = out.metadata_keys_begin(prefix); k != out.metadata_keys_end(prefix); ++k) {
    const std::string value = out.get_metadata(*k);
    for (const auto& s : sources)
      if (s.get_metadata(*k) != value) {
        partial.push_back(*k);
        break;
      }
  }
  for (const auto& key : partial) out.set_metadata(key, "");
  out.commit();
}

}  // namespace

std::uint64_t disk_size(const std::string& path) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
       it.increment(ec))
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  return total;
}

CompactionResult compact_database(const std::string& path) {
  CompactionResult result;
  const std::vector<std::string> shards = shard_paths(path);
  if (shards.empty()) throw DatabaseError("database " + path + " does not exist");
  result.shards = shards.size();
  result.bytes_before = disk_size(path);
  const std::string tmp = path + ".compacting", old = path + ".old";
  try {
    // Holding every shard's write lock keeps other writers out.
    ShardSet lock(path, 0, 1);
    std::error_code ec;
    fs::remove_all(tmp, ec);
    Xapian::Database all;
    for (const auto& s : shards) all.add_database(Xapian::Database(s));
    MetadataMerger merger;
    all.compact(tmp, Xapian::DBCOMPACT_MULTIPASS, 0, merger);
    if (shards.size() > 1) drop_partial_records(tmp, shards);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot compact database " + path + ": " + e.get_description());
  }
  // The compacted database takes the place of the old one.
  std::error_code ec;
  fs::remove_all(old, ec);
  fs::rename(path, old, ec);
  if (!ec) fs::rename(tmp, path, ec);
  if (ec)
    throw DatabaseError("cannot put the compacted database " + tmp + " in place of " + path +
                        ": " + ec.message());
  fs::remove_all(old, ec);
  result.bytes_after = disk_size(path);
  return result;
}

}  // namespace newsarchive::indexer
