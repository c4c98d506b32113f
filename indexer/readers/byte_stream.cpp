#include "readers/byte_stream.h"

#include <algorithm>
#include <cstring>

namespace newsarchive::indexer {

std::size_t MemoryStream::read(char* buffer, std::size_t size) {
  const std::size_t n = std::min(size, bytes_.size());
  if (n > 0) std::memcpy(buffer, bytes_.data(), n);
  bytes_.remove_prefix(n);
  advance(n);
  return n;
}

bool read_all(ByteStream& in, std::string& out) {
  char buffer[1 << 16];
  while (const std::size_t n = in.read(buffer, sizeof buffer)) out.append(buffer, n);
  return in.error().empty();
}

bool read_up_to(ByteStream& in, std::string& out, std::uint64_t limit) {
  char buffer[1 << 16];
  while (out.size() < limit) {
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(sizeof buffer, limit - out.size()));
    const std::size_t n = in.read(buffer, want);
    if (n == 0) return true;
    out.append(buffer, n);
  }
  return false;
}

}  // namespace newsarchive::indexer
