#include "writer/quote_key_index.h"

#include <algorithm>
#include <vector>

#include "dedupe/cluster_key.h"
#include "dedupe/hash64.h"
#include "newsarchive/schema.h"
#include "writer/database.h"

namespace newsarchive::indexer {

namespace {

// Lookups between two reopens of the database, as for earlier clusters:
// the writer commits every batch, and a reopen now and then makes the
// founders it wrote visible here.
constexpr std::size_t kReopenEvery = 1000;

// The shingle bits a founder's terms hold (its termlist), sorted.
std::vector<std::uint64_t> stored_shingles(const Xapian::Database& db, Xapian::docid did) {
  std::vector<std::uint64_t> out;
  const std::string prefix(schema::kQuoteShinglePrefix);
  auto t = db.termlist_begin(did);
  for (t.skip_to(prefix); t != db.termlist_end(did); ++t) {
    const std::string term = *t;
    if (term.compare(0, prefix.size(), prefix) != 0) break;
    if (const auto bits = parse_cluster_key(std::string(16 - (term.size() - prefix.size()), '0') +
                                            term.substr(prefix.size())))
      out.push_back(*bits);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string shingle_term(std::uint64_t shingle) {
  return std::string(schema::kQuoteShinglePrefix) + hex64(shingle_term_bits(shingle)).substr(6);
}

QuoteKeyIndex::QuoteKeyIndex(std::optional<Xapian::Database> earlier, std::size_t window)
    : recent_(window) {
  if (!earlier) return;
  try {
    started_empty_ = earlier->get_doccount() == 0;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot look for earlier quotes in the database: " + e.get_description());
  }
  db_.emplace(std::move(*earlier));
}

QuoteKey QuoteKeyIndex::assign(const QuoteWords& words, std::string_view article_cluster) {
  if (!words.shareable()) return {format_cluster_key(short_quote_key(article_cluster, words.exact))};
  std::lock_guard<std::mutex> lock(mutex_);
  std::optional<std::uint64_t> key = recent_.find(words);
  // A database that started empty holds only this run's quotes, all of them
  // in memory until the first is evicted.
  if (!key && db_ && (!started_empty_ || recent_.evicted_any())) key = find_earlier(words);
  if (key) {
    ++joined_;
    return {format_cluster_key(*key)};
  }
  recent_.add(words, words.exact);
  return {format_cluster_key(words.exact), true};
}

std::optional<std::uint64_t> QuoteKeyIndex::find_earlier(const QuoteWords& words) {
  const auto key_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::quotekey).value_slot);
  std::vector<std::uint64_t> mine;
  for (const std::uint64_t s : words.shingles) mine.push_back(shingle_term_bits(s));
  std::sort(mine.begin(), mine.end());
  mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
  auto look_up = [&]() -> std::optional<std::uint64_t> {
    std::vector<Xapian::docid> seen;
    std::optional<std::uint64_t> best;
    for (const std::uint64_t s : words.shingles) {
      const std::string term = shingle_term(s);
      std::size_t read = 0;
      for (auto p = db_->postlist_begin(term);
           p != db_->postlist_end(term) && read < kMaxFoundersPerShingle; ++p, ++read) {
        if (std::find(seen.begin(), seen.end(), *p) != seen.end()) continue;
        seen.push_back(*p);
        if (!same_quote(mine, stored_shingles(*db_, *p))) continue;
        if (const auto k = parse_cluster_key(db_->get_document(*p).get_value(key_slot))) {
          best = k;
          break;
        }
      }
      if (best) break;
    }
    return best;
  };
  try {
    if (++since_reopen_ >= kReopenEvery) {
      db_->reopen();
      since_reopen_ = 0;
    }
    try {
      return look_up();
    } catch (const Xapian::DatabaseModifiedError&) {
      db_->reopen();
      since_reopen_ = 0;
      return look_up();
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot look for earlier quotes in the database: " + e.get_description());
  }
}

std::size_t QuoteKeyIndex::joined() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return joined_;
}

}  // namespace newsarchive::indexer
