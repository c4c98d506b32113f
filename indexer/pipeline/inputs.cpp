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

void walk(const fs::path& root, InputList& out) {
  // The directory's own name, however it was typed ("corpus/", ".", "a/..").
  std::error_code canon_ec;
  fs::path canonical = fs::weakly_canonical(root, canon_ec);
  if (canon_ec) canonical = fs::absolute(root).lexically_normal();
  std::string root_name = canonical.filename().string();
  if (root_name.empty()) root_name = canonical.parent_path().filename().string();
  const fs::path normal_root = root.lexically_normal();

  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.problems.emplace_back(root.string(), "cannot list directory: " + ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out.problems.emplace_back(it->path().string(), "cannot list directory: " + ec.message());
      break;
    }
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (is_documentation(name) || !is_indexable_name(name)) {
      ++out.skipped;
      continue;
    }
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string rel = file.lexically_normal().lexically_relative(normal_root).generic_string();
    out.inputs.push_back({file.string(), root_name + "/" + rel});
  }
}

}  // namespace

bool is_indexable_name(const std::string& filename) { return is_source_name(filename); }

InputList list_inputs(const std::vector<std::string>& arguments) {
  InputList out;
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      out.inputs.push_back({"-", ""});
      continue;
    }
    std::error_code ec;
    const fs::path path(arg);
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.problems.emplace_back(arg, "no such file or directory");
    } else if (fs::is_directory(status)) {
      walk(path, out);
    } else {
      out.inputs.push_back({arg, path.filename().string()});
    }
  }
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
