// Where the seed article and its expected extraction are, and reading them,
// for the tests that compare with them.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace newsarchive::indexer::seed {

inline const std::string kSeedDir = std::string(NEWSARCHIVE_SHARED_DIR) + "/seed/";

// The whole file; false if it cannot be read (tests then skip).
inline bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace newsarchive::indexer::seed
