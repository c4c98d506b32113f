#include "date_range.h"

#include <cctype>

namespace newsarchive::query {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string two(int n) {
  std::string out = std::to_string(n);
  if (out.size() < 2) out.insert(out.begin(), '0');
  return out;
}

std::string not_a_date(std::string_view s) {
  std::string out = "'";
  out.append(s).append("' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
  return out;
}

// One end: YYYY, YYYY-MM or YYYY-MM-DD, as its first or last day.
bool parse_end(std::string_view s, bool last, std::string& out) {
  if (s.size() < 4 || !digits(s.substr(0, 4))) return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  int month = last ? 12 : 1;
  int day = 0;
  if (s.size() > 4) {
    if (s.size() < 7 || s[4] != '-' || !digits(s.substr(5, 2))) return false;
    month = std::stoi(std::string(s.substr(5, 2)));
    if (month < 1 || month > 12) return false;
    if (s.size() > 7) {
      if (s.size() != 10 || s[7] != '-' || !digits(s.substr(8, 2))) return false;
      day = std::stoi(std::string(s.substr(8, 2)));
      if (day < 1 || day > days_in_month(year, month)) return false;
    }
  }
  if (day == 0) day = last ? days_in_month(year, month) : 1;
  out = std::string(s.substr(0, 4)) + two(month) + two(day);
  return true;
}

}  // namespace

std::string iso_date(const std::string& compact) {
  if (compact.size() != 8) return "";
  return compact.substr(0, 4) + "-" + compact.substr(4, 2) + "-" + compact.substr(6, 2);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool parse_date_range(std::string_view text, DateRange& out, std::string& problem) {
  const auto dots = text.find("..");
  std::string_view a = text, b = text;
  if (dots != std::string_view::npos) {
    a = text.substr(0, dots);
    b = text.substr(dots + 2);
    if (a.empty() && b.empty()) {
      problem = "a range needs at least one end";
      return false;
    }
  }
  out = DateRange{};
  if (!a.empty() && !parse_end(a, false, out.from)) {
    problem = not_a_date(a);
    return false;
  }
  if (!b.empty() && !parse_end(b, true, out.to)) {
    problem = not_a_date(b);
    return false;
  }
  if (!out.from.empty() && !out.to.empty() && out.from > out.to) {
    problem = "the range ends before it starts";
    return false;
  }
  out.description = iso_date(out.from) + ".." + iso_date(out.to);
  return true;
}

}  // namespace newsarchive::query
