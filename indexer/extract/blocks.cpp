#include "extract/blocks.h"

#include "text/text_scan.h"

namespace newsarchive::indexer {

std::vector<Block> split_blocks(std::string_view text) {
  std::vector<Block> blocks;
  Block current;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    if (line.empty()) {
      if (!current.empty()) blocks.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(line);
    }
    pos = end + 1;
  }
  if (!current.empty()) blocks.push_back(std::move(current));
  return blocks;
}

}  // namespace newsarchive::indexer
