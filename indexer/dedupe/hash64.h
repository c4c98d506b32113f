// hash64: 64-bit hashing that gives the same value on every machine and in every
// run, for what near-duplicate detection stores in the index: std::hash
// promises neither.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::indexer {

// Scrambles the bits of `x` so that every input bit affects every output
// bit (the finaliser of MurmurHash3).
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// The hash of a byte string, read eight bytes at a time in little-endian
// order whatever the machine's, so the value is the same everywhere.
inline std::uint64_t hash64(std::string_view bytes, std::uint64_t seed = 0) {
  std::uint64_t h = mix64(seed ^ (bytes.size() * 0x9e3779b97f4a7c15ull));
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::uint64_t chunk = 0;
    for (unsigned k = 0; k < 8 && i < bytes.size(); ++k, ++i)
      chunk |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * k);
    h = mix64(h ^ chunk) + 0x9e3779b97f4a7c15ull;
  }
  return mix64(h);
}

// The 16 lower-case hex digits of `x`, as keys and terms show a hash.
inline std::string hex64(std::uint64_t x) {
  std::string out(16, '0');
  for (std::size_t i = 16; i-- > 0; x >>= 4) out[i] = "0123456789abcdef"[x & 0xf];
  return out;
}

// The low `bits` bits of `x` (a multiple of 4, at most 64) in bits / 4
// lower-case hex digits: how a term holds part of a hash.
inline std::string hex_low_bits(std::uint64_t x, unsigned bits) {
  return hex64(x).substr((64 - bits) / 4);
}

// The number `text` shows in 1 to 16 lower-case hex digits; nullopt for
// anything else.
inline std::optional<std::uint64_t> parse_hex(std::string_view text) {
  if (text.empty() || text.size() > 16) return std::nullopt;
  std::uint64_t x = 0;
  for (const char c : text) {
    unsigned digit;
    if (c >= '0' && c <= '9')
      digit = static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f')
      digit = static_cast<unsigned>(c - 'a' + 10);
    else
      return std::nullopt;
    x = x << 4 | digit;
  }
  return x;
}

}  // namespace newsarchive::indexer
