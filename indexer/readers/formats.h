// Which reader reads an input: by extension, else by sniffing its first
// bytes; --format overrides both.
//
// Extensions that name a family rather than a format are refined by the
// content: .xml, .nitf, .newsml, .rss and .atom (and names without an
// extension) by the root element (sniff_xml_format); .json and .jsonl by ninjs markers
// (looks_like_ninjs), else JSON Lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "readers/input.h"
#include "readers/resource_limits.h"
#include "readers/jsonl_reader.h"

namespace newsarchive::indexer {

// html: article pages (readers/html_reader.h); nitf, newsml, newsmlg2,
// ninjs, wxr, ritzau: agency XML and JSON formats (readers/*_reader.h);
// feed: RSS 2.0 and Atom (readers/feed_reader.h); sgml: TREC and
// Reuters-21578 collections (readers/sgml_reader.h); anpa, iptc7901:
// wire-service text (readers/wire_text_reader.h).
enum class Format {
  text, jsonl, html, nitf, newsml, newsmlg2, ninjs, wxr, feed, ritzau, sgml, anpa, iptc7901
};

// "text", "jsonl", "html", "nitf", "newsml", "newsml-g2", "ninjs", "wxr",
// "feed", "ritzau", "sgml", "anpa", "iptc7901"
const char* format_name(Format format);
// The format a --format value names (also "txt", "json", "ndjson",
// "newsmlg2", "g2", "wordpress", "rss", "atom", "trec", "iptc").
std::optional<Format> parse_format(std::string_view name);
// Formats, comma-separated, for --help and errors.
std::string format_names();

// The format a file name's extension says, if any. Files without an
// extension, and XML ones (.xml, .nitf, .newsml, .rss, .atom), are nullopt: they are
// sniffed.
std::optional<Format> format_from_name(std::string_view filename);

// Whether a directory walk reads a file of this name: a known extension,
// or none at all.
bool is_readable_name(std::string_view filename);

// The format of an input whose name does not say, after a BOM, white
// space and <!-- comments -->: for '{' or '[', ninjs when it has ninjs
// markers, else JSON Lines; HTML for "<!DOCTYPE html" or "<html" (in any
// case); SGML when it starts with a <DOC> or <REUTERS> tag; for other '<',
// the XML format its root element names (sniff_xml_format, an XHTML root
// being HTML); ANPA or IPTC 7901 when it opens with their control bytes or
// a ZCZC line; else plain text.
Format sniff_format(std::string_view bytes);

// The wire format an XML document's root element names, from its first
// KB: <nitf> NITF; <NewsML> or <NewsItem> NewsML 1; <newsMessage>,
// <newsItem>, <packageItem>, <conceptItem>... NewsML-G2; <rss> with the
// WordPress export namespace WXR, any other <rss> a feed; <feed> with the
// Atom namespace a feed; <RBNews> or <XMLNewsQueuedResponse> Ritzau. nullopt for any other root (its name is
// then set in `root`, when given) or for input that is not XML.
std::optional<Format> sniff_xml_format(std::string_view bytes, std::string* root = nullptr);

struct ReaderOptions {
  std::optional<Format> forced;  // --format
  JsonlOptions jsonl;
  Limits limits;                 // resource_limits.h; --max-input, --max-ratio
};

// The format read_input reads the input as: --format, else the name's, else
// the content's; a file named as text (.txt) that opens like wire text is
// wire text. nullopt, with `problem` set, for XML of a kind no reader
// knows.
std::optional<Format> choose_format(const Input& input, const ReaderOptions& options,
                                    std::string& problem);

// Reads the input with the reader choose_format picks.
ReadResult read_input(const Input& input, const ReaderOptions& options);

}  // namespace newsarchive::indexer
