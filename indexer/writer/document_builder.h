// Article -> Xapian::Document, through the schema table.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <unordered_map>
#include <string>
#include <vector>

#include "newsarchive/article.h"
#include "newsarchive/text.h"
#include "dedupe/quote_words.h"
#include "writer/quote_key_index.h"

namespace newsarchive::indexer {

// An article's documents, built (on any thread) ahead of writing: the
// article's own and one per quote.
struct PreparedArticle {
  std::string id;
  std::string language;
  Xapian::Document doc;
  std::vector<Xapian::Document> quotes;
  // For the cluster and quote keys, found later (set_cluster,
  // set_quote_keys): the fingerprint and the words of each quote document.
  std::vector<std::uint32_t> minhash;
  std::vector<QuoteWords> quote_words;
  std::vector<std::string> quote_speakers;
  // Roughly the memory the documents take: four times their stored data,
  // which is about the text they index (terms, positions, values).
  std::size_t bytes = 0;
};

// Not thread-safe: it keeps a stemmer per language and scratch buffers. Use
// one per thread.
class DocumentBuilder {
 public:
  // Builds the article's document: text terms with positions and stems,
  // filter terms, value slots and the Article as JSON data.
  Xapian::Document build(const Article& article);

  // Builds the document of article.quotes[i], as schema.h describes.
  Xapian::Document build_quote(const Article& article, std::size_t i);

  // The article's document and its quotes' documents.
  PreparedArticle prepare(const Article& article);

  // Gives prepared documents built without a cluster key (the key is
  // found in input order, after they are built) the article's key: its
  // term and value to the article, the value to its quotes.
  static void set_cluster(PreparedArticle& article, const std::string& key);
  // Gives each quote document its quote key, keys[i] for quotes[i] (a
  // founder also its shingle terms), and the article the quotekey terms of
  // all of them.
  static void set_quote_keys(PreparedArticle& article, const std::vector<QuoteKey>& keys);

  // The unique id term of a document id (the `id` field's filter term).
  static std::string id_term(const std::string& id);
  // The id of an article's i-th quote document.
  static std::string quote_id(const std::string& article_id, std::size_t i);
  // The term every quote document of an article carries.
  static std::string article_term(const std::string& article_id);

 private:
  // A language's stemmer, with the stems it has given: news repeats its
  // words, and a lookup costs a fraction of stemming again.
  struct CachedStemmer {
    text::Stemmer stemmer;
    std::unordered_map<std::string, std::string> stems;
    const std::string& operator()(const std::string& word);
  };
  CachedStemmer& stemmer_for(const std::string& language);
  // Indexes the fields that have every flag in `required`; the caller sets
  // the document's data.
  Xapian::Document index(const Article& view, const char* doctype, const std::string& parent,
                         unsigned required);

  std::map<std::string, CachedStemmer> stemmers_;
  std::vector<text::Token> tokens_;
};

}  // namespace newsarchive::indexer
