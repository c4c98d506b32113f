#include <nlohmann/json.hpp>

#include "newsarchive/render.h"

namespace newsarchive {

namespace {

using nlohmann::ordered_json;

ordered_json or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

ordered_json values_json(const std::vector<FacetValue>& values) {
  ordered_json out = ordered_json::array();
  for (const FacetValue& v : values) out.push_back({{"value", v.value}, {"count", v.count}});
  return out;
}

ordered_json carrier_json(const QuoteCarrier& c) {
  return {{"quote_id", c.quote_id}, {"article", c.article}, {"date", or_null(c.date)},
          {"source", c.source},     {"headline", c.headline}, {"url", c.url},
          {"speaker", c.speaker},   {"text", c.text}};
}

ordered_json provenance_json(const QuoteProvenance& p) {
  ordered_json out;
  out["key"] = p.key;
  out["first"] = carrier_json(p.first);
  out["last"] = carrier_json(p.last);
  out["documents"] = p.documents;
  out["complete"] = p.complete;
  out["articles"] = p.articles;
  out["sources"] = p.sources;
  out["speakers"] = values_json(p.speakers);
  out["speakers_disagree"] = p.speakers_disagree();
  if (!p.carriers.empty()) {
    out["carriers"] = ordered_json::array();
    for (const QuoteCarrier& c : p.carriers) out["carriers"].push_back(carrier_json(c));
  }
  return out;
}

ordered_json timeline_json(const Timeline& t) {
  ordered_json out;
  out["interval"] = interval_name(t.interval);
  out["by"] = or_null(t.by);
  out["undated"] = t.undated;
  out["periods"] = ordered_json::array();
  for (const TimelinePeriod& p : t.periods) {
    ordered_json period = {{"label", p.label}, {"first", p.first}, {"last", p.last},
                           {"count", p.count}};
    if (!t.by.empty()) period["top"] = values_json(p.top);
    out["periods"].push_back(period);
  }
  return out;
}

}  // namespace

std::string render_json(const SearchResponse& r) {
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
    hit["date"] = or_null(h.date);
    hit["date_inferred"] = h.date_inferred;
    hit["source"] = h.source;
    hit["section"] = h.section;
    hit["language"] = h.language;
    hit["byline"] = h.byline;
    hit["url"] = h.url;
    hit["cluster"] = or_null(h.cluster);
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
    if (r.mode == Mode::quotes && !h.provenance.key.empty()) hit["provenance"] = provenance_json(h.provenance);
    j["hits"].push_back(hit);
  }
  j["facets"] = ordered_json::object();
  for (const Facet& f : r.facets) {
    j["facets"][f.field] = values_json(f.values);
  }
  if (r.timeline.interval != Interval::none) j["timeline"] = timeline_json(r.timeline);
  if (r.partial()) {
    j["partial"] = true;
    j["unavailable_shards"] = r.unavailable_shards;
  }
  if (r.unreadable_hits > 0) j["unreadable_hits"] = r.unreadable_hits;
  j["corrected_query"] = or_null(r.corrected_query);
  j["elapsed_ms"] = r.elapsed_ms;
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace newsarchive
