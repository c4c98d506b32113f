// Writing articles into the index: replace by id, batched commits, and the
// metadata the query side needs (languages).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <set>
#include <string>

#include "newsarchive/article.h"
#include "writer/document_builder.h"

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
  // batch_size articles. Throws DatabaseError.
  Outcome write(const Article& article);

  // Makes everything written so far durable. Throws DatabaseError.
  void commit();

  // Articles in the database (quote documents not counted).
  std::size_t article_count() const;

 private:
  std::string path_;
  Xapian::WritableDatabase db_;
  DocumentBuilder builder_;
  std::size_t batch_size_;
  std::size_t pending_ = 0;
  std::set<std::string> languages_;
  bool languages_changed_ = false;
};

}  // namespace newsarchive::indexer
