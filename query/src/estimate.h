// The total a page of hits reports: how many articles (or quotes) the whole
// match holds, copies folded into one story when collapsing, without
// visiting every match.
//
// Xapian's own figure is poor here: articles and quotes share one index, and
// Xapian takes a word's documents to be articles in the proportion articles
// are of the index (about half), where nearly all of them are; folding copies
// scales it down again from the few documents a page looks at. On the 200
// benchmark queries it was outside a factor of 1.5 of the exact count for 109
// at 30k and 116 at 200k ("1 hit of about 7" for 146).
//
// The estimate here counts the matching documents exactly, without weights
// or values (about half the time of the page's match), and folds copies by
// the share of stories among the index's documents of that type: exact for
// a match without copies, and off only where a query's matches hold more or
// fewer copies than the index does on average. A match of at most 200
// documents has its stories counted exactly instead. It is never below the
// hits already returned (offset + page) nor above the documents counted.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace newsarchive::query {

// The value slot whose equal values are one hit when collapsing: the
// cluster of copies for articles, the quote key for quotes (schema.h).
Xapian::valueno collapse_slot(bool quotes);

// A match that only counts, for spies and totals: no weights, in whatever
// order the postings come.
Xapian::Enquire counting_enquire(const Xapian::Database& db, const Xapian::Query& query);

// The stories among the documents a spy on the cluster slot saw: distinct
// keys, and each document without one.
std::size_t stories_counted(const Xapian::ValueCountMatchSpy& clusters);

// Stories per document among the documents `of_type` matches: distinct
// cluster keys (and documents without one) over documents. 1 when there are
// none. Visits each such document's cluster value once: a handle keeps it
// until the database changes (Handle::story_share).
double story_share(const Xapian::Database& db, const Xapian::Query& of_type, Xapian::valueno slot);

// The total to report for `query` (already filtered to its type), given the
// page's match `page` (offset + limit asked, collapsed or not) and the hits
// returned at `offset`. `documents`: the exact count of matching documents
// when the caller has it already (a facet count), else 0 to count here.
std::size_t estimate_total(const Xapian::Database& db, const Xapian::Query& query,
                           const Xapian::MSet& page, Xapian::valueno slot, bool collapse,
                           double share,
                           std::size_t offset, std::size_t hits, std::size_t documents = 0);

}  // namespace newsarchive::query
