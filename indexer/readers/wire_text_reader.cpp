#include "readers/wire_text_reader.h"

#include "newsarchive/ascii.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "text/meta_lines.h"
#include "text/text_scan.h"
#include "newsarchive/utf8.h"
#include "readers/decode.h"
#include "readers/wrapped_paragraphs.h"

namespace newsarchive::indexer {
namespace {

constexpr char kSoh = 0x01;
constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;
constexpr char kEot = 0x04;
constexpr char kSyn = 0x16;
constexpr char kUnitSeparator = 0x1F;

// How far into a message its STX may sit: a header is a few short lines.
constexpr std::size_t kMaxHeaderBytes = 1024;
// IPTC 7901 heading lines (edit notes, headline, byline) before the " =".
constexpr std::size_t kMaxHeadingLines = 8;

// One message: the bytes between its start and end markers.
struct Message {
  std::size_t offset = 0;    // of its SOH or ZCZC, for messages
  std::string_view header;   // SOH..STX: service and keyword lines
  std::string_view text;     // STX..ETX
  std::string_view trailer;  // ETX..EOT
};

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_ascii_space(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// After SYN bytes and white space: where the SOH or "ZCZC" opening the input
// sits, or npos.
std::size_t opening(std::string_view bytes, bool& syn) {
  std::size_t i = 0;
  syn = false;
  while (i < bytes.size() && (bytes[i] == kSyn || is_ascii_space(bytes[i]))) {
    syn |= bytes[i] == kSyn;
    ++i;
  }
  if (i < bytes.size() && bytes[i] == kSoh) return i;
  if (bytes.substr(i, 4) == "ZCZC") return i;
  return std::string_view::npos;
}

// Splits the input into messages: each from an SOH to its EOT (or the next
// SOH), or from a "ZCZC" line to "NNNN". Messages without a body marker are
// errors.
std::vector<Message> split_messages(std::string_view bytes, std::vector<ReadError>& errors) {
  std::vector<Message> out;
  std::size_t at = 0;
  while (at < bytes.size()) {
    Message m;
    std::size_t end = 0;
    if (bytes[at] == kSoh) {
      end = bytes.find(kSoh, at + 1);
      if (end == std::string_view::npos) end = bytes.size();
      const std::string_view msg = bytes.substr(at + 1, end - at - 1);
      const std::size_t stx = msg.find(kStx);
      if (stx == std::string_view::npos || stx > kMaxHeaderBytes) {
        errors.push_back({"byte " + std::to_string(at), "wire message without STX"});
        at = end;
        continue;
      }
      std::size_t etx = msg.find(kEtx, stx + 1);
      if (etx == std::string_view::npos) etx = msg.find(kEot, stx + 1);
      if (etx == std::string_view::npos) etx = msg.size();
      std::size_t eot = msg.find(kEot, etx);
      if (eot == std::string_view::npos) eot = msg.size();
      m.header = msg.substr(0, stx);
      m.text = msg.substr(stx + 1, etx - stx - 1);
      m.trailer = etx < msg.size() ? msg.substr(etx + 1, eot - std::min(eot, etx + 1)) : "";
    } else if (bytes.substr(at, 4) == "ZCZC") {
      end = bytes.find("\nNNNN", at);
      const std::size_t text_end = end == std::string_view::npos ? bytes.size() : end;
      end = end == std::string_view::npos ? bytes.size() : end + 5;
      const std::string_view msg = bytes.substr(at + 4, text_end - at - 4);
      // The header runs to the first blank line.
      std::size_t blank = msg.find("\n\n");
      if (const std::size_t crlf = msg.find("\r\n\r\n"); crlf < blank) blank = crlf;
      if (blank == std::string_view::npos || blank > kMaxHeaderBytes) {
        errors.push_back({"byte " + std::to_string(at), "ZCZC message without a header"});
        at = end;
        continue;
      }
      m.header = msg.substr(0, blank);
      m.text = msg.substr(blank);
    } else {
      const std::size_t next_soh = bytes.find(kSoh, at);
      const std::size_t next_zczc = bytes.find("ZCZC", at);
      at = std::min(next_soh, next_zczc);
      if (at == std::string_view::npos) break;
      continue;
    }
    m.offset = at;
    out.push_back(m);
    at = end;
  }
  return out;
}

// Line text as a paragraph: control bytes (table separators, line codes)
// become spaces and white space is collapsed.
std::string plain(std::string_view line) {
  std::string s;
  s.reserve(line.size());
  for (char c : line) {
    const auto u = static_cast<unsigned char>(c);
    s += (u < 0x20 || u == 0x7F) ? ' ' : c;
  }
  return collapse_space(s);
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  std::size_t at = 0;
  while ((at = s.find(from, at)) != std::string::npos) {
    s.replace(at, from.size(), to);
    at += to.size();
  }
}

// AP's ASCII conventions: " _ " for a dash, `` '' and ` for typographic
// quotes.
std::string ap_text(std::string_view line) {
  std::string s = plain(line);
  replace_all(s, " _ ", " \xE2\x80\x94 ");
  replace_all(s, "``", "\xE2\x80\x9C");
  replace_all(s, "''", "\xE2\x80\x9D");
  replace_all(s, "`", "\xE2\x80\x98");
  return s;
}

bool only_rule(std::string_view p) {
  for (char c : p) {
    if (c != '_' && c != '-' && c != '*' && c != ' ') return false;
  }
  return true;
}

bool has_lower(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// Text that is not UTF-8 is read as Windows-1252, with a warning.
std::string utf8_text(std::string_view bytes, std::size_t base, RawArticle& a) {
  const std::size_t bad = text::invalid_utf8_at(bytes);
  if (bad == std::string_view::npos) return std::string(bytes);
  a.warnings.push_back("not valid UTF-8 at byte " + std::to_string(base + bad) +
                       "; read as Windows-1252");
  return windows1252_to_utf8(bytes);
}

// "By Jane Doe, dpa" -> names; a byline that byline_line does not accept
// keeps what precedes its comma.
void add_byline_line(RawArticle& a, std::string_view line) {
  std::vector<std::string> names = byline_line(line);
  if (names.empty()) {
    // The caller saw "By " before control codes were blanked; a line that
    // was "By" and codes names no one.
    if (!istarts_with(line, "by ")) return;
    std::string_view rest = trim_ascii(line.substr(3));
    rest = trim_ascii(rest.substr(0, rest.find(',')));
    if (!rest.empty()) names.emplace_back(rest);
  }
  for (std::string& n : names) a.byline.push_back(std::move(n));
}

// --- ANPA 1312 ---

// The keyword slug from the header's second line: "BC-LT--Argentina-CancerB".
std::string anpa_slug(std::string_view header) {
  const std::vector<std::string_view> lines = split_lines(header);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string line = plain(lines[i]);
    for (std::string_view w : words(line)) {
      if (w.size() > 3 && w.find('-') != std::string_view::npos) {
        bool letters = false;
        for (char c : w) letters |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (letters) return std::string(w);
      }
    }
  }
  return "";
}

// The line after STX that repeats the keyword: "BC-LT--Argentina-Cancer
// Beauty,466", "*9006< ^AP-Top-Entertainment-Headlines,0176".
bool is_keyword_line(std::string_view content, std::string_view slug) {
  if (!content.empty() && content.front() == '*') return true;
  std::string squeezed;
  for (char c : content) {
    if (c != ' ') squeezed += c;
  }
  const std::size_t n = std::min<std::size_t>(slug.size(), 8);
  if (n > 0 && squeezed.starts_with(slug.substr(0, n))) return true;
  const std::size_t comma = content.rfind(',');
  if (comma == std::string_view::npos) return false;
  for (std::size_t i = comma + 1; i < content.size(); ++i) {
    if (!is_ascii_digit(content[i])) return false;
  }
  return true;
}

// Notes to editors rather than the story: "Eds: With AP Photos.", "(Eds:
// ...)", "EDITOR'S NOTE _ ...", "AP Photo XNP101, XNP102".
bool is_note(std::string_view content) {
  if (istarts_with(content, "eds:") || istarts_with(content, "(eds") ||
      istarts_with(content, "editor's note") || istarts_with(content, "editors note")) {
    return true;
  }
  const std::vector<std::string_view> w = words(content);
  for (std::size_t i = 0; i < w.size() && i < 2; ++i) {
    if (w[i] == "Photo" || w[i] == "Photos" || w[i] == "Video") return true;
  }
  return false;
}

// "AP-WF-11-13-13 1509GMT": the transmission date, MM-DD-YY, as ISO.
std::string anpa_trailer_date(std::string_view trailer) {
  for (std::size_t i = 0; i + 13 <= trailer.size(); ++i) {
    const std::string_view s = trailer.substr(i, 13);
    const bool shape = is_ascii_digit(s[0]) && is_ascii_digit(s[1]) && s[2] == '-' && is_ascii_digit(s[3]) &&
                       is_ascii_digit(s[4]) && s[5] == '-' && is_ascii_digit(s[6]) && is_ascii_digit(s[7]) &&
                       s[8] == ' ' && is_ascii_digit(s[9]) && is_ascii_digit(s[10]) && is_ascii_digit(s[11]) &&
                       is_ascii_digit(s[12]);
    if (!shape || (i > 0 && is_ascii_digit(trailer[i - 1]))) continue;
    const int month = (s[0] - '0') * 10 + (s[1] - '0');
    const int day = (s[3] - '0') * 10 + (s[4] - '0');
    const int yy = (s[6] - '0') * 10 + (s[7] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    // Two-digit years: ANPA 1312 dates from 1970 on.
    const int year = yy < 70 ? 2000 + yy : 1900 + yy;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  return "";
}

RawArticle parse_anpa(const Message& m, std::string_view text) {
  RawArticle a;
  const std::string slug = anpa_slug(m.header);
  // The caret lines before the first tab-led paragraph are the heading;
  // those it does not recognise are body text (subheads, table headings).
  bool heading = true;
  bool keyword_checked = false;
  bool after_byline = false;
  bool affiliation_taken = false;
  for (std::string_view line : split_lines(text)) {
    line = trim_ascii(line);
    if (line.empty()) continue;
    char mark = 0;
    if (line.back() == '<' || line.back() == '=') {
      mark = line.back();
      line = trim_ascii(line.substr(0, line.size() - 1));
    }
    const bool caret = !line.empty() && line.front() == '^';
    const std::string_view content = trim_ascii(caret ? line.substr(1) : line);
    if (content.empty()) continue;
    heading = heading && caret;
    if (heading) {
      if (!keyword_checked) {
        keyword_checked = true;
        if (is_keyword_line(content, slug)) continue;
      }
      if (is_note(content)) continue;
      if (istarts_with(content, "by ")) {
        add_byline_line(a, ap_text(content));
        after_byline = true;
        continue;
      }
      // The writer's title under the byline ("Associated Press", "AP Sports
      // Writer"); a heading in capitals there starts a table.
      if (after_byline && mark == '=' && !affiliation_taken && has_lower(content)) {
        affiliation_taken = true;
        continue;
      }
      if (a.headline.empty() && a.body.empty() && !after_byline) {
        a.headline = ap_text(content);
        continue;
      }
      if (a.standfirst.empty() && a.body.empty() && !after_byline && mark == '<') {
        a.standfirst = ap_text(content);
        continue;
      }
    }
    // A caret after a table row's control bytes is the same format mark.
    std::string p = ap_text(content);
    if (p.starts_with('^')) p = collapse_space(std::string_view(p).substr(1));
    if (!p.empty() && !only_rule(p)) a.body.push_back(std::move(p));
  }
  a.date = anpa_trailer_date(m.trailer);
  a.format = "anpa";
  return a;
}

// --- IPTC 7901 ---

// "eca062 4 i 211 ccccb   dpa 061": the source is the word before the
// closing number.
std::string iptc_source(std::string_view header) {
  for (std::string_view raw : split_lines(header)) {
    const std::string line = plain(raw);
    const std::vector<std::string_view> w = words(line);
    if (w.size() < 3) continue;
    bool number = true;
    for (char c : w.back()) number &= is_ascii_digit(c);
    if (number) return std::string(w[w.size() - 2]);
    return "";
  }
  return "";
}

// "dpa wsz jln npr": the agency and the editors' initials.
bool is_source_sign_off(std::string_view paragraph, std::string_view source) {
  const std::vector<std::string_view> w = words(paragraph);
  if (w.empty() || source.empty() || w.front() != source || w.size() > 8) return false;
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i].size() > 4 || !has_lower(w[i])) return false;
  }
  return true;
}

RawArticle parse_iptc7901(const Message& m, std::string_view text) {
  RawArticle a;
  a.format = "iptc7901";
  a.source = iptc_source(m.header);
  // Keyword lines ("Germany-politics/") may sit in the header or open the text.
  std::vector<std::string_view> lines = split_lines(m.header);
  const std::size_t header_lines = lines.size();
  for (std::string_view l : split_lines(text)) lines.push_back(l);
  std::size_t i = 1;  // the header's first line is the service line
  for (; i < lines.size(); ++i) {
    const std::string_view l = trim_ascii(lines[i]);
    if (l.empty()) continue;
    if (l.back() != '/') {
      if (i < header_lines) continue;  // other header lines say nothing here
      break;
    }
    std::size_t start = 0;
    while (start < l.size()) {
      std::size_t slash = l.find('/', start);
      if (slash == std::string_view::npos) slash = l.size();
      const std::string_view k = trim_ascii(l.substr(start, slash - start));
      if (!k.empty()) a.subjects.emplace_back(k);
      start = slash + 1;
    }
  }
  // Heading: up to the line ending in "=", or the first line alone.
  std::size_t heading_end = i;
  for (std::size_t j = i; j < lines.size() && j < i + kMaxHeadingLines; ++j) {
    if (trim_ascii(lines[j]).ends_with('=')) {
      heading_end = j + 1;
      break;
    }
  }
  if (heading_end == i && i < lines.size()) heading_end = i + 1;
  std::vector<std::string> candidates;
  for (std::size_t j = i; j < heading_end; ++j) {
    std::string_view l = trim_ascii(lines[j]);
    if (l.ends_with('=')) l = trim_ascii(l.substr(0, l.size() - 1));
    const std::string p = plain(l);
    if (p.empty()) continue;
    if (istarts_with(p, "by ")) add_byline_line(a, p);
    else candidates.push_back(p);
  }
  // Edit notes ("EXTRA", "1ST LEAD", "(Achtung)") come before the headline.
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    if (has_lower(*it) && !(it->front() == '(' && it->back() == ')')) {
      a.headline = *it;
      break;
    }
  }
  if (a.headline.empty() && !candidates.empty()) a.headline = candidates.back();

  std::string body;
  for (std::size_t j = heading_end; j < lines.size(); ++j) {
    if (!lines[j].empty() && lines[j].front() == '#') break;  // the agency's notebook
    body.append(lines[j]);
    body += '\n';
  }
  std::string cleaned;
  for (char c : body) {
    const auto u = static_cast<unsigned char>(c);
    cleaned += (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F ? ' ' : c;
  }
  a.body = wrapped_paragraphs(cleaned);
  while (!a.body.empty() && (is_source_sign_off(a.body.back(), a.source) || only_rule(a.body.back()))) {
    a.body.pop_back();
  }
  return a;
}

ReadResult read_wire(const Input& input, WireFormat format) {
  ReadResult result;
  const std::vector<Message> messages = split_messages(input.bytes, result.errors);
  std::size_t n = 0;
  for (const Message& m : messages) {
    ++n;
    RawArticle warnings_only;
    const std::size_t base = static_cast<std::size_t>(m.text.data() - input.bytes.data());
    const std::string text = utf8_text(m.text, base, warnings_only);
    RawArticle a = format == WireFormat::kAnpa ? parse_anpa(m, text) : parse_iptc7901(m, text);
    if (a.body.empty()) {
      result.errors.push_back(
          {"byte " + std::to_string(m.offset), "wire message without body text"});
      continue;
    }
    a.warnings = std::move(warnings_only.warnings);
    if (a.headline.empty()) a.warnings.push_back("the message states no headline");
    a.origin = input.name + ":byte " + std::to_string(m.offset);
    a.id = messages.size() == 1 ? input.id : input.id + "#" + std::to_string(n);
    a.url = input.url;
    result.articles.push_back(std::move(a));
  }
  if (messages.empty() && result.errors.empty()) {
    result.errors.push_back({"", "no wire message found"});
  }
  return result;
}

}  // namespace

std::optional<WireFormat> sniff_wire_text(std::string_view bytes) {
  bool syn = false;
  const std::size_t at = opening(bytes, syn);
  if (at == std::string_view::npos) return std::nullopt;
  if (bytes[at] != kSoh) return WireFormat::kIptc7901;  // ZCZC
  const std::size_t stx = bytes.find(kStx, at);
  if (stx == std::string_view::npos || stx - at > kMaxHeaderBytes) return std::nullopt;
  const std::string_view header = bytes.substr(at, stx - at);
  if (syn || header.find(kUnitSeparator) != std::string_view::npos) return WireFormat::kAnpa;
  return WireFormat::kIptc7901;
}

ReadResult read_anpa(const Input& input) { return read_wire(input, WireFormat::kAnpa); }

ReadResult read_iptc7901(const Input& input) { return read_wire(input, WireFormat::kIptc7901); }

}  // namespace newsarchive::indexer
