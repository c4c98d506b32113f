// The web backend's request handling (examples/web-backend/routes.h): the
// bytes as a URL query string ("q=strike&sort=newest&facets=person"),
// decoded as the HTTP server decodes it, to web::search, or to web::article
// when it names "article=ID". The Searcher reads an index of sample_corpus/
// that newsindex's library writes once, at start-up, into a scratch
// directory.
#include <memory>
#include <stdexcept>

#include "writer/cluster_index.h"
#include "fuzz_support.h"
#include "pipeline/indexing.h"
#include "routes.h"
#include "writer/shard_set.h"

namespace {

using namespace newsarchive;

struct QuietReporter final : indexer::Reporter {
  void failure(const std::string&, const std::string&, const std::string&) override {}
  void warning(const std::string&, const std::string&) override {}
};

const Searcher& searcher() {
  static const Searcher* const opened = [] {
    const std::string db = fuzz::scratch_dir() + "/db";
    {
      indexer::ShardSet index(db, 1, 300);
      indexer::ClusterIndex clusters;
      indexer::RunOptions options;
      options.threads = 1;
      options.clusters = &clusters;
      QuietReporter reporter;
      indexer::index_inputs(indexer::list_inputs({NEWSARCHIVE_SOURCE_DIR "/sample_corpus"}),
                            index, options, reporter);
    }
    Status status;
    std::unique_ptr<Searcher> s = Searcher::open(db, &status);
    if (!s) throw std::runtime_error("fuzz: " + status.to_string());
    if (s->article_count() == 0) throw std::runtime_error("fuzz: no articles indexed in " + db);
    return s.release();
  }();
  return *opened;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX and '+' undone; a '%' not followed by two hex digits is kept.
std::string url_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
               hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// name=value pairs separated by '&'; the first value of a name counts.
web::Params params_of(std::string_view query) {
  web::Params params;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    params.emplace(url_decoded(pair.substr(0, eq)),
                   eq == std::string_view::npos ? "" : url_decoded(pair.substr(eq + 1)));
  }
  return params;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)searcher();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const web::Params params = params_of(fuzz::bytes_of(data, size));
  if (const auto it = params.find("article"); it != params.end())
    (void)web::article(searcher(), it->second);
  else
    (void)web::search(searcher(), params);
  return 0;
}
