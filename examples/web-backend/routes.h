// The web backend's answers, apart from the HTTP server: each route turns
// its parameters into a Reply, so that what a request gets is decided here
// and main.cpp only wires the routes to cpp-httplib.
#pragma once

#include <map>
#include <string>

#include <newsarchive/search.h>

namespace web {

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// A request's query parameters: the first value given for each name.
using Params = std::map<std::string, std::string>;

// GET /search?q=&like=&sort=&recent=&page=&per_page=&facets=&mode=&collapse=
//             &count=&timeline=&timeline_by=&timeline_top=
//   q         the query, in newsquery's syntax (required unless like is
//             given; within the library's QueryLimits: 4,096 bytes...)
//   like      an article id: articles like it, narrowed by q if given
//   sort      relevance (default), newest or oldest
//   recent    a recency boost's half-life in days, 0 (default, off) to 36,600
//   page      1 (default) to 1,000; per_page 1 to 100 (default 10)
//   facets    comma-separated: person,org,place,source,year...
//   mode      articles (default) or quotes (each hit with its provenance)
//   collapse  true (default) or false: fold copies of one story
//   count     estimate (default) or exact
//   timeline  none (default), day, week, month or year: matches per period
//   timeline_by   a facet field (speaker, person, source...) whose most
//             frequent values each period names; "" (default) for none
//   timeline_top  how many of them, 1 to 100 (default 3)
// 200 with the response as newsquery --json prints it; 400 with
// {"error": {"code", "message", "position", "fragment"}} for a bad request or
// query (like= an unknown article among them); 503 when the database cannot
// be read.
Reply search(const newsarchive::Searcher& searcher, const Params& params);

// GET /article/ID: the article whose id is exactly ID (any bytes), as
// Searcher::article gives it (the JSON of newsindex --extract); 404 when no
// article has that id, 400 for an empty or too long one.
Reply article(const newsarchive::Searcher& searcher, const std::string& id);

// GET /: the search page.
Reply page();

// Answers to requests no route took: 404 for an unknown path, and 400 for a
// request too long to read.
Reply not_found();
Reply too_long();

}  // namespace web
