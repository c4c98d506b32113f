// gzip streams undone with zlib (readers/gzip_stream.h), members one after
// another, read to the end or the first error in blocks as the readers do.
#include <vector>

#include "fuzz_support.h"
#include "readers/byte_stream.h"
#include "readers/gzip_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive::indexer;
  MemoryStream in(newsarchive::fuzz::bytes_of(data, size));
  GzipStream gz(in);
  std::vector<char> block(64 << 10);
  while (gz.read(block.data(), block.size()) > 0) {
  }
  return 0;
}
