// Where the query API reads from, and the one consistent view a request reads
// through (DESIGN §6: a response never mixes two commits).
//
//   - live: the engine's own store, in the engine process (`relance run
//     --http`): each view holds a RocksDB snapshot;
//   - read-only: a database nobody writes to (`relance serve` on a copy or a
//     stopped engine's directory): every read is consistent by itself;
//   - secondary: a RocksDB secondary beside a live writer in another process
//     (`relance serve --secondary`): secondaries support no snapshots, and
//     their view moves only in CatchUp(), so a view holds a shared lock and
//     CatchUp takes it exclusively. The lock prefers the writer, so a steady
//     stream of requests cannot starve catching up.
//
// A source may be empty (the engine has not opened its store yet, or is
// closing it): Open() then gives an invalid view and the API answers 503.
//
// Thread safety: everything, from any thread. A ReadView belongs to the
// thread that opened it.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "engine/core/status.h"
#include "engine/store/store.h"

namespace relance::api {

// A shared/exclusive lock where a waiting exclusive locker blocks new shared
// ones (std::shared_mutex on glibc prefers readers and may starve writers).
class WriterPreferringLock {
 public:
  void lock_shared();
  void unlock_shared();
  void lock();
  void unlock();

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::uint32_t readers_ = 0;
  std::uint32_t writers_waiting_ = 0;
  bool writing_ = false;
};

enum class SourceMode { kLive, kReadOnly, kSecondary };

class StoreSource;

// One request's reads. Move-only; releases its snapshot or lock on destruction.
class ReadView {
 public:
  ReadView() = default;
  ~ReadView();
  ReadView(ReadView&& other) noexcept;
  ReadView& operator=(ReadView&& other) = delete;
  ReadView(const ReadView&) = delete;

  bool valid() const { return store_ != nullptr; }
  std::uint32_t partitions() const { return partitions_; }
  const store::Store& store() const { return *store_; }
  const rocksdb::Snapshot* snapshot() const { return snapshot_; }

  Status Get(store::Family family, std::string_view key, std::string* value, bool* found) const;
  // `upper_bound` must outlive the iterator.
  std::unique_ptr<rocksdb::Iterator> NewIterator(store::Family family,
                                                 const rocksdb::Slice* upper_bound = nullptr) const;

 private:
  friend class StoreSource;
  StoreSource* source_ = nullptr;
  const store::Store* store_ = nullptr;
  const rocksdb::Snapshot* snapshot_ = nullptr;
  std::uint32_t partitions_ = 0;
};

class StoreSource {
 public:
  explicit StoreSource(SourceMode mode) : mode_(mode) {}
  SourceMode mode() const { return mode_; }

  // Starts serving `store` (not owned; must stay open until Detach). Reads
  // its partition count.
  Status Attach(store::Store* store);
  // Waits for the views in use to end, then serves nothing.
  void Detach();
  bool attached();

  // A view of the store; invalid when nothing is attached.
  ReadView Open();

  // A secondary: catches up with the primary, between two views.
  Status CatchUp();
  std::uint64_t catch_ups() const { return catch_ups_.load(); }
  std::uint64_t catch_up_failures() const { return catch_up_failures_.load(); }

 private:
  friend class ReadView;
  const SourceMode mode_;
  WriterPreferringLock lock_;
  store::Store* store_ = nullptr;  // Guarded by lock_.
  std::uint32_t partitions_ = 0;   // Guarded by lock_.
  std::atomic<std::uint64_t> catch_ups_{0};
  std::atomic<std::uint64_t> catch_up_failures_{0};
};

}  // namespace relance::api
