#include "whole_match.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "estimate.h"
#include "timeline.h"
#include "newsarchive/schema.h"

namespace newsarchive::query {

Facet facet_from_spy(const std::string& name, const Xapian::ValueCountMatchSpy& spy,
               std::size_t size) {
  std::map<std::string, std::size_t, std::less<>> counts;
  for (auto v = spy.values_begin(); v != spy.values_end(); ++v) {
    const std::string combination = *v;
    for (std::string_view value : schema::split_facet_values(combination)) {
      auto it = counts.find(value);
      if (it == counts.end()) it = counts.emplace(std::string(value), 0).first;
      it->second += v.get_termfreq();
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

WholeMatch count_whole_match(const Xapian::Database& db, const Xapian::Query& query,
                             const SearchRequest& request, Xapian::valueno collapse_slot) {
  Xapian::Enquire enquire = counting_enquire(db, query);
  // Built-in spies only, so that remote shards run them too.
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  for (const std::string& name : request.facets) {
    const auto slot = static_cast<Xapian::valueno>(schema::find_field(name)->facet_slot);
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
    enquire.add_matchspy(spies.back().get());
  }
  // Copies folded, the total is of stories: the distinct cluster keys, and
  // each document without one. (Xapian's own count of a collapsed match is
  // exact only for the documents it keeps, and a count keeps none.)
  const bool stories =
      request.count_exactly && (request.collapse || request.mode == Mode::quotes);
  Xapian::ValueCountMatchSpy clusters(collapse_slot);
  if (stories) enquire.add_matchspy(&clusters);
  const bool timeline = request.timeline != Interval::none;
  Xapian::ValueCountMatchSpy days(timeline_slot(request.timeline));
  if (timeline) enquire.add_matchspy(&days);
  const Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());

  WholeMatch out;
  for (std::size_t f = 0; f < spies.size(); ++f)
    out.facets.push_back(facet_from_spy(request.facets[f], *spies[f], request.facet_size));
  out.total = all.get_matches_estimated();  // exact: every document was checked
  out.documents = out.total;
  if (stories) out.total = stories_counted(clusters);
  if (timeline) {
    std::size_t dated = 0;
    for (auto v = days.values_begin(); v != days.values_end(); ++v) {
      // A year or month counts as its first day: make_timeline puts it in
      // its period.
      const std::string day = first_day_of(*v);
      if (day.empty()) continue;
      out.days[day] += v.get_termfreq();
      dated += v.get_termfreq();
    }
    out.undated = days.get_total() - dated;
  }
  return out;
}

}  // namespace newsarchive::query
