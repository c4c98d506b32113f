#include "readers/html_charset.h"

#include "newsarchive/ascii.h"

#include <libxml/encoding.h>

#include "readers/decode.h"
#include "readers/html_dom.h"

namespace newsarchive::indexer::html {
namespace {


// The length of the valid UTF-8 sequence at i, or 0.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size() || (len == 2 && c < 0xC2)) return 0;
  for (std::size_t k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return len;
}

struct Utf8Count {
  std::size_t multibyte = 0;  // valid sequences of two bytes or more
  std::size_t invalid = 0;    // bytes in no valid sequence
};

Utf8Count count_utf8(std::string_view s) {
  Utf8Count n;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t len = sequence_length(s, i);
    if (len == 0) {
      ++n.invalid;
      ++i;
    } else {
      n.multibyte += len > 1;
      i += len;
    }
  }
  return n;
}

// Each byte outside a valid UTF-8 sequence becomes the UTF-8 of its
// Windows-1252 character.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 64);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t len = sequence_length(s, i);
    if (len > 0) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    Decoded one = decode_text(s.substr(i, 1));
    out += one.ok ? one.text : std::string("\xEF\xBF\xBD");
    ++i;
  }
  return out;
}

// The value after "charset=" in s, up to a quote, space, semicolon or '>'.
std::string charset_value(std::string_view s) {
  const std::string low = lower_ascii(s);
  const auto at = low.find("charset");
  if (at == std::string::npos) return "";
  std::size_t i = at + 7;
  while (i < low.size() && is_ascii_space(static_cast<unsigned char>(low[i]))) ++i;
  if (i >= low.size() || low[i] != '=') return "";
  ++i;
  while (i < low.size() && (is_ascii_space(static_cast<unsigned char>(low[i])) || low[i] == '"' || low[i] == '\''))
    ++i;
  std::size_t end = i;
  while (end < low.size() && low[end] != '"' && low[end] != '\'' && low[end] != ';' && low[end] != '>' &&
         low[end] != '/' && !is_ascii_space(static_cast<unsigned char>(low[end])))
    ++end;
  return low.substr(i, end - i);
}

bool known_to_libxml2(const std::string& charset) {
  xmlCharEncodingHandler* h = xmlFindCharEncodingHandler(charset.c_str());
  if (!h) return false;
  xmlCharEncCloseFunc(h);
  return true;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  // Like a browser's prescan: look through the start of the page for <meta
  // tags, outside comments.
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string_view::npos) {
    if (head.substr(i, 4) == "<!--") {
      const auto end = head.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const std::string name = lower_ascii(head.substr(i + 1, 5));
    const auto close = head.find('>', i);
    if (close == std::string_view::npos) break;
    if (name.rfind("meta", 0) == 0 && (name.size() < 5 || is_ascii_space(static_cast<unsigned char>(name[4])))) {
      std::string cs = charset_value(head.substr(i, close - i + 1));
      if (!cs.empty()) return cs;
    }
    i = close + 1;
  }
  return "";
}

std::optional<ReadError> prepare_page(std::string_view input, PageBytes& out) {
  // The checks of plain text input, on the start of the page: a page may
  // carry a stray NUL further on, which the parser would take for its end.
  Decoded head = decode_text(input.substr(0, 4096));
  if (!head.ok) return head.error;
  out.bytes.clear();
  out.bytes.reserve(input.size());
  for (char c : input)
    if (c != '\0') out.bytes += c;
  if (out.bytes.size() != input.size()) out.warnings.push_back("NUL bytes removed");

  const Utf8Count count = count_utf8(out.bytes);
  if (count.invalid == 0 && count.multibyte > 0) {
    out.encoding = "utf-8";
    return std::nullopt;
  }
  std::string cs = declared_charset(out.bytes);
  if (cs == "iso-8859-1" || cs == "latin1" || cs == "us-ascii" || cs == "ascii") cs = "windows-1252";
  if (cs == "utf8") cs = "utf-8";
  if (!cs.empty() && cs != "utf-8" && cs != "utf-16" && known_to_libxml2(cs)) {
    out.encoding = cs;
    return std::nullopt;
  }
  out.encoding = "utf-8";
  if (count.invalid == 0) return std::nullopt;
  if (count.multibyte > count.invalid) {
    out.bytes = repair_utf8(out.bytes);
    out.warnings.push_back("invalid UTF-8 bytes read as Windows-1252");
    return std::nullopt;
  }
  out.encoding = "windows-1252";
  out.warnings.push_back("not valid UTF-8 and no known charset declared: read as Windows-1252");
  return std::nullopt;
}

}  // namespace newsarchive::indexer::html
