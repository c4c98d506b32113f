// Decompressed data held to Limits::max_expansion_ratio: a stream that,
// past Limits::expansion_floor_bytes, gives more than that many times the
// compressed bytes it has consumed is a decompression bomb, and is cut
// there with a report instead of being followed to its end.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

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

// One input's allowance of decompressed bytes, shared by every stream
// unpacked from it at any depth (the members of a zip, a .gz inside them, a
// tar inside that): all of them together may give the floor once plus the
// ratio times the input's own size. Ratios then do not multiply through
// nesting, and many members each under the floor do not add up past it.
// The guards above still stop one stream early, as it goes.
class ExpansionBudget {
 public:
  ExpansionBudget(const Limits& limits, std::uint64_t input_bytes);

  // Takes `n` bytes from what is left; returns how many of them fit.
  std::uint64_t take(std::uint64_t n);
  // Whether nothing is left: nothing more is unpacked from the input.
  bool spent() const { return spent_ == allowed_; }
  // The report for an input that has used its allowance.
  std::string spent_message() const;

 private:
  const Limits& limits_;
  std::uint64_t input_bytes_;
  std::uint64_t allowed_;
  std::uint64_t spent_ = 0;
};

// A decompressed stream whose bytes are taken from a budget: past it, the
// stream stops (stopped_at_limit()) with the budget's report.
class BudgetedStream final : public ByteStream {
 public:
  // Both must outlive the stream.
  BudgetedStream(ByteStream& inner, ExpansionBudget& budget);
  std::size_t read(char* buffer, std::size_t size) override;

 private:
  ByteStream& inner_;
  ExpansionBudget& budget_;
};

}  // namespace newsarchive::indexer
