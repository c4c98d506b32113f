// How an article's fingerprint is kept in its Xapian document, so that a
// later run can find the articles a new one copies (schema.h, "Copies"):
// the signature as a value, each band's hash as a boolean term.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dedupe/fingerprint.h"

namespace newsarchive::indexer {

// The signature as the value stored in schema::kSignatureSlot: kHashes
// values of 4 bytes each, little-endian. "" for an empty fingerprint.
std::string encode_signature(const Fingerprint& print);

// What encode_signature() wrote; empty if `value` is not of that shape
// (a document without a signature, or written with other parameters).
Fingerprint decode_signature(std::string_view value);

// Bits of a band's hash its term keeps: a chance match between unrelated
// articles, about one in 2^40 a band, costs one signature comparison.
inline constexpr unsigned kBandTermBits = 40;

// The boolean term of a band: schema::kBandPrefix and the low kBandTermBits
// bits of its hash in hex.
std::string band_term(std::uint64_t band_hash);

}  // namespace newsarchive::indexer
