#include "dedupe/stored_fingerprint.h"

#include "dedupe/hash64.h"
#include "newsarchive/schema.h"

namespace newsarchive::indexer {

std::string encode_signature(const Fingerprint& print) {
  std::string value;
  value.reserve(print.size() * 4);
  for (const std::uint32_t v : print)
    for (unsigned k = 0; k < 4; ++k) value += static_cast<char>((v >> (8 * k)) & 0xff);
  return value;
}

Fingerprint decode_signature(std::string_view value) {
  if (value.size() != kHashes * 4) return {};
  Fingerprint print(kHashes);
  for (std::size_t i = 0; i < kHashes; ++i)
    for (unsigned k = 0; k < 4; ++k)
      print[i] |= static_cast<std::uint32_t>(static_cast<unsigned char>(value[i * 4 + k]))
                  << (8 * k);
  return print;
}

std::string band_term(std::uint64_t band_hash) {
  // The low kBandTermBits bits: each band term is a B-tree entry of its own,
  // nearly all of them held by one article, so the key's length is most of
  // its cost. A chance match only adds a candidate whose signature is then
  // compared.
  static_assert(kBandTermBits % 4 == 0 && kBandTermBits <= 64);
  return std::string(schema::kBandPrefix) + hex_low_bits(band_hash, kBandTermBits);
}

}  // namespace newsarchive::indexer
