#include "readers/decode.h"

#include <cstdint>
#include <algorithm>
#include <cstring>

#include "newsarchive/ascii.h"
#include "newsarchive/utf8.h"

namespace newsarchive::indexer {
namespace {

// A text file may carry a stray form feed or escape; a binary file carries
// them everywhere. Above both limits the input is treated as binary.
constexpr std::size_t kMaxControlBytes = 8;
constexpr std::size_t kMaxControlPerMille = 10;  // 1% of the input

// Windows-1252 code points for bytes 0x80..0x9F; 0 marks the five bytes the
// code page leaves undefined, which become U+FFFD.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_text_control(unsigned char c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not
// valid (overlong forms, surrogates and code points above U+10FFFF are not).
// True if any of the 8 bytes in `w` is >= 0x80 or < 0x20: those need a look.
bool word_needs_attention(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  return ((w | ((w - kOnes * 0x20) & ~w)) & kHigh) != 0;
}

struct Scan {
  bool all_space = true;
  bool has_cr = false;
  std::size_t nul_at = std::string_view::npos;  // the first NUL
  std::size_t nuls = 0;
  std::size_t first_control = std::string_view::npos;
  std::size_t controls = 0;
  std::size_t invalid_at = std::string_view::npos;  // first invalid UTF-8 byte
};

// One pass over the input. Runs of plain printable ASCII, the usual case, are
// skipped eight bytes at a time.
Scan scan_bytes(std::string_view s) {
  Scan r;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!word_needs_attention(w)) {
        if (r.all_space) {
          for (std::size_t k = 0; k < 8; ++k) {
            if (s[i + k] != ' ') r.all_space = false;
          }
        }
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      r.all_space = false;
      const std::size_t len = r.invalid_at == std::string_view::npos
                                  ? text::utf8_sequence_length(s, i)
                                  : 1;
      if (len == 0) {
        r.invalid_at = i;
        ++i;
      } else {
        i += len;
      }
      continue;
    }
    if (c < 0x20) {
      if (c == 0) {
        if (r.nul_at == std::string_view::npos) r.nul_at = i;
        ++r.nuls;
      }
      if (c == '\r') r.has_cr = true;
      if (c != 0 && !is_text_control(c)) {
        if (r.first_control == std::string_view::npos) r.first_control = i;
        ++r.controls;
      }
    } else if (c != ' ') {
      r.all_space = false;
    }
    ++i;
  }
  return r;
}

// What the first bytes of a file in a binary format start with.
struct Magic {
  std::string_view bytes;
  const char* name;
};
constexpr Magic kMagic[] = {
    {"\x7F" "ELF", "an executable"},      {"\x89PNG", "a PNG image"},
    {"\xFF\xD8\xFF", "a JPEG image"},     {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},              {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "a zip archive"},       {"\x1F\x8B", "gzip data"},
    {"BZh", "bzip2 data"},                  {"\xFD" "7zXZ", "xz data"},
    {"\x28\xB5\x2F\xFD", "zstd data"},    {"\xD0\xCF\x11\xE0", "an OLE document"},
    {"RIFF", "a RIFF file"},                {"OggS", "an Ogg file"},
    {"ID3", "an MP3 file"}};

}  // namespace

namespace {

// The binary format `bytes` opens with, or nullptr. "BZh", "ID3" and "RIFF"
// could open a line of text: they count only with control bytes after them.
const char* magic_of(std::string_view bytes, std::size_t controls) {
  for (const Magic& m : kMagic) {
    if (bytes.starts_with(m.bytes) && (m.bytes.size() > 4 || m.bytes[0] < 0x20 ||
                                       static_cast<unsigned char>(m.bytes[0]) >= 0x80 ||
                                       controls > 0))
      return m.name;
  }
  return nullptr;
}

// binary_evidence's test, with the offset apart.
bool is_binary(std::string_view bytes, std::size_t& at, std::string& reason) {
  const Scan r = scan_bytes(bytes);
  const std::size_t controls = r.controls + r.nuls;
  if (const char* name = magic_of(bytes, controls)) {
    at = 0;
    reason = std::string("binary file (") + name + ")";
    return true;
  }
  if (controls > kMaxControlBytes && controls * 1000 > bytes.size() * kMaxControlPerMille) {
    at = std::min(r.nul_at, r.first_control);
    reason = "binary file";
    return true;
  }
  return false;
}

}  // namespace

std::optional<ReadError> binary_magic(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 16);
  const Scan r = scan_bytes(head);
  if (const char* name = magic_of(head, r.controls + r.nuls))
    return ReadError{"byte 0", std::string("binary file (") + name + ")"};
  return std::nullopt;
}

std::optional<ReadError> binary_evidence(std::string_view bytes) {
  std::size_t at = 0;
  std::string reason;
  if (!is_binary(bytes, at, reason)) return std::nullopt;
  return ReadError{"byte " + std::to_string(at), reason};
}

namespace {

// Appends the character at s[i], a byte of 0x80 or more in text that is not
// all valid UTF-8: a valid UTF-8 sequence as it is, else the byte read as
// Windows-1252, so that text mixing the two (a Latin-1 word pasted into
// UTF-8) keeps its UTF-8. Returns the bytes consumed.
std::size_t append_repaired(std::string& out, std::string_view s, std::size_t i) {
  if (const std::size_t n = text::utf8_sequence_length(s, i); n > 1) {
    out.append(s.substr(i, n));
    return n;
  }
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0xA0) {
    const char16_t cp = kCp1252High[c - 0x80];
    append_utf8(out, cp != 0 ? cp : 0xFFFD);
  } else {
    append_utf8(out, c);
  }
  return 1;
}

}  // namespace

DecodedLine decode_line(std::string_view line) {
  DecodedLine d;
  const Scan r = scan_bytes(line);
  d.nul_at = r.nul_at;
  d.invalid_at = r.invalid_at;
  d.control_at = r.first_control;
  if (r.invalid_at == std::string_view::npos && r.controls == 0 && r.nuls == 0) {
    d.text.assign(line);
    return d;
  }
  // Only the bytes that are not UTF-8 are read as Windows-1252: a line that
  // mixes the two (a Latin-1 word pasted into UTF-8 text) keeps its UTF-8.
  d.text.reserve(line.size() + line.size() / 8);
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c == 0) continue;
    if (c >= 0x80) {
      i += append_repaired(d.text, line, i) - 1;
    } else if (c < 0x20 && !is_ascii_space(static_cast<char>(c))) {
      d.text += ' ';
    } else {
      d.text += static_cast<char>(c);
    }
  }
  return d;
}

Decoded decode_text(std::string_view bytes) {
  Decoded d;
  std::string_view s = bytes;
  std::size_t base = 0;  // offset of s in bytes, for positions
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") {
    s.remove_prefix(3);
    base = 3;
  }

  std::size_t binary_at = 0;
  std::string binary_reason;
  if (is_binary(s, binary_at, binary_reason)) {
    d.error = {"byte " + std::to_string(base + binary_at), binary_reason};
    return d;
  }
  const Scan r = scan_bytes(s);
  if (r.all_space) {
    d.error = {"", "empty input"};
    return d;
  }

  const bool utf8 = r.invalid_at == std::string_view::npos;
  if (utf8 && !r.has_cr && r.controls == 0 && r.nuls == 0) {
    d.ok = true;
    d.text.assign(s);
    return d;
  }

  if (!utf8) {
    d.warnings.push_back("not valid UTF-8 at byte " + std::to_string(base + r.invalid_at) +
                         "; read as Windows-1252");
  }
  if (r.nuls > 0) {
    d.warnings.push_back(std::to_string(r.nuls) + " NUL byte" + (r.nuls == 1 ? "" : "s") +
                         " removed (first at byte " + std::to_string(base + r.nul_at) + ")");
  }
  if (r.controls > 0) {
    d.warnings.push_back("control characters replaced by spaces (first at byte " +
                         std::to_string(base + r.first_control) + ")");
  }

  // Slow path: line ends, stray controls and, if needed, Windows-1252.
  std::string& out = d.text;
  out.reserve(utf8 ? s.size() : s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) continue;
    if (c == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (c < 0x20 && !is_ascii_space(static_cast<char>(c))) {
      out += ' ';
    } else if (c < 0x80 || utf8) {
      out += static_cast<char>(c);
    } else {
      i += append_repaired(out, s, i) - 1;
    }
  }
  d.ok = true;
  return d;
}

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else if (c < 0xA0) {
      const char16_t cp = kCp1252High[c - 0x80];
      append_utf8(out, cp != 0 ? cp : 0xFFFD);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

}  // namespace newsarchive::indexer
