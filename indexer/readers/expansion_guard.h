// Decompressed data held to Limits::max_expansion_ratio: a stream that,
// past Limits::expansion_floor_bytes, gives more than that many times the
// compressed bytes it has consumed is a decompression bomb, and is cut
// there with a report instead of being followed to its end.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "readers/byte_stream.h"
#include "readers/resource_limits.h"

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
// The guards above still stop one stream early, as it goes. What is handed
// to the readers is charged too (Limits::reading_weight), as it costs more.
class ExpansionBudget {
 public:
  ExpansionBudget(const Limits& limits, std::uint64_t input_bytes);

  // Takes `n` bytes from what is left; returns how many of them fit.
  std::uint64_t take(std::uint64_t n);
  // Takes the cost of handing `n` bytes to a reader: nothing while all the
  // bytes handed over stay within the floor or the input's own size,
  // whichever is more, then Limits::reading_weight for each byte past it.
  // False, with nothing taken and the allowance marked spent, when the cost
  // does not fit: the bytes are not to be read, nor anything after them.
  bool take_for_reading(std::uint64_t n);
  // Whether take_for_reading has refused: that refusal is reported once,
  // and nothing more is read from the input.
  bool reading_refused() const { return reading_refused_; }
  // Whether nothing is left: nothing more is unpacked from the input.
  bool spent() const { return spent_ == allowed_; }
  // The report for an input that has used its allowance.
  std::string spent_message() const;
  // The report for bytes refused by take_for_reading.
  std::string reading_refused_message() const;

 private:
  const Limits& limits_;
  std::uint64_t input_bytes_;
  std::uint64_t allowed_;
  std::uint64_t spent_ = 0;
  std::uint64_t handed_to_readers_ = 0;
  std::uint64_t charged_for_reading_ = 0;
  bool reading_refused_ = false;
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
