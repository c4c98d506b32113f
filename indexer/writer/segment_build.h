// The segment write path: instead of adding articles to the database and
// committing every few hundred (each commit merging into an ever larger
// B-tree and waiting for the disk), articles go into segments, small fresh
// databases written side by side by several threads, each committed once
// without fsync. A background thread merges runs of segments into larger
// staged databases (a tiered merge: `merge_factor` of one size make one of
// the next, so an article is rewritten about log(articles/segment) times),
// and finish() merges what is staged, with the database as it was, into a
// new generation of it that the stub then names (writer/shard_set.h).
//
// Resume: a segment holds the records of the inputs whose articles it
// completes (schema.h, input_record_key), and is named into place only once
// committed (writer/staging.h). A run killed at any point leaves the
// database as it was and a staging area whose complete prefix the next run
// keeps: its inputs are skipped as indexed, and its articles go into that
// run's new generation. Searches see the database before a run's merge or
// after it.
//
// Replacing an article: both versions are written, and the merge into the
// new generation keeps the later (writer/compaction.h, drop_superseded).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "writer/document_builder.h"
#include "writer/staging.h"

namespace newsarchive::indexer {

class ShardSet;

struct SegmentOptions {
  // Articles a segment, at most (bench/RESULTS.md: the size measured).
  std::size_t segment_articles = 1000;
  // Documents held for a segment before it is written, at most, as
  // estimated by PreparedArticle::bytes: long articles make smaller
  // segments, so memory stays flat whatever their length.
  std::size_t segment_bytes = 48u << 20;
  // Threads writing segments; 0: as many as cores, at most kMaxWriters
  // (extraction and writing share them).
  std::size_t writers = 0;
  static constexpr std::size_t kMaxWriters = 8;
  // Staged databases of one tier merged into one of the next.
  std::size_t merge_factor = 10;
};

class SegmentBuild {
 public:
  // Builds on `index` as it is, whose write locks it holds, and picks up
  // what a killed run staged on the same generation. Throws DatabaseError.
  SegmentBuild(ShardSet& index, const SegmentOptions& options = {});
  // Stops the threads; what is staged stays for the next run.
  ~SegmentBuild();

  SegmentBuild(const SegmentBuild&) = delete;
  SegmentBuild& operator=(const SegmentBuild&) = delete;

  // The staged databases of shard `shard` found when opened: a killed
  // run's work, which counts as written.
  std::vector<std::string> staged_paths(std::size_t shard) const;

  // From one thread, in input order. False once writing has failed
  // (finish() then throws the error).
  bool add(std::size_t shard, PreparedArticle&& article);
  // Records in every shard that all of an input's articles are written.
  bool record(const std::string& key, const std::string& stamp);

  // Writes what is pending, waits for the threads, merges the database
  // and everything staged into a new generation and publishes it (also
  // when the run stopped early: what was written is kept). Updates the
  // spelling data. Throws DatabaseError.
  void finish();

  // Segments written by this run so far.
  std::size_t segments_written() const;

 private:
  struct Batch {
    std::size_t shard = 0;
    std::uint64_t sequence = 0;
    std::vector<PreparedArticle> articles;
    std::vector<std::pair<std::string, std::string>> records;
    std::set<std::string> languages;
    std::size_t bytes = 0;
    bool empty() const { return articles.empty() && records.empty(); }
  };
  struct Shard {
    std::unique_ptr<StagingArea> area;
    Batch filling;
    std::uint64_t next_sequence = 0;
    std::vector<Staged> staged;                // contiguous from segment 0
    std::vector<Staged> waiting;               // written after a gap
  };

  bool send(Batch&& batch);
  void write_loop();
  void write_segment(Batch& batch);
  void merge_loop();
  // A run of merge_factor staged databases of one tier in some shard:
  // false if there is none.
  bool pick_merge(std::size_t& shard, std::size_t& at) const;
  void fail(std::exception_ptr e);
  void stop_threads();

  ShardSet& index_;
  SegmentOptions options_;
  std::vector<Shard> shards_;

  mutable std::mutex mutex_;
  std::condition_variable changed_;  // a segment staged, a job queued or taken, stopping
  std::vector<Batch> jobs_;          // for the writers, oldest first
  std::size_t writing_ = 0;          // jobs taken, not yet staged
  bool closing_ = false;             // no more jobs
  bool stopping_merges_ = false;
  std::exception_ptr error_;
  std::size_t segments_written_ = 0;
  std::vector<std::thread> writers_;
  std::thread merger_;
};

}  // namespace newsarchive::indexer
