#include "readers/json_depth.h"

#include <algorithm>

namespace newsarchive::indexer {

std::optional<PrunedJson> prune_deep_json(std::string_view text, int max_depth) {
  if (max_depth < 1) return std::nullopt;
  std::optional<PrunedJson> out;
  int depth = 0;
  std::size_t copied = 0;  // text before this offset is in out->text
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    } else if (c == '[' || c == '{') {
      if (++depth <= max_depth) continue;
      // Too deep: pass over this value to its close, and put null there.
      if (!out) {
        out.emplace();
        out->text.reserve(text.size());
        out->first = i;
      }
      out->text.append(text.substr(copied, i - copied));
      out->text += "null";
      int inner = 1;
      bool quoted = false;
      std::size_t j = i + 1;
      for (; j < text.size() && inner > 0; ++j) {
        const char d = text[j];
        if (quoted) {
          if (d == '\\') ++j;
          else if (d == '"') quoted = false;
        } else if (d == '"') {
          quoted = true;
        } else if (d == '[' || d == '{') {
          ++inner;
        } else if (d == ']' || d == '}') {
          --inner;
        }
      }
      --depth;
      copied = std::min(j, text.size());
      i = copied - 1;
    }
  }
  if (out) out->text.append(text.substr(copied));
  return out;
}

}  // namespace newsarchive::indexer
