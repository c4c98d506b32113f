#include "writer/archive_part.h"

#include <charconv>

#include "newsarchive/schema.h"

namespace newsarchive::indexer {

std::optional<ArchivePart> parse_archive_part(const std::string& text) {
  const auto slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const char* begin = text.data();
  const char* end = begin + text.size();
  ArchivePart p;
  const auto first = std::from_chars(begin, begin + slash, p.k);
  const auto second = std::from_chars(begin + slash + 1, end, p.n);
  if (first.ec != std::errc() || first.ptr != begin + slash || second.ec != std::errc() ||
      second.ptr != end || p.n < 1 || p.n > kMaxArchiveParts || p.k >= p.n)
    return std::nullopt;
  return p;
}

std::string claim_archive_part(ShardSet& index, const std::optional<ArchivePart>& part,
                               bool new_database) {
  const std::string key(schema::kPartKey);
  const std::string wanted = part ? part->text() : "";
  if (part && index.size() > 1)
    return "--part writes a database of one shard; " + index.path() + " has " +
           std::to_string(index.size());
  auto& db = index.shard(0).database();
  if (new_database) {
    if (part) db.set_metadata(key, wanted);
    return "";
  }
  const std::string stored = db.get_metadata(key);
  if (stored == wanted) return "";
  if (stored.empty())
    return index.path() + " holds a whole archive, not a part; --part " + wanted +
           " needs a database of its own";
  return index.path() + " holds part " + stored + " of an archive (newsindex --part); index " +
         "into it with --part " + stored;
}

std::unique_ptr<ShardSet> open_for_part(const std::string& path, std::size_t shards,
                                        std::size_t batch, const std::optional<ArchivePart>& part,
                                        std::string& problem) {
  const bool new_database = shard_paths(path).empty();
  auto index = std::make_unique<ShardSet>(path, shards, batch);
  problem = claim_archive_part(*index, part, new_database);
  if (!problem.empty()) return nullptr;
  return index;
}

}  // namespace newsarchive::indexer
