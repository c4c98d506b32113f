// The query parser (query/src/query_parser.h) over arbitrary query strings:
// for articles with AND as the default operator, and for quotes with OR,
// each in three languages and with a few synonym groups, as newsquery and
// the web backend parse.
#include <memory>

#include "fuzz_support.h"
#include "query_parser.h"
#include "synonyms.h"

namespace {

using newsarchive::query::Documents;
using newsarchive::query::QueryParser;

struct Parsers {
  newsarchive::query::Synonyms synonyms;
  std::unique_ptr<QueryParser> articles, quotes;
};

const Parsers& parsers() {
  static const Parsers* const built = [] {
    auto* p = new Parsers;
    p->synonyms.add({"UK", "United Kingdom", "Britain"});
    p->synonyms.add({"EU", "European Union"});
    const std::vector<std::string> languages = {"en", "de", "fr"};
    p->articles = std::make_unique<QueryParser>(languages, true, Documents::articles, &p->synonyms);
    p->quotes = std::make_unique<QueryParser>(languages, false, Documents::quotes, &p->synonyms);
    return p;
  }();
  return *built;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)parsers();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view query = newsarchive::fuzz::bytes_of(data, size);
  (void)parsers().articles->parse(query);
  (void)parsers().quotes->parse(query);
  return 0;
}
