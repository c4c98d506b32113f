#include "writer/deletion.h"

#include "writer/shard_set.h"

namespace newsarchive::indexer {

Deletion delete_articles(const std::string& db_path, const std::vector<std::string>& ids) {
  // One commit for them all: the batch is larger than the deletions.
  ShardSet index(db_path, 0, ids.size() + 1);
  Deletion d;
  for (const std::string& id : ids) {
    if (index.remove(id)) ++d.removed;
    else d.missing.push_back(id);
  }
  for (std::size_t s = 0; s < index.size(); ++s) index.shard(s).finish();
  d.articles_left = index.article_count();
  return d;
}

}  // namespace newsarchive::indexer
