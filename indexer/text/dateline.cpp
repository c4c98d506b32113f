#include "text/dateline.h"

#include <array>
#include <vector>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

constexpr std::size_t kMaxDatelineBytes = 120;
constexpr std::size_t kMaxPlaceWords = 4;
constexpr std::size_t kMaxAgencyWords = 4;

// Spaced dashes first: "WINSTON-SALEM" must not split at its hyphen.
constexpr std::array<std::string_view, 7> kSeparators = {
    " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - ", "\xE2\x80\x94", " \xE2\x80\x94",
    "\xE2\x80\x94 "};

// "LONDON", "NEW YORK", "ST. PETERSBURG", "SÃO PAULO": capitals, at least two
// ASCII ones, no ASCII lower case.
bool all_caps_place(std::string_view s) {
  s = trim(s);
  if (s.empty() || count_words(s) > kMaxPlaceWords) return false;
  std::size_t upper = 0;
  for (char c : s) {
    if (is_ascii_upper(c)) {
      ++upper;
    } else if ((c >= 'a' && c <= 'z') || is_ascii_digit(c)) {
      return false;
    } else if (c != ' ' && c != '.' && c != '-' && c != '\'' &&
               static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return upper >= 2;
}

// "Italy", "Calif.", "N.Y.", "United Kingdom": capitalised words.
bool capitalised_words(std::string_view s) {
  s = trim(s);
  if (s.empty() || count_words(s) > 3) return false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    const std::string_view w = s.substr(i, j - i);
    if (!w.empty() && !is_ascii_upper(w[0]) && static_cast<unsigned char>(w[0]) < 0xC3) {
      return false;
    }
    for (char c : w) {
      if (is_ascii_digit(c)) return false;
    }
    i = j + 1;
  }
  return true;
}

// "March 3" or "Tuesday": a date without a year, which gives no date.
bool partial_date(std::string_view s) {
  s = trim(s);
  const std::size_t sp = s.find(' ');
  const std::string_view first = s.substr(0, sp);
  if (weekday_from_name(first) >= 0 && sp == std::string_view::npos) return true;
  if (month_from_name(first) < 0) return false;
  if (sp == std::string_view::npos) return false;
  const std::string_view rest = trim(s.substr(sp));
  if (rest.empty() || rest.size() > 4) return false;
  for (char c : rest) {
    if (!is_ascii_digit(c) && c != '.') return false;
  }
  return true;
}

std::vector<std::string_view> split_commas(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = s.find(',', start);
    parts.push_back(trim(s.substr(start, comma - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return parts;
}

// Chinese news datelines: "临江市5月8日消息", "新华社北京5月8日电": the place,
// a month and day, then 消息 ("news") or 电 ("cable"). The place is what
// precedes the first digit.
std::optional<Dateline> cjk_dateline(std::string_view prefix) {
  constexpr std::string_view kNews = "\xE6\xB6\x88\xE6\x81\xAF";  // 消息
  constexpr std::string_view kCable = "\xE7\x94\xB5";                // 电
  constexpr std::size_t kMaxBytes = 48;
  if (prefix.size() > kMaxBytes || !(prefix.ends_with(kNews) || prefix.ends_with(kCable))) {
    return std::nullopt;
  }
  // No sentence punctuation (，。) inside: this is a label, not prose.
  if (prefix.find("\xEF\xBC\x8C") != std::string_view::npos ||
      prefix.find("\xE3\x80\x82") != std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t digit = 0;
  while (digit < prefix.size() && !is_ascii_digit(prefix[digit])) ++digit;
  if (digit == 0 || digit == prefix.size()) return std::nullopt;
  Dateline d;
  d.place = trim(prefix.substr(0, digit));
  // 新华社北京 -> 北京: a leading agency name is not the place.
  constexpr std::string_view kXinhua = "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE";  // 新华社
  if (d.place.starts_with(kXinhua) && d.place.size() > kXinhua.size()) {
    d.agency = kXinhua;
    d.place = d.place.substr(kXinhua.size());
  }
  d.date = parse_date(prefix);  // only when it states the year
  return d;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view paragraph) {
  const std::string_view head = paragraph.substr(0, kMaxDatelineBytes);
  std::size_t sep = std::string_view::npos;
  std::size_t sep_len = 0;
  for (std::string_view s : kSeparators) {
    const std::size_t at = head.find(s);
    if (at != std::string_view::npos && at < sep) {
      sep = at;
      sep_len = s.size();
    }
  }
  if (sep == std::string_view::npos || sep == 0) return std::nullopt;

  Dateline d;
  d.text_start = sep + sep_len;
  while (d.text_start < paragraph.size() && paragraph[d.text_start] == ' ') ++d.text_start;

  std::string_view prefix = trim(paragraph.substr(0, sep));
  if (prefix.empty()) return std::nullopt;
  if (static_cast<unsigned char>(prefix[0]) >= 0xE3) {
    auto cjk = cjk_dateline(prefix);
    if (cjk) cjk->text_start = d.text_start;
    return cjk;
  }
  // "(Reuters)", "(AP)", "(NWS)" at the end.
  if (prefix.ends_with(')')) {
    const std::size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    const std::string_view agency = trim(prefix.substr(open + 1, prefix.size() - open - 2));
    if (agency.empty() || count_words(agency) > kMaxAgencyWords) return std::nullopt;
    d.agency = agency;
    prefix = trim(prefix.substr(0, open));
  }

  const std::vector<FoundDate> dates = find_dates(prefix);
  if (!dates.empty()) {
    d.date = dates.front().date;
    // Whatever follows the date must be nothing but a comma or a weekday.
    const std::string_view after = trim(prefix.substr(dates.front().end));
    if (!after.empty() && after != "," && weekday_from_name(after) < 0) return std::nullopt;
    prefix = trim(prefix.substr(0, dates.front().begin));
  }

  std::vector<std::string_view> parts = split_commas(prefix);
  while (!parts.empty() && (parts.back().empty() || partial_date(parts.back()))) {
    parts.pop_back();
  }
  if (parts.empty()) return std::nullopt;
  // A place in capitals, or, before an agency in brackets, in capitalised
  // words: "Berlin (dpa) -", "San Diego (tca/dpa) -".
  if (!all_caps_place(parts.front()) &&
      (d.agency.empty() || !capitalised_words(parts.front()))) {
    return std::nullopt;
  }
  d.place = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (!capitalised_words(parts[i]) && !all_caps_place(parts[i])) return std::nullopt;
    d.place += ", ";
    d.place += parts[i];
  }
  return d;
}

}  // namespace newsarchive::indexer
