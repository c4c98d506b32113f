// What the fuzz harnesses share: the bytes as a string, a reader run on
// them, and a scratch file for entry points that take a path.
//
// Each harness is one LLVMFuzzerTestOneInput over a library entry point.
// The same source builds a libFuzzer binary (NEWSARCHIVE_FUZZ, clang) and,
// in ordinary builds, a replay test over fuzz/regressions/<harness>/
// (replay_main.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "readers/formats.h"

namespace newsarchive::fuzz {

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Reads the bytes as an input named "input" (no extension), with the
// reader of `format`, or the one sniffing picks when nullopt. Everything
// read is dropped: the harness looks for crashes, hangs and blow-ups, and
// the sanitizers check every access on the way.
void read_as(std::optional<indexer::Format> format, std::string_view bytes);

// Writes the bytes to a file in a directory of this process's own under
// the temporary directory, made on first use and removed at exit; returns
// its path. The same `name` is overwritten by the next call.
std::string scratch_file(const std::string& name, std::string_view bytes);

// The directory scratch_file writes into.
std::string scratch_dir();

}  // namespace newsarchive::fuzz
