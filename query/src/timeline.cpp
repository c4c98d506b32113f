#include "timeline.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

#include "estimate.h"
#include "newsarchive/schema.h"
#include "whole_match.h"

namespace newsarchive {

const char* interval_name(Interval interval) {
  switch (interval) {
    case Interval::none: return "none";
    case Interval::day: return "day";
    case Interval::week: return "week";
    case Interval::month: return "month";
    case Interval::year: return "year";
  }
  return "none";
}

bool parse_interval(const std::string& name, Interval& out) {
  for (const Interval i : {Interval::none, Interval::day, Interval::week, Interval::month,
                           Interval::year})
    if (name == interval_name(i)) {
      out = i;
      return true;
    }
  return false;
}

namespace query {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// A "YYYYMMDD" value as a day; nullopt for anything else.
std::optional<sys_days> day_of(const std::string& compact) {
  if (compact.size() != 8) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const char c = compact[i];
    if (c < '0' || c > '9') return std::nullopt;
    const int digit = c - '0';
    if (i < 4) y = y * 10 + digit;
    else if (i < 6) m = m * 10 + static_cast<unsigned>(digit);
    else d = d * 10 + static_cast<unsigned>(digit);
  }
  const year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd);
}

std::string iso_day(sys_days d) {
  const year_month_day ymd(d);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

// The first day of the period holding `d`.
sys_days period_start(sys_days d, Interval interval) {
  const year_month_day ymd(d);
  switch (interval) {
    case Interval::week: {
      // Days since Monday.
      const unsigned since_monday = (std::chrono::weekday(d).c_encoding() + 6) % 7;
      return d - days(since_monday);
    }
    case Interval::month: return sys_days(ymd.year() / ymd.month() / 1);
    case Interval::year: return sys_days(ymd.year() / std::chrono::January / 1);
    default: return d;
  }
}

// The first day of the period after the one starting at `start`.
sys_days next_start(sys_days start, Interval interval) {
  const year_month_day ymd(start);
  switch (interval) {
    case Interval::week: return start + days(7);
    case Interval::month: return sys_days((ymd.year() / ymd.month() / 1) + std::chrono::months(1));
    case Interval::year: return sys_days(ymd.year() / std::chrono::January / 1 + std::chrono::years(1));
    default: return start + days(1);
  }
}

// "2024-04-19", "2024-W16" (the ISO week and its year), "2024-04", "2024".
std::string label(sys_days start, Interval interval) {
  const std::string day = iso_day(start);
  switch (interval) {
    case Interval::week: {
      // The ISO week belongs to the year of its Thursday.
      const sys_days thursday = start + days(3);
      const year_month_day t(thursday);
      const sys_days first_of_year = sys_days(t.year() / std::chrono::January / 1);
      const auto week = (thursday - first_of_year).count() / 7 + 1;
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%04d-W%02d", static_cast<int>(t.year()),
                    static_cast<int>(week));
      return buffer;
    }
    case Interval::month: return day.substr(0, 7);
    case Interval::year: return day.substr(0, 4);
    default: return day;
  }
}

// The date terms of a period: its year's, its month's, or its days'.
Xapian::Query period_filter(const TimelinePeriod& p, Interval interval) {
  using schema::FieldId;
  std::string first = p.first;
  std::erase(first, '-');
  switch (interval) {
    case Interval::year:
      return Xapian::Query(schema::filter_term(schema::field(FieldId::year), first.substr(0, 4)));
    case Interval::month:
      return Xapian::Query(schema::filter_term(schema::field(FieldId::month), first.substr(0, 6)));
    default: break;
  }
  std::string last = p.last;
  std::erase(last, '-');
  const auto from = day_of(first), to = day_of(last);
  if (!from || !to) return Xapian::Query::MatchNothing;  // periods are made from valid days
  std::vector<Xapian::Query> each_day;
  for (sys_days d = *from; d <= *to; d += days(1)) {
    std::string day = iso_day(d);
    std::erase(day, '-');
    each_day.emplace_back(schema::filter_term(schema::field(FieldId::date), day));
  }
  return Xapian::Query(Xapian::Query::OP_OR, each_day.begin(), each_day.end());
}

}  // namespace

Xapian::valueno timeline_slot(Interval interval) {
  using schema::FieldId;
  const FieldId id = interval == Interval::year    ? FieldId::year
                     : interval == Interval::month ? FieldId::month
                                                   : FieldId::date;
  const schema::Field& f = schema::field(id);
  return static_cast<Xapian::valueno>(id == FieldId::date ? f.value_slot : f.facet_slot);
}

std::string first_day_of(const std::string& value) {
  std::string day;
  if (value.size() == 4) day = value + "0101";
  else if (value.size() == 7 && value[4] == '-') day = value.substr(0, 4) + value.substr(5, 2) + "01";
  else day = value;
  return day_of(day) ? day : std::string();
}

bool make_timeline(const std::map<std::string, std::size_t>& day_counts, std::size_t undated,
                   Interval interval, Timeline& out, std::string& problem) {
  out = Timeline{};
  out.interval = interval;
  out.undated = undated;
  std::optional<sys_days> first, last;
  for (const auto& [value, count] : day_counts) {
    const auto d = day_of(value);
    if (!d) {
      out.undated += count;
      continue;
    }
    if (!first || *d < *first) first = d;
    if (!last || *d > *last) last = d;
  }
  if (!first) return true;
  std::size_t periods = 0;
  for (sys_days s = period_start(*first, interval); s <= *last; s = next_start(s, interval))
    if (++periods > kMaxTimelinePeriods) {
      problem = "the timeline from " + iso_day(*first) + " to " + iso_day(*last) + " has over " +
                std::to_string(kMaxTimelinePeriods) + " periods of a " + interval_name(interval) +
                "; ask for a longer interval or a narrower date range";
      return false;
    }
  out.periods.reserve(periods);
  for (sys_days s = period_start(*first, interval); s <= *last; s = next_start(s, interval)) {
    const sys_days end = next_start(s, interval) - days(1);
    out.periods.push_back({label(s, interval), iso_day(s), iso_day(end), 0, {}});
  }
  // Days in order fill periods in order.
  std::size_t p = 0;
  for (const auto& [value, count] : day_counts) {
    const auto d = day_of(value);
    if (!d) continue;
    const std::string day = iso_day(*d);
    while (p + 1 < out.periods.size() && out.periods[p].last < day) ++p;
    out.periods[p].count += count;
  }
  return true;
}

void break_down(const Xapian::Database& db, const Xapian::Query& query, const std::string& field,
                std::size_t top, Timeline& timeline) {
  timeline.by = field;
  const auto facet_slot = static_cast<Xapian::valueno>(schema::find_field(field)->facet_slot);
  for (TimelinePeriod& p : timeline.periods) {
    if (p.count == 0) continue;
    const Xapian::Query in_period = period_filter(p, timeline.interval);
    Xapian::Enquire enquire =
        counting_enquire(db, Xapian::Query(Xapian::Query::OP_FILTER, query, in_period));
    Xapian::ValueCountMatchSpy spy(facet_slot);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    p.top = facet_from_spy(field, spy, top).values;
  }
}

}  // namespace query
}  // namespace newsarchive
