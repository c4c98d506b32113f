// Plain-text articles (readers/plain_text_reader.h), through read_input with the format forced.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  newsarchive::fuzz::read_as(newsarchive::indexer::Format::text,
                             newsarchive::fuzz::bytes_of(data, size));
  return 0;
}
