// The quotes that founded a key among those indexed last, in memory: a ring
// of at most `capacity` founders with their shingles and keys, the oldest
// overwritten first, and an index from each shingle to the newest founders
// holding it (kMaxFoundersPerShingle). Its memory is bounded by the
// capacity whatever the length of the run.
//
// Not thread-safe: QuoteKeyIndex serialises the calls.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dedupe/quote_words.h"

namespace newsarchive::indexer {

// Founders read per shingle, in memory or in the database: a run of words
// that many more quotes share is a stock phrase, not the quote.
inline constexpr std::size_t kMaxFoundersPerShingle = 16;
// Founders compared with one quote, at most: the first found.
inline constexpr std::size_t kMaxFounderCandidates = 64;

class RecentQuotes {
 public:
  explicit RecentQuotes(std::size_t capacity);

  // The key of the founder that is the same quote as `quote` (same_quote,
  // same_speaker), holding the most of its shingles; nullopt if none.
  // `speaker`: speaker_key of the quote's speaker.
  std::optional<std::uint64_t> find(const QuoteWords& quote, std::uint64_t speaker) const;

  // Adds a quote that founded `key`, evicting the oldest when full.
  void add(const QuoteWords& quote, std::uint64_t speaker, std::uint64_t key);

  std::size_t size() const { return entries_.size(); }
  // Whether a founder has been evicted: until then, every one added is here.
  bool evicted_any() const { return added_ > capacity_; }

 private:
  struct Entry {
    std::uint64_t key = 0;
    std::uint64_t speaker = 0;
    std::vector<std::uint64_t> shingles;
  };
  void unlink(std::uint32_t slot);

  std::size_t capacity_;
  std::size_t next_ = 0;
  std::uint64_t added_ = 0;
  std::vector<Entry> entries_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_shingle_;  // oldest first
};

}  // namespace newsarchive::indexer
