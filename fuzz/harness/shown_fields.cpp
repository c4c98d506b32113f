// The stored-article fast path (query/src/shown_fields.h) against
// from_json() over arbitrary bytes: whenever the fast reader answers,
// from_json() must read the same bytes and give the same fields a hit
// shows. A difference aborts, so the fuzzer reports it as a crash.
#include <cstdlib>

#include "fuzz_support.h"
#include "newsarchive/article_json.h"
#include "shown_fields.h"

namespace {

bool same_shown(const newsarchive::Article& a, const newsarchive::Article& b) {
  if (a.id != b.id || a.url != b.url || a.language != b.language || a.headline != b.headline ||
      a.standfirst != b.standfirst || a.date != b.date || a.date_inferred != b.date_inferred ||
      a.section != b.section || a.source != b.source || a.byline != b.byline ||
      a.body != b.body || a.captions.size() != b.captions.size() ||
      a.quotes.size() != b.quotes.size())
    return false;
  for (std::size_t i = 0; i < a.captions.size(); ++i)
    if (a.captions[i].text != b.captions[i].text || a.captions[i].credit != b.captions[i].credit)
      return false;
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    const auto &p = a.quotes[i], &q = b.quotes[i];
    if (p.text != q.text || p.speaker != q.speaker || p.speaker_mention != q.speaker_mention ||
        p.cue != q.cue || p.kind != q.kind || p.paragraph != q.paragraph)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json = newsarchive::fuzz::bytes_of(data, size);
  newsarchive::Article fast, full;
  if (!newsarchive::query::read_shown_fields(json, fast)) return 0;
  if (!newsarchive::from_json(json, full) || !same_shown(fast, full)) std::abort();
  return 0;
}
