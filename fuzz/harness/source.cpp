// One input as newsindex reads it (pipeline/source_reader.h): sniffed as
// plain, WARC, a compressed stream (gzip, bzip2, xz, zstd) or an archive
// (tar, zip, nested ones), then each member through its reader. read_source
// takes a path, so the bytes are written to a scratch file named without an
// extension, which leaves every decision to sniffing.
#include "fuzz_support.h"
#include "pipeline/source_reader.h"

namespace {

struct NullSink final : newsarchive::indexer::ReadSink {
  void article(newsarchive::indexer::RawArticle&&) override {}
  void failure(const std::string&, const std::string&, const std::string&) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive::indexer;
  InputRef ref;
  ref.path = newsarchive::fuzz::scratch_file("input", newsarchive::fuzz::bytes_of(data, size));
  ref.id = "input";
  NullSink sink;
  read_source(ref, ReaderOptions{}, sink);
  return 0;
}
