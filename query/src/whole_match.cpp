#include "whole_match.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "newsarchive/schema.h"

namespace newsarchive::query {

namespace {

std::map<std::string, std::size_t> values_of(const Xapian::ValueCountMatchSpy& spy) {
  std::map<std::string, std::size_t> out;
  for (auto v = spy.values_begin(); v != spy.values_end(); ++v) out.emplace(*v, v.get_termfreq());
  return out;
}

// Copies folded, the total is of stories: the distinct cluster keys, and
// each document without one. (Xapian's own count of a collapsed match is
// exact only for the documents it keeps, and a count keeps none.)
bool counts_stories(const SearchRequest& request) {
  return request.count_exactly && request.collapse;
}

// The counts, before combinations are split into values.
struct Tally {
  // For each facet asked: each combination of values (schema.h, Values) and
  // the documents holding it.
  std::vector<std::map<std::string, std::size_t>> facets;
  // Each cluster key and its documents, when stories are counted.
  std::map<std::string, std::size_t> clusters;
  std::size_t documents = 0;  // matched
};

Tally tally(const Xapian::Database& db, const Xapian::Query& query, const SearchRequest& request) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::DONT_CARE);
  // Built-in spies only, so that remote shards run them too.
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  for (const std::string& name : request.facets) {
    const auto slot = static_cast<Xapian::valueno>(schema::find_field(name)->facet_slot);
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
    enquire.add_matchspy(spies.back().get());
  }
  Xapian::ValueCountMatchSpy clusters(
      static_cast<Xapian::valueno>(schema::field(schema::FieldId::cluster).value_slot));
  if (counts_stories(request)) enquire.add_matchspy(&clusters);
  const Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());

  Tally out;
  out.documents = all.get_matches_estimated();  // exact: every document was checked
  for (const auto& spy : spies) out.facets.push_back(values_of(*spy));
  if (counts_stories(request)) out.clusters = values_of(clusters);
  return out;
}

// A facet from the counts of its value combinations: each combination's
// count goes to every value in it.
Facet facet_of(const std::string& name, const std::map<std::string, std::size_t>& combinations,
               std::size_t size) {
  std::map<std::string, std::size_t, std::less<>> counts;
  for (const auto& [combination, n] : combinations) {
    for (std::string_view value : schema::split_facet_values(combination)) {
      auto it = counts.find(value);
      if (it == counts.end()) it = counts.emplace(std::string(value), 0).first;
      it->second += n;
    }
  }
  Facet facet{name, {}};
  for (const auto& [value, count] : counts) facet.values.push_back({value, count});
  std::sort(facet.values.begin(), facet.values.end(), [](const auto& a, const auto& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (facet.values.size() > size) facet.values.resize(size);
  return facet;
}

}  // namespace

WholeMatch count_whole_match(const Xapian::Database& db, const Xapian::Query& query,
                             const SearchRequest& request) {
  const Tally all = tally(db, query, request);
  WholeMatch out;
  for (std::size_t f = 0; f < request.facets.size(); ++f)
    out.facets.push_back(facet_of(request.facets[f], all.facets[f], request.facet_size));
  out.total = all.documents;
  if (counts_stories(request)) {
    std::size_t keyed = 0;
    for (const auto& [key, n] : all.clusters) keyed += n;
    out.total = all.clusters.size() + (all.documents - keyed);
  }
  return out;
}

}  // namespace newsarchive::query
