#include "writer/segment_build.h"

#include <algorithm>

#include <xapian.h>

#include <filesystem>
#include <system_error>
#include <thread>

#include "newsarchive/schema.h"
#include "writer/compaction.h"
#include "writer/database.h"
#include "writer/shard_set.h"
#include "writer/spelling.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

// The tier of a staged database of n segments: 0 below `factor`, 1 below
// factor^2, ...
std::size_t tier(std::uint64_t segments, std::size_t factor) {
  std::size_t t = 0;
  for (std::uint64_t n = segments; n >= factor; n /= factor) ++t;
  return t;
}

std::string joined_languages(const std::set<std::string>& languages) {
  std::string list;
  for (const auto& lang : languages) list += (list.empty() ? "" : ",") + lang;
  return list;
}

}  // namespace

SegmentBuild::SegmentBuild(ShardSet& index, const SegmentOptions& options)
    : index_(index), options_(options) {
  if (options_.segment_articles == 0) options_.segment_articles = 1;
  if (options_.writers == 0)
    options_.writers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                               SegmentOptions::kMaxWriters);
  if (options_.merge_factor < 2) options_.merge_factor = 2;
  shards_.resize(index.size());
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    Shard& shard = shards_[s];
    shard.area = std::make_unique<StagingArea>(
        StagingArea::area_dir(index.path(), index.generation(), s));
    shard.staged = shard.area->found();
    shard.next_sequence = shard.staged.empty() ? 0 : shard.staged.back().last + 1;
    shard.filling.shard = s;
    shard.filling.sequence = shard.next_sequence++;
  }
  for (std::size_t t = 0; t < options_.writers; ++t) writers_.emplace_back([this] { write_loop(); });
  merger_ = std::thread([this] { merge_loop(); });
}

SegmentBuild::~SegmentBuild() { stop_threads(); }

void SegmentBuild::stop_threads() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    stopping_merges_ = true;
  }
  changed_.notify_all();
  for (auto& t : writers_)
    if (t.joinable()) t.join();
  if (merger_.joinable()) merger_.join();
}

std::vector<std::string> SegmentBuild::staged_paths(std::size_t shard) const {
  std::vector<std::string> paths;
  for (const Staged& s : shards_.at(shard).area->found()) paths.push_back(s.path);
  return paths;
}

bool SegmentBuild::add(std::size_t shard, PreparedArticle&& article) {
  Batch& b = shards_.at(shard).filling;
  if (!article.language.empty()) b.languages.insert(article.language);
  b.bytes += article.bytes;
  b.articles.push_back(std::move(article));
  if (b.articles.size() < options_.segment_articles && b.bytes < options_.segment_bytes)
    return true;
  Shard& s = shards_[shard];
  Batch full = std::move(s.filling);
  s.filling = Batch{};
  s.filling.shard = shard;
  s.filling.sequence = s.next_sequence++;
  return send(std::move(full));
}

bool SegmentBuild::record(const std::string& key, const std::string& stamp) {
  for (Shard& s : shards_) s.filling.records.emplace_back(key, stamp);
  std::lock_guard lock(mutex_);
  return !error_;
}

bool SegmentBuild::send(Batch&& batch) {
  std::unique_lock lock(mutex_);
  // Memory stays flat: at most one job waiting per writer.
  changed_.wait(lock, [&] { return jobs_.size() < options_.writers || error_ || closing_; });
  if (error_ || closing_) return false;
  jobs_.push_back(std::move(batch));
  changed_.notify_all();
  return true;
}

void SegmentBuild::fail(std::exception_ptr e) {
  {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = e;
  }
  changed_.notify_all();
}

void SegmentBuild::write_loop() {
  for (;;) {
    Batch batch;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !jobs_.empty() || closing_ || error_; });
      if (jobs_.empty() || error_) return;
      batch = std::move(jobs_.front());
      jobs_.erase(jobs_.begin());
      ++writing_;
    }
    changed_.notify_all();
    try {
      write_segment(batch);
    } catch (const Xapian::Error& e) {
      fail(std::make_exception_ptr(DatabaseError("cannot write a segment in " +
                                                 shards_[batch.shard].area->dir() + ": " +
                                                 e.get_description())));
    } catch (...) {
      fail(std::current_exception());
    }
    {
      std::lock_guard lock(mutex_);
      --writing_;
    }
    changed_.notify_all();
  }
}

void SegmentBuild::write_segment(Batch& batch) {
  Shard& shard = shards_[batch.shard];
  const std::string tmp = shard.area->temporary_path(batch.sequence, batch.sequence);
  std::error_code ec;
  fs::remove_all(tmp, ec);
  {
    Xapian::WritableDatabase db(tmp, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
    // One transaction: nothing reaches the disk before the commit, whatever
    // Xapian's flush threshold.
    db.begin_transaction(false);
    for (PreparedArticle& a : batch.articles) {
      db.add_document(a.doc);
      for (const Xapian::Document& q : a.quotes) db.add_document(q);
      a = PreparedArticle{};  // memory back as soon as Xapian has the terms
    }
    if (!batch.languages.empty())
      db.set_metadata(std::string(schema::kLanguagesKey), joined_languages(batch.languages));
    for (const auto& [key, value] : batch.records) db.set_metadata(key, value);
    db.commit_transaction();
    db.close();
  }
  Staged staged = shard.area->seal(batch.sequence, batch.sequence);
  {
    std::lock_guard lock(mutex_);
    ++segments_written_;
    // Staged in sequence order: a segment after a gap waits for it.
    auto& waiting = shard.waiting;
    waiting.push_back(std::move(staged));
    for (bool moved = true; moved;) {
      moved = false;
      const std::uint64_t next = shard.staged.empty() ? 0 : shard.staged.back().last + 1;
      for (auto it = waiting.begin(); it != waiting.end(); ++it)
        if (it->first == next) {
          shard.staged.push_back(std::move(*it));
          waiting.erase(it);
          moved = true;
          break;
        }
    }
  }
  changed_.notify_all();
}

bool SegmentBuild::pick_merge(std::size_t& shard, std::size_t& at) const {
  const std::size_t f = options_.merge_factor;
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    const auto& staged = shards_[s].staged;
    for (std::size_t i = 0; i + f <= staged.size(); ++i) {
      const std::size_t t = tier(staged[i].segments(), f);
      std::size_t n = 1;
      while (n < f && tier(staged[i + n].segments(), f) == t) ++n;
      if (n == f) {
        shard = s;
        at = i;
        return true;
      }
    }
  }
  return false;
}

void SegmentBuild::merge_loop() {
  for (;;) {
    std::size_t s = 0, at = 0;
    std::vector<Staged> sources;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return stopping_merges_ || error_ || pick_merge(s, at); });
      if (stopping_merges_ || error_) return;
      const auto& staged = shards_[s].staged;
      sources.assign(staged.begin() + static_cast<std::ptrdiff_t>(at),
                     staged.begin() + static_cast<std::ptrdiff_t>(at + options_.merge_factor));
    }
    // Only this thread changes entries already staged, so `sources` stay
    // where they are while the writers append after them.
    const StagingArea& area = *shards_[s].area;
    const std::uint64_t first = sources.front().first, last = sources.back().last;
    try {
      std::vector<std::string> paths;
      for (const Staged& x : sources) paths.push_back(x.path);
      const std::string tmp = area.temporary_path(first, last);
      std::error_code ec;
      fs::remove_all(tmp, ec);
      merge_databases(paths, tmp);
      Staged merged = area.seal(first, last);
      {
        std::lock_guard lock(mutex_);
        auto& staged = shards_[s].staged;
        staged.erase(staged.begin() + static_cast<std::ptrdiff_t>(at),
                     staged.begin() + static_cast<std::ptrdiff_t>(at + options_.merge_factor));
        staged.insert(staged.begin() + static_cast<std::ptrdiff_t>(at), std::move(merged));
      }
      for (const std::string& p : paths) fs::remove_all(p, ec);
    } catch (const Xapian::Error& e) {
      fail(std::make_exception_ptr(DatabaseError("cannot merge segments in " + area.dir() +
                                                 ": " + e.get_description())));
      return;
    } catch (...) {
      fail(std::current_exception());
      return;
    }
  }
}

void SegmentBuild::finish() {
  for (Shard& s : shards_) {
    if (s.filling.empty()) continue;
    Batch last = std::move(s.filling);
    s.filling = Batch{};
    if (!send(std::move(last))) break;
  }
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return (jobs_.empty() && writing_ == 0) || error_; });
  }
  stop_threads();
  if (error_) std::rethrow_exception(error_);

  bool staged = false;
  for (const Shard& s : shards_) staged = staged || !s.staged.empty();
  if (!staged) return;
  // What the run changed in the database itself (a --part claim) is
  // committed, so the merge reads it.
  index_.commit();
  const std::uint64_t next = index_.generation() + 1;
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < shards_.size(); ++i) {
    const Shard& s = shards_[i];
    const std::string live = index_.shard(i).path();
    if (s.staged.empty()) {
      paths.push_back(live);  // unchanged: the stub keeps naming it
      continue;
    }
    const std::string out = index_.generation_path(i, next);
    std::vector<std::string> sources{live};
    for (const Staged& x : s.staged) sources.push_back(x.path);
    try {
      std::error_code ec;
      fs::remove_all(out, ec);
      merge_databases(sources, out);
      Xapian::WritableDatabase db(out, Xapian::DB_OPEN);
      drop_superseded(db);
      update_spelling(db);
      db.commit();
    } catch (const Xapian::Error& e) {
      throw DatabaseError("cannot merge the new articles into database " + index_.path() + ": " +
                          e.get_description());
    }
    paths.push_back(out);
  }
  index_.publish(paths, next);
}

std::size_t SegmentBuild::segments_written() const {
  std::lock_guard lock(mutex_);
  return segments_written_;
}

}  // namespace newsarchive::indexer
