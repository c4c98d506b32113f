#include "readers/plain_text_reader.h"

#include <utility>

#include "readers/decode.h"

namespace newsarchive::indexer {

ReadResult read_plain_text(const Input& input) {
  ReadResult result;
  Decoded decoded = decode_text(input.bytes);
  if (!decoded.ok) {
    result.errors.push_back(std::move(decoded.error));
    return result;
  }
  RawArticle raw;
  raw.origin = input.name;
  raw.id = input.id;
  raw.format = "text";
  raw.text = std::move(decoded.text);
  raw.warnings = std::move(decoded.warnings);
  result.articles.push_back(std::move(raw));
  return result;
}

}  // namespace newsarchive::indexer
