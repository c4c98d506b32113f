// A gzip stream undone as it is read, with zlib: members one after another
// (as in .warc.gz files) read as one stream, and a truncated file giving
// every byte that can be decompressed before its error is reported.
#pragma once

#include <memory>

#include "readers/byte_stream.h"

namespace newsarchive::indexer {

class GzipStream final : public ByteStream {
 public:
  // Reads compressed bytes from `source`, which must outlive this stream.
  explicit GzipStream(ByteStream& source);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  std::size_t read(char* buffer, std::size_t size) override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive::indexer
