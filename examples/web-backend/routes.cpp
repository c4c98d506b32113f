#include "routes.h"

#include <charconv>
#include <string_view>
#include <vector>

#include <newsarchive/render.h>
#include <nlohmann/json.hpp>

namespace web {
namespace {

// The query library's limit on a query's length, which the searcher main()
// opens (with default limits) applies: an article id or like= is held to it
// too, and a request line too long to read is answered in its terms.
constexpr std::size_t kMaxQueryBytes = newsarchive::QueryLimits{}.max_bytes;
constexpr std::size_t kMaxPage = 1000;
constexpr std::size_t kMaxPerPage = 100;
// The longest recency half-life the library takes, in days.
constexpr std::size_t kMaxRecentDays = 36600;
// The values a timeline's period may name (SearchRequest::timeline_top).
constexpr std::size_t kMaxTimelineTop = 100;

Reply error(int status, const std::string& code, const std::string& message) {
  nlohmann::json body = {{"error", {{"code", code}, {"message", message}}}};
  // Parameters may hold any bytes: invalid UTF-8 is replaced, not thrown on.
  return {status, "application/json",
          body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

// A whole number in [low, high], or nothing.
bool parse_number(const std::string& text, std::size_t low, std::size_t high,
                  std::size_t& out) {
  std::size_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < low || value > high) return false;
  out = value;
  return true;
}

std::string param(const Params& params, const std::string& name, const std::string& fallback) {
  const auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

// The HTTP status for a response's status.
int http_status(const newsarchive::Status& status) {
  switch (status.code()) {
    case newsarchive::StatusCode::ok: return 200;
    case newsarchive::StatusCode::bad_query:
    case newsarchive::StatusCode::invalid_argument: return 400;
    case newsarchive::StatusCode::internal_error: return 500;
    default: return 503;  // the database is missing, of another schema or unreadable
  }
}

}  // namespace

Reply search(const newsarchive::Searcher& searcher, const Params& params) {
  newsarchive::SearchRequest request;
  request.query = param(params, "q", "");
  request.like = param(params, "like", "");
  if (request.like.empty() && request.query.find_first_not_of(" \t\r\n") == std::string::npos)
    return error(400, "bad_request", "the parameter q (the query) is missing or empty");
  if (request.like.size() > kMaxQueryBytes)
    return error(400, "bad_request", "the parameter like (an article id) is too long");
  // A query over the library's limits (length, terms, wildcards, nesting)
  // is its bad_query, a 400 below.

  const std::string sort = param(params, "sort", "relevance");
  if (sort == "relevance") request.sort = newsarchive::Sort::relevance;
  else if (sort == "newest") request.sort = newsarchive::Sort::newest;
  else if (sort == "oldest") request.sort = newsarchive::Sort::oldest;
  else return error(400, "bad_request", "sort must be relevance, newest or oldest");

  // A recency boost: its half-life in days (0, the default, is off).
  std::size_t recent = 0;
  if (!parse_number(param(params, "recent", "0"), 0, kMaxRecentDays, recent))
    return error(400, "bad_request",
                 "recent (a half-life in days) must be a whole number from 0 to " +
                     std::to_string(kMaxRecentDays));
  request.recency_half_life_days = static_cast<double>(recent);

  std::size_t page = 1, per_page = 10;
  if (!parse_number(param(params, "page", "1"), 1, kMaxPage, page))
    return error(400, "bad_request",
                 "page must be a whole number from 1 to " + std::to_string(kMaxPage));
  if (!parse_number(param(params, "per_page", "10"), 1, kMaxPerPage, per_page))
    return error(400, "bad_request",
                 "per_page must be a whole number from 1 to " + std::to_string(kMaxPerPage));
  request.offset = (page - 1) * per_page;
  request.limit = per_page;

  const std::string mode = param(params, "mode", "articles");
  if (mode == "quotes") request.mode = newsarchive::Mode::quotes;
  else if (mode != "articles") return error(400, "bad_request", "mode must be articles or quotes");

  const std::string collapse = param(params, "collapse", "true");
  if (collapse == "false" || collapse == "0") request.collapse = false;
  else if (collapse != "true" && collapse != "1")
    return error(400, "bad_request", "collapse must be true or false");

  // The total: an estimate (the default) or counted exactly, at the cost of
  // visiting every match.
  const std::string count = param(params, "count", "estimate");
  if (count == "exact") request.count_exactly = true;
  else if (count != "estimate") return error(400, "bad_request", "count must be estimate or exact");

  const std::string facets = param(params, "facets", "");
  for (std::size_t start = 0; start < facets.size();) {
    const std::size_t comma = std::min(facets.find(',', start), facets.size());
    if (comma > start) request.facets.push_back(facets.substr(start, comma - start));
    start = comma + 1;
  }

  // A timeline of the whole match, per period; timeline_by is a field name
  // the library checks (an unknown one is its invalid_argument, a 400).
  const std::string timeline = param(params, "timeline", "none");
  if (timeline != "none" && !newsarchive::parse_interval(timeline, request.timeline))
    return error(400, "bad_request", "timeline must be none, day, week, month or year");
  request.timeline_by = param(params, "timeline_by", "");
  if (!parse_number(param(params, "timeline_top", "3"), 1, kMaxTimelineTop, request.timeline_top))
    return error(400, "bad_request",
                 "timeline_top must be a whole number from 1 to " + std::to_string(kMaxTimelineTop));

  const newsarchive::SearchResponse response = searcher.search(request);
  return {http_status(response.status), "application/json", newsarchive::render_json(response)};
}

Reply article(const newsarchive::Searcher& searcher, const std::string& id) {
  std::string json;
  const newsarchive::Status status = searcher.article(id, json);
  if (status.code() == newsarchive::StatusCode::not_found)
    return error(404, "not_found", status.message());
  if (status.code() == newsarchive::StatusCode::invalid_argument)
    return error(400, "bad_request", status.message());
  if (!status.ok()) return error(http_status(status), "unavailable", status.message());
  return {200, "application/json", json + "\n"};
}

Reply not_found() { return error(404, "not_found", "no such page; try / or /search?q="); }

Reply too_long() {
  return error(400, "bad_request",
               "the request is too long: a query is at most " + std::to_string(kMaxQueryBytes) +
                   " bytes");
}

}  // namespace web
