// JSON nested deeper than a limit, pruned before parsing.
//
// A parser builds a node for every array and object it opens: one line of
// 64 MiB of '[' would become 64 million nested nodes, several GiB, before
// any depth could be checked on the tree. Pruning the text first keeps the
// tree, and every walk of it, within the limit: each value that would open
// deeper than the limit is replaced by null, in one pass without recursion.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive::indexer {

struct PrunedJson {
  std::string text;        // the JSON with each too-deep value replaced by null
  std::size_t first = 0;   // byte offset of the first value replaced
};

// When `text` opens arrays or objects more than `max_depth` levels deep
// (the outermost being level 1), the text with every array or object that
// opens below that level replaced by `null`; nullopt when it does not, and
// for max_depth < 1. Strings are skipped whole, escapes included; syntax is
// not checked (the parser does that), and a value left open at the end of
// the text is replaced to the end.
std::optional<PrunedJson> prune_deep_json(std::string_view text, int max_depth);

}  // namespace newsarchive::indexer
