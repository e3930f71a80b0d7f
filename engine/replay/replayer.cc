#include "engine/replay/replayer.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

#include "engine/core/hash.h"
#include "engine/core/ledger.h"
#include "engine/core/limits.h"
#include "engine/core/text.h"
#include "engine/core/transition_table.h"
#include "engine/replay/applier.h"
#include "engine/replay/worker_pool.h"
#include "engine/store/keys.h"
#include "engine/store/write_batches.h"

namespace relance::replay {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::string_view kFileSource = "file";
constexpr auto kProgressInterval = std::chrono::milliseconds(500);
// Records decoded and prefetched together (one MultiGet per family).
constexpr std::size_t kPrefetchWindowEvents = 4096;

// One decoded record of the current batch.
struct Pending {
  codec::LogRecord record;  // As read, with its index (the cursor's unit).
  std::string canonical;    // The canonical binary of a JSON record (what history keeps).
  std::string decode_error;
  v1::Event event;
  // Partitions [first_partition, last_partition) the event applies to: one,
  // or every partition for a partition-level event without a debtor key.
  std::uint32_t first_partition = 0;
  std::uint32_t last_partition = 0;
};

// What one worker decided about one record of a window.
struct RecordOutcome {
  bool accepted = false;
  // The last partition (in partition order) that refused it, -1 if none, and
  // its rejection: a record refused everywhere is reported with that one.
  std::int64_t rejected_partition = -1;
  v1::Rejection rejection;
};

// One writer: the partitions p with p % workers == index, with their own
// Applier (state cache, read side).
struct Worker {
  Worker(store::Store* store, std::size_t cache_entries) : applier(store, cache_entries) {}
  Applier applier;
  std::unique_ptr<ProjectionSink> projection_sink;
  std::vector<RecordOutcome> outcomes;  // Per record of the current window.
  std::vector<const v1::Event*> prefetch;
  rocksdb::WriteBatch batch;  // This worker's part of a commit.
  Status status;
};

// What the cursor remembers of a record. An oversize record's bytes were
// never read (LogReader skips them): its length stands for them.
std::uint64_t RecordIdentity(const codec::LogRecord& record) {
  if (!record.oversize) return Fnv1a64(record.bytes);
  return Fnv1a64(fmt::format("oversize record of {} bytes", record.length_bytes));
}

class Run {
 public:
  Run(store::Store* store, const ReplayOptions& options, ReplayStats* stats)
      : store_(store), options_(options), stats_(stats) {}

  Status Execute();

 private:
  Status LoadCursor(std::uint64_t first_record_identity);
  // Applies a window of decoded records: one MultiGet for what they name.
  Status ProcessWindow(std::vector<Pending>& batch, std::size_t count);
  // Commits when the batch is full or the cache holds too many dirty states.
  bool CommitDue() const;
  Status OpenWorkers();
  // Routes a decoded record to its partition, or to every partition for a
  // partition-level event without a debtor key.
  void Route(Pending* pending) const;
  // Worker `index` applies the records of the window on its partitions.
  Status ApplyWindow(std::size_t index, const std::vector<Pending>& batch, std::size_t count);
  std::size_t DirtyCount() const;
  Status Commit(std::uint64_t next_offset);
  // Commits what is pending and flushes: the end of a run, whole or not.
  Status Finish(std::vector<Pending>& batch, std::size_t count);
  void CountRejection(std::uint64_t offset, const v1::Rejection& rejection);
  void Progress(bool final_line);

  store::Store* store_;
  const ReplayOptions& options_;
  ReplayStats* stats_;
  std::uint32_t partitions_ = 0;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::unique_ptr<WorkerPool> pool_;
  std::uint64_t cursor_ = 0;
  std::uint64_t fingerprint_ = 0;
  std::uint64_t events_since_commit_ = 0;
  std::uint64_t last_offset_ = 0;
  std::uint64_t last_record_hash_ = 0;   // Of the last record read, for the cursor.
  std::uint64_t last_applied_hash_ = 0;  // From the stored cursor.
  std::unique_ptr<codec::LogReader> reader_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_progress_ = start_;
  std::size_t rejections_logged_ = 0;
};

// The cursor is "<next offset> <hash of the first record> <hash of the last
// applied record>" (RecordIdentity): resuming with another file (checked on
// the first record and on the last applied one) is refused instead of
// silently mixing logs.
Status Run::LoadCursor(std::uint64_t first_record_identity) {
  fingerprint_ = first_record_identity;
  std::string value;
  bool found = false;
  if (Status s = store_->Get(store::Family::kMeta, store::CursorKey(kFileSource), &value, &found); !s.ok()) return s;
  if (!found) return Status::Ok();
  unsigned long long offset = 0, fingerprint = 0, last = 0;
  if (std::sscanf(value.c_str(), "%llu %llx %llx", &offset, &fingerprint, &last) != 3) {
    return Status::Corruption("input cursor");
  }
  last_applied_hash_ = last;
  if (fingerprint != fingerprint_) {
    return Status::InvalidArgument("this database was built from another log (first records differ)");
  }
  cursor_ = offset;
  return Status::Ok();
}

void Run::CountRejection(std::uint64_t offset, const v1::Rejection& rejection) {
  ++stats_->rejected;
  ++stats_->rejected_by_reason[static_cast<std::size_t>(rejection.reason())];
  if (rejections_logged_ >= options_.rejections_logged_max) return;
  ++rejections_logged_;
  // The event id is input, unvalidated when the event was refused: escaped.
  std::fprintf(stderr, "rejected offset=%llu event_id=\"%s\" reason=%s detail=\"%s\"\n",
               static_cast<unsigned long long>(offset), OneLine(rejection.event_id(), kIdLengthMax).c_str(),
               v1::RejectionReason_Name(rejection.reason()).c_str(), OneLine(rejection.detail()).c_str());
}

Status Run::OpenWorkers() {
  // A database keeps the partition count it was created with.
  std::uint32_t partitions = 0;
  if (Status s = store_->UsePartitions(options_.partitions, &partitions); !s.ok()) return s;
  const std::size_t threads = WriterThreads(options_.threads, partitions);
  // The state cache is shared out: memory stays bounded by cache_entries.
  const std::size_t cache_per_worker = std::max<std::size_t>(options_.cache_entries / threads, 1);
  for (std::size_t w = 0; w < threads; ++w) {
    auto worker = std::make_unique<Worker>(store_, cache_per_worker);
    if (Status s = worker->applier.Open(partitions); !s.ok()) return s;
    if (options_.projection_sink_factory) {
      worker->projection_sink = options_.projection_sink_factory(store_);
      worker->applier.set_projection_sink(worker->projection_sink.get());
    }
    workers_.push_back(std::move(worker));
  }
  partitions_ = partitions;
  pool_ = std::make_unique<WorkerPool>(workers_.size());
  stats_->threads = workers_.size();
  return Status::Ok();
}

void Run::Route(Pending* pending) const {
  const v1::Event& event = pending->event;
  const bool everywhere = event.debtor_key().empty() && core::IsPartitionLevel(core::KindOf(event));
  pending->first_partition = everywhere ? 0 : PartitionForKey(event.debtor_key(), partitions_);
  pending->last_partition = everywhere ? partitions_ : pending->first_partition + 1;
  // Binary input is kept as it came (unknown fields of a newer schema
  // included); JSON input is kept as its canonical binary encoding.
  if (reader_->format() != codec::Format::kBinary) pending->canonical = codec::EncodeBinary(event);
}

Status Run::ApplyWindow(std::size_t index, const std::vector<Pending>& batch, std::size_t count) {
  Worker& worker = *workers_[index];
  const auto workers = static_cast<std::uint32_t>(workers_.size());
  // Read every state the window names on this worker's partitions in one
  // MultiGet per family.
  worker.prefetch.clear();
  for (std::size_t i = 0; i < count; ++i) {
    const Pending& pending = batch[i];
    if (pending.decode_error.empty() && pending.last_partition == pending.first_partition + 1 &&
        pending.first_partition % workers == index) {
      worker.prefetch.push_back(&pending.event);
    }
  }
  if (Status s = worker.applier.Prefetch(worker.prefetch); !s.ok()) return s;
  worker.outcomes.assign(count, RecordOutcome());
  for (std::size_t i = 0; i < count; ++i) {
    const Pending& pending = batch[i];
    if (!pending.decode_error.empty()) continue;
    const std::string_view history_bytes =
        reader_->format() == codec::Format::kBinary ? std::string_view(pending.record.bytes) : pending.canonical;
    RecordOutcome& outcome = worker.outcomes[i];
    // This worker's partitions in the record's range, in partition order.
    const std::uint32_t skip =
        (static_cast<std::uint32_t>(index) + workers - pending.first_partition % workers) % workers;
    for (std::uint32_t p = pending.first_partition + skip; p < pending.last_partition; p += workers) {
      bool accepted = false;
      if (Status s = worker.applier.Apply(p, pending.event, history_bytes, &accepted, &outcome.rejection); !s.ok()) {
        return s;
      }
      if (accepted) {
        outcome.accepted = true;
      } else {
        outcome.rejected_partition = p;
      }
    }
  }
  return Status::Ok();
}

std::size_t Run::DirtyCount() const {
  std::size_t dirty = 0;
  for (const auto& worker : workers_) dirty += worker->applier.dirty_count();
  return dirty;
}

Status Run::ProcessWindow(std::vector<Pending>& batch, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (batch[i].decode_error.empty()) Route(&batch[i]);
  }
  pool_->Run([&](std::size_t index) { workers_[index]->status = ApplyWindow(index, batch, count); });
  for (const auto& worker : workers_) {
    if (!worker->status.ok()) return worker->status;
  }
  // Counted and reported in log order, whatever the workers.
  for (std::size_t i = 0; i < count; ++i) {
    const Pending& pending = batch[i];
    if (!pending.decode_error.empty()) {
      v1::Rejection rejection;
      rejection.set_reason(v1::REJECTION_REASON_MALFORMED);
      rejection.set_detail(pending.decode_error);
      CountRejection(pending.record.index, rejection);
      continue;
    }
    const RecordOutcome* refused = nullptr;
    bool accepted = false;
    for (const auto& worker : workers_) {
      const RecordOutcome& outcome = worker->outcomes[i];
      accepted = accepted || outcome.accepted;
      if (outcome.rejected_partition >= 0 &&
          (refused == nullptr || outcome.rejected_partition > refused->rejected_partition)) {
        refused = &outcome;
      }
    }
    if (accepted) {
      ++stats_->applied;
    } else if (refused != nullptr) {
      CountRejection(pending.record.index, refused->rejection);
    }
  }
  events_since_commit_ += count;
  return Status::Ok();
}

// One WriteBatch: every changed state with its history and timers, the
// partition records, and the cursor that says where the next run resumes.
Status Run::Commit(std::uint64_t next_offset) {
  // Each worker serialises its partitions into its own batch, in parallel;
  // the parts are joined with the cursor into one atomic write.
  pool_->Run([&](std::size_t index) {
    Worker& worker = *workers_[index];
    worker.batch.Clear();
    worker.applier.FlushTo(&worker.batch);
  });
  const std::string cursor = fmt::format("{} {:x} {:x}", next_offset, fingerprint_, last_record_hash_);
  Status s;
  if (workers_.size() == 1) {
    rocksdb::WriteBatch& batch = workers_[0]->batch;
    batch.Put(store_->handle(store::Family::kMeta), store::CursorKey(kFileSource), cursor);
    s = store_->Write(&batch);
    batch = rocksdb::WriteBatch();
  } else {
    std::vector<const rocksdb::WriteBatch*> parts;
    for (const auto& worker : workers_) parts.push_back(&worker->batch);
    rocksdb::WriteBatch batch = store::JoinBatches(parts);
    // The parts are copied: give their memory back before the write (a
    // batch is a sizeable share of a replay's peak RSS).
    for (const auto& worker : workers_) worker->batch = rocksdb::WriteBatch();
    batch.Put(store_->handle(store::Family::kMeta), store::CursorKey(kFileSource), cursor);
    s = store_->Write(&batch);
  }
  if (!s.ok()) return s;
  ++stats_->batches;
  events_since_commit_ = 0;
  for (const auto& worker : workers_) worker->applier.Committed();
  return Status::Ok();
}

void Run::Progress(bool final_line) {
  const auto now = Clock::now();
  if (!final_line && now - last_progress_ < kProgressInterval) return;
  last_progress_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(stats_->records) / seconds : 0;
  const std::uint64_t total = reader_->file_bytes();
  const double done = total > 0 ? 100.0 * static_cast<double>(reader_->bytes_read()) / static_cast<double>(total) : 0;
  std::fprintf(stderr, "\rreplay: %llu records, %.1f %% of the log (%llu applied, %llu rejected)  %.0f events/s%s",
               static_cast<unsigned long long>(stats_->records), final_line ? 100.0 : done,
               static_cast<unsigned long long>(stats_->applied), static_cast<unsigned long long>(stats_->rejected),
               rate, final_line ? "\n" : "");
  std::fflush(stderr);
}

bool Run::CommitDue() const {
  return events_since_commit_ >= options_.batch_events || DirtyCount() >= options_.cache_entries / 2;
}

Status Run::Finish(std::vector<Pending>& batch, std::size_t count) {
  if (count > 0) {
    if (Status s = ProcessWindow(batch, count); !s.ok()) return s;
    if (Status s = Commit(batch[count - 1].record.index + 1); !s.ok()) return s;
  } else if (events_since_commit_ > 0) {
    if (Status s = Commit(last_offset_ + 1); !s.ok()) return s;
  }
  if (Status s = store_->Flush(); !s.ok()) return s;
  for (const auto& worker : workers_) {
    const Applier& applier = worker->applier;
    stats_->cache_hits += applier.cache_hits();
    stats_->cache_misses += applier.cache_misses();
    stats_->transitions += applier.transitions();
    stats_->day_visits += applier.day_visits();
    stats_->actions += applier.actions();
  }
  stats_->seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  return Status::Ok();
}

Status Run::Execute() {
  if (options_.batch_events == 0 || options_.batch_events > kBatchEventsMax) {
    return Status::InvalidArgument(fmt::format("batch size must be in 1..{}", kBatchEventsMax));
  }
  std::string error;
  reader_ = codec::LogReader::Open(options_.input, options_.format, &error);
  if (!reader_) return Status::IoError(error);
  if (Status s = OpenWorkers(); !s.ok()) return s;
  std::vector<Pending> batch(std::min(options_.batch_events, kPrefetchWindowEvents));
  std::size_t count = 0;
  std::uint64_t offset = 0;
  bool first = true;
  bool end = false;
  Status read;
  for (;;) {
    read = reader_->Next(&batch[count].record, &end);
    if (!read.ok() || end) break;
    const codec::LogRecord& record = batch[count].record;
    offset = record.index;
    if (first) {
      first = false;
      if (Status s = LoadCursor(RecordIdentity(record)); !s.ok()) return s;
    }
    if (offset < cursor_) {
      ++stats_->skipped;
      if (offset + 1 == cursor_ && RecordIdentity(record) != last_applied_hash_) {
        return Status::InvalidArgument(
            fmt::format("this database was built from another log: record {} differs from the one it applied", offset));
      }
      continue;
    }
    Pending& pending = batch[count++];
    last_offset_ = offset;
    last_record_hash_ = RecordIdentity(record);
    pending.decode_error = reader_->Decode(record, &pending.event);
    ++stats_->records;
    const bool stop = options_.stop_after != 0 && stats_->records >= options_.stop_after;
    if (count == batch.size() || stop) {
      if (Status s = ProcessWindow(batch, count); !s.ok()) return s;
      const std::uint64_t next_offset = batch[count - 1].record.index + 1;
      count = 0;
      if (CommitDue() || stop) {
        if (Status s = Commit(next_offset); !s.ok()) return s;
      }
      if (options_.progress) Progress(false);
      if (stop) {
        stats_->stopped_early = true;
        break;
      }
    }
  }
  // Whatever preceded a broken frame is good input: commit it, so that a
  // rerun on the repaired log resumes right there, then fail loudly. A rerun
  // on the unrepaired log skips it all and stops at the same frame again.
  if (Status s = Finish(batch, count); !s.ok()) return s;
  if (!read.ok()) {
    if (options_.progress) std::fputc('\n', stderr);  // End the progress line before the error.
    stats_->input_broken = true;
    return Status::Corruption(
        fmt::format("{}; the {} records before it are replayed and committed: repair the log "
                    "(or cut it there) and replay again to resume after them",
                    read.message(), stats_->skipped + stats_->records));
  }
  if (cursor_ > 0 && (first || offset + 1 < cursor_)) {
    return Status::InvalidArgument(fmt::format("the log has fewer records than the {} this database applied", cursor_));
  }
  if (options_.progress) Progress(true);
  return Status::Ok();
}

}  // namespace

Status Replay(store::Store* store, const ReplayOptions& options, ReplayStats* stats) {
  Run run(store, options, stats);
  return run.Execute();
}

}  // namespace relance::replay
