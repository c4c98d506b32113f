#include "dedupe/recent_quotes.h"

#include <algorithm>

namespace newsarchive::indexer {

RecentQuotes::RecentQuotes(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

std::optional<std::uint64_t> RecentQuotes::find(const QuoteWords& quote,
                                                std::uint64_t speaker) const {
  std::vector<std::uint32_t> seen;
  std::optional<std::uint64_t> best;
  std::size_t best_shared = 0;
  for (const std::uint64_t s : quote.shingles) {
    const auto it = by_shingle_.find(s);
    if (it == by_shingle_.end()) continue;
    // Newest first: of founders equally close, the latest wins.
    for (auto slot = it->second.rbegin(); slot != it->second.rend(); ++slot) {
      if (std::find(seen.begin(), seen.end(), *slot) != seen.end()) continue;
      if (seen.size() == kMaxFounderCandidates) return best;
      seen.push_back(*slot);
      const Entry& e = entries_[*slot];
      if (!same_quote(quote.shingles, e.shingles) ||
          !same_speaker(speaker, e.speaker, std::min(quote.shingles.size(), e.shingles.size())))
        continue;
      const std::size_t n = shared_shingles(quote.shingles, e.shingles);
      if (n > best_shared) best = e.key, best_shared = n;
    }
  }
  return best;
}

void RecentQuotes::unlink(std::uint32_t slot) {
  for (const std::uint64_t s : entries_[slot].shingles) {
    const auto it = by_shingle_.find(s);
    if (it == by_shingle_.end()) continue;
    auto& slots = it->second;
    slots.erase(std::remove(slots.begin(), slots.end(), slot), slots.end());
    if (slots.empty()) by_shingle_.erase(it);
  }
}

void RecentQuotes::add(const QuoteWords& quote, std::uint64_t speaker, std::uint64_t key) {
  const auto slot = static_cast<std::uint32_t>(next_);
  if (entries_.size() < capacity_) {
    entries_.push_back({});
  } else {
    unlink(slot);
  }
  entries_[slot] = Entry{key, speaker, quote.shingles};
  for (const std::uint64_t s : quote.shingles) {
    auto& slots = by_shingle_[s];
    if (slots.size() == kMaxFoundersPerShingle) slots.erase(slots.begin());
    slots.push_back(slot);
  }
  next_ = (next_ + 1) % capacity_;
  ++added_;
}

}  // namespace newsarchive::indexer
