// NewsML-G2 (readers/newsml_g2_reader.h), through read_input with the format forced.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  newsarchive::fuzz::read_as(newsarchive::indexer::Format::newsmlg2,
                             newsarchive::fuzz::bytes_of(data, size));
  return 0;
}
