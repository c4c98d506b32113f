#include "writer/staging.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <map>
#include <system_error>

#include "writer/database.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTemporarySuffix = ".tmp";

std::string range_name(std::uint64_t first, std::uint64_t last) {
  char name[48];
  std::snprintf(name, sizeof name, "%010llu-%010llu", static_cast<unsigned long long>(first),
                static_cast<unsigned long long>(last));
  return name;
}

bool parse_number(std::string_view text, std::uint64_t& n) {
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  return ec == std::errc() && end == text.data() + text.size();
}

// "<first>-<last>" with first <= last.
bool parse_range(const std::string& name, std::uint64_t& first, std::uint64_t& last) {
  const auto dash = name.find('-');
  if (dash == std::string::npos) return false;
  return parse_number(std::string_view(name).substr(0, dash), first) &&
         parse_number(std::string_view(name).substr(dash + 1), last) && first <= last;
}

}  // namespace

StagingArea::StagingArea(std::string dir) : dir_(std::move(dir)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) throw DatabaseError("cannot create the staging directory " + dir_ + ": " + ec.message());
  // By first segment, the widest first: a merge that was killed after
  // putting its result in place but before removing its sources leaves
  // both, and the result covers the sources.
  std::map<std::uint64_t, std::map<std::uint64_t, std::string, std::greater<>>> ranges;
  std::vector<fs::path> others;
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::uint64_t first = 0, last = 0;
    if (parse_range(name, first, last))
      ranges[first][last] = it->path().string();
    else
      others.push_back(it->path());
  }
  if (ec) throw DatabaseError("cannot read the staging directory " + dir_ + ": " + ec.message());
  std::uint64_t expected = 0;
  for (auto& [first, by_last] : ranges) {
    for (auto& [last, path] : by_last) {
      if (first == expected) {
        found_.push_back(Staged{first, last, path});
        expected = last + 1;
      } else {
        others.push_back(path);  // covered by a wider one, or past a gap
      }
    }
  }
  for (const fs::path& p : others) fs::remove_all(p, ec);
}

std::string StagingArea::temporary_path(std::uint64_t first, std::uint64_t last) const {
  return (fs::path(dir_) / (range_name(first, last) + kTemporarySuffix)).string();
}

std::string StagingArea::final_path(std::uint64_t first, std::uint64_t last) const {
  return (fs::path(dir_) / range_name(first, last)).string();
}

Staged StagingArea::seal(std::uint64_t first, std::uint64_t last) const {
  Staged staged{first, last, final_path(first, last)};
  std::error_code ec;
  fs::rename(temporary_path(first, last), staged.path, ec);
  if (ec)
    throw DatabaseError("cannot put the staged database " + staged.path + " in place: " +
                        ec.message());
  return staged;
}

std::string StagingArea::area_dir(const std::string& db_dir, std::uint64_t generation,
                                  std::size_t shard) {
  return (fs::path(db_dir) / ("staging.g" + std::to_string(generation)) /
          ("shard-" + std::to_string(shard)))
      .string();
}

bool StagingArea::parse_generation_dir(const std::string& name, std::uint64_t& generation) {
  constexpr std::string_view prefix = "staging.g";
  return name.rfind(prefix, 0) == 0 &&
         parse_number(std::string_view(name).substr(prefix.size()), generation);
}

}  // namespace newsarchive::indexer
