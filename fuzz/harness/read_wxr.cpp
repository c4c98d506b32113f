// WordPress exports (readers/wxr_reader.h), through read_input with the format forced.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  newsarchive::fuzz::read_as(newsarchive::indexer::Format::wxr,
                             newsarchive::fuzz::bytes_of(data, size));
  return 0;
}
