// Synonyms from a user's file: words and phrases that mean one thing, so that
// a search for one finds the others ("UK" finds "United Kingdom" and
// "Britain"). The file holds one group a line, its entries separated by
// commas; '#' starts a comment line:
//
//   UK, United Kingdom, Britain
//   EU, European Union
//
// Entries are analysed as index words are (text.h), so case and typographic
// marks do not matter. An entry may sit in several groups; a query word then
// takes the first.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace newsarchive::query {

class Synonyms {
 public:
  using Entry = std::vector<std::string>;  // normalised words
  using Group = std::vector<Entry>;

  // Reads `path`. On failure returns false and sets `error` to a sentence
  // naming the file, and the line for a malformed one.
  bool load(const std::string& path, std::string& error);

  // Adds a group from its entries as written; entries with no words are
  // ignored, and so is a group left with fewer than two.
  void add(const std::vector<std::string>& entries);

  bool empty() const { return groups_.empty(); }
  std::size_t size() const { return groups_.size(); }
  // Words in the longest entry: how far a match may look ahead.
  std::size_t longest_entry() const { return longest_; }

  // The group of the longest entry that `words` begins with, and that
  // entry's length in words; {nullptr, 0} when none.
  struct Match {
    const Group* group = nullptr;
    std::size_t length = 0;
  };
  Match match(const std::vector<std::string>& words) const;

 private:
  std::vector<Group> groups_;
  std::map<Entry, std::size_t> group_of_;  // entry -> index in groups_
  std::size_t longest_ = 0;
};

}  // namespace newsarchive::query
