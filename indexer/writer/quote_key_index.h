// Assigns each quote its quote key (schema.h, "Quote keys").
//
// A quote long enough to share a key (QuoteWords::shareable) joins the key
// of an earlier quote that founded one when the two are the same quote
// (same_quote, same_speaker); otherwise it founds a key of its own, the hash
// of its words (and, for a medium quote, of its speaker).
// Founders are looked for among the last `window` ones, kept in memory,
// then, if a database was given, among those the database holds, through
// their shingle terms. A shorter quote gets short_quote_key.
//
// Thread-safe: assign() may be called from any number of threads at once;
// the calls take a lock.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dedupe/quote_words.h"
#include "dedupe/recent_quotes.h"

namespace newsarchive::indexer {

struct QuoteKey {
  std::string key;       // 16 lower-case hex digits
  bool founder = false;  // the quote founded it: its document holds its shingle terms
};

class QuoteKeyIndex {
 public:
  // Founders kept in memory: about 1.5 kB each, 30 MB in all.
  static constexpr std::size_t kDefaultWindow = 20000;

  // `earlier`: a read-only handle on the database being written, whose
  // quotes count as earlier ones; nullopt for none. The index takes it over.
  explicit QuoteKeyIndex(std::optional<Xapian::Database> earlier = std::nullopt,
                         std::size_t window = kDefaultWindow);
  QuoteKeyIndex(const QuoteKeyIndex&) = delete;
  QuoteKeyIndex& operator=(const QuoteKeyIndex&) = delete;

  // The keys of an article's quotes, in order: words[i], said by
  // speakers[i] ("" for nobody), in an article whose cluster key is
  // `article_cluster`. Throws DatabaseError when the database cannot be
  // read.
  std::vector<QuoteKey> assign(const std::vector<QuoteWords>& words,
                               const std::vector<std::string>& speakers,
                               std::string_view article_cluster);

  // How many assign() calls joined an earlier founder's key.
  std::size_t joined() const;

 private:
  QuoteKey assign_one(const QuoteWords& words, std::uint64_t speaker);
  std::optional<std::uint64_t> find_earlier(const QuoteWords& words, std::uint64_t speaker);

  mutable std::mutex mutex_;
  RecentQuotes recent_;
  std::optional<Xapian::Database> db_;
  bool started_empty_ = true;
  std::size_t since_reopen_ = 0;
  std::size_t joined_ = 0;
};

// The term a founder's document holds for one of its shingles.
std::string shingle_term(std::uint64_t shingle);

}  // namespace newsarchive::indexer
