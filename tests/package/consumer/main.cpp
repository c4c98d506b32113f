// Searches a database through the installed query library and prints what
// it found, one line each, so the test can check it.
// Usage: consumer DATABASE QUERY
#include <newsarchive/search.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: consumer DATABASE QUERY\n");
    return 2;
  }
  newsarchive::Status status;
  auto searcher = newsarchive::Searcher::open(argv[1], &status);
  if (!searcher) {
    std::fprintf(stderr, "consumer: %s\n", status.to_string().c_str());
    return 1;
  }
  newsarchive::SearchRequest request;
  request.query = argv[2];
  request.facets = {"source"};
  const newsarchive::SearchResponse response = searcher->search(request);
  if (!response.status.ok()) {
    std::fprintf(stderr, "consumer: %s\n", response.status.to_string().c_str());
    return 1;
  }
  std::printf("articles %zu\n", searcher->article_count());
  std::printf("total %zu\n", response.estimated_total);
  for (const newsarchive::Hit& hit : response.hits)
    std::printf("hit %s %s\n", hit.id.c_str(), hit.headline.c_str());
  for (const newsarchive::Facet& facet : response.facets)
    for (const newsarchive::FacetValue& v : facet.values)
      std::printf("facet %s %s %zu\n", facet.field.c_str(), v.value.c_str(), v.count);

  // A malformed query comes back as a status, not an exception.
  request.query = "headline:(";
  const newsarchive::SearchResponse bad = searcher->search(request);
  std::printf("bad query %s\n", newsarchive::status_code_name(bad.status.code()));
  return 0;
}
