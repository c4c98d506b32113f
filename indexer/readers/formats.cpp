#include "readers/formats.h"

#include "readers/html_reader.h"
#include "readers/plain_text_reader.h"

namespace newsarchive::indexer {
namespace {

struct Known {
  const char* extension;
  Format format;
};

constexpr Known kExtensions[] = {
    {"txt", Format::text}, {"text", Format::text},   {"jsonl", Format::jsonl},
    {"ndjson", Format::jsonl}, {"json", Format::jsonl},
    {"html", Format::html}, {"htm", Format::html}, {"xhtml", Format::html},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The input from its first character that is neither white space nor in an
// <!-- comment -->.
std::string_view skip_space_and_comments(std::string_view bytes) {
  for (;;) {
    const auto first = bytes.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    bytes.remove_prefix(first);
    if (bytes.substr(0, 4) != "<!--") return bytes;
    const auto end = bytes.find("-->", 4);
    if (end == std::string_view::npos) return {};
    bytes.remove_prefix(end + 3);
  }
}

}  // namespace

const char* format_name(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::jsonl: return "jsonl";
    case Format::html: return "html";
  }
  return "text";
}

std::optional<Format> parse_format(std::string_view name) {
  const std::string n = lower(name);
  if (n == "text" || n == "txt") return Format::text;
  if (n == "jsonl" || n == "json" || n == "ndjson") return Format::jsonl;
  if (n == "html" || n == "htm") return Format::html;
  return std::nullopt;
}

std::string format_names() { return "text, jsonl, html"; }

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
  bytes = skip_space_and_comments(bytes);
  if (!bytes.empty() && bytes.front() == '{') return Format::jsonl;
  const std::string start = lower(bytes.substr(0, 14));
  const bool html_tag = start.rfind("<html", 0) == 0 && start.size() > 5 &&
                        (start[5] == '>' || start[5] == ' ' || start[5] == '\n' || start[5] == '\r' ||
                         start[5] == '\t');
  return start == "<!doctype html" || html_tag ? Format::html : Format::text;
}

ReadResult read_input(const Input& input, const ReaderOptions& options) {
  Format format = Format::text;
  if (options.forced) format = *options.forced;
  else if (auto by_name = format_from_name(input.name)) format = *by_name;
  else format = sniff_format(input.bytes);
  switch (format) {
    case Format::jsonl: return read_jsonl(input, options.jsonl);
    case Format::html: return read_html(input);
    case Format::text: break;
  }
  return read_plain_text(input);
}

}  // namespace newsarchive::indexer
