// hash64: 64-bit hashing that gives the same value on every machine and in every
// run, for what near-duplicate detection stores in the index: std::hash
// promises neither.
#pragma once

#include <cstdint>
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

}  // namespace newsarchive::indexer
