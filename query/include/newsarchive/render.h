// Turning a SearchResponse into text for a terminal or into JSON. newsquery
// prints through these two functions only, so its formats never drift apart.
#pragma once

#include <string>
#include <vector>

#include "newsarchive/search.h"

namespace newsarchive {

struct TextStyle {
  // ANSI styling (bold highlights, coloured headlines) for a terminal.
  bool ansi = false;
  // Timelines as a bar chart (for a terminal); else a line of numbers a
  // period.
  bool bars = false;
  // Markers around matched words when ansi is false.
  std::string highlight_start = "**";
  std::string highlight_end = "**";
};

// One block per hit: rank and headline, a line of date, source, id and the
// copies folded into it ("+1 more copy"), and the snippet; a line before
// them with the count and the query as understood. A quote hit tells its
// provenance: first and last appearance, carriers, speakers when they
// disagree, and the carriers themselves when the response lists them.
// Facets, then the timeline, follow the hits.
std::string render_text(const SearchResponse& response, const TextStyle& style);

// One JSON document: {"query", "understood", "estimated_total", "offset",
// "hits": [{id, rank, score, headline, date, date_inferred, source, section,
// language, byline, url, cluster, copies, snippets: {field: {text,
// highlights: [[b, e]...]}}, quotes, provenance (quotes mode: key, first,
// last, documents, articles, sources, speakers, speakers_disagree,
// carriers)}], "facets", "timeline" (when asked: interval, by, undated,
// periods: [{label, first, last, count, top}]), "corrected_query",
// "elapsed_ms"}. `cluster` is the key copies of one story share (null if
// none), `copies` how many other matching copies the hit stands for. For an error:
// {"error": {"code", "message", "position", "fragment"}}.
std::string render_json(const SearchResponse& response);

// The "Fields:" and "Facets:" paragraphs of newsquery --help, from
// Searcher::fields(): every field with its aliases, those searched by word
// first, then the exact-value filters; then the fields that can be facets.
std::string render_field_help(const std::vector<FieldInfo>& fields);

}  // namespace newsarchive
