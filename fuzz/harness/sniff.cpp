// The format sniffers (readers/formats.h, readers/containers.h,
// readers/warc_reader.h), then read_input with no format forced: the reader
// that sniffing picks for an input whose name does not say.
#include "fuzz_support.h"
#include "readers/containers.h"
#include "readers/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive::indexer;
  const std::string_view bytes = newsarchive::fuzz::bytes_of(data, size);
  std::string root;
  (void)sniff_xml_format(bytes, &root);
  (void)sniff_packing(bytes);
  (void)looks_like_warc(bytes);
  (void)sniff_format(bytes);
  newsarchive::fuzz::read_as(std::nullopt, bytes);
  return 0;
}
