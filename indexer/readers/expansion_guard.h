// Decompressed data held to Limits::max_expansion_ratio: a stream that,
// past Limits::expansion_floor_bytes, gives more than that many times the
// compressed bytes it has consumed is a decompression bomb, and is cut
// there with a report instead of being followed to its end.
#pragma once

#include <cstdint>
#include <functional>

#include "readers/byte_stream.h"
#include "resource_limits.h"

namespace newsarchive::indexer {

// How many decompressed bytes `compressed` bytes may give: the floor, or
// the ratio times them, whichever is more.
std::uint64_t expansion_allowed(const Limits& limits, std::uint64_t compressed);

class ExpansionGuard final : public ByteStream {
 public:
  // Reads `inner` (decompressed data); `compressed` says how many
  // compressed bytes have been consumed to give what `inner` gave so far.
  // Both must outlive the guard.
  ExpansionGuard(ByteStream& inner, std::function<std::uint64_t()> compressed,
                 const Limits& limits);

  // Gives `inner`'s bytes up to the one where the limit is crossed, then
  // fails (stopped_at_limit()) naming the limit and --max-ratio. A failure
  // of `inner` is passed on as it is.
  std::size_t read(char* buffer, std::size_t size) override;

 private:
  ByteStream& inner_;
  std::function<std::uint64_t()> compressed_;
  const Limits& limits_;
};

}  // namespace newsarchive::indexer
