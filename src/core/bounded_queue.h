// The two hand-over points of run_stream(): a FIFO into the workers and a reorder buffer out of
// them, each bounded in items and in bytes. An item bigger than the byte bound is still let in
// when it is alone (FIFO) or the next one due (reorder buffer), so progress never stalls.
#ifndef LAGEBILD_CORE_BOUNDED_QUEUE_H_
#define LAGEBILD_CORE_BOUNDED_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>

namespace lagebild::core {

// `Item` needs `uint64_t seq` and `size_t bytes` members.
template <typename Item>
class BoundedFifo {
 public:
  BoundedFifo(size_t max_items, size_t max_bytes) : max_items_(max_items), max_bytes_(max_bytes) {}

  // Blocks while full. False when the queue was aborted (the item is dropped).
  bool push(Item&& item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] {
      return aborted_ || items_.empty() ||
             (items_.size() < max_items_ && bytes_ + item.bytes <= max_bytes_);
    });
    if (aborted_) return false;
    bytes_ += item.bytes;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Blocks while empty. False once the queue is closed and drained, or aborted.
  bool pop(Item& item) {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return aborted_ || closed_ || !items_.empty(); });
    if (aborted_ || items_.empty()) return false;
    item = std::move(items_.front());
    items_.pop_front();
    bytes_ -= item.bytes;
    not_full_.notify_all();
    return true;
  }

  // No more pushes; pop() drains what is left.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }

  // Stops everything now: waiting and later calls return false.
  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    items_.clear();
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  const size_t max_items_;
  const size_t max_bytes_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<Item> items_;
  size_t bytes_ = 0;
  bool closed_ = false;
  bool aborted_ = false;
};

// Items arrive in any order and leave in `seq` order 0, 1, 2, ... Deadlock-free as long as
// items are taken from a FIFO in seq order and every seq is put exactly once: the item due next
// is then always held by a worker that is not blocked, because put() admits it unconditionally.
template <typename Item>
class ReorderBuffer {
 public:
  ReorderBuffer(size_t max_items, size_t max_bytes)
      : max_items_(max_items), max_bytes_(max_bytes) {}

  // Blocks while full (unless `item` is the one due next). False when aborted.
  bool put(Item&& item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return aborted_ || item.seq == next_ ||
             (items_.size() < max_items_ && bytes_ + item.bytes <= max_bytes_);
    });
    if (aborted_) return false;
    bytes_ += item.bytes;
    const uint64_t seq = item.seq;
    items_.emplace(seq, std::move(item));
    if (seq == next_) changed_.notify_all();
    return true;
  }

  // The next item in order; blocks until it is there. False after the last one, or when aborted.
  bool take(Item& item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return aborted_ || (!items_.empty() && items_.begin()->first == next_) ||
             (total_ && next_ == *total_);
    });
    if (aborted_ || items_.empty() || items_.begin()->first != next_) return false;
    auto node = items_.extract(items_.begin());
    item = std::move(node.mapped());
    bytes_ -= item.bytes;
    ++next_;
    changed_.notify_all();
    return true;
  }

  // How many items there will be in all: set once the producer is done.
  void set_total(uint64_t total) {
    std::lock_guard lock(mutex_);
    total_ = total;
    changed_.notify_all();
  }

  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    items_.clear();
    changed_.notify_all();
  }

 private:
  const size_t max_items_;
  const size_t max_bytes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<uint64_t, Item> items_;
  size_t bytes_ = 0;
  uint64_t next_ = 0;
  std::optional<uint64_t> total_;
  bool aborted_ = false;
};

}  // namespace lagebild::core

#endif  // LAGEBILD_CORE_BOUNDED_QUEUE_H_
