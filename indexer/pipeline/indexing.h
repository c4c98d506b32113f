// A newsindex run: inputs -> readers -> extraction -> writer (or JSON out),
// with every problem reported and counted, and the other inputs going on.
//
// Inputs are read and their articles extracted and turned into documents
// on worker threads; one writer thread per shard writes them. Between the
// stages, queues of bounded size keep memory flat whatever the size of
// the corpus, and an InputSequencer keeps the order of the inputs, so a
// run gives the same database and the same messages whatever the number of
// threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "pipeline/inputs.h"
#include "readers/formats.h"
#include "writer/segment_build.h"

namespace newsarchive::indexer {

class ShardSet;

// Where a run stands, for a progress display.
struct Progress {
  std::size_t inputs_done = 0, inputs_total = 0;
  std::size_t articles = 0;  // indexed (or extracted) so far
  std::size_t unchanged = 0; // inputs skipped as already indexed
  std::size_t failed = 0;
  std::uint64_t bytes_done = 0, bytes_total = 0;  // of the input files
  double seconds = 0;
};

// What the run tells its caller as it goes, from one thread at a time and
// in input order. Messages name the input and, where known, the position.
struct Reporter {
  virtual ~Reporter() = default;
  virtual void failure(const std::string& input, const std::string& position,
                       const std::string& reason) = 0;
  virtual void warning(const std::string& input, const std::string& message) = 0;
  // A file or archive member passed over for a reason the user should
  // hear of (a link leading out of the tree, a device, a path with "..").
  virtual void skipped(const std::string& /*input*/, const std::string& /*reason*/) {}
  // After the first Limits::max_reports_per_input problems of one input,
  // the rest are counted, not reported: this says how many there were
  // (`failures` failures, `others` warnings and skipped members).
  virtual void omitted(const std::string& /*input*/, std::size_t /*failures*/,
                       std::size_t /*others*/) {}
  // Often: after each article and each input.
  virtual void progress(const Progress& /*now*/) {}
};

struct Summary {
  std::size_t inputs = 0;     // inputs read
  std::size_t unchanged = 0;  // inputs skipped: indexed before, unchanged since
  std::size_t added = 0;      // new articles
  std::size_t replaced = 0;   // articles that replaced an earlier version
  std::size_t duplicates = 0; // articles found to be copies of another
  std::size_t extracted = 0;  // articles written as JSON (--extract)
  std::size_t failed = 0;     // inputs or parts of inputs not indexed
  std::size_t repaired = 0;   // articles indexed with a warning
  std::size_t skipped = 0;    // files a walk and archive members passed over
  std::size_t other_parts = 0; // articles left to the other parts (RunOptions::parts)
  std::map<std::string, std::size_t> formats;  // articles read, by input format
  bool stopped = false;       // --strict stopped the run at a failure
};

// How articles reach the database: through segments merged at the end
// (writer/segment_build.h), or added to the database directly, committed
// every batch. `automatic` takes segments into a new or empty database and
// for a run of at least a twentieth of the database's size (estimated from
// its inputs), the direct path for a small run into a large database,
// where rewriting the database in the merge would cost more than it saves.
enum class WritePath { automatic, segments, direct };

struct QuoteResources;
struct EntityResources;
class ClusterIndex;
class QuoteKeyIndex;

struct RunOptions {
  bool strict = false;      // stop at the first failure
  ReaderOptions readers;    // --format, --map
  // Cue and role lists for quote extraction; the built-in ones if null.
  const QuoteResources* quotes = nullptr;
  // Gazetteers for entity extraction; the built-in ones if null.
  const EntityResources* entities = nullptr;
  // Worker threads for reading and extraction; 0: one per core.
  std::size_t threads = 0;
  // Skip inputs the database records as indexed and unchanged.
  bool skip_unchanged = true;
  // Gives each article the cluster key of the story it copies; no clustering
  // if null.
  ClusterIndex* clusters = nullptr;
  // Gives each quote document its quote key (with clusters only); none
  // when null.
  QuoteKeyIndex* quote_keys = nullptr;
  // Index only part `part` of `parts`: the articles that a database of
  // `parts` shards holds in shard `part` (ShardSet::shard_of), so that N
  // machines can each write one shard of an archive. 1: every article.
  std::size_t part = 0, parts = 1;
  WritePath write_path = WritePath::automatic;
  SegmentOptions segments;
};

// Indexes every input into `index` and commits. Throws DatabaseError when
// the database itself fails; a bad input is only reported.
Summary index_inputs(const InputList& inputs, ShardSet& index, const RunOptions& options,
                     Reporter& reporter);

// Writes one JSON object per article to `out`, in input order, touching
// no database.
Summary extract_inputs(const InputList& inputs, std::ostream& out, const RunOptions& options,
                       Reporter& reporter);

}  // namespace newsarchive::indexer
