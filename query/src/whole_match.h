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
#include <vector>

#include "newsarchive/search.h"

namespace newsarchive::query {

struct WholeMatch {
  std::vector<Facet> facets;  // in the order asked
  std::size_t total = 0;      // exact: stories when collapsing, else documents
  std::size_t documents = 0;  // exact: the matching documents, copies and all
};

WholeMatch count_whole_match(const Xapian::Database& db, const Xapian::Query& query,
                             const SearchRequest& request);

}  // namespace newsarchive::query
