// The words of a quote as quote keys compare them (schema.h, "Quote keys"):
// normalised words, so that case, quote marks and punctuation do not count,
// and the hashes of the runs of kQuoteShingleWords words inside each fragment
// (the parts an ellipsis separates), so that a quote trimmed at either end
// or with words elided shares most of its runs with the whole.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsarchive::indexer {

// Words a shingle spans.
inline constexpr std::size_t kQuoteShingleWords = 3;
// A quote shorter than this shares a key only with the same words in copies
// of its article's story: "a disaster" or "he knows how to do it" said once
// is not what another article says in those words.
inline constexpr std::size_t kMinSharedQuoteWords = 8;
// Two quotes the shorter of which has fewer shingles than this (a quote of
// up to 11 words) are one only if their speakers agree (or one has none):
// eight words can be said twice by two people, thirty hardly, so above it
// carriers that disagree on the speaker are one quote, and say so.
inline constexpr std::size_t kAnySpeakerShingles = 10;
// Of the shingles of the quote that has fewer, the share the other must hold
// for two quotes to be one. A trimmed or elided quote holds all of them; a
// word changed in the middle of a 20-word quote loses 3 of its 18.
inline constexpr double kSameQuoteShare = 0.75;
// Words of a quote that its key is found from: the first 400. A longer
// quote (a speech printed whole) is one with another if their first 400
// words are; the bound keeps its shingle terms and lookups few.
inline constexpr std::size_t kMaxQuoteKeyWords = 400;

// Whom a quote is by, as same_speaker compares it: the last word of the
// speaker's name, normalised ("Donald J. Trump" and "Trump" agree); 0 for
// no speaker.
std::uint64_t speaker_key(std::string_view speaker);

// Whether quotes by speakers with these keys, the shorter having
// `fewest_shingles`, may be one quote.
bool same_speaker(std::uint64_t a, std::uint64_t b, std::size_t fewest_shingles);

struct QuoteWords {
  std::size_t words = 0;                // normalised words, all fragments (at most kMaxQuoteKeyWords)
  std::uint64_t exact = 0;              // hash of those words in order
  std::vector<std::uint64_t> shingles;  // sorted, distinct
  bool shareable() const { return words >= kMinSharedQuoteWords && !shingles.empty(); }
};

QuoteWords quote_words(std::string_view quote);

// The shingles two sorted lists share.
std::size_t shared_shingles(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Whether two shareable quotes are one quote: the share of the shingles of
// the one with fewer that the other holds reaches kSameQuoteShare.
bool same_quote(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Bits of a shingle's hash its term keeps, as a band term does (a chance
// match only adds a founder whose shingles are then compared).
inline constexpr unsigned kShingleTermBits = 40;

// The low kShingleTermBits bits of a shingle's hash, as its term holds them.
std::uint64_t shingle_term_bits(std::uint64_t shingle);

}  // namespace newsarchive::indexer
