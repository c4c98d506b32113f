// Article -> Xapian::Document, through the schema table.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "newsarchive/article.h"
#include "newsarchive/text.h"

namespace newsarchive::indexer {

// Not thread-safe: it keeps a stemmer per language and scratch buffers. Use
// one per thread.
class DocumentBuilder {
 public:
  // Builds the document: text terms with positions and stems, filter terms,
  // value slots and the Article as JSON data.
  Xapian::Document build(const Article& article);

  // The unique id term of an article id (the `id` field's filter term).
  static std::string id_term(const std::string& id);

 private:
  const text::Stemmer& stemmer_for(const std::string& language);

  std::map<std::string, text::Stemmer> stemmers_;
  std::vector<text::Token> tokens_;
};

}  // namespace newsarchive::indexer
