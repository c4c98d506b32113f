// WARC (ISO 28500), as web crawls store pages: records one after another,
// each a header block and a Content-Length of content. Read record by record
// from a stream, so a crawl file of any size takes the memory of one record.
//
// Only pages are of interest: "response" records holding an HTTP response
// with status 2xx and an HTML body, and "resource" records of HTML. Request,
// metadata, warcinfo and revisit records, redirects and non-HTML responses
// are passed over (counted in WarcCounts), not reported.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "readers/byte_stream.h"
#include "readers/input.h"
#include "readers/resource_limits.h"

namespace newsarchive::indexer {

struct WarcPage {
  std::string uri;          // WARC-Target-URI
  std::uint64_t offset = 0; // where the record starts in the (uncompressed) stream
  std::string html;         // the page, transfer and content encodings undone
};

struct WarcCounts {
  std::size_t records = 0;
  std::size_t pages = 0;
  std::size_t passed_over = 0;
};

// Whether the first bytes are a WARC record's ("WARC/1.0", "WARC/1.1").
bool looks_like_warc(std::string_view head);
// Whether the file name says WARC (.warc, with or without a compression
// suffix, or .arc-less CC-News names "*.warc.gz").
bool is_warc_name(std::string_view name);

// Calls `page` for each page and `error` for each record that is not well
// formed ("record at byte 812": "no Content-Length"). After a record whose
// length cannot be known, whose length runs past the end of the input, or
// which is larger than Limits::max_record_bytes, and after bytes that are
// not a record, reading goes on at the next WARC version line; each such
// record is reported once, by its offset. A record whose HTTP payload is
// broken is skipped. A stream that fails (truncated gzip) ends the
// reading, with its error reported; an empty one is "empty input".
WarcCounts read_warc(ByteStream& in, const std::function<void(WarcPage&&)>& page,
                     const std::function<void(ReadError&&)>& error, const Limits& limits = {});

}  // namespace newsarchive::indexer
