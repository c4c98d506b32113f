// Stub files (query/src/shards.h): the bytes as a stub file, expanded into
// the shards it lists. The file sits alone in a scratch directory, so a
// line naming a local path finds nothing or the stub itself.
#include <vector>

#include "fuzz_support.h"
#include "shards.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path =
      newsarchive::fuzz::scratch_file("stub", newsarchive::fuzz::bytes_of(data, size));
  std::vector<newsarchive::query::ShardSpec> shards;
  newsarchive::Status status;
  (void)newsarchive::query::expand_shards(path, shards, status);
  for (const auto& shard : shards) (void)shard.name();
  return 0;
}
