// How a limit of resource_limits.h is named in a report: the limit, and
// the newsindex option that raises it where raising it is safe.
#pragma once

#include <cstdint>
#include <string>

#include "readers/resource_limits.h"

namespace newsarchive::indexer {

// "larger than the 128 MiB an input may take in memory (--max-input MB
// raises it)": an input, member or stream read whole that passed
// max_input_bytes.
std::string over_input_limit(const Limits& limits);

// "expands to more than 100 times its compressed size (past 16777216 bytes
// from 65536 compressed): a decompression bomb? the rest is not read
// (--max-ratio R raises the limit)"; `expanded` is the byte where it was cut.
std::string over_expansion_limit(const Limits& limits, std::uint64_t expanded,
                                 std::uint64_t compressed);

// "more than the 64 MiB one line or record may hold": a unit of a streamed
// input (a JSON line, a WARC record) over max_record_bytes.
std::string over_record_limit(const Limits& limits);

// A byte count in the unit the options use: "128 MiB", "1.5 MiB", "900 bytes".
std::string byte_size(std::uint64_t bytes);

}  // namespace newsarchive::indexer
