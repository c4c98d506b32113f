#include "pipeline/inputs.h"

#include "pipeline/source_reader.h"
#include "newsarchive/ascii.h"
#include "readers/limit_messages.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>

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

// What an entry that is neither a file nor a directory is, for the report.
std::string special_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    default: return "not a regular file";
  }
}

// Whether `path` (canonical) lies inside `root` (canonical).
bool inside_root(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p)
    if (p == path.end() || *p != *r) return false;
  return true;
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
  fs::path canonical_root;
  std::string root_name;
  std::vector<Level> levels;

  explicit Walk(const fs::path& root) : normal_root(root.lexically_normal()) {
    // The directory's own name, however it was typed ("corpus/", ".", "a/..").
    std::error_code ec;
    canonical_root = fs::weakly_canonical(root, ec);
    if (ec) canonical_root = fs::absolute(root).lexically_normal();
    if (canonical_root.filename().empty()) canonical_root = canonical_root.parent_path();
    root_name = canonical_root.filename().string();
  }

  // Why a file the walk would read is not read, or "": a symbolic link is
  // followed when it leads to a file inside the tree, and named otherwise
  // (out of the tree, or nowhere); anything that is not a regular file (a
  // device, a FIFO, a socket) is named too.
  std::string refusal(const fs::directory_entry& e) const {
    std::error_code ec;
    if (!e.is_symlink(ec)) {
      const auto type = e.symlink_status(ec).type();
      return type == fs::file_type::regular ? "" : special_kind(type) + ", not a regular file: not read";
    }
    const fs::path target = fs::canonical(e.path(), ec);
    if (ec) return "a symbolic link that leads nowhere: not read";
    const auto type = fs::status(target, ec).type();
    if (!inside_root(target, canonical_root))
      return "a symbolic link to " + target.string() + ", outside " + canonical_root.string() +
             ": not read";
    if (type != fs::file_type::regular)
      return "a symbolic link to " + special_kind(type) + ": not read";
    return "";
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
  // the others, noting directories that cannot be listed and files passed
  // over for a reason the user should hear of.
  bool next(InputRef& ref, std::size_t& skipped,
            std::vector<std::pair<std::string, std::string>>& problems,
            std::vector<std::pair<std::string, std::string>>& passed_over) {
    while (!levels.empty()) {
      Level& level = levels.back();
      if (level.next == level.entries.size()) {
        levels.pop_back();
        continue;
      }
      const fs::directory_entry& e = level.entries[level.next++];
      const std::string filename = e.path().filename().string();
      if (filename.empty() || filename[0] == '.') continue;
      std::error_code ec;
      // Directories are entered; symbolic links to them never are, so the
      // walk cannot go round in a circle.
      if (!e.is_symlink(ec) && e.is_directory(ec)) {
        std::string reason;
        const fs::path dir = e.path();
        if (!enter(dir, reason)) problems.emplace_back(dir.string(), reason);
        continue;
      }
      if (e.is_directory(ec)) {
        ++skipped;
        passed_over.emplace_back(e.path().string(), "a symbolic link to a directory: not followed");
        continue;
      }
      if (is_documentation(filename) || !is_indexable_name(filename)) {
        ++skipped;
        continue;
      }
      if (const std::string why = refusal(e); !why.empty()) {
        ++skipped;
        passed_over.emplace_back(e.path().string(), why);
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
  std::vector<std::pair<std::string, std::string>> problems, passed_over;
  for (;;) {
    if (walk_) {
      if (walk_->next(ref, skipped, problems, passed_over)) return true;
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
      while (walk.next(ref, out.skipped, out.problems, out.passed_over)) count(ref);
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

bool load_input(const InputRef& ref, Input& input, std::string& reason,
                std::uint64_t max_bytes) {
  input.name = ref.path;
  input.id = ref.id;
  input.bytes.clear();
  const bool from_stdin = ref.path == "-";
  const int fd = from_stdin ? STDIN_FILENO : ::open(ref.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = std::string("cannot read: ") + std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      reason = std::string("read error: ") + std::strerror(errno);
      ok = false;
      break;
    }
    if (n == 0) break;
    input.bytes.append(buffer, static_cast<std::size_t>(n));
    if (input.bytes.size() > max_bytes) {
      Limits limits;
      limits.max_input_bytes = max_bytes;
      reason = "byte " + std::to_string(max_bytes) + ": " + over_input_limit(limits);
      input.bytes.clear();
      ok = false;
      break;
    }
  }
  if (!from_stdin) ::close(fd);
  if (ok && from_stdin) {
    input.name = "(standard input)";
    input.id = content_id(input.bytes);
  }
  return ok;
}

std::string input_stamp(const InputRef& ref) {
  struct stat st {};
  if (ref.path == "-" || ::stat(ref.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
  const long long ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  return std::to_string(static_cast<long long>(st.st_size)) + " " + std::to_string(ns);
}

}  // namespace newsarchive::indexer
