#include "recency.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>

#include "date_range.h"
#include "newsarchive/schema.h"

namespace newsarchive::query {

namespace {

// The latest date it is anywhere now (at UTC+14), as "YYYYMMDD": an
// article from east of UTC may carry tomorrow's UTC date.
std::string latest_today() {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(
      std::chrono::system_clock::now() + std::chrono::hours(14))};
  char out[16];
  std::snprintf(out, sizeof out, "%04d%02u%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return out;
}

Xapian::valueno date_slot() {
  return static_cast<Xapian::valueno>(schema::field(schema::FieldId::date).value_slot);
}

}  // namespace

std::string day_before(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (date.size() != 8 || date.find_first_not_of("0123456789") != std::string::npos) return {};
  if (std::sscanf(date.c_str(), "%4d%2d%2d", &y, &m, &d) != 3) return {};
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return {};
  if (--d == 0) {
    if (--m == 0) {
      m = 12;
      --y;
    }
    d = days_in_month(y, m);
  }
  if (y < 0) return {};
  char out[16];
  std::snprintf(out, sizeof out, "%04d%02d%02d", y, m, d);
  return out;
}

RecencyBoost::RecencyBoost(const Xapian::Database& db, double half_life_days, double weight) {
  // The boost after `age` days is weight * 2^(-age / half_life); mapped
  // while it is at least a hundredth of the weight.
  const double horizon = std::min<double>(kMaxDays, std::ceil(half_life_days * std::log2(100.0)));
  // The newest date, unless an article claims a date still to come.
  std::string day = std::min(db.get_value_upper_bound(date_slot()), latest_today());
  for (int age = 0; age <= horizon && !day.empty(); ++age) {
    by_day_.emplace(day, weight * std::exp2(-age / half_life_days));
    day = day_before(day);
  }
}

Xapian::Query RecencyBoost::query() const {
  if (by_day_.empty()) return {};
  auto source = std::make_unique<Xapian::ValueMapPostingSource>(date_slot());
  for (const auto& [day, boost] : by_day_) source->add_mapping(day, boost);
  source->set_default_weight(0);
  return Xapian::Query(source.release()->release());
}

double RecencyBoost::boost(const std::string& date) const {
  const auto it = by_day_.find(date);
  return it == by_day_.end() ? 0 : it->second;
}

}  // namespace newsarchive::query
