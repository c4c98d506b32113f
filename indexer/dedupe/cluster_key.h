// Cluster keys: what articles that are copies of one story share, in the
// `cluster` field (schema.h, "Copies"). A key is 16 lower-case hex digits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dedupe/fingerprint.h"

namespace newsarchive::indexer {

std::string format_cluster_key(std::uint64_t key);

// The number a key shows; nullopt if `text` is not 16 lower-case hex digits.
std::optional<std::uint64_t> parse_cluster_key(std::string_view text);

// The key of a new cluster, from its first article: its id and its
// fingerprint, so that an article indexed again unchanged keeps its key,
// and one whose text was replaced by another story's does not take the
// copies of its old text along.
std::uint64_t new_cluster_key(std::string_view id, const Fingerprint& print);

// The quote key of a quote too short to share one (schema.h, "Quote keys"):
// the article's cluster, the hash of the quote's words (QuoteWords::exact)
// and which of the article's quotes in those words it is (0 for the first),
// so that the same quote in two copies of a story shares it, and neither
// the article's other quotes nor the same words said again do.
std::uint64_t short_quote_key(std::string_view article_cluster, std::uint64_t words,
                              std::size_t repeat);

}  // namespace newsarchive::indexer
