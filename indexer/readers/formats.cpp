#include "readers/formats.h"

#include <algorithm>

#include "newsarchive/ascii.h"

#include "readers/feed_reader.h"
#include "readers/html_reader.h"
#include "readers/markup_depth.h"
#include "readers/newsml_g2_reader.h"
#include "readers/newsml_reader.h"
#include "readers/ninjs_reader.h"
#include "readers/nitf_reader.h"
#include "readers/plain_text_reader.h"
#include "readers/ritzau_reader.h"
#include "readers/sgml_reader.h"
#include "readers/sgml_scanner.h"
#include "readers/wire_text_reader.h"
#include "readers/wxr_reader.h"

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
    {"html", Format::html}, {"htm", Format::html}, {"xhtml", Format::html},
};

// Extensions read, whose format the content says.
constexpr const char* kSniffedExtensions[] = {"xml", "nitf", "newsml", "rss", "atom"};

// How much of an XML input the root element is looked for in.
// A doctype's internal subset comes before it and may be long.
constexpr std::size_t kXmlSniffBytes = 64 * 1024;

std::string extension_of(std::string_view filename) {
  const auto slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  const auto dot = filename.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return lower_ascii(filename.substr(dot + 1));
}

std::string_view skip_bom_and_space(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const auto first = bytes.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos ? std::string_view{} : bytes.substr(first);
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
    case Format::nitf: return "nitf";
    case Format::newsml: return "newsml";
    case Format::newsmlg2: return "newsml-g2";
    case Format::ninjs: return "ninjs";
    case Format::wxr: return "wxr";
    case Format::feed: return "feed";
    case Format::ritzau: return "ritzau";
    case Format::sgml: return "sgml";
    case Format::anpa: return "anpa";
    case Format::iptc7901: return "iptc7901";
  }
  return "text";
}

std::optional<Format> parse_format(std::string_view name) {
  const std::string n = lower_ascii(name);
  if (n == "text" || n == "txt") return Format::text;
  if (n == "jsonl" || n == "json" || n == "ndjson") return Format::jsonl;
  if (n == "html" || n == "htm") return Format::html;
  if (n == "nitf") return Format::nitf;
  if (n == "newsml") return Format::newsml;
  if (n == "newsml-g2" || n == "newsmlg2" || n == "g2") return Format::newsmlg2;
  if (n == "ninjs") return Format::ninjs;
  if (n == "wxr" || n == "wordpress") return Format::wxr;
  if (n == "feed" || n == "rss" || n == "atom") return Format::feed;
  if (n == "ritzau") return Format::ritzau;
  if (n == "sgml" || n == "sgm" || n == "trec") return Format::sgml;
  if (n == "anpa") return Format::anpa;
  if (n == "iptc7901" || n == "iptc") return Format::iptc7901;
  return std::nullopt;
}

std::string format_names() {
  return "text, jsonl, html, nitf, newsml, newsml-g2, ninjs, wxr, feed, ritzau, sgml, anpa, "
         "iptc7901";
}

namespace {

Format from_wire(WireFormat wire) {
  return wire == WireFormat::kAnpa ? Format::anpa : Format::iptc7901;
}

}  // namespace

std::optional<Format> format_from_name(std::string_view filename) {
  const std::string ext = extension_of(filename);
  for (const Known& k : kExtensions)
    if (ext == k.extension) return k.format;
  return std::nullopt;
}

bool is_readable_name(std::string_view filename) {
  const std::string ext = extension_of(filename);
  if (ext.empty() || format_from_name(filename).has_value()) return true;
  for (const char* e : kSniffedExtensions)
    if (ext == e) return true;
  return false;
}

namespace {

// The end (one past its '>') of the markup declaration opening `s` ("<!"
// or "<?"), stepping over a doctype's internal subset in brackets, with the
// quoted strings and comments inside it; npos if it does not end in `s`.
std::size_t declaration_end(std::string_view s) {
  if (s.starts_with("<!--")) {
    const auto end = s.find("-->");
    return end == std::string_view::npos ? end : end + 3;
  }
  if (s.starts_with("<?")) {
    const auto end = s.find("?>");
    return end == std::string_view::npos ? end : end + 2;
  }
  char quote = 0;
  int brackets = 0;
  for (std::size_t i = 2; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (brackets > 0 && s.substr(i).starts_with("<!--")) {
      const auto end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return end;
      i = end + 2;
    } else if (c == '[') {
      ++brackets;
    } else if (c == ']') {
      brackets = brackets > 0 ? brackets - 1 : 0;
    } else if (c == '>' && brackets == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<Format> sniff_xml_format(std::string_view bytes, std::string* root) {
  std::string_view s = skip_bom_and_space(bytes).substr(0, kXmlSniffBytes);
  // Past the declaration, comments, processing instructions and doctype
  // (with its internal subset, harmless or not: the parser decides).
  while (s.starts_with("<?") || s.starts_with("<!")) {
    const std::size_t end = declaration_end(s);
    if (end == std::string_view::npos) {
      if (root != nullptr) *root = "";
      return std::nullopt;
    }
    s = skip_bom_and_space(s.substr(end));
  }
  if (!s.starts_with('<')) return std::nullopt;
  std::size_t end = 1;
  while (end < s.size() && is_markup_name_char(s[end])) ++end;
  std::string_view name = s.substr(1, end - 1);
  if (const auto colon = name.rfind(':'); colon != std::string_view::npos)
    name.remove_prefix(colon + 1);
  if (name == "nitf") return Format::nitf;
  if (name == "NewsML" || name == "NewsItem") return Format::newsml;
  if (name == "newsMessage" || name == "newsItem" || name == "packageItem" ||
      name == "conceptItem" || name == "knowledgeItem" || name == "planningItem" ||
      name == "contentSet" || name == "contentMeta")
    return Format::newsmlg2;
  if (name == "rss")
    return s.find("wordpress.org/export") != std::string_view::npos ? Format::wxr : Format::feed;
  if (name == "feed" && s.find("http://www.w3.org/2005/Atom") != std::string_view::npos)
    return Format::feed;
  if (name == "RBNews" || name == "XMLNewsQueuedResponse") return Format::ritzau;
  if (root != nullptr) *root = std::string(name);
  return std::nullopt;
}

Format sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const auto wire = sniff_wire_text(bytes)) return from_wire(*wire);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::string_view s = skip_space_and_comments(bytes);
  if (s.empty()) return Format::text;
  if (s[0] == '{' || s[0] == '[') return looks_like_ninjs(s) ? Format::ninjs : Format::jsonl;
  if (s[0] == '<') {
    const std::string start = lower_ascii(s.substr(0, 14));
    const bool html_tag = start.rfind("<html", 0) == 0 && start.size() > 5 &&
                          (start[5] == '>' || start[5] == ' ' || start[5] == '\n' ||
                           start[5] == '\r' || start[5] == '\t');
    if (start == "<!doctype html" || html_tag) return Format::html;
    if (looks_like_sgml_collection(s)) return Format::sgml;
    std::string root;
    if (auto xml = sniff_xml_format(s, &root)) return *xml;
    if (lower_ascii(root) == "html") return Format::html;
  }
  return Format::text;
}

namespace {
bool is_markup(Format format);
ReadResult read_as(Format format, const Input& input, const ReaderOptions& options);
}  // namespace

std::optional<Format> choose_format(const Input& input, const ReaderOptions& options,
                                    std::string& problem) {
  Format format = Format::text;
  if (options.forced) {
    format = *options.forced;
  } else if (auto by_name = format_from_name(input.name)) {
    format = *by_name;
    // JSON that turns out to be ninjs is read as ninjs.
    if (format == Format::jsonl && looks_like_ninjs(input.bytes)) format = Format::ninjs;
  } else {
    format = sniff_format(input.bytes);
    // An XML document of a kind no reader knows is reported, not indexed
    // as text with its markup: one that opens with an XML declaration or
    // a doctype, or a .xml (.nitf, .rss...) file that opens with a tag.
    const std::string_view start = skip_bom_and_space(input.bytes);
    const bool xml_named = !extension_of(input.name).empty() && is_readable_name(input.name);
    if (format == Format::text &&
        (start.starts_with("<?xml") || start.starts_with("<!DOCTYPE") ||
         (xml_named && start.starts_with('<')))) {
      std::string root;
      if (!sniff_xml_format(input.bytes, &root) && lower_ascii(root) != "html") {
        problem = root.empty() ? "XML whose root element was not found in its first " +
                                     std::to_string(kXmlSniffBytes / 1024) +
                                     " KiB: not a format newsarchive reads"
                               : "XML with root element <" + root +
                                     ">: not a format newsarchive reads";
        return std::nullopt;
      }
    }
  }
  // A .txt file that opens like wire-service copy is read as such.
  if (!options.forced && format == Format::text) {
    if (const auto wire = sniff_wire_text(input.bytes)) format = from_wire(*wire);
  }
  return format;
}

ReadResult read_input(const Input& input, const ReaderOptions& options) {
  std::string problem;
  const std::optional<Format> chosen = choose_format(input, options, problem);
  if (!chosen) return ReadResult{{}, {{"", problem}}};
  const Format format = *chosen;
  if (is_markup(format)) {
    if (auto flat = flatten_deep_markup(input.bytes, options.limits.max_nesting_depth,
                                        format == Format::html)) {
      Input flattened = input;
      flattened.bytes = std::move(flat->bytes);
      ReadResult r = read_as(format, flattened, options);
      const std::string warning =
          "elements nested deeper than " +
          std::to_string(std::min(options.limits.max_nesting_depth, kMarkupParserDepth)) +
          " levels from byte " + std::to_string(flat->first) + " (" +
          std::to_string(flat->dropped) + " tags): their text kept, flattened into the element at that depth";
      for (RawArticle& a : r.articles) a.warnings.push_back(warning);
      return r;
    }
  }
  return read_as(format, input, options);
}

namespace {

bool is_markup(Format format) {
  switch (format) {
    case Format::html: case Format::nitf: case Format::newsml: case Format::newsmlg2:
    case Format::wxr: case Format::feed: case Format::ritzau:
      return true;
    default:
      return false;
  }
}

ReadResult read_as(Format format, const Input& input, const ReaderOptions& options) {
  switch (format) {
    case Format::jsonl: {
      JsonlOptions jsonl = options.jsonl;
      jsonl.max_nesting_depth = options.limits.max_nesting_depth;
      return read_jsonl(input, jsonl);
    }
    case Format::html: return read_html(input);
    case Format::nitf: return read_nitf(input);
    case Format::newsml: return read_newsml(input);
    case Format::newsmlg2: return read_newsml_g2(input);
    case Format::ninjs: return read_ninjs(input);
    case Format::wxr: return read_wxr(input);
    case Format::feed: return read_feed(input);
    case Format::ritzau: return read_ritzau(input);
    case Format::sgml: return read_sgml(input);
    case Format::anpa: return read_anpa(input);
    case Format::iptc7901: return read_iptc7901(input);
    case Format::text: break;
  }
  return read_plain_text(input);
}

}  // namespace

}  // namespace newsarchive::indexer
