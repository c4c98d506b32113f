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
    if (const auto bits = parse_hex(std::string_view(term).substr(prefix.size())))
      out.push_back(*bits);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string shingle_term(std::uint64_t shingle) {
  return std::string(schema::kQuoteShinglePrefix) + hex_low_bits(shingle, kShingleTermBits);
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

std::vector<QuoteKey> QuoteKeyIndex::assign(const std::vector<QuoteWords>& words,
                                            const std::vector<std::string>& speakers,
                                            std::string_view article_cluster) {
  std::vector<QuoteKey> keys;
  keys.reserve(words.size());
  std::lock_guard<std::mutex> lock(mutex_);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].shareable()) {
      keys.push_back(assign_one(words[i], speaker_key(i < speakers.size() ? speakers[i] : "")));
      continue;
    }
    std::size_t repeat = 0;
    for (std::size_t k = 0; k < i; ++k) repeat += words[k].exact == words[i].exact;
    keys.push_back({format_cluster_key(short_quote_key(article_cluster, words[i].exact, repeat))});
  }
  return keys;
}

QuoteKey QuoteKeyIndex::assign_one(const QuoteWords& words, std::uint64_t speaker) {
  std::optional<std::uint64_t> key = recent_.find(words, speaker);
  // A database that started empty holds only this run's quotes, all of them
  // in memory until the first is evicted.
  if (!key && db_ && (!started_empty_ || recent_.evicted_any())) key = find_earlier(words, speaker);
  // A medium quote's key is its speaker's too: the same words said by
  // another are another quote (same_speaker).
  const std::uint64_t own =
      words.shingles.size() < kAnySpeakerShingles ? mix64(words.exact ^ speaker) : words.exact;
  // Joining the key it would found itself is finding its own earlier
  // version (an article indexed again, or the same words elsewhere): it
  // stays a founder, so that its shingle terms outlive the document it
  // replaces.
  if (key && *key == own) return {format_cluster_key(own), true};
  if (key) {
    ++joined_;
    return {format_cluster_key(*key)};
  }
  recent_.add(words, speaker, own);
  return {format_cluster_key(own), true};
}

std::optional<std::uint64_t> QuoteKeyIndex::find_earlier(const QuoteWords& words,
                                                        std::uint64_t speaker) {
  const auto speaker_slot =
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::speaker).facet_slot);
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
        if (seen.size() == kMaxFounderCandidates) return best;
        seen.push_back(*p);
        const std::vector<std::uint64_t> theirs = stored_shingles(*db_, *p);
        if (!same_quote(mine, theirs)) continue;
        const Xapian::Document doc = db_->get_document(*p);
        // A quote document has one speaker: its facet value is the name.
        if (!same_speaker(speaker, speaker_key(doc.get_value(speaker_slot)),
                          std::min(mine.size(), theirs.size())))
          continue;
        if (const auto k = parse_cluster_key(doc.get_value(key_slot))) {
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
