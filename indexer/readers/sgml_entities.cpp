#include "readers/sgml_entities.h"

#include "readers/decode.h"

namespace newsarchive::indexer {
namespace {

struct Named {
  std::string_view name;
  char32_t code_point;
};

constexpr Named kNamed[] = {
    {"lt", U'<'},       {"gt", U'>'},       {"amp", U'&'},      {"quot", U'"'},
    {"apos", U'\''},    {"nbsp", 0xA0},     {"mdash", 0x2014},  {"ndash", 0x2013},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"hellip", 0x2026}, {"bull", 0x2022},   {"copy", 0xA9},     {"reg", 0xAE},
    {"deg", 0xB0},      {"pound", 0xA3},    {"yen", 0xA5},      {"cent", 0xA2},
    {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
};

// References longer than this are not references.
constexpr std::size_t kMaxReferenceBytes = 10;

bool is_control(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp < 0xA0);
}

bool encodable(char32_t cp) {
  return cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

// The code point of a numeric reference's body ("#3", "#x41"), or -1.
long numeric_value(std::string_view body) {
  std::size_t i = 1;
  int base = 10;
  if (body.size() > 1 && (body[1] == 'x' || body[1] == 'X')) {
    base = 16;
    i = 2;
  }
  if (i >= body.size()) return -1;
  long value = 0;
  for (; i < body.size(); ++i) {
    const char c = body[i];
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (base == 16 && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (base == 16 && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return -1;
    value = value * base + digit;
    if (value > 0x10FFFF) value = 0x110000;  // saturate: not encodable
  }
  return value;
}

}  // namespace

std::string decode_sgml_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, amp - i));
    i = amp + 1;
    const std::size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > kMaxReferenceBytes || semi == i) {
      out += '&';
      continue;
    }
    const std::string_view body = text.substr(i, semi - i);
    long cp = -1;
    if (body[0] == '#') {
      cp = numeric_value(body);
    } else {
      for (const Named& n : kNamed) {
        if (n.name == body) cp = static_cast<long>(n.code_point);
      }
    }
    if (cp < 0) {
      out += '&';
      continue;
    }
    const auto c = static_cast<char32_t>(cp);
    if (is_control(c) || !encodable(c)) out += ' ';
    else append_utf8(out, c);
    i = semi + 1;
  }
  return out;
}

}  // namespace newsarchive::indexer
