// The batch loop's apply step, shared by the file replay and the Kafka
// runtime: the writer threads, each owning the partitions p with
// p % threads == its index, with its own Applier (a share of the state cache),
// its read-side rows and its part of the commit's WriteBatch (DESIGN §11).
//
// A caller hands over a window of decoded records; every writer applies, in
// window order, the records that fall on its partitions; the caller then reads
// what was decided about each record (and, when asked, the transitions and
// actions it produced) in window order, whatever the thread count, and flushes
// the changed states into one WriteBatch that it commits with its own records
// (Kafka offsets, outbox: FlushTo), or has each writer write its part with
// its partitions' records (the file replay's cursors: WriteParts). The
// digest does not depend on the
// number of threads: a partition's events are applied in log order by one
// writer, and partitions share nothing but the store's committed data.
//
// Thread safety: every method is called from one thread (the caller's); the
// writers run only inside ApplyWindow, FlushTo and WriteParts.
#pragma once

#include <rocksdb/write_batch.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/status.h"
#include "engine/replay/projection_sink.h"
#include "engine/store/store.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/outcomes.pb.h"

namespace relance::replay {

class WorkerPool;
struct Writer;

// One record of a window. The event and its bytes must stay valid until the
// next ApplyWindow.
struct WindowRecord {
  // nullptr: nothing to apply (it did not decode, or the caller refused it).
  const v1::Event* event = nullptr;
  // What the debts' history keeps: the event's canonical binary.
  std::string_view history_bytes;
  // The partitions [first_partition, last_partition) the event applies to:
  // one, or every partition for a partition-level event without a debtor key.
  std::uint32_t first_partition = 0;
  std::uint32_t last_partition = 0;
  // Partitions that applied the record before (true at their index): a
  // commit written in parts (WriteParts) reached them, and a crash cut it
  // short before it reached the others. nullptr: none did.
  const std::vector<bool>* applied_before = nullptr;
};

// What the writers decided about one record.
struct RecordOutcome {
  bool accepted = false;  // By at least one partition.
  // The last partition (in partition order) that refused it, -1 if none, and
  // its rejection: a record refused everywhere is reported with that one.
  std::int64_t rejected_partition = -1;
  v1::Rejection rejection;
};

// What one record produced, in the order the partitions (ascending) and the
// core produced it. Filled only when the writers collect outputs.
struct RecordOutputs {
  std::vector<v1::Transition> transitions;
  std::vector<std::pair<std::uint32_t, v1::Action>> actions;  // (partition, action)
};

struct WritersOptions {
  // Partitions of a new database (0: the database's, 64 for a new one).
  std::uint32_t partitions = 0;
  // Writer threads (0: the machine's cores), never more than the partitions.
  std::size_t threads = 0;
  // States kept in memory, shared out among the writers.
  std::size_t cache_entries = 400'000;
  // Keep each record's transitions and actions for the caller (the Kafka
  // runtime's outbox); the replay only counts them.
  bool collect_outputs = false;
  // The read side kept in the same batches; empty: none.
  ProjectionSinkFactory projection_sink_factory;
};

class Writers {
 public:
  explicit Writers(store::Store* store);
  ~Writers();
  Writers(const Writers&) = delete;
  Writers& operator=(const Writers&) = delete;

  // Settles the partition count (store::Store::UsePartitions) and opens the
  // writers' Appliers.
  Status Open(const WritersOptions& options);
  std::uint32_t partitions() const { return partitions_; }
  std::size_t threads() const;

  // Applies the window: reads what it names in one MultiGet per family and
  // writer, then applies each record on its partitions. An error Status
  // means the store failed: the batch must not be committed.
  Status ApplyWindow(const std::vector<WindowRecord>& window);
  // Runs item(i) for every i < count, shared out among the writer threads
  // (i by thread i % threads, thread 0 the caller's), and returns when all
  // have run: work that belongs to no partition (the replay and the Kafka
  // service decode a window's records so, before ApplyWindow routes them).
  // item(i) must touch nothing another i touches.
  void ForEachShared(std::size_t count, const std::function<void(std::size_t i)>& item);
  // The outcome of record i of the last window.
  RecordOutcome Outcome(std::size_t i) const;
  // The outputs of record i of the last window (collect_outputs), moved out.
  // REQUIRES: called once per record, in window order.
  void TakeOutputs(std::size_t i, RecordOutputs* outputs);

  // Adds every changed state, history chunk, timer, partition record and
  // read-side row to `batch`, the writers serialising their partitions in
  // parallel. REQUIRES: `batch` is empty. Fails when a changed debt breaks
  // the money invariants (Applier::FlushTo): nothing may then be committed,
  // and the caller stops rather than retry. `meta_tail` is the caller's own
  // records of the `meta` family (the input cursor), committed with them.
  // The batch comes in family and key order: one writer's as it wrote it
  // (Applier::FlushTo), several writers' parts one after the other, each in
  // that order (store::InSortedRuns).
  Status FlushTo(rocksdb::WriteBatch* batch, const store::MetaRecords& meta_tail = {});
  // A commit in parts, one per writer (the file replay's): each writer adds
  // what FlushTo would to a batch of its own, with the `partition_records`
  // of each of its partitions among its meta records, and writes it in one
  // atomic write, the writers in parallel. Joined into one batch, the parts
  // were copied and held with the copy until the write: a fifth of a
  // replay's peak RSS (the parallel inserts alone were no faster, measured).
  // Nothing is written unless every writer flushed (FlushTo's invariant
  // check). A crash may keep some parts and lose others: the partition
  // records say which partitions a part reached.
  // `write_gate` (tests) is asked before each writer's part is written; an
  // error leaves that part unwritten, as a crash would, and is returned.
  using PartitionRecords = std::function<void(std::uint32_t partition, store::MetaRecords* records)>;
  Status WriteParts(const PartitionRecords& partition_records,
                    const std::function<Status(std::size_t writer)>& write_gate = {});
  // After a successful commit: lets the caches drop clean states.
  void Committed();
  std::size_t DirtyCount() const;
  // About the bytes the next FlushTo writes (Applier::pending_bytes).
  std::size_t PendingBytes() const;

  // The last closed business day of `partition` as its writer holds it,
  // kNoDay before its first DayClosed (what /metrics shows).
  // REQUIRES: partition < partitions(); not while ApplyWindow runs.
  Day business_date(std::uint32_t partition) const;

  std::uint64_t transitions() const;
  std::uint64_t actions() const;
  std::uint64_t day_visits() const;
  std::uint64_t cache_hits() const;
  std::uint64_t cache_misses() const;

 private:
  Status ApplyOn(std::size_t index, const std::vector<WindowRecord>& window);
  Status FirstFailure() const;
  // Writer `index` flushes its part, with `records` among its meta records,
  // into its own batch (FlushTo with several writers, WriteParts).
  void FlushPart(std::size_t index, const store::MetaRecords& records);

  store::Store* store_;
  bool collect_outputs_ = false;
  std::uint32_t partitions_ = 0;
  std::vector<std::unique_ptr<Writer>> writers_;
  std::unique_ptr<WorkerPool> pool_;
};

}  // namespace relance::replay
