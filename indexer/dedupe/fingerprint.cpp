#include "dedupe/fingerprint.h"

#include <algorithm>
#include <limits>

#include "dedupe/hash64.h"
#include "newsarchive/text.h"

namespace newsarchive::indexer {
namespace {

// The kHashes functions of the signature: h_i(x) = high 32 bits of
// a_i * x + b_i (mod 2^64), a_i odd, over shingle hashes that are already
// well mixed. The constants come from a fixed seed: signatures stored by
// one run must compare with the next run's.
struct HashFamily {
  std::array<std::uint64_t, kHashes> multiplier{};
  std::array<std::uint64_t, kHashes> increment{};
};

constexpr HashFamily make_family() {
  HashFamily family;
  std::uint64_t state = 0x6e65777361726368ull;
  for (std::size_t i = 0; i < kHashes; ++i) {
    state += 0x9e3779b97f4a7c15ull;
    family.multiplier[i] = mix64(state) | 1u;
    state += 0x9e3779b97f4a7c15ull;
    family.increment[i] = mix64(state);
  }
  return family;
}

constexpr HashFamily kFamily = make_family();

// The hashes of the text's shingles, in text order, into `out`.
void shingles(const std::vector<std::string_view>& texts, std::vector<std::uint64_t>& out) {
  // Scratch kept per thread: fingerprints are taken on worker threads, one
  // article after another.
  thread_local std::vector<text::Token> tokens;
  thread_local std::vector<std::uint64_t> words;
  tokens.clear();
  for (std::string_view t : texts) {
    if (tokens.size() >= kMaxWords) break;
    text::tokenize(t, tokens);
  }
  if (tokens.size() > kMaxWords) tokens.resize(kMaxWords);
  words.clear();
  for (const text::Token& token : tokens) words.push_back(hash64(token.term));

  out.clear();
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    // Mixing before each word makes the hash depend on the words' order.
    std::uint64_t h = words[i];
    for (std::size_t k = 1; k < kShingleWords; ++k) h = mix64(h) ^ words[i + k];
    out.push_back(mix64(h));
  }
}

}  // namespace

Fingerprint text_fingerprint(const std::vector<std::string_view>& texts) {
  thread_local std::vector<std::uint64_t> set;
  shingles(texts, set);
  if (set.size() < kMinShingles) return {};
  // A shingle repeated changes no minimum, so the set needs no dedupe. The
  // functions are taken a group at a time, so that the group's minima are
  // independent chains the processor can run side by side.
  constexpr std::size_t kGroup = 6;
  static_assert(kHashes % kGroup == 0);
  Fingerprint print(kHashes);
  for (std::size_t g = 0; g < kHashes; g += kGroup) {
    std::array<std::uint32_t, kGroup> least;
    least.fill(std::numeric_limits<std::uint32_t>::max());
    for (const std::uint64_t x : set)
      for (std::size_t j = 0; j < kGroup; ++j) {
        const auto v = static_cast<std::uint32_t>(
            (kFamily.multiplier[g + j] * x + kFamily.increment[g + j]) >> 32);
        least[j] = std::min(least[j], v);
      }
    std::copy(least.begin(), least.end(), print.begin() + static_cast<std::ptrdiff_t>(g));
  }
  return print;
}

Fingerprint fingerprint(const Article& article) {
  std::vector<std::string_view> texts;
  texts.reserve(article.body.size() + 1);
  texts.push_back(article.headline);
  for (const std::string& paragraph : article.body) texts.push_back(paragraph);
  return text_fingerprint(texts);
}

double similarity(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  if (a.empty() || a.size() != b.size()) return 0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

BandHashes band_hashes(std::span<const std::uint32_t> print) {
  BandHashes bands{};
  if (print.size() != kHashes) return bands;
  for (std::size_t b = 0; b < kBands; ++b) {
    std::uint64_t h = mix64(b + 1);
    for (std::size_t r = 0; r < kRows; ++r) h = mix64(h ^ print[b * kRows + r]);
    bands[b] = h;
  }
  return bands;
}

}  // namespace newsarchive::indexer
