// The fingerprint of an article's text for finding its copies: a MinHash
// signature of the set of its word shingles, whose values, grouped in
// bands, also key a locality-sensitive hash (LSH) index.
//
// Two texts agree on each signature value with a probability equal to the
// Jaccard similarity of their shingle sets, so the share of equal values
// estimates it. Two texts share a band (all kRows values of it) with a
// probability of s^kRows, so copies (high s) almost always share one of the
// kBands bands and unrelated texts almost never do.
//
// Pure functions, safe to call from any number of threads at once.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "newsarchive/article.h"

namespace newsarchive::indexer {

// The parameters were chosen on the BBC News corpus with bench/
// dedupe_clusters (figures in bench/RESULTS.md).
//
// Words per shingle: long enough that two stories on one topic rarely share
// a shingle (with 3, stories that share a paragraph or two come close to
// the threshold), short enough that an edit spoils only a few.
inline constexpr std::size_t kShingleWords = 5;
// Words read from the top, headline first: the lead, which outlets keep
// when they cut a story to length from the bottom, so that such cuts do
// not count against a copy. It also bounds the cost of a long article.
inline constexpr std::size_t kMaxWords = 400;
// Signature values, in kBands bands of kRows values each: a pair shares a
// band with a probability of 0.74 at a similarity of 0.5, 0.98 at 0.7,
// and 0.08 at 0.2.
inline constexpr std::size_t kBands = 10;
inline constexpr std::size_t kRows = 3;
inline constexpr std::size_t kHashes = kBands * kRows;
// Texts with fewer shingles than this (fewer than kMinShingles +
// kShingleWords - 1 words) get no fingerprint: too little text to tell a
// copy from a coincidence.
inline constexpr std::size_t kMinShingles = 8;

// kHashes values, or empty for a text too short to compare.
using Fingerprint = std::vector<std::uint32_t>;

// The fingerprint of the headline and body paragraphs, as words normalised
// by the project's tokeniser (text.h), so that case and typographic marks
// do not matter.
Fingerprint fingerprint(const Article& article);

// The fingerprint of a sequence of texts read as one run of words (the
// first kMaxWords of them).
Fingerprint text_fingerprint(const std::vector<std::string_view>& texts);

// The estimated Jaccard similarity of the two texts' shingle sets: the
// share of equal values, from 0 to 1. 0 if either is empty.
double similarity(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

// One hash per band of a fingerprint of kHashes values; the band's number
// is part of its hash, so equal values in different bands differ.
using BandHashes = std::array<std::uint64_t, kBands>;
BandHashes band_hashes(std::span<const std::uint32_t> print);

}  // namespace newsarchive::indexer
