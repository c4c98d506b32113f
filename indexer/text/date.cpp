#include "text/date.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

struct Name {
  std::string_view text;  // lower case
  int value;
};

// Month names and abbreviations. An abbreviation may be followed by a dot,
// which the matcher skips. Accented forms are also listed without accents
// because feeds often strip them.
constexpr Name kMonths[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
    {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4},
    {"mai", 5}, {"juin", 6}, {"juillet", 7}, {"août", 8}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    {"decembre", 12},
    {"janv", 1}, {"févr", 2}, {"fevr", 2}, {"avr", 4}, {"juil", 7},
    {"déc", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12},
    {"mär", 3}, {"okt", 10}, {"dez", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5},
    {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10},
    {"dicembre", 12},
};

constexpr Name kWeekdays[] = {
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6},
    {"mon", 0}, {"tue", 1}, {"tues", 1}, {"wed", 2}, {"thu", 3}, {"thur", 3},
    {"thurs", 3}, {"fri", 4}, {"sat", 5}, {"sun", 6},
    {"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3},
    {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6},
    {"montag", 0}, {"dienstag", 1}, {"mittwoch", 2}, {"donnerstag", 3},
    {"freitag", 4}, {"samstag", 5}, {"sonnabend", 5}, {"sonntag", 6},
    {"lunes", 0}, {"martes", 1}, {"miércoles", 2}, {"jueves", 3},
    {"viernes", 4}, {"sábado", 5}, {"domingo", 6},
    {"lunedì", 0}, {"martedì", 1}, {"mercoledì", 2}, {"giovedì", 3},
    {"venerdì", 4}, {"sabato", 5}, {"domenica", 6},
};

// Ordinal endings glued to a day number: 19th, 1st, 1er, 1º.
constexpr std::string_view kOrdinals[] = {"st", "nd", "rd", "th", "er", "e",
                                          "\xC2\xBA"};

// Filler words between day, month and year: "19 de abril de 2024",
// "the 19th of April 2024".
constexpr std::string_view kFillers[] = {"de", "del", "of"};

int lookup(std::string_view word, const Name* table, std::size_t n) {
  if (word.size() > 12) return -1;
  char buf[16];
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = lower_ascii(word[i]);
  const std::string_view lower(buf, word.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (table[i].text == lower) return table[i].value;
  }
  return -1;
}

enum class Kind { kNumber, kWord, kPunct };

struct Token {
  Kind kind;
  std::size_t begin;
  std::size_t end;
  bool space_before;
  int number = -1;   // kNumber: the value, -1 if more than 4 digits
  int digits = 0;    // kNumber: how many
};

// UTF-8 sequences that are punctuation or space, not letters: General
// Punctuation (dashes, typographic quotes), CJK punctuation, full-width
// forms. Returns the sequence length, or 0 for a letter.
std::size_t punct_length(std::string_view s, std::size_t i) {
  const auto c0 = static_cast<unsigned char>(s[i]);
  const auto c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
  if (c0 == 0xE2 && (c1 == 0x80 || c1 == 0x81)) return 3;
  if (c0 == 0xE3 && c1 == 0x80) return 3;
  if (c0 == 0xEF && (c1 == 0xBC || c1 == 0xBD)) return 3;
  if (c0 == 0xC2 && (c1 < 0xC0)) return 2;  // Latin-1 punctuation, «, », nbsp
  return 0;
}

std::size_t utf8_length(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Words stop at a digit so that 2024年4月19日 splits into numbers and the
// CJK unit characters.
std::vector<Token> date_tokens(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5);
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    if (s.substr(i, 2) == "\xC2\xA0") {
      space = true;
      i += 2;
      continue;
    }
    Token t{Kind::kPunct, i, i + 1, space};
    if (is_ascii_digit(c)) {
      std::size_t j = i;
      int value = 0;
      while (j < s.size() && is_ascii_digit(s[j])) {
        if (j - i < 5) value = value * 10 + (s[j] - '0');
        ++j;
      }
      t.kind = Kind::kNumber;
      t.end = j;
      t.digits = static_cast<int>(j - i);
      t.number = t.digits <= 4 ? value : -1;
    } else if (is_ascii_alpha(c) || (u >= 0x80 && punct_length(s, i) == 0)) {
      std::size_t j = i;
      while (j < s.size()) {
        const auto b = static_cast<unsigned char>(s[j]);
        if (is_ascii_alpha(s[j])) {
          ++j;
        } else if (b >= 0x80 && punct_length(s, j) == 0) {
          j += utf8_length(b);
        } else {
          break;
        }
      }
      t.kind = Kind::kWord;
      t.end = std::min(j, s.size());
    } else if (u >= 0x80) {
      t.end = std::min(i + punct_length(s, i), s.size());
    }
    tokens.push_back(t);
    space = false;
    i = t.end;
  }
  return tokens;
}

class Matcher {
 public:
  Matcher(std::string_view text, const std::vector<Token>& tokens, SlashDates slash)
      : text_(text), tokens_(tokens), slash_(slash) {}

  // Tries every form at token i; on success sets `found` and returns the
  // index just past the date.
  std::size_t match(std::size_t i, FoundDate& found) const {
    std::size_t end = 0;
    Date d;
    if (match_year_first(i, d, end) || match_day_dot(i, d, end) ||
        match_day_month(i, d, end) || match_month_day(i, d, end) ||
        match_cjk(i, d, end) || match_slashes(i, d, end)) {
      if (!is_valid_date(d.year, d.month, d.day)) return 0;
      found.date = d;
      found.begin = tokens_[i].begin;
      found.end = tokens_[end - 1].end;
      return end;
    }
    return 0;
  }

 private:
  bool has(std::size_t i) const { return i < tokens_.size(); }
  std::string_view text(std::size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool number(std::size_t i, int min_digits, int max_digits) const {
    return has(i) && tokens_[i].kind == Kind::kNumber && tokens_[i].digits >= min_digits &&
           tokens_[i].digits <= max_digits;
  }
  bool punct(std::size_t i, char c, bool adjacent) const {
    return has(i) && tokens_[i].kind == Kind::kPunct && tokens_[i].end - tokens_[i].begin == 1 &&
           text_[tokens_[i].begin] == c && (!adjacent || !tokens_[i].space_before);
  }
  bool glued(std::size_t i) const { return has(i) && !tokens_[i].space_before; }
  int month(std::size_t i) const {
    if (!has(i) || tokens_[i].kind != Kind::kWord) return -1;
    return lookup(text(i), kMonths, std::size(kMonths));
  }
  bool filler(std::size_t i) const {
    if (!has(i) || tokens_[i].kind != Kind::kWord) return false;
    for (std::string_view f : kFillers) {
      if (iequals(text(i), f)) return true;
    }
    return false;
  }
  // Skips an ordinal ending glued to the number at i - 1.
  std::size_t skip_ordinal(std::size_t i) const {
    if (has(i) && glued(i) && tokens_[i].kind != Kind::kNumber) {
      for (std::string_view o : kOrdinals) {
        if (iequals(text(i), o)) return i + 1;
      }
    }
    return i;
  }
  std::size_t skip_dot(std::size_t i) const { return punct(i, '.', true) ? i + 1 : i; }
  std::size_t skip_comma(std::size_t i) const { return punct(i, ',', false) ? i + 1 : i; }
  std::size_t skip_filler(std::size_t i) const { return filler(i) ? i + 1 : i; }
  // A year must not run on into more digits or a time ("2024:").
  bool year_at(std::size_t i) const {
    return number(i, 4, 4) && !(has(i + 1) && glued(i + 1) && tokens_[i + 1].kind == Kind::kNumber);
  }

  // 2024-04-19, 2024/04/19
  bool match_year_first(std::size_t i, Date& d, std::size_t& end) const {
    if (!number(i, 4, 4)) return false;
    if (!(punct(i + 1, '-', true) || punct(i + 1, '/', true))) return false;
    const char sep = text_[tokens_[i + 1].begin];
    if (!number(i + 2, 1, 2) || !glued(i + 2) || !punct(i + 3, sep, true) ||
        !number(i + 4, 1, 2) || !glued(i + 4)) {
      return false;
    }
    d = {tokens_[i].number, tokens_[i + 2].number, tokens_[i + 4].number};
    end = i + 5;
    return true;
  }

  // 19.04.2024
  bool match_day_dot(std::size_t i, Date& d, std::size_t& end) const {
    if (!number(i, 1, 2) || !punct(i + 1, '.', true) || !number(i + 2, 1, 2) ||
        !glued(i + 2) || !punct(i + 3, '.', true) || !number(i + 4, 4, 4) || !glued(i + 4)) {
      return false;
    }
    d = {tokens_[i + 4].number, tokens_[i + 2].number, tokens_[i].number};
    end = i + 5;
    return true;
  }

  // 19 April 2024, 19. April 2024, 19th of April, 2024, 19 de abril de 2024
  bool match_day_month(std::size_t i, Date& d, std::size_t& end) const {
    if (!number(i, 1, 2)) return false;
    if (match_day_month_hyphens(i, d, end)) return true;
    std::size_t j = skip_dot(skip_ordinal(i + 1));
    j = skip_filler(j);
    const int m = month(j);
    if (m < 0) return false;
    j = skip_filler(skip_comma(skip_dot(j + 1)));
    if (!year_at(j)) return false;
    d = {tokens_[j].number, m, tokens_[i].number};
    end = j + 1;
    return true;
  }

  // 19-Apr-2024, 26-FEB-1987 15:01:01.79: all three glued by hyphens, as
  // wire services and databases stamp them.
  bool match_day_month_hyphens(std::size_t i, Date& d, std::size_t& end) const {
    if (!punct(i + 1, '-', true) || !glued(i + 2)) return false;
    const int m = month(i + 2);
    if (m < 0 || !punct(i + 3, '-', true) || !glued(i + 4) || !year_at(i + 4)) return false;
    d = {tokens_[i + 4].number, m, tokens_[i].number};
    end = i + 5;
    return true;
  }

  // April 19, 2024, Apr. 19th 2024
  bool match_month_day(std::size_t i, Date& d, std::size_t& end) const {
    const int m = month(i);
    if (m < 0) return false;
    std::size_t j = skip_dot(i + 1);
    if (!number(j, 1, 2)) return false;
    const int day = tokens_[j].number;
    j = skip_comma(skip_ordinal(j + 1));
    if (!year_at(j)) return false;
    d = {tokens_[j].number, m, day};
    end = j + 1;
    return true;
  }

  // 2024年4月19日, 2024년 4월 19일
  bool match_cjk(std::size_t i, Date& d, std::size_t& end) const {
    if (!number(i, 4, 4)) return false;
    auto unit = [&](std::size_t k, std::string_view han, std::string_view hangul) {
      if (!has(k) || tokens_[k].kind != Kind::kWord || !glued(k)) return false;
      const std::string_view w = text(k);
      return w.starts_with(han) || w.starts_with(hangul);
    };
    if (!unit(i + 1, "\xE5\xB9\xB4", "\xEB\x85\x84") || !number(i + 2, 1, 2) ||
        !unit(i + 3, "\xE6\x9C\x88", "\xEC\x9B\x94") || !number(i + 4, 1, 2) ||
        !unit(i + 5, "\xE6\x97\xA5", "\xEC\x9D\xBC")) {
      return false;
    }
    d = {tokens_[i].number, tokens_[i + 2].number, tokens_[i + 4].number};
    end = i + 6;
    return true;
  }

  // 12/07/2024, as `slash_` says.
  bool match_slashes(std::size_t i, Date& d, std::size_t& end) const {
    if (slash_ == SlashDates::kNo) return false;
    if (!number(i, 1, 2) || !punct(i + 1, '/', true) || !number(i + 2, 1, 2) ||
        !glued(i + 2) || !punct(i + 3, '/', true) || !year_at(i + 4) || !glued(i + 4)) {
      return false;
    }
    const int a = tokens_[i].number;
    const int b = tokens_[i + 2].number;
    const int y = tokens_[i + 4].number;
    if (slash_ == SlashDates::kDayFirst || a > 12) {
      d = {y, b, a};
    } else if (b > 12) {
      d = {y, a, b};
    } else {
      return false;
    }
    end = i + 5;
    return true;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  SlashDates slash_;
};

// Words that place an event on a day without naming the weekday.
constexpr std::string_view kDayWords[] = {"yesterday", "today", "tonight", "gestern",
                                          "heute", "hier", "aujourd'hui", "ayer", "hoy"};

}  // namespace

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Howard Hinnant's days_from_civil.
int Date::days() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3).
  const int r = (days() + 3) % 7;
  return r < 0 ? r + 7 : r;
}

bool is_valid_date(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

Date Date::from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool mentions_day(std::string_view text) {
  bool found = false;
  for_each_word(text, /*apostrophes=*/true, [&found](std::string_view w) {
    // Full weekday names only: "Sun" and "Wed" are too often something else.
    if (w.size() >= 5 && weekday_from_name(w) >= 0) found = true;
    for (std::string_view d : kDayWords) {
      if (iequals(w, d)) found = true;
    }
    return !found;
  });
  return found || !find_dates(text).empty();
}

std::vector<FoundDate> find_dates(std::string_view text, SlashDates slash) {
  std::vector<FoundDate> dates;
  // Nearly every date contains a four-digit run; text without one has none.
  bool any_year = false;
  for (std::size_t i = 0, run = 0; i < text.size(); ++i) {
    run = is_ascii_digit(text[i]) ? run + 1 : 0;
    if (run == 4) {
      any_year = true;
      break;
    }
  }
  if (!any_year) return dates;

  const std::vector<Token> tokens = date_tokens(text);
  const Matcher matcher(text, tokens, slash);
  for (std::size_t i = 0; i < tokens.size();) {
    FoundDate found;
    const std::size_t next = matcher.match(i, found);
    if (next != 0) {
      dates.push_back(found);
      i = next;
    } else {
      ++i;
    }
  }
  return dates;
}

std::optional<Date> parse_date(std::string_view text) {
  const std::vector<FoundDate> dates = find_dates(text);
  if (!dates.empty()) return dates.front().date;
  // ISO 8601 basic form with a time, as NITF and NewsML 1 write it:
  // 20170629T101500+0000. Eight digits alone may be any number, and are
  // not taken for a date.
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  const std::string_view s = text.substr(first);
  if (s.size() < 11 || !std::all_of(s.begin(), s.begin() + 8, is_ascii_digit) || s[8] != 'T' ||
      !is_ascii_digit(s[9]) || !is_ascii_digit(s[10]))
    return std::nullopt;
  const auto number = [&s](std::size_t pos, std::size_t len) {
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  const Date d{number(0, 4), number(4, 2), number(6, 2)};
  if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

int month_from_name(std::string_view word) {
  return lookup(word, kMonths, std::size(kMonths));
}

int weekday_from_name(std::string_view word) {
  return lookup(word, kWeekdays, std::size(kWeekdays));
}

}  // namespace newsarchive::indexer
