#include <nlohmann/json.hpp>

#include "newsarchive/render.h"

namespace newsarchive {

std::string render_json(const SearchResponse& r) {
  using nlohmann::ordered_json;
  ordered_json j;
  if (!r.status.ok()) {
    ordered_json error;
    error["code"] = status_code_name(r.status.code());
    error["message"] = r.status.message();
    if (r.status.position() != Status::npos) {
      error["position"] = r.status.position();
      error["fragment"] = r.status.fragment();
    }
    j["query"] = r.query;
    j["error"] = error;
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  j["query"] = r.query;
  j["mode"] = r.mode == Mode::quotes ? "quotes" : "articles";
  j["understood"] = r.understood;
  j["estimated_total"] = r.estimated_total;
  j["offset"] = r.offset;
  j["hits"] = ordered_json::array();
  for (const Hit& h : r.hits) {
    ordered_json hit;
    hit["id"] = h.id;
    hit["rank"] = h.rank;
    hit["score"] = h.score;
    hit["headline"] = h.headline;
    hit["date"] = h.date.empty() ? ordered_json(nullptr) : ordered_json(h.date);
    hit["date_inferred"] = h.date_inferred;
    hit["source"] = h.source;
    hit["section"] = h.section;
    hit["language"] = h.language;
    hit["byline"] = h.byline;
    hit["url"] = h.url;
    hit["cluster"] = h.cluster.empty() ? ordered_json(nullptr) : ordered_json(h.cluster);
    hit["copies"] = h.copies;
    if (!h.explanation.empty()) {
      ordered_json fields = ordered_json::array();
      for (const FieldScore& f : h.explanation)
        fields.push_back({{"field", f.field}, {"score", f.score}, {"terms", f.terms}});
      hit["explanation"] = fields;
    }
    ordered_json snippets = ordered_json::object();
    for (const Snippet& s : h.snippets) {
      ordered_json highlights = ordered_json::array();
      for (const Highlight& x : s.highlights) highlights.push_back({x.begin, x.end});
      snippets[s.field] = {{"text", s.text}, {"highlights", highlights}};
    }
    hit["snippets"] = snippets;
    hit["quotes"] = ordered_json::array();
    for (const QuoteMatch& q : h.quotes) {
      ordered_json highlights = ordered_json::array();
      for (const Highlight& x : q.highlights) highlights.push_back({x.begin, x.end});
      hit["quotes"].push_back({{"id", q.id},
                               {"text", q.text},
                               {"speaker", q.speaker},
                               {"speaker_mention", q.speaker_mention},
                               {"speaker_kind", q.speaker_kind},
                               {"cue", q.cue},
                               {"kind", q.kind},
                               {"paragraph", q.paragraph},
                               {"highlights", highlights}});
    }
    j["hits"].push_back(hit);
  }
  j["facets"] = ordered_json::object();
  for (const Facet& f : r.facets) {
    ordered_json values = ordered_json::array();
    for (const FacetValue& v : f.values) values.push_back({{"value", v.value}, {"count", v.count}});
    j["facets"][f.field] = values;
  }
  if (r.partial()) {
    j["partial"] = true;
    j["unavailable_shards"] = r.unavailable_shards;
  }
  if (r.unreadable_hits > 0) j["unreadable_hits"] = r.unreadable_hits;
  if (r.corrected_query.empty())
    j["corrected_query"] = nullptr;
  else
    j["corrected_query"] = r.corrected_query;
  j["elapsed_ms"] = r.elapsed_ms;
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace newsarchive
