// Which inputs a newsindex run reads, and their stable ids.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "readers/input.h"

namespace newsarchive::indexer {

// One input to read: a file, or standard input ("-").
struct InputRef {
  std::string path;  // as given or as found by the walk
  std::string id;    // stable article id for a whole-file article
};

struct InputList {
  std::vector<InputRef> inputs;
  std::vector<std::pair<std::string, std::string>> problems;  // path, reason
  std::size_t skipped = 0;  // files a directory walk passed over on purpose
};

// Expands the command-line arguments:
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

// Reads an input's bytes. Returns false with a reason (naming the system
// error) when it cannot be read, e.g. because it was removed during the run.
bool load_input(const InputRef& ref, Input& input, std::string& reason);

// Whether a file with this name is one newsindex reads during a walk.
bool is_indexable_name(const std::string& filename);

}  // namespace newsarchive::indexer
