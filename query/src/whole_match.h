// What only a visit of every document a query matches tells: facet counts
// and exact totals (SearchRequest::facets, count_exactly).
//
// The visit is a match of its own: only membership counts, so no weights
// are computed and documents are visited in any order, while the page's
// match stops as early as it can. (Visiting each shard on a thread of its
// own, through handles of their own, was measured slower on the
// benchmark's two cores: bench/RESULTS.md.)
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "newsarchive/search.h"

namespace newsarchive::query {

struct WholeMatch {
  std::vector<Facet> facets;  // in the order asked
  std::size_t total = 0;      // exact: stories when collapsing, else documents
  std::size_t documents = 0;  // exact: the matching documents, copies and all
  // With a timeline asked for: the matching documents per day ("YYYYMMDD";
  // for a year or month timeline, per year or month, as its first day), and
  // those without a date.
  std::map<std::string, std::size_t> days;
  std::size_t undated = 0;
};

// Collapsing (request.collapse, or quotes mode), stories are counted by the
// values of `collapse_slot`.
WholeMatch count_whole_match(const Xapian::Database& db, const Xapian::Query& query,
                             const SearchRequest& request, Xapian::valueno collapse_slot);

// A facet from what a spy on its slot counted: the documents holding each
// combination of values (schema.h, Values), a combination's count going to
// every value in it; the `size` most frequent, then by value.
Facet facet_from_spy(const std::string& name, const Xapian::ValueCountMatchSpy& spy,
                     std::size_t size);

}  // namespace newsarchive::query
