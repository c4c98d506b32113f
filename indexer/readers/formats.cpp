#include "readers/formats.h"

#include "readers/plain_text_reader.h"
#include "readers/sgml_reader.h"
#include "readers/wire_text_reader.h"

namespace newsarchive::indexer {
namespace {

struct Known {
  const char* extension;
  Format format;
};

constexpr Known kExtensions[] = {
    {"txt", Format::text}, {"text", Format::text},   {"jsonl", Format::jsonl},
    {"ndjson", Format::jsonl}, {"json", Format::jsonl},
    {"sgm", Format::sgml},     {"sgml", Format::sgml},
    {"tst", Format::anpa},     {"anpa", Format::anpa},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

const char* format_name(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::jsonl: return "jsonl";
    case Format::sgml: return "sgml";
    case Format::anpa: return "anpa";
    case Format::iptc7901: return "iptc7901";
  }
  return "text";
}

std::optional<Format> parse_format(std::string_view name) {
  const std::string n = lower(name);
  if (n == "text" || n == "txt") return Format::text;
  if (n == "jsonl" || n == "json" || n == "ndjson") return Format::jsonl;
  if (n == "sgml" || n == "sgm" || n == "trec") return Format::sgml;
  if (n == "anpa") return Format::anpa;
  if (n == "iptc7901" || n == "iptc") return Format::iptc7901;
  return std::nullopt;
}

std::string format_names() { return "text, jsonl, sgml, anpa, iptc7901"; }

namespace {

Format from_wire(WireFormat wire) {
  return wire == WireFormat::kAnpa ? Format::anpa : Format::iptc7901;
}

}  // namespace

std::optional<Format> format_from_name(std::string_view filename) {
  const auto dot = filename.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  const std::string ext = lower(filename.substr(dot + 1));
  for (const Known& k : kExtensions)
    if (ext == k.extension) return k.format;
  return std::nullopt;
}

bool is_readable_name(std::string_view filename) {
  const auto dot = filename.rfind('.');
  return dot == std::string_view::npos || dot == 0 || format_from_name(filename).has_value();
}

Format sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const auto wire = sniff_wire_text(bytes)) return from_wire(*wire);
  const auto first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return Format::text;
  if (bytes[first] == '{') return Format::jsonl;
  if (bytes[first] == '<' && looks_like_sgml_collection(bytes)) return Format::sgml;
  return Format::text;
}

ReadResult read_input(const Input& input, const ReaderOptions& options) {
  Format format = Format::text;
  if (options.forced) format = *options.forced;
  else if (auto by_name = format_from_name(input.name)) format = *by_name;
  else format = sniff_format(input.bytes);
  if (!options.forced && format == Format::text) {
    if (const auto wire = sniff_wire_text(input.bytes)) format = from_wire(*wire);
  }
  switch (format) {
    case Format::jsonl: return read_jsonl(input, options.jsonl);
    case Format::sgml: return read_sgml(input);
    case Format::anpa: return read_anpa(input);
    case Format::iptc7901: return read_iptc7901(input);
    case Format::text: break;
  }
  return read_plain_text(input);
}

}  // namespace newsarchive::indexer
