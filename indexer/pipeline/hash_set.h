// A set of 64-bit hashes in one flat table (open addressing, at most half
// full): 16 bytes or less an entry, for remembering which ids a run has
// written without holding the ids.
#pragma once

#include <cstdint>
#include <vector>

namespace newsarchive::indexer {

class HashSet {
 public:
  // Adds `h`; false if it was there already.
  bool insert(std::uint64_t h) {
    if (h == 0) h = 1;  // 0 marks an empty slot
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(mix(h)) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == h) return false;
      if (slots_[i] == 0) {
        slots_[i] = h;
        ++size_;
        return true;
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  // The ids' hashes may share low bits; the slot is taken from all of them.
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
  }

  void grow() {
    std::vector<std::uint64_t> old(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    old.swap(slots_);
    size_ = 0;
    for (const std::uint64_t h : old)
      if (h != 0) insert(h);
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace newsarchive::indexer
