// Which reader reads an input: by extension, else by sniffing its first
// bytes; --format overrides both.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "readers/input.h"
#include "readers/jsonl_reader.h"

namespace newsarchive::indexer {

enum class Format { text, jsonl, html };

// "text", "jsonl", "html"
const char* format_name(Format format);
// The format a --format value names (also "txt", "json", "ndjson").
std::optional<Format> parse_format(std::string_view name);
// Formats, comma-separated, for --help and errors.
std::string format_names();

// The format a file name's extension says, if any. Files without an
// extension are nullopt (they are sniffed).
std::optional<Format> format_from_name(std::string_view filename);

// Whether a directory walk reads a file of this name: a known extension,
// or none at all.
bool is_readable_name(std::string_view filename);

// The format of an input whose name does not say: JSON Lines when it
// starts with '{', HTML when it starts with "<!DOCTYPE html" or "<html"
// (either in any case; after a BOM, white space and <!-- comments -->), else
// plain text.
Format sniff_format(std::string_view bytes);

struct ReaderOptions {
  std::optional<Format> forced;  // --format
  JsonlOptions jsonl;
};

// Reads the input with the reader its format calls for.
ReadResult read_input(const Input& input, const ReaderOptions& options);

}  // namespace newsarchive::indexer
