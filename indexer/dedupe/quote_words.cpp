#include "dedupe/quote_words.h"

#include <algorithm>
#include <string>

#include "dedupe/hash64.h"
#include "newsarchive/text.h"

namespace newsarchive::indexer {

namespace {

// Whether the text between two words marks words left out: "...", ". . ."
// or the ellipsis character, perhaps in brackets.
bool is_elision(std::string_view gap) {
  if (gap.find("\u2026") != std::string_view::npos) return true;
  std::size_t dots = 0;
  for (const char c : gap) {
    if (c == '.') {
      if (++dots == 3) return true;
    } else if (c != ' ') {
      dots = 0;
    }
  }
  return false;
}

// Distinct seeds, so that a shingle's hash differs from the whole quote's.
constexpr std::uint64_t kExactSeed = 0x71756f7465ull;    // "quote"
constexpr std::uint64_t kShingleSeed = 0x7368696e67ull;  // "shing"

}  // namespace

QuoteWords quote_words(std::string_view quote) {
  std::vector<text::Token> tokens = text::tokenize(quote);
  if (tokens.size() > kMaxQuoteKeyWords) tokens.resize(kMaxQuoteKeyWords);
  QuoteWords out;
  out.words = tokens.size();
  std::string all;
  for (const text::Token& t : tokens) {
    if (!all.empty()) all += ' ';
    all += t.term;
  }
  out.exact = hash64(all, kExactSeed);
  // Shingles within each fragment; a fragment shorter than a shingle gives
  // one of its own words.
  std::size_t start = 0;
  for (std::size_t i = 1; i <= tokens.size(); ++i) {
    const bool ends = i == tokens.size() ||
                      is_elision(quote.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end));
    if (!ends) continue;
    const std::size_t n = i - start;
    const std::size_t span = std::min(n, kQuoteShingleWords);
    for (std::size_t s = start; s + span <= i; ++s) {
      std::string run;
      for (std::size_t k = s; k < s + span; ++k) {
        if (k > s) run += ' ';
        run += tokens[k].term;
      }
      out.shingles.push_back(hash64(run, kShingleSeed));
    }
    start = i;
  }
  std::sort(out.shingles.begin(), out.shingles.end());
  out.shingles.erase(std::unique(out.shingles.begin(), out.shingles.end()), out.shingles.end());
  return out;
}

std::size_t shared_shingles(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

bool same_quote(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return false;
  return static_cast<double>(shared_shingles(a, b)) >=
         kSameQuoteShare * static_cast<double>(std::min(a.size(), b.size()));
}

std::uint64_t speaker_key(std::string_view speaker) {
  const std::vector<text::Token> tokens = text::tokenize(speaker);
  return tokens.empty() ? 0 : hash64(tokens.back().term, kShingleSeed) | 1;
}

bool same_speaker(std::uint64_t a, std::uint64_t b, std::size_t fewest_shingles) {
  return fewest_shingles >= kAnySpeakerShingles || a == 0 || b == 0 || a == b;
}

std::uint64_t shingle_term_bits(std::uint64_t shingle) {
  static_assert(kShingleTermBits % 4 == 0 && kShingleTermBits < 64);
  return shingle & ((std::uint64_t{1} << kShingleTermBits) - 1);
}

}  // namespace newsarchive::indexer
