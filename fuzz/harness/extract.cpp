// The extractor (extract/extractor.h) over arbitrary text: the bytes are
// read as a plain-text article (decoded to UTF-8 as the readers deliver
// it), and each article is extracted twice: as plain text, where the
// extractor finds the structure (headline, captions, dates, boilerplate),
// and as a structured article (headline the first line, body the rest) as
// the markup readers give it. Quotes, attribution and entities run on both.
#include "extract/extractor.h"
#include "fuzz_support.h"
#include "readers/plain_text_reader.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Built on first use; built here so that no input is charged for them.
  (void)newsarchive::indexer::QuoteResources::defaults();
  (void)newsarchive::indexer::EntityResources::defaults();
  return 0;
}

namespace {

// The text's first line as the headline, the other lines as paragraphs.
newsarchive::indexer::RawArticle as_structured(const newsarchive::indexer::RawArticle& plain) {
  newsarchive::indexer::RawArticle raw;
  raw.id = plain.id;
  raw.format = "jsonl";
  const std::string& text = plain.text;
  std::size_t end = text.find('\n');
  raw.headline = text.substr(0, end);
  while (end != std::string::npos) {
    const std::size_t start = end + 1;
    end = text.find('\n', start);
    raw.body.push_back(text.substr(start, end == std::string::npos ? end : end - start));
  }
  return raw;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive::indexer;
  Input input;
  input.name = "input";
  input.id = "input";
  input.bytes = newsarchive::fuzz::bytes_of(data, size);
  for (const RawArticle& raw : read_plain_text(input).articles) {
    (void)extract(raw);
    (void)extract(as_structured(raw));
  }
  return 0;
}
