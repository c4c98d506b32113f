#include "text/meta_lines.h"

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

constexpr std::size_t kMaxSourceWords = 15;
constexpr std::size_t kMaxPublicationWords = 20;
constexpr std::size_t kMaxBylineWords = 10;
// Checked before counting words: these lines are short, paragraphs are not.
constexpr std::size_t kMaxMetaLineBytes = 200;

constexpr std::string_view kSourceLabels[] = {
    "sources", "source", "quelle", "quellen", "fuente", "fonte", "\xE6\x9D\xA5\xE6\xBA\x90" /* 来源 */,
    "\xE4\xBE\x86\xE6\xBA\x90" /* 來源 */, "\xE5\x87\xBA\xE5\x85\xB8" /* 出典 */};

// Labels of publication lines, longest first where one extends another.
constexpr std::string_view kPublicationLabels[] = {
    "first published", "last updated", "last modified", "published", "updated", "posted",
    "date", "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "stand",
    "publié", "mis à jour", "publicado", "actualizado", "pubblicato", "aggiornato",
    "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4" /* 发布时间 */,
    "\xE6\x9B\xB4\xE6\x96\xB0\xE6\x97\xB6\xE9\x97\xB4" /* 更新时间 */,
    "\xE5\x8F\x91\xE5\xB8\x83\xE4\xBA\x8E" /* 发布于 */};

// The first entries of kPublicationLabels are English.
constexpr std::ptrdiff_t kEnglishPublicationLabels = 7;

// What may sit around a date alone on its line: times, zones, "at".
constexpr std::string_view kDateNoise[] = {"at", "um", "à", "a", "las", "alle", "am", "pm",
                                           "h", "uhr", "gmt", "utc", "bst", "cet", "cest",
                                           "est", "edt", "pst", "pdt", "et", "on", "le"};

// Skips a separator after a label: ':' or '：' (full-width), with spaces.
std::string_view after_separator(std::string_view rest, bool required) {
  rest = trim(rest);
  if (rest.starts_with(':')) return trim(rest.substr(1));
  if (rest.starts_with("\xEF\xBC\x9A")) return trim(rest.substr(3));  // ：
  return required ? std::string_view{} : rest;
}

bool is_noise_word(std::string_view w) {
  if (w.empty()) return true;
  bool digits_only = true;
  for (char c : w) {
    if (!is_ascii_digit(c) && c != ':' && c != '.' && c != 'h') digits_only = false;
  }
  if (digits_only) return true;
  if (weekday_from_name(w) >= 0) return true;
  for (std::string_view n : kDateNoise) {
    if (iequals(w, n)) return true;
  }
  return false;
}

// True if `s` holds nothing but noise words and punctuation.
bool only_noise(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && static_cast<unsigned char>(c) < 0x80) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != '|' && s[j] != '(' &&
           s[j] != ')' && s[j] != ';') {
      ++j;
    }
    std::string_view w = s.substr(i, j - i);
    while (!w.empty() && (w.back() == '.' || w.back() == '-')) w.remove_suffix(1);
    // Dashes and other non-ASCII punctuation between parts.
    if (w.starts_with("\xE2\x80")) w = w.substr(3);
    if (!is_noise_word(w)) return false;
    i = j;
  }
  return true;
}

bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  return is_ascii_upper(w[0]) || c >= 0xC3;  // accented capitals, non-Latin names
}

}  // namespace

std::optional<std::string_view> source_line(std::string_view line) {
  line = trim(line);
  for (std::string_view label : kSourceLabels) {
    if (!istarts_with(line, label)) continue;
    std::string_view value = after_separator(line.substr(label.size()), true);
    // "Source: NATO." names NATO.
    if (value.ends_with('.')) value = trim(value.substr(0, value.size() - 1));
    if (value.empty() || count_words(value) > kMaxSourceWords) return std::nullopt;
    return value;
  }
  return std::nullopt;
}

std::optional<Date> publication_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > kMaxMetaLineBytes ||
      count_words(line) > kMaxPublicationWords) {
    return std::nullopt;
  }
  for (const std::string_view& label : kPublicationLabels) {
    if (!istarts_with(line, label)) continue;
    const std::size_t n = label.size();
    // The label must end a word: "Posted" yes, "Postedness" no.
    if (n < line.size() && is_ascii_alpha(line[n])) continue;
    // "Publié le 12/07/2024": outside English, numeric dates put the day
    // first; an English label may be American (month first) or British.
    const bool english = &label - kPublicationLabels < kEnglishPublicationLabels;
    const std::vector<FoundDate> dates =
        find_dates(line, english ? SlashDates::kUnambiguous : SlashDates::kDayFirst);
    if (dates.empty()) return std::nullopt;
    return dates.front().date;
  }
  const std::vector<FoundDate> dates = find_dates(line);
  if (dates.empty()) return std::nullopt;
  // A date alone, give or take a weekday and a time.
  const FoundDate& d = dates.front();
  if (only_noise(line.substr(0, d.begin)) && only_noise(line.substr(d.end))) return d.date;
  return std::nullopt;
}

std::vector<std::string> byline_line(std::string_view line) {
  std::vector<std::string> names;
  line = trim(line);
  if (line.size() > kMaxMetaLineBytes) return names;
  std::string_view rest;
  for (std::string_view label : {std::string_view("by "), std::string_view("von "),
                                 std::string_view("par "), std::string_view("por ")}) {
    if (istarts_with(line, label)) rest = trim(line.substr(label.size()));
  }
  if (rest.empty() || count_words(rest) > kMaxBylineWords) return names;
  // "Jane Doe, Political Correspondent": the name is before the comma.
  rest = trim(rest.substr(0, rest.find(',')));
  // Every word must be a capitalised name part or a connector.
  std::size_t i = 0;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    if (start >= end) return;  // a connector ended the line ("By Jane Doe and")
    const std::string_view name = trim(rest.substr(start, end - start));
    if (!name.empty()) names.emplace_back(name);
  };
  while (i <= rest.size()) {
    std::size_t j = rest.find(' ', i);
    if (j == std::string_view::npos) j = rest.size();
    const std::string_view w = rest.substr(i, j - i);
    if (w == "and" || w == "&" || w == "und" || w == "et" || w == "y") {
      flush(i);
      start = j + 1;
    } else if (!(capitalised(w) || w == "de" || w == "van" || w == "von" || w == "der" ||
                 w == "da" || w == "al" || w == "bin" || w == "le" || w == "la")) {
      names.clear();
      return names;
    }
    i = j + 1;
  }
  flush(rest.size());
  return names;
}

}  // namespace newsarchive::indexer
