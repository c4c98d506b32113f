#include "pipeline/indexing.h"

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <mutex>
#include <ostream>
#include <thread>

#include "writer/cluster_index.h"
#include "writer/quote_key_index.h"
#include "extract/extractor.h"
#include "newsarchive/article_json.h"
#include "newsarchive/schema.h"
#include "pipeline/bounded_queue.h"
#include "writer/input_records.h"
#include "pipeline/input_sequencer.h"
#include "pipeline/source_reader.h"
#include "pipeline/hash_set.h"
#include "writer/database.h"
#include "writer/segment_build.h"
#include "writer/shard_set.h"

namespace newsarchive::indexer {
namespace {

// Events of one input waiting for earlier inputs to finish, at most.
constexpr std::size_t kReorderLimit = 512;
// Articles waiting for each shard's writer, at most.
constexpr std::size_t kShardQueue = 256;
// For choosing the write path: the size of an average article file, and
// how small a share of the database a run may be and still be written
// through segments (a run of a twentieth of the database or more).
constexpr std::uint64_t kBytesPerArticle = 3000;
constexpr std::uint64_t kSegmentsFromShare = 20;

// What a worker hands on, in input order.
struct Event {
  enum class Kind { article, warning, failure, skipped, end } kind = Kind::end;
  // article: its documents (indexing) or itself (extracting).
  PreparedArticle prepared;
  Article article;
  std::string format;
  bool repaired = false;
  // warning, failure, skipped; the input's own name for its end.
  std::string input, position, message;
  // end of the input.
  bool opened = false, unchanged = false;
  std::uint64_t size = 0;         // of the input's file
  std::string record_key, stamp;  // recorded in each shard when not empty
};

// For each worker thread: turns an extracted article into the payload of
// its event (documents or JSON).
using Preparer = std::function<void(Article&, Event&)>;
using PreparerFactory = std::function<Preparer()>;

std::uint64_t file_size(const InputRef& ref) {
  struct stat st {};
  return ref.path != "-" && ::stat(ref.path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

// Hands a reader's findings to extraction and on as events.
class WorkerSink final : public ReadSink {
 public:
  WorkerSink(std::size_t input, InputSequencer<Event>& out, const RunOptions& options,
             const Preparer& prepare)
      : input_(input), out_(out), options_(options), prepare_(prepare) {}

  void article(RawArticle&& raw) override {
    Event e;
    e.kind = Event::Kind::article;
    Article a = extract(raw, options_.quotes ? *options_.quotes : QuoteResources::defaults(),
                        options_.entities ? *options_.entities : EntityResources::defaults(),
                        options_.readers.limits);
    // The reader's warnings and the extractor's, as the article carries
    // them: the summary's "with warnings" counts what the article says.
    e.repaired = !a.warnings.empty();
    for (const std::string& w : a.warnings) {
      Event warning;
      warning.kind = Event::Kind::warning;
      warning.input = raw.origin;
      warning.message = w;
      out_.submit(input_, std::move(warning), false);
    }
    // The key itself is assigned in input order, as the article is delivered.
    if (options_.clusters != nullptr) a.minhash = fingerprint(a);
    e.format = a.format;
    prepare_(a, e);
    out_.submit(input_, std::move(e), false);
  }
  void skipped(const std::string& member, const std::string& reason) override {
    Event e;
    e.kind = Event::Kind::skipped;
    e.input = member;
    e.message = reason;
    out_.submit(input_, std::move(e), false);
  }
  void failure(const std::string& input, const std::string& position,
               const std::string& reason) override {
    Event e;
    e.kind = Event::Kind::failure;
    e.input = input;
    e.position = position;
    e.message = reason;
    out_.submit(input_, std::move(e), false);
    failed = true;
  }

  bool failed = false;

 private:
  std::size_t input_;
  InputSequencer<Event>& out_;
  const RunOptions& options_;
  const Preparer& prepare_;
};

// Reads inputs on `threads` workers, each input's events ending with an
// `end` event. Stops taking inputs once `stop` is set.
void run_workers(const InputList& list, const RunOptions& options, std::size_t threads,
                 InputSequencer<Event>& out, const PreparerFactory& factory,
                 const std::vector<std::vector<std::string>>& shard_paths,
                 std::atomic<bool>& stop) {
  // The inputs, numbered as they are taken.
  InputCursor cursor(list);
  std::size_t taken = 0;
  std::mutex cursor_mutex;
  auto work = [&] {
    const Preparer prepare = factory();
    std::unique_ptr<InputRecords> records;
    if (options.skip_unchanged && !shard_paths.empty())
      records = std::make_unique<InputRecords>(shard_paths);
    for (InputRef ref;;) {
      std::size_t i = 0;
      {
        std::lock_guard<std::mutex> lock(cursor_mutex);
        if (!cursor.next(ref)) return;
        i = taken++;
      }
      Event end;
      end.input = ref.path == "-" ? "(standard input)" : ref.path;
      end.size = file_size(ref);
      if (!stop) {
        // Stamped before reading: a file changed while it is read is read
        // again next time.
        const std::string stamp = records ? input_stamp(ref) : "";
        const std::string key = stamp.empty() ? "" : schema::input_record_key(ref.id);
        if (records && records->unchanged(key, stamp)) {
          end.unchanged = true;
        } else {
          WorkerSink sink(i, out, options, prepare);
          try {
            end.opened = read_source(ref, options.readers, sink);
          } catch (const std::exception& e) {
            sink.failure(ref.path, "", std::string("internal error: ") + e.what());
          }
          if (end.opened && !sink.failed && records) {
            end.record_key = key;
            end.stamp = stamp;
          }
        }
      }
      out.submit(i, std::move(end), true);
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
}

std::size_t worker_count(const RunOptions& options, std::size_t inputs) {
  std::size_t n = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
  if (n == 0) n = 1;
  return std::max<std::size_t>(1, std::min(n, inputs));
}

// Counts and reports delivered events, in order, and passes articles to
// `consume`. Under --strict, drops everything after the input that failed.
class Delivery {
 public:
  // `extracting`: events carry Articles, not documents.
  Delivery(const InputList& list, const RunOptions& options, Reporter& reporter,
           std::function<bool(Event&)> consume, std::atomic<bool>& stop, bool extracting)
      : options_(options), reporter_(reporter), consume_(std::move(consume)), stop_(stop),
        extracting_(extracting),
        start_(std::chrono::steady_clock::now()) {
    progress_.inputs_total = list.count;
    progress_.bytes_total = list.bytes;
  }

  void operator()(Event& e) {
    if (summary.stopped) return;
    switch (e.kind) {
      case Event::Kind::article:
        ++summary.formats[e.format];
        if (e.repaired) ++summary.repaired;
        if (options_.clusters != nullptr) assign_cluster(e);
        if (!consume_(e)) stop_ = true;
        ++progress_.articles;
        report_progress();
        break;
      case Event::Kind::warning:
        if (others_shown_ < cap()) {
          reporter_.warning(e.input, e.message);
          ++others_shown_;
        } else {
          ++others_omitted_;
        }
        break;
      case Event::Kind::failure:
        if (failures_shown_ < cap()) {
          reporter_.failure(e.input, e.position, e.message);
          ++failures_shown_;
        } else {
          ++failures_omitted_;
        }
        ++summary.failed;
        ++progress_.failed;
        if (options_.strict) stop_after_input_ = true;
        break;
      case Event::Kind::skipped:
        ++summary.skipped;
        if (e.message.empty()) break;
        if (others_shown_ < cap()) {
          reporter_.skipped(e.input, e.message);
          ++others_shown_;
        } else {
          ++others_omitted_;
        }
        break;
      case Event::Kind::end:
        if (failures_omitted_ > 0 || others_omitted_ > 0)
          reporter_.omitted(e.input, failures_omitted_, others_omitted_);
        failures_shown_ = others_shown_ = failures_omitted_ = others_omitted_ = 0;
        if (e.opened) ++summary.inputs;
        if (e.unchanged) ++summary.unchanged, ++progress_.unchanged;
        if (!e.record_key.empty() && !consume_(e)) stop_ = true;
        ++progress_.inputs_done;
        progress_.bytes_done += e.size;
        report_progress();
        if (stop_after_input_) {
          summary.stopped = true;
          stop_ = true;
        }
        break;
    }
  }

  Summary summary;

 private:
  // In input order, so that the first of a set of copies gives the key
  // whatever the threads did.
  void assign_cluster(Event& e) {
    if (extracting_) {
      e.article.cluster = options_.clusters->assign(e.article.id, e.article.minhash);
    } else {
      const std::string key = options_.clusters->assign(e.prepared.id, e.prepared.minhash);
      DocumentBuilder::set_cluster(e.prepared, key);
      if (options_.quote_keys == nullptr) return;
      DocumentBuilder::set_quote_keys(
          e.prepared,
          options_.quote_keys->assign(e.prepared.quote_words, e.prepared.quote_speakers, key));
    }
  }

  // Problems of one input reported one by one, at most.
  std::size_t cap() const { return options_.readers.limits.max_reports_per_input; }

  void report_progress() {
    progress_.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    reporter_.progress(progress_);
  }

  const RunOptions& options_;
  Reporter& reporter_;
  std::function<bool(Event&)> consume_;
  std::atomic<bool>& stop_;
  bool extracting_;
  std::chrono::steady_clock::time_point start_;
  Progress progress_;
  bool stop_after_input_ = false;
  // Of the current input: failures and other problems reported, and those
  // counted only, past cap().
  std::size_t failures_shown_ = 0, others_shown_ = 0;
  std::size_t failures_omitted_ = 0, others_omitted_ = 0;
};

// Reports the problems of the input list itself; false if --strict stops.
bool report_listing(const InputList& list, const RunOptions& options, Reporter& reporter,
                    Summary& summary) {
  summary.skipped = list.skipped;
  for (const auto& [path, reason] : list.passed_over) reporter.skipped(path, reason);
  for (const auto& [path, reason] : list.problems) {
    reporter.failure(path, "", reason);
    ++summary.failed;
  }
  if (options.strict && summary.failed > 0) {
    summary.stopped = true;
    return false;
  }
  return true;
}

void merge_listing(const Summary& listing, Summary& run) {
  run.failed += listing.failed;
  run.skipped += listing.skipped;
}

// What a shard's writer is handed: an article, or the record of an input
// all of whose articles it has been handed.
struct ShardItem {
  PreparedArticle article;
  std::string record_key, stamp;
};

// The documents of each input, built on the workers.
const PreparerFactory kDocuments = [] {
  auto builder = std::make_shared<DocumentBuilder>();
  return [builder](Article& a, Event& e) { e.prepared = builder->prepare(a); };
};

// Whether the article belongs to another machine's part (RunOptions::parts).
bool other_part(const RunOptions& options, const Event& e) {
  return options.parts > 1 && ShardSet::shard_of(e.prepared.id, options.parts) != options.part;
}

// The direct write path: a writer thread per shard adds each article to
// its shard and commits every batch.
Summary write_direct(const InputList& inputs, ShardSet& index, const RunOptions& options,
                     Reporter& reporter) {
  const std::size_t shards = index.size();
  std::vector<std::unique_ptr<BoundedQueue<ShardItem>>> queues;
  for (std::size_t s = 0; s < shards; ++s)
    queues.push_back(std::make_unique<BoundedQueue<ShardItem>>(kShardQueue));
  std::vector<std::size_t> added(shards), replaced(shards);
  std::vector<std::exception_ptr> errors(shards);
  std::atomic<bool> stop{false};

  auto close_all = [&] {
    for (auto& q : queues) q->close();
  };
  std::vector<std::thread> writers;
  for (std::size_t s = 0; s < shards; ++s)
    writers.emplace_back([&, s] {
      Writer& w = index.shard(s);
      try {
        for (ShardItem item; queues[s]->pop(item);) {
          if (!item.record_key.empty()) {
            w.record_input(std::move(item.record_key), std::move(item.stamp));
          } else if (w.write(std::move(item.article)) == Writer::Outcome::added) {
            ++added[s];
          } else {
            ++replaced[s];
          }
        }
        w.finish();
      } catch (...) {
        errors[s] = std::current_exception();
        stop = true;
        close_all();
      }
    });

  std::vector<std::vector<std::string>> shard_paths;
  for (std::size_t s = 0; s < shards; ++s) shard_paths.push_back({index.shard(s).path()});
  // Each input's record goes to every shard, after that shard's share of
  // its articles: a shard's record says it holds all of them.
  std::size_t other_parts = 0;
  auto consume = [&](Event& e) {
    if (e.kind == Event::Kind::end) {
      for (auto& q : queues)
        if (!q->push(ShardItem{{}, e.record_key, e.stamp})) return false;
      return true;
    }
    if (other_part(options, e)) {
      ++other_parts;
      return true;
    }
    const std::size_t s = index.shard_of(e.prepared.id);
    return queues[s]->push(ShardItem{std::move(e.prepared), {}, {}});
  };
  Delivery delivery(inputs, options, reporter, consume, stop, false);
  {
    InputSequencer<Event> sequencer(kReorderLimit, std::ref(delivery));
    run_workers(inputs, options, worker_count(options, inputs.count), sequencer, kDocuments,
                shard_paths, stop);
  }
  close_all();
  for (auto& t : writers) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);

  Summary summary = std::move(delivery.summary);
  summary.other_parts = other_parts;
  for (std::size_t s = 0; s < shards; ++s) {
    summary.added += added[s];
    summary.replaced += replaced[s];
  }
  return summary;
}

// The segment write path (writer/segment_build.h).
Summary write_segments(const InputList& inputs, ShardSet& index, const RunOptions& options,
                       Reporter& reporter) {
  SegmentBuild build(index, options.segments);
  std::vector<std::vector<std::string>> shard_paths;
  for (std::size_t s = 0; s < index.size(); ++s) {
    shard_paths.push_back({index.shard(s).path()});
    for (std::string& p : build.staged_paths(s)) shard_paths.back().push_back(std::move(p));
  }
  std::atomic<bool> stop{false};
  std::size_t other_parts = 0, added = 0, replaced = 0;
  HashSet seen;  // the ids of this run
  std::exception_ptr error;
  auto consume = [&](Event& e) {
    if (e.kind == Event::Kind::end) return build.record(e.record_key, e.stamp);
    if (other_part(options, e)) {
      ++other_parts;
      return true;
    }
    const std::size_t s = index.shard_of(e.prepared.id);
    try {
      // Counted as the direct path counts: a replace if the database or
      // this run had the id before.
      const bool again = !seen.insert(schema::stable_hash(e.prepared.id)) ||
                         index.shard(s).database().term_exists(
                             DocumentBuilder::id_term(e.prepared.id));
      ++(again ? replaced : added);
    } catch (const Xapian::Error& x) {
      error = std::make_exception_ptr(DatabaseError("cannot read database " + index.path() +
                                                    ": " + x.get_description()));
      return false;
    }
    return build.add(s, std::move(e.prepared));
  };
  Delivery delivery(inputs, options, reporter, consume, stop, false);
  {
    InputSequencer<Event> sequencer(kReorderLimit, std::ref(delivery));
    run_workers(inputs, options, worker_count(options, inputs.count), sequencer, kDocuments,
                shard_paths, stop);
  }
  if (error) std::rethrow_exception(error);
  build.finish();

  Summary summary = std::move(delivery.summary);
  summary.other_parts = other_parts;
  summary.added = added;
  summary.replaced = replaced;
  return summary;
}

// Whether a run should take the segment path: always into a new or empty
// database; into a full one, when the run is large beside it, since the
// final merge rewrites the whole database (see RunOptions::write_path).
bool segments_pay(const InputList& inputs, ShardSet& index) {
  if (!index.has_stub()) return false;
  const std::size_t held = index.article_count();
  if (held == 0) return true;
  const std::uint64_t estimate =
      std::max<std::uint64_t>(inputs.count, inputs.bytes / kBytesPerArticle);
  return estimate * kSegmentsFromShare >= held;
}

}  // namespace

Summary index_inputs(const InputList& inputs, ShardSet& index, const RunOptions& options,
                     Reporter& reporter) {
  Summary listing;
  if (!report_listing(inputs, options, reporter, listing)) return listing;
  const bool segments = options.write_path == WritePath::segments ||
                        (options.write_path == WritePath::automatic &&
                         segments_pay(inputs, index));
  if (segments && !index.has_stub())
    throw DatabaseError("database " + index.path() +
                        " is a plain Xapian database; the segment write path needs a database "
                        "directory with a stub file (newsindex --compact makes one)");
  Summary summary = segments ? write_segments(inputs, index, options, reporter)
                             : write_direct(inputs, index, options, reporter);
  index.share_languages();
  merge_listing(listing, summary);
  if (options.clusters != nullptr) summary.duplicates = options.clusters->copies();
  return summary;
}

Summary extract_inputs(const InputList& inputs, std::ostream& out, const RunOptions& options,
                       Reporter& reporter) {
  Summary listing;
  if (!report_listing(inputs, options, reporter, listing)) return listing;
  std::atomic<bool> stop{false};
  std::size_t extracted = 0;
  auto consume = [&](Event& e) {
    if (e.kind == Event::Kind::article) {
      out << to_json(e.article) << '\n';
      ++extracted;
    }
    return true;
  };
  Delivery delivery(inputs, options, reporter, consume, stop, true);
  {
    InputSequencer<Event> sequencer(kReorderLimit, std::ref(delivery));
    const PreparerFactory factory = [] {
      return [](Article& a, Event& e) { e.article = std::move(a); };
    };
    run_workers(inputs, options, worker_count(options, inputs.count), sequencer, factory, {},
                stop);
  }
  Summary summary = std::move(delivery.summary);
  merge_listing(listing, summary);
  summary.extracted = extracted;
  if (options.clusters != nullptr) summary.duplicates = options.clusters->copies();
  return summary;
}

}  // namespace newsarchive::indexer
