#include "extract/entity_word_list.h"

#include "extract/entity_tokens.h"
#include "extract/text_scan.h"

namespace newsarchive::indexer {

void EntityWordList::add_text(std::string_view text) {
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line.front() == '#') continue;
    bool flag = false;
    if (line.ends_with(" !")) {
      flag = true;
      line = trim(line.substr(0, line.size() - 2));
    }
    if (!line.empty()) add(line, flag);
  }
}

void EntityWordList::add(std::string_view word, bool flag) {
  bool& f = words_[lower_ascii(word)];
  f = f || flag;
}

bool EntityWordList::contains(std::string_view word) const {
  return words_.find(lower_ascii(word)) != words_.end();
}

bool EntityWordList::flagged(std::string_view word) const {
  const auto it = words_.find(lower_ascii(word));
  return it != words_.end() && it->second;
}

}  // namespace newsarchive::indexer
