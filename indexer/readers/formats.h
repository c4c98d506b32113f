// Which reader reads an input: by extension, else by sniffing its first
// bytes; --format overrides both.
//
// Extensions that name a family rather than a format are refined by the
// content: .xml, .nitf and .newsml (and names without an extension) by the
// root element (sniff_xml_format); .json and .jsonl by ninjs markers
// (looks_like_ninjs), else JSON Lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "readers/input.h"
#include "readers/jsonl_reader.h"

namespace newsarchive::indexer {

enum class Format { text, jsonl, nitf, newsml, newsmlg2, ninjs, wxr };

// "text", "jsonl", "nitf", "newsml", "newsml-g2", "ninjs", "wxr"
const char* format_name(Format format);
// The format a --format value names (also "txt", "json", "ndjson",
// "newsmlg2", "g2", "wordpress").
std::optional<Format> parse_format(std::string_view name);
// Formats, comma-separated, for --help and errors.
std::string format_names();

// The format a file name's extension says, if any. Files without an
// extension, and XML ones (.xml, .nitf, .newsml), are nullopt: they are
// sniffed.
std::optional<Format> format_from_name(std::string_view filename);

// Whether a directory walk reads a file of this name: a known extension,
// or none at all.
bool is_readable_name(std::string_view filename);

// The format of an input whose name does not say, after white space and a
// BOM: for '{' or '[', ninjs when it has ninjs markers, else JSON Lines;
// for '<', the XML format its root element names (sniff_xml_format);
// else plain text.
Format sniff_format(std::string_view bytes);

// The wire format an XML document's root element names, from its first
// KB: <nitf> NITF; <NewsML> or <NewsItem> NewsML 1; <newsMessage>,
// <newsItem>, <packageItem>, <conceptItem>... NewsML-G2; <rss> with the
// WordPress export namespace WXR. nullopt for any other root (its name is
// then set in `root`, when given) or for input that is not XML.
std::optional<Format> sniff_xml_format(std::string_view bytes, std::string* root = nullptr);

struct ReaderOptions {
  std::optional<Format> forced;  // --format
  JsonlOptions jsonl;
};

// Reads the input with the reader its format calls for.
ReadResult read_input(const Input& input, const ReaderOptions& options);

}  // namespace newsarchive::indexer
