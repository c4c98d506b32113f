#include "dedupe/cluster_key.h"

#include "dedupe/hash64.h"

namespace newsarchive::indexer {

std::string format_cluster_key(std::uint64_t key) { return hex64(key); }

std::optional<std::uint64_t> parse_cluster_key(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  return parse_hex(text);
}

std::uint64_t new_cluster_key(std::string_view id, const Fingerprint& print) {
  std::uint64_t key = hash64(id);
  for (const std::uint32_t v : print) key = mix64(key ^ v);
  return key;
}

std::uint64_t short_quote_key(std::string_view article_cluster, std::uint64_t words,
                              std::size_t repeat) {
  return mix64(mix64(hash64(article_cluster) ^ words) + repeat);
}

}  // namespace newsarchive::indexer
