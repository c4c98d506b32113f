// The recency boost (SearchRequest::recency_half_life_days): newer articles
// gain weight, halving every half-life, counted back from the newest
// article in the index (or from today, the latest date it is anywhere, if
// an article's date is later).
//
// Built on Xapian's ValueMapPostingSource over the date slot ("YYYYMMDD"),
// a built-in that remote shards (xapian-tcpsrv) also run: each day from the
// newest back to where the boost falls below a hundredth of its weight is
// mapped to its boost; older days gain nothing.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace newsarchive::query {

class RecencyBoost {
 public:
  // Days back from the newest date that get a boost at most.
  static constexpr int kMaxDays = 36600;

  // `half_life_days` > 0 and `weight` > 0; the newest date is the date
  // slot's upper bound in `db`, or today (at UTC+14) if that is later.
  RecencyBoost(const Xapian::Database& db, double half_life_days, double weight);

  // To combine with a query by OP_AND_MAYBE; empty when no article has a
  // date.
  Xapian::Query query() const;

  // What a document dated `date` ("YYYYMMDD") gains.
  double boost(const std::string& date) const;

 private:
  std::map<std::string, double> by_day_;
};

// The day before a "YYYYMMDD" date, in the same form; "" when `date` is not
// one.
std::string day_before(const std::string& date);

}  // namespace newsarchive::query
