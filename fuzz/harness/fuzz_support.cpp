#include "fuzz_support.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace newsarchive::fuzz {

void read_as(std::optional<indexer::Format> format, std::string_view bytes) {
  indexer::Input input;
  input.name = "input";
  input.id = "input";
  input.bytes = bytes;
  indexer::ReaderOptions options;
  options.forced = format;
  const indexer::ReadResult result = indexer::read_input(input, options);
  (void)result;
}

namespace {

void remove_scratch() {
  std::error_code ignored;
  std::filesystem::remove_all(scratch_dir(), ignored);
}

}  // namespace

std::string scratch_dir() {
  // Never destroyed: remove_scratch runs at exit, after static destructors
  // of objects made later than its registration.
  static const std::string* const dir = [] {
    const auto path = std::filesystem::temp_directory_path() /
                      ("newsarchive-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    auto* made = new std::string(path.string());
    std::atexit(remove_scratch);
    return made;
  }();
  return *dir;
}

std::string scratch_file(const std::string& name, std::string_view bytes) {
  const std::string path = scratch_dir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) throw std::runtime_error("fuzz: cannot write " + path);
  return path;
}

}  // namespace newsarchive::fuzz
