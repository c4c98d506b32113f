#include "readers/limit_messages.h"

#include <cstdio>

namespace newsarchive::indexer {

std::string byte_size(std::uint64_t bytes) {
  constexpr std::uint64_t kMiB = 1ull << 20;
  if (bytes < kMiB) return std::to_string(bytes) + " bytes";
  if (bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / kMiB);
  return buf;
}

std::string over_input_limit(const Limits& limits) {
  return "larger than the " + byte_size(limits.max_input_bytes) +
         " an input may take in memory (--max-input MB raises the limit)";
}

std::string over_expansion_limit(const Limits& limits, std::uint64_t expanded,
                                 std::uint64_t compressed) {
  return "expands to more than " + std::to_string(limits.max_expansion_ratio) +
         " times its compressed size (past " + std::to_string(expanded) + " bytes from " +
         std::to_string(compressed) +
         " compressed): a decompression bomb? the rest is not read (--max-ratio R raises the "
         "limit)";
}

std::string over_record_limit(const Limits& limits) {
  return "more than the " + byte_size(limits.max_record_bytes) +
         " one line or record may hold";
}

}  // namespace newsarchive::indexer
