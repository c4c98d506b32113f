#include "readers/gzip_stream.h"

#include <zlib.h>

#include <string>

namespace newsarchive::indexer {

struct GzipStream::Impl {
  ByteStream& source;
  z_stream z{};
  char input[1 << 16];
  bool source_done = false;
  bool member_done = false;  // the last member ended cleanly
  bool padding = false;      // zero bytes after a member are passed over
  bool any_output = false;

  explicit Impl(ByteStream& s) : source(s) { inflateInit2(&z, 16 + MAX_WBITS); }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { inflateEnd(&z); }
};

GzipStream::GzipStream(ByteStream& source) : impl_(std::make_unique<Impl>(source)) {}
GzipStream::~GzipStream() = default;

std::size_t GzipStream::read(char* buffer, std::size_t size) {
  if (!error().empty() || size == 0) return 0;
  Impl& s = *impl_;
  s.z.next_out = reinterpret_cast<Bytef*>(buffer);
  s.z.avail_out = static_cast<uInt>(size);
  while (s.z.avail_out == size) {
    if (s.z.avail_in == 0 && !s.source_done) {
      const std::size_t n = s.source.read(s.input, sizeof s.input);
      if (n == 0) {
        s.source_done = true;
        if (!s.source.error().empty()) {
          fail_as(s.source);
          break;
        }
      }
      s.z.next_in = reinterpret_cast<Bytef*>(s.input);
      s.z.avail_in = static_cast<uInt>(n);
    }
    if (s.z.avail_in == 0 && s.source_done) {
      if (!s.member_done) fail("truncated gzip input: the file ends inside compressed data");
      break;
    }
    if (s.padding) {
      while (s.z.avail_in > 0 && *s.z.next_in == 0) {
        ++s.z.next_in;
        --s.z.avail_in;
      }
      if (s.z.avail_in == 0) continue;
      s.padding = false;
    }
    const int r = inflate(&s.z, Z_NO_FLUSH);
    if (r == Z_STREAM_END) {
      // Another member may follow; trailing zero padding is tolerated.
      s.member_done = true;
      s.padding = true;
      inflateReset(&s.z);
      continue;
    }
    if (r == Z_OK || r == Z_BUF_ERROR) {
      if (s.z.avail_out < size || r == Z_OK) s.member_done = false;
      if (r == Z_BUF_ERROR && s.z.avail_in > 0) {
        fail("corrupt gzip data");
        break;
      }
      continue;
    }
    fail(std::string("corrupt gzip data") + (s.z.msg != nullptr ? ": " + std::string(s.z.msg) : ""));
    break;
  }
  const std::size_t n = size - s.z.avail_out;
  advance(n);
  return n;
}

}  // namespace newsarchive::indexer
