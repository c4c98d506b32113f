#include "pipeline/inputs.h"

#include "pipeline/source_reader.h"
#include "readers/ascii.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace newsarchive::indexer {
namespace fs = std::filesystem;
namespace {

// Files that describe a collection rather than belong to it.
bool is_documentation(const std::string& filename) {
  const std::string stem = lower_ascii(filename.substr(0, filename.find('.')));
  static const char* const kNames[] = {"readme", "license", "licence", "copying", "changes",
                                       "changelog", "authors", "notice", "install"};
  return std::any_of(std::begin(kNames), std::end(kNames),
                     [&](const char* n) { return stem == n; });
}

std::string content_id(const std::string& bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "stdin-%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// Whether a walk takes this entry of a directory: not hidden, and not a
// symbolic link to a directory (which could lead round in a circle).
bool walkable(const fs::directory_entry& e, bool& is_dir) {
  const std::string name = e.path().filename().string();
  if (name.empty() || name[0] == '.') return false;
  std::error_code ec;
  is_dir = e.is_directory(ec) && !e.is_symlink(ec);
  return is_dir || e.is_regular_file(ec);
}

}  // namespace

// A depth-first walk of one directory argument: per level, the sorted
// entries and the next one to visit. Sorting each level by name gives the
// order of sorting every path below the root.
struct InputCursor::Walk {
  struct Level {
    std::vector<fs::directory_entry> entries;
    std::size_t next = 0;
  };
  fs::path normal_root;
  std::string root_name;
  std::vector<Level> levels;

  explicit Walk(const fs::path& root) : normal_root(root.lexically_normal()) {
    // The directory's own name, however it was typed ("corpus/", ".", "a/..").
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(root, ec);
    if (ec) canonical = fs::absolute(root).lexically_normal();
    root_name = canonical.filename().string();
    if (root_name.empty()) root_name = canonical.parent_path().filename().string();
  }

  // Lists `dir` as a new level; false with `reason` if it cannot be listed.
  bool enter(const fs::path& dir, std::string& reason) {
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    Level level;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) level.entries.push_back(*it);
    if (ec) {
      reason = "cannot list directory: " + ec.message();
      return false;
    }
    std::sort(level.entries.begin(), level.entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    levels.push_back(std::move(level));
    return true;
  }

  // The next file below the root that a run reads, skipping and counting
  // the others, noting directories that cannot be listed.
  bool next(InputRef& ref, std::size_t& skipped,
            std::vector<std::pair<std::string, std::string>>& problems) {
    while (!levels.empty()) {
      Level& level = levels.back();
      if (level.next == level.entries.size()) {
        levels.pop_back();
        continue;
      }
      const fs::directory_entry& e = level.entries[level.next++];
      bool is_dir = false;
      if (!walkable(e, is_dir)) continue;
      if (is_dir) {
        std::string reason;
        const fs::path dir = e.path();
        if (!enter(dir, reason)) problems.emplace_back(dir.string(), reason);
        continue;
      }
      const std::string name = e.path().filename().string();
      if (is_documentation(name) || !is_indexable_name(name)) {
        ++skipped;
        continue;
      }
      const std::string rel =
          e.path().lexically_normal().lexically_relative(normal_root).generic_string();
      ref.path = e.path().string();
      ref.id = root_name + "/" + rel;
      return true;
    }
    return false;
  }
};

InputCursor::InputCursor(const InputList& list) : list_(list) {}
InputCursor::~InputCursor() = default;

bool InputCursor::next(InputRef& ref) {
  // Problems and skipped files were found and counted by list_inputs.
  std::size_t skipped = 0;
  std::vector<std::pair<std::string, std::string>> problems;
  for (;;) {
    if (walk_) {
      if (walk_->next(ref, skipped, problems)) return true;
      walk_.reset();
    }
    if (argument_ == list_.arguments.size()) return false;
    const std::string& arg = list_.arguments[argument_++];
    if (arg == "-") {
      ref = {"-", ""};
      return true;
    }
    std::error_code ec;
    const fs::path path(arg);
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) continue;
    if (fs::is_directory(status)) {
      walk_ = std::make_unique<Walk>(path);
      std::string reason;
      if (!walk_->enter(path, reason)) walk_.reset();
      continue;
    }
    ref = {arg, path.filename().string()};
    return true;
  }
}

bool is_indexable_name(const std::string& filename) { return is_source_name(filename); }

InputList list_inputs(const std::vector<std::string>& arguments) {
  InputList out;
  out.arguments = arguments;
  auto count = [&out](const InputRef& ref) {
    ++out.count;
    std::error_code ec;
    if (ref.path != "-") {
      const auto size = fs::file_size(ref.path, ec);
      if (!ec) out.bytes += size;
    }
  };
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      count({"-", ""});
      continue;
    }
    std::error_code ec;
    const fs::path path(arg);
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.problems.emplace_back(arg, "no such file or directory");
    } else if (fs::is_directory(status)) {
      InputCursor::Walk walk(path);
      std::string reason;
      if (!walk.enter(path, reason)) {
        out.problems.emplace_back(path.string(), reason);
        continue;
      }
      InputRef ref;
      while (walk.next(ref, out.skipped, out.problems)) count(ref);
    } else {
      count({arg, path.filename().string()});
    }
  }
  return out;
}

std::vector<InputRef> all_inputs(const InputList& list) {
  std::vector<InputRef> out;
  InputCursor cursor(list);
  for (InputRef ref; cursor.next(ref);) out.push_back(ref);
  return out;
}

bool load_input(const InputRef& ref, Input& input, std::string& reason) {
  input.name = ref.path;
  input.id = ref.id;
  input.bytes.clear();
  if (ref.path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    input.bytes = buffer.str();
    input.name = "(standard input)";
    input.id = content_id(input.bytes);
    return true;
  }
  std::ifstream in(ref.path, std::ios::binary);
  if (!in) {
    reason = std::string("cannot read: ") + std::strerror(errno);
    return false;
  }
  input.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    reason = std::string("read error: ") + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace newsarchive::indexer
