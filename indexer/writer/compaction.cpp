#include "writer/compaction.h"

#include <xapian.h>

#include <filesystem>
#include <memory>
#include <set>
#include <sstream>
#include <system_error>
#include <vector>

#include "newsarchive/article_json.h"
#include "newsarchive/schema.h"
#include "writer/database.h"
#include "writer/document_builder.h"
#include "writer/shard_set.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

// Metadata present in several sources: the languages are the union; any
// other key (the schema version, input records) takes the last source's
// value, the newer when sources are in the order they were written.
class MetadataMerger : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, size_t count,
                                         const std::string tags[]) override {
    if (key != schema::kLanguagesKey) return tags[count - 1];
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

void merge_databases(const std::vector<std::string>& sources, const std::string& output) {
  Xapian::Database all;
  for (const auto& s : sources) all.add_database(Xapian::Database(s));
  MetadataMerger merger;
  all.compact(output, Xapian::DBCOMPACT_MULTIPASS, 0, merger);
}

std::size_t drop_superseded(Xapian::WritableDatabase& db) {
  const std::string prefix = DocumentBuilder::id_term("");
  std::set<Xapian::docid> doomed;
  std::vector<Xapian::docid> kept;  // the last version of each
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    if (t.get_termfreq() < 2) continue;
    std::vector<Xapian::docid> ids(db.postlist_begin(*t), db.postlist_end(*t));
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) doomed.insert(ids[i]);
    kept.push_back(ids.back());
  }
  // The quotes of an earlier version of an article: its quote documents
  // from before the last version (the new version may have fewer).
  for (const Xapian::docid last : kept) {
    Article a;
    if (!from_json(db.get_document(last).get_data(), a) || a.id.empty()) continue;
    const std::string quotes = DocumentBuilder::article_term(a.id);
    for (auto p = db.postlist_begin(quotes); p != db.postlist_end(quotes) && *p < last; ++p)
      doomed.insert(*p);
  }
  for (const Xapian::docid d : doomed) db.delete_document(d);
  return doomed.size();
}

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
  // Holding every shard's write lock keeps other writers out.
  auto index = std::make_unique<ShardSet>(path, 0, 1);
  if (index->has_stub()) {
    const std::uint64_t next = index->generation() + 1;
    const std::string out = index->generation_path(0, next);
    try {
      std::error_code ec;
      fs::remove_all(out, ec);
      merge_databases(shards, out);
      if (shards.size() > 1) drop_partial_records(out, shards);
    } catch (const Xapian::Error& e) {
      throw DatabaseError("cannot compact database " + path + ": " + e.get_description());
    }
    index->publish({out}, next);
    result.bytes_after = disk_size(path);
    return result;
  }
  // A plain database: its compacted copy takes its place.
  const std::string tmp = path + ".compacting", old = path + ".old";
  try {
    std::error_code ec;
    fs::remove_all(tmp, ec);
    merge_databases(shards, tmp);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot compact database " + path + ": " + e.get_description());
  }
  index.reset();
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
