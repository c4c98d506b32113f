#include "extract/entity_word_list.h"

#include "extract/entity_tokens.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {

void EntityWordList::add_text(std::string_view text) {
  for_each_data_line(text, [this](std::string_view line) {
    if (line.front() == '[') return;  // a section ("[female]" in given_names.txt)
    bool flag = false;
    if (line.ends_with(" !")) {
      flag = true;
      line = trim(line.substr(0, line.size() - 2));
    }
    if (!line.empty()) add(line, flag);
  });
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
