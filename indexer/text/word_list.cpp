#include "text/word_list.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "newsarchive/ascii.h"
#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

void insert_sorted(std::vector<std::string>& list, std::string entry) {
  const auto at = std::lower_bound(list.begin(), list.end(), entry);
  if (at == list.end() || *at != entry) list.insert(at, std::move(entry));
}

void note_length(std::vector<std::size_t>& lengths, std::size_t n) {
  if (std::find(lengths.begin(), lengths.end(), n) == lengths.end()) lengths.push_back(n);
}

bool has(const std::vector<std::string>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

}  // namespace

void WordList::add(std::string_view entry) {
  if (entry.empty() || entry.size() > kMaxWordBytes) return;
  if (entry.size() > 1 && entry.back() == '*') {
    insert_sorted(prefixes_, lower_ascii(entry.substr(0, entry.size() - 1)));
    note_length(prefix_lengths_, entry.size() - 1);
  } else if (entry.size() > 1 && entry.front() == '*') {
    insert_sorted(suffixes_, lower_ascii(entry.substr(1)));
    note_length(suffix_lengths_, entry.size() - 1);
  } else {
    insert_sorted(words_, lower_ascii(entry));
  }
}

bool WordList::contains(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return false;
  char buffer[kMaxWordBytes];
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = lower_ascii(word[i]);
  const std::string_view w(buffer, word.size());
  if (has(words_, w)) return true;
  for (std::size_t n : prefix_lengths_)
    if (w.size() >= n && has(prefixes_, w.substr(0, n))) return true;
  for (std::size_t n : suffix_lengths_)
    if (w.size() > n && has(suffixes_, w.substr(w.size() - n))) return true;
  return false;
}

std::string read_sections(std::string_view text, const WordSections& sections) {
  WordList* section = nullptr;
  std::string problem;
  for_each_data_line(text, [&](std::string_view line) {
    if (!problem.empty()) return;
    if (line.front() == '[' && line.back() == ']') {
      const std::string_view name = line.substr(1, line.size() - 2);
      section = nullptr;
      for (const auto& [known, list] : sections)
        if (known == name) section = list;
      if (section == nullptr) problem = "unknown section [" + std::string(name) + "]";
      return;
    }
    if (section == nullptr) {
      problem = "words before any section: " + std::string(line);
      return;
    }
    for (std::string_view w : space_separated(line)) section->add(w);
  });
  if (!problem.empty()) return problem;
  for (const auto& [name, list] : sections)
    if (list->empty()) return "section [" + std::string(name) + "] is empty";
  return "";
}

void read_built_in_sections(std::string_view file, std::string_view text,
                            const WordSections& sections) {
  if (const std::string problem = read_sections(text, sections); !problem.empty()) {
    std::fprintf(stderr, "newsarchive: %.*s: %s\n", static_cast<int>(file.size()), file.data(),
                 problem.c_str());
    std::abort();
  }
}

}  // namespace newsarchive::indexer
