#include "engine/store/store.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>
#include <rocksdb/write_buffer_manager.h>
#include <unistd.h>

#include <filesystem>
#include <vector>

#include "engine/core/limits.h"
#include "engine/store/keys.h"
#include "engine/store/write_batches.h"

namespace relance::store {
namespace {

constexpr std::uint32_t kDefaultPartitions = 64;
constexpr int kBloomBitsPerKey = 10;
// Of a memtable's bytes, what its bloom filter of whole keys takes (RocksDB's
// memtable_prefix_bloom_size_ratio): 0.6 MiB per 32 MiB memtable.
constexpr double kMemtableBloomRatio = 0.02;
// Below this many records a batch is written as it is: sorting it would not
// pay for its copy.
constexpr std::uint32_t kSortedWriteRecordsMin = 256;
// A batch in at most this many sorted runs is written as it is: the writer
// threads' parts, each in key order, and the caller's own records
// (write_batches.h: InSortedRuns). More than any machine's writer threads.
constexpr std::size_t kSortedRunsMax = 256;

rocksdb::ColumnFamilyOptions FamilyOptions(Family family, const StoreOptions& options,
                                           const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions cf;
  cf.write_buffer_size = options.write_buffer_bytes;
  cf.max_write_buffer_number = 3;
  cf.compression = rocksdb::kLZ4Compression;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  // Point lookups dominate on debt and debtor (and the read side's rows): a
  // bloom filter makes misses cheap, in the tables and in the memtables. A
  // state the cache does not hold was mostly written before the memtables'
  // time: without their filters, each lookup walked every memtable's skip
  // list first (a tenth of a DayClosed's time on a cold cache, perf).
  if (family == Family::kDebt || family == Family::kDebtor || family == Family::kProjection) {
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(kBloomBitsPerKey));
    table.whole_key_filtering = true;
    cf.memtable_prefix_bloom_size_ratio = kMemtableBloomRatio;
    cf.memtable_whole_key_filtering = true;
  }
  // Each table's index and filter stay with its open reader, out of the
  // block cache. In the cache they shared its LRU with the data blocks: a
  // full filter block of a large table (hundreds of KiB) in a shard of 2 MiB
  // was pushed out by the data blocks a replay reads and read back from the
  // file at the next lookup, a fourteenth of the time of a replay whose
  // states outgrow the state cache (perf: ReadFilterBlock under Get and
  // MultiGet). They take about 3 bytes per state (10 bits of filter, and an
  // index entry of some 25 bytes per 4 KiB block): 3 MiB per million states.
  table.cache_index_and_filter_blocks = false;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return cf;
}

}  // namespace

std::string_view FamilyName(Family family) {
  static constexpr std::array<std::string_view, kFamilyCount> kNames = {"debt", "debtor", "history", "timer",
                                                                        "meta", "outbox", "action",  "projection"};
  return kNames[static_cast<int>(family)];
}

Status FromRocks(const rocksdb::Status& s) {
  if (s.ok()) return Status::Ok();
  if (s.IsCorruption()) return Status::Corruption(s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(s.ToString());
  const bool retryable = s.IsBusy() || s.IsTimedOut() || s.IsTryAgain() || s.IsNoSpace() || s.IsIncomplete();
  return Status::IoError(s.ToString(), retryable);
}

Status Store::Open(const std::string& dir, const StoreOptions& options, std::unique_ptr<Store>* out) {
  // Reading a database that is not there must not leave an empty directory
  // behind, nor answer with RocksDB's internal text.
  if (options.read_only || !options.secondary_dir.empty()) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      return Status::NotFound(fmt::format("no database at {}: no such directory", dir));
    }
    if (!std::filesystem::exists(std::filesystem::path(dir) / "CURRENT", error)) {
      return Status::NotFound(fmt::format("no database at {}: the directory holds no Relance database", dir));
    }
  }
  std::unique_ptr<Store> store(new Store());
  store->options_ = options;
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  // All families flush together: with the WAL off, a crash rolls every
  // family back to the same commit (DESIGN §10).
  db_options.atomic_flush = true;
  db_options.max_background_jobs = 2;
  db_options.max_open_files = 512;
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  // All memtables together stay under one budget, whatever the families do.
  db_options.write_buffer_manager = std::make_shared<rocksdb::WriteBufferManager>(options.memtable_budget_bytes);

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (int i = 0; i < kFamilyCount; ++i) {
    const auto family = static_cast<Family>(i);
    descriptors.emplace_back(std::string(FamilyName(family)), FamilyOptions(family, options, cache));
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (!options.secondary_dir.empty()) {
    store->options_.read_only = true;
    db_options.create_if_missing = false;
    // A secondary keeps every table file open: the primary may delete files
    // it compacted away while the secondary still reads them.
    db_options.max_open_files = -1;
    s = rocksdb::DB::OpenAsSecondary(db_options, dir, options.secondary_dir, descriptors, &handles, &raw);
  } else if (options.read_only) {
    s = rocksdb::DB::OpenForReadOnly(db_options, dir, descriptors, &handles, &raw);
  } else {
    s = rocksdb::DB::Open(db_options, dir, descriptors, &handles, &raw);
  }
  if (!s.ok()) return FromRocks(s);
  store->db_.reset(raw);
  // handles[0] is the default family, unused.
  store->db_->DestroyColumnFamilyHandle(handles[0]);
  for (int i = 0; i < kFamilyCount; ++i) store->handles_[i] = handles[static_cast<std::size_t>(i) + 1];
  store->write_options_.disableWAL = options.bulk;
  store->write_options_.sync = options.sync && !options.bulk;
  *out = std::move(store);
  return Status::Ok();
}

int Store::WriterPid(const std::string& dir) {
  const std::string path = (std::filesystem::path(dir) / "LOCK").string();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  // RocksDB locks the whole file with fcntl (F_SETLK, F_WRLCK): F_GETLK says
  // whether a write lock could be placed, and who holds the one that
  // prevents it. The test needs no write access.
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  const int rc = ::fcntl(fd, F_GETLK, &probe);
  ::close(fd);
  if (rc != 0 || probe.l_type == F_UNLCK) return 0;
  return static_cast<int>(probe.l_pid);
}

Status Store::HoldsNothing(bool* nothing) const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handle(Family::kMeta)));
  it->SeekToFirst();
  *nothing = !it->Valid();
  return FromRocks(it->status());
}

Store::~Store() {
  if (!db_) return;
  for (auto* handle : handles_) {
    if (handle != nullptr) db_->DestroyColumnFamilyHandle(handle);
  }
  // Close errors at destruction have nowhere to go; Flush() reports them first.
  (void)db_->Close();
}

Status Store::Get(Family family, std::string_view key, std::string* value, bool* found,
                  const rocksdb::Snapshot* snapshot) const {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot;
  rocksdb::Status s = db_->Get(read, handle(family), rocksdb::Slice(key.data(), key.size()), value);
  *found = s.ok();
  if (s.IsNotFound()) return Status::Ok();
  return FromRocks(s);
}

Status Store::Write(rocksdb::WriteBatch* batch) {
  // A bulk replay's large batch goes in key order, or in a few runs in key
  // order (write_batches.h); in random order its memtable inserts were a
  // fifth of a replay's CPU.
  if (options_.bulk && batch->Count() >= kSortedWriteRecordsMin && !InSortedRuns(*batch, kSortedRunsMax)) {
    rocksdb::WriteBatch sorted;
    if (SortBatch(*batch, &sorted)) *batch = std::move(sorted);
  }
  return FromRocks(db_->Write(write_options_, batch));
}

Status Store::Flush() {
  if (options_.read_only) return Status::Ok();
  std::vector<rocksdb::ColumnFamilyHandle*> all(handles_.begin(), handles_.end());
  rocksdb::FlushOptions flush;
  flush.wait = true;
  return FromRocks(db_->Flush(flush, all));
}

Status Store::Compact(Family family) {
  if (options_.read_only) return Status::Ok();
  rocksdb::CompactRangeOptions compact;
  compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForceOptimized;
  return FromRocks(db_->CompactRange(compact, handle(family), nullptr, nullptr));
}

Status Store::CatchUp() {
  if (!secondary()) return Status::InvalidArgument("not a secondary instance");
  return FromRocks(db_->TryCatchUpWithPrimary());
}

std::unique_ptr<rocksdb::Iterator> Store::NewIterator(Family family, const rocksdb::Snapshot* snapshot,
                                                      const rocksdb::Slice* upper_bound) const {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot;
  read.iterate_upper_bound = upper_bound;
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(read, handle(family)));
}

namespace {

std::string EncodeUint32(std::uint32_t value) {
  std::string out;
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((value >> shift) & 0xff));
  return out;
}

bool DecodeUint32(const std::string& bytes, std::uint32_t* value) {
  if (bytes.size() != 4) return false;
  *value = 0;
  for (const char byte : bytes) *value = (*value << 8) | static_cast<unsigned char>(byte);
  return true;
}

}  // namespace

Status Store::UsePartitions(std::uint32_t requested, std::uint32_t* partitions) {
  std::string value;
  bool found = false;
  if (Status s = Get(Family::kMeta, kPartitionCountKey, &value, &found); !s.ok()) return s;
  if (found) {
    std::uint32_t stored = 0;
    if (!DecodeUint32(value, &stored)) return Status::Corruption("partition count record");
    std::uint32_t format = 1;  // Written before the format was recorded.
    bool format_found = false;
    if (Status s = Get(Family::kMeta, kStoreFormatKey, &value, &format_found); !s.ok()) return s;
    if (format_found && !DecodeUint32(value, &format)) return Status::Corruption("store format record");
    if (format != kStoreFormat) {
      return Status::InvalidArgument(fmt::format(
          "the database is in store format {}, this relance reads format {} (history entries with their balance "
          "changes): replay the event log into a new database",
          format, kStoreFormat));
    }
    if (requested != 0 && requested != stored) {
      return Status::InvalidArgument(
          fmt::format("the database has {} partitions, {} were asked for", stored, requested));
    }
    *partitions = stored;
    return Status::Ok();
  }
  const std::uint32_t count = requested == 0 ? kDefaultPartitions : requested;
  if (count > kPartitionsMax) return Status::InvalidArgument(fmt::format("at most {} partitions", kPartitionsMax));
  if (options_.read_only) return Status::NotFound("not a Relance database (no partition count)");
  rocksdb::WriteBatch batch;
  batch.Put(handle(Family::kMeta), rocksdb::Slice(kPartitionCountKey.data(), kPartitionCountKey.size()),
            EncodeUint32(count));
  batch.Put(handle(Family::kMeta), rocksdb::Slice(kStoreFormatKey.data(), kStoreFormatKey.size()),
            EncodeUint32(kStoreFormat));
  if (Status s = Write(&batch); !s.ok()) return s;
  *partitions = count;
  return Status::Ok();
}

}  // namespace relance::store
