// The RocksDB store: one database, one column family per kind of state
// (DESIGN §4, key layout in keys.h). Thin: it opens, reads and commits
// batches; what goes in a batch is decided by the replay or Kafka runtime.
//
// Durability modes:
//   - default: every commit goes through the write-ahead log (not fsynced
//     unless `sync`), so a killed process loses nothing it committed;
//   - bulk: the WAL is off and the families are flushed atomically
//     (`atomic_flush`), so a crash rolls the whole database back to one
//     earlier commit, cursor included; the log is the truth and the replay
//     resumes from that cursor. Call Flush() at the end of a bulk replay.
//
// Thread safety: RocksDB's; a Store may be shared by readers and one writer.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/status.h"

namespace relance::store {

enum class Family : int { kDebt = 0, kDebtor, kHistory, kTimer, kMeta, kOutbox, kAction, kProjection };
inline constexpr int kFamilyCount = 8;
// Records of the `meta` family a caller commits with the engine's (the input
// cursor): (key, value).
using MetaRecords = std::vector<std::pair<std::string, std::string>>;
std::string_view FamilyName(Family family);

struct StoreOptions {
  // WAL off, atomic flush: for replays from a log. Default: false.
  bool bulk = false;
  // fsync the WAL on each commit (machine crashes, not only process ones). Default: false.
  bool sync = false;
  // Shared block cache for all families. Default: 128 MiB.
  std::size_t block_cache_bytes = 128u << 20;
  // Memtable size per family. Default: 32 MiB.
  std::size_t write_buffer_bytes = 32u << 20;
  // All memtables of all families together. Default: 256 MiB.
  std::size_t memtable_budget_bytes = 256u << 20;
  // Open without writing (show, digest, export). Default: false.
  bool read_only = false;
  // When set, open as a RocksDB secondary instance beside a live writer (the
  // primary, another process): reads see the primary's commits up to the last
  // CatchUp(). The directory keeps the secondary's own info log. Implies
  // read_only. Default: empty (not a secondary).
  std::string secondary_dir;
};

class Store {
 public:
  // Opens or creates the database in `dir`.
  static Status Open(const std::string& dir, const StoreOptions& options, std::unique_ptr<Store>* out);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* handle(Family family) const { return handles_[static_cast<int>(family)]; }
  const StoreOptions& options() const { return options_; }

  // *found is false (and OK returned) when the key is absent. `snapshot`, when
  // given, is what the read sees (secondaries ignore it: see CatchUp).
  Status Get(Family family, std::string_view key, std::string* value, bool* found,
             const rocksdb::Snapshot* snapshot = nullptr) const;
  // Commits one batch atomically, with the mode's WAL setting. In bulk mode a
  // large batch is first put in key order (SortBatch): *batch may come back
  // reordered, with the same effect.
  Status Write(rocksdb::WriteBatch* batch);
  // Flushes every family's memtable at one point (atomic flush).
  Status Flush();
  // Compacts one family whole, to its last level: every key left with one
  // version in one sorted run.
  Status Compact(Family family);
  // A secondary: replays what the primary committed since the last call, one
  // whole WriteBatch at a time. Secondaries support no snapshots, so a reader
  // that needs one consistent view must not overlap a CatchUp.
  // REQUIRES: opened with secondary_dir.
  Status CatchUp();
  bool secondary() const { return !options_.secondary_dir.empty(); }
  // upper_bound, when given, must outlive the iterator; it lets RocksDB stop
  // early instead of reading past the range.
  std::unique_ptr<rocksdb::Iterator> NewIterator(Family family, const rocksdb::Snapshot* snapshot = nullptr,
                                                 const rocksdb::Slice* upper_bound = nullptr) const;

  // The partition count is fixed when the database is created; a later open
  // with another count is refused (keys would land in other partitions).
  // `requested` 0 means "whatever the database has" (64 for a new one).
  Status UsePartitions(std::uint32_t requested, std::uint32_t* partitions);

  // The process id of another process holding the database in `dir` open
  // for writing (RocksDB's lock on its LOCK file), 0 when none. A read-only
  // open beside it sees only what that writer has flushed to table files: a
  // bulk replay (WAL off) shows nothing of its commits until its first flush.
  static int WriterPid(const std::string& dir);
  // True when nothing was ever committed here: no cursor, offset or
  // partition record (every commit writes one of them).
  Status HoldsNothing(bool* nothing) const;

 private:
  Store() = default;
  StoreOptions options_;
  std::unique_ptr<rocksdb::DB> db_;
  std::array<rocksdb::ColumnFamilyHandle*, kFamilyCount> handles_{};
  rocksdb::WriteOptions write_options_;
};

Status FromRocks(const rocksdb::Status& s);

}  // namespace relance::store
