// Removing articles by id (newsindex --delete), with their quotes, from
// whichever shard holds each.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsarchive::indexer {

struct Deletion {
  std::size_t removed = 0;
  std::vector<std::string> missing;  // ids no article has
  std::size_t articles_left = 0;     // in the database afterwards
};

// Removes the articles with these ids from the database at `db_path` and
// commits. Throws DatabaseError.
Deletion delete_articles(const std::string& db_path, const std::vector<std::string>& ids);

}  // namespace newsarchive::indexer
