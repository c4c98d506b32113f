#include "readers/expansion_guard.h"

#include <algorithm>

#include "readers/limit_messages.h"

namespace newsarchive::indexer {

std::uint64_t expansion_allowed(const Limits& limits, std::uint64_t compressed) {
  const std::uint64_t ratio = std::max<std::uint64_t>(limits.max_expansion_ratio, 1);
  const std::uint64_t scaled =
      compressed > UINT64_MAX / ratio ? UINT64_MAX : compressed * ratio;
  return std::max(limits.expansion_floor_bytes, scaled);
}

ExpansionGuard::ExpansionGuard(ByteStream& inner, std::function<std::uint64_t()> compressed,
                               const Limits& limits)
    : inner_(inner), compressed_(std::move(compressed)), limits_(limits) {}

std::size_t ExpansionGuard::read(char* buffer, std::size_t size) {
  if (!error().empty() || size == 0) return 0;
  std::size_t n = inner_.read(buffer, size);
  if (n == 0) {
    if (!inner_.error().empty()) fail_as(inner_);
    return 0;
  }
  const std::uint64_t compressed = compressed_();
  const std::uint64_t allowed = expansion_allowed(limits_, compressed);
  if (offset() + n > allowed) {
    n = allowed > offset() ? static_cast<std::size_t>(allowed - offset()) : 0;
    fail_at_limit(over_expansion_limit(limits_, allowed, compressed));
  }
  advance(n);
  return n;
}

ExpansionBudget::ExpansionBudget(const Limits& limits, std::uint64_t input_bytes)
    : limits_(limits), input_bytes_(input_bytes) {
  // The floor once, then the ratio: a bomb cut at the floor by its own
  // guard leaves the input's ordinary members their share.
  const std::uint64_t ratio = std::max<std::uint64_t>(limits.max_expansion_ratio, 1);
  const std::uint64_t scaled = input_bytes > UINT64_MAX / ratio / 2 ? UINT64_MAX / 2
                                                                     : input_bytes * ratio;
  allowed_ = limits.expansion_floor_bytes + std::min(scaled, UINT64_MAX / 2);
}

std::uint64_t ExpansionBudget::take(std::uint64_t n) {
  const std::uint64_t granted = std::min(n, allowed_ - spent_);
  spent_ += granted;
  return granted;
}

bool ExpansionBudget::take_for_reading(std::uint64_t n) {
  const std::uint64_t before = handed_to_readers_;
  handed_to_readers_ = n > UINT64_MAX - before ? UINT64_MAX : before + n;
  const std::uint64_t free_until =
      std::max({before, input_bytes_, limits_.expansion_floor_bytes});
  const std::uint64_t over =
      handed_to_readers_ > free_until ? handed_to_readers_ - free_until : 0;
  const std::uint64_t weight = limits_.reading_weight;
  const std::uint64_t left = allowed_ - spent_;
  if (weight > 0 && over > left / weight) {
    spent_ = allowed_;
    reading_refused_ = true;
    return false;
  }
  spent_ += over * weight;
  charged_for_reading_ += over * weight;
  return true;
}

std::string ExpansionBudget::reading_refused_message() const {
  return "the text it unpacks to be read passes the input's allowance (" +
         byte_size(limits_.expansion_floor_bytes) + " plus " +
         std::to_string(limits_.max_expansion_ratio) + " times its " +
         std::to_string(input_bytes_) + " bytes, a byte read beyond the floor or the input's own "
         "size counting " + std::to_string(limits_.reading_weight) +
         " on top of its unpacking): a decompression bomb? this part and the rest are not "
         "read (--max-ratio R raises the limit)";
}

std::string ExpansionBudget::spent_message() const {
  if (charged_for_reading_ > 0)
    return "with the compressed files and archives inside it and the text read from them (" +
           std::to_string(charged_for_reading_) + " of the bytes counted), " +
           over_expansion_limit(limits_, allowed_, input_bytes_);
  return "with the compressed files and archives inside it, " +
         over_expansion_limit(limits_, allowed_, input_bytes_);
}

BudgetedStream::BudgetedStream(ByteStream& inner, ExpansionBudget& budget)
    : inner_(inner), budget_(budget) {}

std::size_t BudgetedStream::read(char* buffer, std::size_t size) {
  if (!error().empty() || size == 0) return 0;
  std::size_t n = inner_.read(buffer, size);
  if (n == 0 && !inner_.error().empty()) fail_as(inner_);
  const std::uint64_t granted = budget_.take(n);
  if (granted < n) {
    n = static_cast<std::size_t>(granted);
    fail_at_limit(budget_.spent_message());
  }
  advance(n);
  return n;
}

}  // namespace newsarchive::indexer
