#include "extract/phrase_list.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/text_scan.h"

namespace newsarchive::indexer {
namespace {

std::vector<std::string> lowered_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(lower_ascii(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

}  // namespace

void PhraseList::add(std::string_view phrase, bool marked) {
  std::vector<std::string> words = lowered_words(phrase);
  if (words.empty()) return;
  auto& bucket = by_first_[words.front()];
  for (const Entry& e : bucket) {
    if (e.words == words) return;
  }
  bucket.push_back({std::move(words), marked});
  // Longest first, so match() can stop at the first hit.
  std::stable_sort(bucket.begin(), bucket.end(), [](const Entry& a, const Entry& b) {
    return a.words.size() > b.words.size();
  });
  ++count_;
}

void PhraseList::add_text(std::string_view text) {
  for_each_data_line(text, [this](std::string_view line) {
    bool marked = false;
    if (line.size() >= 2 && line.back() == '>' && line[line.size() - 2] == ' ') {
      marked = true;
      line = trim(line.substr(0, line.size() - 1));
    }
    add(line, marked);
  });
}

std::string PhraseList::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot read " + path;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return "error reading " + path;
  add_text(ss.str());
  return "";
}

PhraseList::Match PhraseList::match(const std::vector<std::string_view>& words,
                                    std::size_t i, std::size_t end) const {
  end = std::min(end, words.size());
  if (i >= end) return {};
  const auto it = by_first_.find(lower_ascii(words[i]));
  if (it == by_first_.end()) return {};
  for (const Entry& e : it->second) {
    if (i + e.words.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.words.size() && ok; ++k) {
      ok = iequals(words[i + k], e.words[k]);
    }
    if (ok) return {e.words.size(), e.marked};
  }
  return {};
}

bool PhraseList::contains(std::string_view phrase) const {
  const std::vector<std::string> words = lowered_words(phrase);
  if (words.empty()) return false;
  const auto it = by_first_.find(words.front());
  if (it == by_first_.end()) return false;
  for (const Entry& e : it->second) {
    if (e.words == words) return true;
  }
  return false;
}

}  // namespace newsarchive::indexer
