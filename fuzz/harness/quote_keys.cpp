// Quote keys (indexer/dedupe/quote_words.h, indexer/writer/quote_key_index.h)
// over arbitrary text: each line a quote, after a tab its speaker, keyed as
// newsindex keys an article's quotes. Checks what must hold whatever the
// bytes: the words and shingles stay within their bounds, shingles are
// sorted and distinct, a quote is the same quote as itself, and the same
// quotes keyed again by a fresh index get the same keys.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "dedupe/quote_words.h"
#include "fuzz_support.h"
#include "writer/quote_key_index.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive::indexer;
  const std::string_view input = newsarchive::fuzz::bytes_of(data, size);
  std::vector<QuoteWords> words;
  std::vector<std::string> speakers;
  for (std::size_t at = 0; at <= input.size();) {
    const std::size_t end = std::min(input.find('\n', at), input.size());
    const std::string_view line = input.substr(at, end - at);
    const std::size_t tab = std::min(line.find('\t'), line.size());
    words.push_back(quote_words(line.substr(0, tab)));
    speakers.emplace_back(line.substr(std::min(tab + 1, line.size())));
    const QuoteWords& w = words.back();
    if (w.words > kMaxQuoteKeyWords || w.shingles.size() > kMaxQuoteKeyWords ||
        !std::is_sorted(w.shingles.begin(), w.shingles.end()) ||
        std::adjacent_find(w.shingles.begin(), w.shingles.end()) != w.shingles.end() ||
        (!w.shingles.empty() && !same_quote(w.shingles, w.shingles)))
      std::abort();
    at = end + 1;
  }
  QuoteKeyIndex first, again;
  const std::vector<QuoteKey> a = first.assign(words, speakers, "fuzz-story");
  const std::vector<QuoteKey> b = again.assign(words, speakers, "fuzz-story");
  if (a.size() != words.size() || b.size() != a.size()) std::abort();
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].key != b[i].key || a[i].key.size() != 16) std::abort();
  return 0;
}
