// Puts what parallel workers produce back in input order. Workers read
// inputs 0, 1, 2... concurrently; each submits its input's events, the
// last one marked. Events of the earliest unfinished input are delivered at
// once; those of later inputs wait in a buffer of at most `limit` events
// (their worker waits when it is full). So the database receives articles,
// and the user reads messages, in the same order on every run, whatever
// the number of threads, and memory stays bounded.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <utility>

namespace newsarchive::indexer {

template <typename Event>
class InputSequencer {
 public:
  // `deliver` is called for each event, in order, one call at a time.
  InputSequencer(std::size_t limit, std::function<void(Event&)> deliver)
      : limit_(limit == 0 ? 1 : limit), deliver_(std::move(deliver)) {}

  // Submits an event of input `input`; `last` says it is the input's last.
  // Every input from 0 up must end with a `last` event, or later inputs
  // wait for ever.
  void submit(std::size_t input, Event&& event, bool last) {
    std::unique_lock lock(mutex_);
    if (input != next_)
      room_.wait(lock, [&] { return input == next_ || buffered_ < limit_; });
    if (input == next_) {
      deliver_(event);
      if (last) advance();
      return;
    }
    Pending& p = pending_[input];
    p.events.push_back(std::move(event));
    p.finished = last;
    ++buffered_;
  }

 private:
  struct Pending {
    std::deque<Event> events;
    bool finished = false;
  };

  // The current input has ended: deliver what later inputs have buffered,
  // up to the first that has not ended yet.
  void advance() {
    ++next_;
    for (auto it = pending_.find(next_); it != pending_.end(); it = pending_.find(next_)) {
      for (Event& e : it->second.events) deliver_(e);
      buffered_ -= it->second.events.size();
      const bool finished = it->second.finished;
      pending_.erase(it);
      if (!finished) break;
      ++next_;
    }
    room_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable room_;
  std::map<std::size_t, Pending> pending_;
  std::size_t next_ = 0, buffered_ = 0, limit_;
  std::function<void(Event&)> deliver_;
};

}  // namespace newsarchive::indexer
