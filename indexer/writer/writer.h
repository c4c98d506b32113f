// Writing articles into one database (or one shard of a sharded one):
// replace by id, batched commits, the records of fully indexed inputs, and
// the metadata the query side needs (languages). Used by one thread at a
// time.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "newsarchive/article.h"
#include "writer/document_builder.h"
#include "writer/quote_key_index.h"

namespace newsarchive::indexer {

class Writer {
 public:
  // Opens (or creates) the database; throws DatabaseError.
  explicit Writer(const std::string& path, std::size_t batch_size = 2000);
  // Commits what is pending; errors are swallowed here, so call commit()
  // first to see them.
  ~Writer();

  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  enum class Outcome { added, replaced };

  // Adds the article and a document for each of its quotes, or replaces
  // the article with the same id and all of its quotes. Commits every
  // batch_size articles. Throws DatabaseError. An Article keeps the cluster
  // it has, and its quotes are given their keys here (quote_key_index.h,
  // over this database); a PreparedArticle comes with both.
  Outcome write(const Article& article);
  Outcome write(PreparedArticle&& article);

  // Removes the article with this id and its quotes. Returns false if
  // there was none. Throws DatabaseError.
  bool remove(const std::string& id);

  // Records, in the next commit, that every article of the input is
  // written (see schema.h, input_record_key; writer/input_records.h
  // reads the records).
  void record_input(std::string key, std::string value);

  // Makes everything written so far durable. Throws DatabaseError.
  void commit();

  // Ends a run: brings the spelling data up to date if anything was
  // written or removed (writer/spelling.h), and commits. Throws
  // DatabaseError.
  void finish();

  // Articles in the database (quote documents not counted).
  std::size_t article_count() const;

  const std::string& path() const { return path_; }
  Xapian::WritableDatabase& database() { return db_; }

 private:
  std::string path_;
  Xapian::WritableDatabase db_;
  DocumentBuilder builder_;
  std::optional<QuoteKeyIndex> quote_keys_;  // made at the first write(const Article&)
  std::size_t batch_size_;
  std::size_t pending_ = 0;
  std::vector<std::pair<std::string, std::string>> records_;
  std::set<std::string> languages_;
  bool languages_changed_ = false;
  bool changed_ = false;  // since opened
};

}  // namespace newsarchive::indexer
