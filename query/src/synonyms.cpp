#include "synonyms.h"

#include <algorithm>
#include <fstream>

#include "newsarchive/text.h"
#include "newsarchive/utf8.h"

namespace newsarchive::query {

bool Synonyms::load(const std::string& path, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot read the synonyms file " + path;
    return false;
  }
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (const auto bad = text::invalid_utf8_at(line); bad != std::string::npos) {
      error = "the synonyms file " + path + ", line " + std::to_string(number) +
              ": not valid UTF-8 at byte " + std::to_string(bad + 1);
      return false;
    }
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    std::vector<std::string> entries;
    for (std::size_t start = 0; start <= line.size();) {
      const auto comma = std::min(line.find(',', start), line.size());
      entries.push_back(line.substr(start, comma - start));
      start = comma + 1;
    }
    const std::size_t before = groups_.size();
    add(entries);
    if (groups_.size() == before) {
      error = "the synonyms file " + path + ", line " + std::to_string(number) +
              ": a group needs at least two entries separated by commas";
      return false;
    }
  }
  return true;
}

void Synonyms::add(const std::vector<std::string>& entries) {
  Group group;
  for (const std::string& written : entries) {
    Entry entry;
    for (const text::Token& t : text::tokenize(written)) entry.push_back(t.term);
    if (!entry.empty() && std::find(group.begin(), group.end(), entry) == group.end())
      group.push_back(std::move(entry));
  }
  if (group.size() < 2) return;
  for (const Entry& e : group) {
    group_of_.emplace(e, groups_.size());  // an entry already grouped keeps its first group
    longest_ = std::max(longest_, e.size());
  }
  groups_.push_back(std::move(group));
}

Synonyms::Match Synonyms::match(const std::vector<std::string>& words) const {
  for (std::size_t n = std::min(words.size(), longest_); n > 0; --n) {
    const auto it = group_of_.find(Entry(words.begin(), words.begin() + static_cast<long>(n)));
    if (it != group_of_.end()) return {&groups_[it->second], n};
  }
  return {};
}

}  // namespace newsarchive::query
