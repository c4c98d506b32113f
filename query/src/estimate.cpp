#include "estimate.h"

#include <algorithm>
#include <cmath>

#include "newsarchive/schema.h"

namespace newsarchive::query {

namespace {

// Up to this many documents, a collapsed total is counted story by story:
// reading a cluster value costs about a microsecond a document.
constexpr Xapian::doccount kCountStoriesBelow = 200;

// The matching documents, counted exactly.
Xapian::doccount count_documents(const Xapian::Database& db, const Xapian::Query& query) {
  return counting_enquire(db, query).get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// The matching documents, and their stories (every match's cluster value
// read): exact.
struct Stories {
  std::size_t documents = 0, stories = 0;
};
Stories count_stories(const Xapian::Database& db, const Xapian::Query& query,
                      Xapian::valueno slot) {
  Xapian::Enquire enquire = counting_enquire(db, query);
  Xapian::ValueCountMatchSpy clusters(slot);
  enquire.add_matchspy(&clusters);
  enquire.get_mset(0, 0, db.get_doccount());
  return {clusters.get_total(), stories_counted(clusters)};
}

}  // namespace

Xapian::valueno collapse_slot(bool quotes) {
  return static_cast<Xapian::valueno>(
      schema::field(quotes ? schema::FieldId::quotekey : schema::FieldId::cluster).value_slot);
}

Xapian::Enquire counting_enquire(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::DONT_CARE);
  return enquire;
}

std::size_t stories_counted(const Xapian::ValueCountMatchSpy& clusters) {
  std::size_t keys = 0, keyed = 0;
  for (auto v = clusters.values_begin(); v != clusters.values_end(); ++v) {
    ++keys;
    keyed += v.get_termfreq();
  }
  return keys + (clusters.get_total() - keyed);
}

double story_share(const Xapian::Database& db, const Xapian::Query& of_type, Xapian::valueno slot) {
  const Stories all = count_stories(db, of_type, slot);
  return all.documents == 0 ? 1.0 : static_cast<double>(all.stories) / all.documents;
}

std::size_t estimate_total(const Xapian::Database& db, const Xapian::Query& query,
                           const Xapian::MSet& page, Xapian::valueno slot, bool collapse,
                           double share,
                           std::size_t offset, std::size_t hits, std::size_t documents) {
  const std::size_t seen = offset + hits;
  // The page's match visited every match: its count is exact.
  if (page.get_matches_lower_bound() == page.get_matches_upper_bound())
    return std::max<std::size_t>(page.get_matches_estimated(), seen);
  // Few documents: their stories are counted, as a share is coarse there
  // (two copies of one story are not 1.9 stories).
  if (collapse && page.get_uncollapsed_matches_upper_bound() <= kCountStoriesBelow)
    return std::max(count_stories(db, query, slot).stories, seen);
  if (documents == 0) documents = count_documents(db, query);
  if (!collapse) return std::max(documents, seen);
  const auto folded = static_cast<std::size_t>(std::llround(static_cast<double>(documents) * share));
  // At least the stories the match has seen, at most one a document.
  const std::size_t low = std::max<std::size_t>(page.get_matches_lower_bound(), seen);
  return std::clamp(folded, std::min(low, documents), std::max(low, documents));
}

}  // namespace newsarchive::query
