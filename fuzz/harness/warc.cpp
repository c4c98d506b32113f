// WARC records (readers/warc_reader.h), from a stream in memory; the pages
// found are dropped (the html harness reads pages).
#include "fuzz_support.h"
#include "readers/byte_stream.h"
#include "readers/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive::indexer;
  MemoryStream in(newsarchive::fuzz::bytes_of(data, size));
  read_warc(in, [](WarcPage&&) {}, [](ReadError&&) {});
  return 0;
}
