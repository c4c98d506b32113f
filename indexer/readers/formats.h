// Which reader reads an input: by extension, else by sniffing its first
// bytes; --format overrides both.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "readers/input.h"
#include "readers/jsonl_reader.h"

namespace newsarchive::indexer {

// sgml: TREC and Reuters-21578 collections (readers/sgml_reader.h);
// anpa, iptc7901: wire-service text (readers/wire_text_reader.h).
enum class Format { text, jsonl, sgml, anpa, iptc7901 };

// "text", "jsonl", "sgml", "anpa", "iptc7901"
const char* format_name(Format format);
// The format a --format value names (also "txt", "json", "ndjson", "trec",
// "iptc").
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
// starts with '{' (after white space and a BOM), SGML when it starts with a
// <DOC> or <REUTERS> tag, ANPA or IPTC 7901 when it opens with their control
// bytes or a ZCZC line, else plain text.
Format sniff_format(std::string_view bytes);

struct ReaderOptions {
  std::optional<Format> forced;  // --format
  JsonlOptions jsonl;
};

// Reads the input with the reader its format calls for. A file named as
// text (.txt) that opens like wire text is read as wire text.
ReadResult read_input(const Input& input, const ReaderOptions& options);

}  // namespace newsarchive::indexer
