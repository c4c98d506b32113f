// A newsindex run: inputs -> readers -> extraction -> writer (or JSON out),
// with every problem reported and counted, and the other inputs going on.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "pipeline/inputs.h"
#include "readers/formats.h"

namespace newsarchive::indexer {

class Writer;

// What the run tells its caller as it goes. Messages name the input and,
// where known, the position.
struct Reporter {
  virtual ~Reporter() = default;
  virtual void failure(const std::string& input, const std::string& position,
                       const std::string& reason) = 0;
  virtual void warning(const std::string& input, const std::string& message) = 0;
  // After each input: how many inputs are done out of `total`.
  virtual void progress(std::size_t /*done*/, std::size_t /*total*/) {}
};

struct Summary {
  std::size_t inputs = 0;     // inputs read
  std::size_t added = 0;      // new articles
  std::size_t replaced = 0;   // articles that replaced an earlier version
  std::size_t extracted = 0;  // articles written as JSON (--extract)
  std::size_t failed = 0;     // inputs or parts of inputs not indexed
  std::size_t repaired = 0;   // articles indexed with a warning
  std::size_t skipped = 0;    // files a directory walk passed over
  std::map<std::string, std::size_t> formats;  // articles read, by input format
  bool stopped = false;       // --strict stopped the run at a failure
};

struct QuoteResources;
struct EntityResources;
class ClusterIndex;

struct RunOptions {
  bool strict = false;      // stop at the first failure
  ReaderOptions readers;    // --format, --map
  // Cue and role lists for quote extraction; the built-in ones if null.
  const QuoteResources* quotes = nullptr;
  // Gazetteers for entity extraction; the built-in ones if null.
  const EntityResources* entities = nullptr;
  // Gives each article the cluster key of the story it copies; no clustering
  // if null.
  ClusterIndex* clusters = nullptr;
};

// Indexes every input into `writer` and commits. Throws DatabaseError when
// the database itself fails; a bad input is only reported.
Summary index_inputs(const InputList& inputs, Writer& writer, const RunOptions& options,
                     Reporter& reporter);

// Writes one JSON object per article to `out`, touching no database.
Summary extract_inputs(const InputList& inputs, std::ostream& out, const RunOptions& options,
                       Reporter& reporter);

}  // namespace newsarchive::indexer
