// A source of bytes read front to back: a file, a member of an archive, a
// decompressed stream. Lets readers of large inputs (WARC) work record by
// record without holding the whole input in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsarchive::indexer {

class ByteStream {
 public:
  virtual ~ByteStream() = default;

  // Reads up to `size` bytes into `buffer`; returns how many. 0 means the
  // end, or a failure when error() is then non-empty. Never throws.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;

  // Why the stream stopped early ("truncated gzip input"), or "".
  const std::string& error() const { return error_; }
  // Whether it stopped at a limit (resource_limits.h) rather than on
  // damaged or unreadable data: what it gave before is then a cut, not the
  // whole of its content.
  bool stopped_at_limit() const { return at_limit_; }
  // Bytes delivered so far.
  std::uint64_t offset() const { return offset_; }

 protected:
  void fail(std::string reason) { error_ = std::move(reason); }
  void fail_at_limit(std::string reason) {
    error_ = std::move(reason);
    at_limit_ = true;
  }
  // Takes on the failure of a stream this one reads from, limit or not.
  void fail_as(const ByteStream& inner) {
    error_ = inner.error_;
    at_limit_ = inner.at_limit_;
  }
  void advance(std::size_t n) { offset_ += n; }

 private:
  std::string error_;
  bool at_limit_ = false;
  std::uint64_t offset_ = 0;
};

// A stream over bytes already in memory.
class MemoryStream final : public ByteStream {
 public:
  explicit MemoryStream(std::string_view bytes) : bytes_(bytes) {}
  std::size_t read(char* buffer, std::size_t size) override;

 private:
  std::string_view bytes_;
};

// Reads what is left of `in` and appends it to `out`. Returns false if the
// stream failed (what was read before the failure is kept in `out`).
bool read_all(ByteStream& in, std::string& out);

// Appends what is left of `in` to `out` until `out` holds `limit` bytes or
// the stream ends. Returns true when the stream ended (read error() to
// tell a failure from the end), false when it stopped at `limit` with
// perhaps more to come.
bool read_up_to(ByteStream& in, std::string& out, std::uint64_t limit);

}  // namespace newsarchive::indexer
