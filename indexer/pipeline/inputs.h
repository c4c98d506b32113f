// Which inputs a newsindex run reads, and their stable ids.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "readers/input.h"

namespace newsarchive::indexer {

// One input to read: a file, or standard input ("-").
struct InputRef {
  std::string path;  // as given or as found by the walk
  std::string id;    // stable article id for a whole-file article
};

// What a run will read, counted ahead (for progress) without holding an
// entry per input: InputCursor lists the inputs themselves, one at a time,
// so that memory does not grow with the number of files.
struct InputList {
  std::vector<std::string> arguments;
  std::size_t count = 0;       // inputs
  std::uint64_t bytes = 0;     // their size in bytes (standard input counts 0)
  std::vector<std::pair<std::string, std::string>> problems;  // path, reason
  std::size_t skipped = 0;  // files a directory walk passed over on purpose
  // Of those, the ones named in the report: links leading out of the
  // tree, devices, FIFOs (path, reason).
  std::vector<std::pair<std::string, std::string>> passed_over;
};

// Counts the inputs of the command-line arguments:
//   - a file is read as given; its id is its file name;
//   - a directory is walked recursively in sorted order; each file's id is
//     the directory's own name followed by the path below it
//     ("bbc-news/business/001.txt"), so ids do not depend on where the
//     archive sits or how its path was typed. Hidden files and folders,
//     and documentation files (README, LICENSE, COPYING, CHANGES...) are
//     skipped, as are files whose extension no reader handles;
//   - "-" is standard input; its id is derived from its content when read.
// Arguments that do not exist or cannot be listed become problems.
InputList list_inputs(const std::vector<std::string>& arguments);

// The inputs of a list, in order, as the list counted them. A directory is
// walked one level at a time, holding the sorted entries of the directories
// on the current path only. Not thread-safe.
class InputCursor {
 public:
  explicit InputCursor(const InputList& list);
  ~InputCursor();
  InputCursor(const InputCursor&) = delete;
  InputCursor& operator=(const InputCursor&) = delete;

  // The next input; false after the last.
  bool next(InputRef& ref);

  // The walk of one directory (inputs.cpp); list_inputs counts with it.
  struct Walk;

 private:
  const InputList& list_;
  std::size_t argument_ = 0;
  std::unique_ptr<Walk> walk_;
};

// Every input of a list, for callers that want them all at once.
std::vector<InputRef> all_inputs(const InputList& list);

// Reads an input's bytes. Returns false with a reason (naming the system
// error) when it cannot be read, e.g. because it was removed during the run,
// or when it holds more than `max_bytes` (the reason then names the limit).
bool load_input(const InputRef& ref, Input& input, std::string& reason,
                std::uint64_t max_bytes = UINT64_MAX);

// Whether a file with this name is one newsindex reads during a walk.
bool is_indexable_name(const std::string& filename);

// "<size> <mtime in ns>" of the input's file, as a database records the
// inputs it holds (writer/input_records.h); "" for standard input or a file
// that cannot be examined (it is then always read).
std::string input_stamp(const InputRef& ref);

}  // namespace newsarchive::indexer
