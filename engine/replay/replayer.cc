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
#include "engine/replay/writers.h"
#include "engine/store/keys.h"

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
  // Partitions that applied it before (WindowRecord::applied_before); and
  // whether all of its partitions did.
  std::vector<bool> applied_before;
  bool skipped = false;
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
      : store_(store), options_(options), stats_(stats), writers_(store) {}

  Status Execute();

 private:
  Status LoadCursor(std::uint64_t first_record_identity);
  // The cursors of the partitions a commit in parts reached beyond the
  // cursor of the whole (Writers::WriteParts).
  Status LoadPartitionCursors();
  // Reads "<next offset> <first record hash> <last applied hash>" (the last
  // into *last unless nullptr).
  Status ParseCursor(const std::string& value, std::uint64_t* offset, std::uint64_t* last = nullptr) const;
  // Decodes a window's records, in parallel (LogReader::Decode is const).
  void Decode(std::vector<Pending>& batch, std::size_t count);
  // Decodes and applies a window of records: one MultiGet for what they name.
  Status ProcessWindow(std::vector<Pending>& batch, std::size_t count);
  // Commits when the batch is full or the cache holds too many dirty states.
  bool CommitDue() const;
  // Routes a decoded record to its partition, or to every partition for a
  // partition-level event without a debtor key.
  void Route(Pending* pending, WindowRecord* record) const;
  Status Commit(std::uint64_t next_offset);
  // Commits what is pending and flushes: the end of a run, whole or not.
  Status Finish(std::vector<Pending>& batch, std::size_t count);
  void CountRejection(std::uint64_t offset, const v1::Rejection& rejection);
  void Progress(bool final_line);

  store::Store* store_;
  const ReplayOptions& options_;
  ReplayStats* stats_;
  Writers writers_;
  std::vector<WindowRecord> window_;
  std::uint64_t cursor_ = 0;
  // Per partition, its own cursor where a commit in parts took it beyond
  // cursor_ (0 elsewhere), and the largest of them.
  std::vector<std::uint64_t> partition_cursors_;
  std::uint64_t partition_cursor_max_ = 0;
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
  if (found) {
    if (Status s = ParseCursor(value, &cursor_, &last_applied_hash_); !s.ok()) return s;
  }
  return LoadPartitionCursors();
}

Status Run::ParseCursor(const std::string& value, std::uint64_t* offset, std::uint64_t* last) const {
  unsigned long long next = 0, fingerprint = 0, last_hash = 0;
  if (std::sscanf(value.c_str(), "%llu %llx %llx", &next, &fingerprint, &last_hash) != 3) {
    return Status::Corruption("input cursor");
  }
  if (fingerprint != fingerprint_) {
    return Status::InvalidArgument("this database was built from another log (first records differ)");
  }
  *offset = next;
  if (last != nullptr) *last = last_hash;
  return Status::Ok();
}

// Every part of a commit carries the cursor of its partitions, and the
// cursor of the whole is written after the last part: a partition cursor
// beyond it names a part that a crash kept while losing another. Those
// behind it are left from older commits, and mean nothing.
Status Run::LoadPartitionCursors() {
  partition_cursors_.assign(writers_.partitions(), 0);
  std::string value;
  for (std::uint32_t p = 0; p < writers_.partitions(); ++p) {
    bool found = false;
    if (Status s = store_->Get(store::Family::kMeta, store::PartitionCursorKey(kFileSource, p), &value, &found);
        !s.ok()) {
      return s;
    }
    if (!found) continue;
    std::uint64_t offset = 0;
    if (Status s = ParseCursor(value, &offset); !s.ok()) return s;
    if (offset <= cursor_) continue;
    partition_cursors_[p] = offset;
    partition_cursor_max_ = std::max(partition_cursor_max_, offset);
  }
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

void Run::Route(Pending* pending, WindowRecord* record) const {
  const v1::Event& event = pending->event;
  const std::uint32_t partitions = writers_.partitions();
  const bool everywhere = event.debtor_key().empty() && core::IsPartitionLevel(core::KindOf(event));
  record->event = &event;
  record->first_partition = everywhere ? 0 : PartitionForKey(event.debtor_key(), partitions);
  record->last_partition = everywhere ? partitions : record->first_partition + 1;
  // Binary input is kept as it came (unknown fields of a newer schema
  // included); JSON input is kept as its canonical binary encoding (Decode).
  record->history_bytes =
      reader_->format() == codec::Format::kBinary ? std::string_view(pending->record.bytes) : pending->canonical;
  // After a crash between the parts of a commit: the partitions that
  // applied the record already skip it.
  if (pending->record.index >= partition_cursor_max_) return;
  pending->applied_before.assign(partitions, false);
  bool everywhere_before = true;
  for (std::uint32_t p = record->first_partition; p < record->last_partition; ++p) {
    pending->applied_before[p] = pending->record.index < partition_cursors_[p];
    everywhere_before = everywhere_before && pending->applied_before[p];
  }
  record->applied_before = &pending->applied_before;
  if (everywhere_before) {
    pending->skipped = true;
    record->event = nullptr;
  }
}

// The records are read on the caller's thread and decoded by every writer
// thread (record i by thread i % threads): decoding was a tenth of the
// caller's time, while the other writers waited for their next window.
void Run::Decode(std::vector<Pending>& batch, std::size_t count) {
  writers_.ForEachShared(count, [&](std::size_t i) {
    Pending& pending = batch[i];
    pending.decode_error = reader_->Decode(pending.record, &pending.event);
    if (pending.decode_error.empty() && reader_->format() != codec::Format::kBinary) {
      pending.canonical = codec::EncodeBinary(pending.event);
    }
  });
}

Status Run::ProcessWindow(std::vector<Pending>& batch, std::size_t count) {
  Decode(batch, count);
  window_.assign(count, WindowRecord());
  for (std::size_t i = 0; i < count; ++i) {
    batch[i].skipped = false;
    if (batch[i].decode_error.empty()) Route(&batch[i], &window_[i]);
  }
  if (Status s = writers_.ApplyWindow(window_); !s.ok()) return s;
  // Counted and reported in log order, whatever the writers.
  for (std::size_t i = 0; i < count; ++i) {
    const Pending& pending = batch[i];
    if (pending.skipped) {
      --stats_->records;
      ++stats_->skipped;
      continue;
    }
    if (!pending.decode_error.empty()) {
      v1::Rejection rejection;
      rejection.set_reason(v1::REJECTION_REASON_MALFORMED);
      rejection.set_detail(pending.decode_error);
      CountRejection(pending.record.index, rejection);
      continue;
    }
    const RecordOutcome outcome = writers_.Outcome(i);
    if (outcome.accepted) {
      ++stats_->applied;
    } else if (outcome.rejected_partition >= 0) {
      CountRejection(pending.record.index, outcome.rejection);
    }
  }
  events_since_commit_ += count;
  return Status::Ok();
}

// Every changed state with its history and timers, the partition records,
// and the cursor that says where the next run resumes: one WriteBatch with
// one writer thread; with several, one per writer (each with its partitions'
// cursors), then the cursor of the whole.
Status Run::Commit(std::uint64_t next_offset) {
  const std::string cursor = fmt::format("{} {:x} {:x}", next_offset, fingerprint_, last_record_hash_);
  rocksdb::WriteBatch batch;
  if (writers_.threads() == 1) {
    if (Status s = writers_.FlushTo(&batch, {{store::CursorKey(kFileSource), cursor}}); !s.ok()) return s;
  } else {
    // Each writer writes its part, with its partitions' cursors, in
    // parallel; the cursor of the whole follows.
    const auto partition_cursor = [&](std::uint32_t partition, store::MetaRecords* records) {
      records->emplace_back(store::PartitionCursorKey(kFileSource, partition), cursor);
    };
    if (Status s = writers_.WriteParts(partition_cursor, options_.write_gate); !s.ok()) return s;
    batch.Put(store_->handle(store::Family::kMeta), store::CursorKey(kFileSource), cursor);
  }
  if (Status s = store_->Write(&batch); !s.ok()) return s;
  ++stats_->batches;
  events_since_commit_ = 0;
  writers_.Committed();
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
  return events_since_commit_ >= options_.batch_events || writers_.DirtyCount() >= options_.cache_entries / 2 ||
         (options_.batch_bytes != 0 && writers_.PendingBytes() >= options_.batch_bytes);
}

Status Run::Finish(std::vector<Pending>& batch, std::size_t count) {
  if (count > 0) {
    if (Status s = ProcessWindow(batch, count); !s.ok()) return s;
    if (Status s = Commit(batch[count - 1].record.index + 1); !s.ok()) return s;
  } else if (events_since_commit_ > 0) {
    if (Status s = Commit(last_offset_ + 1); !s.ok()) return s;
  }
  if (Status s = store_->Flush(); !s.ok()) return s;
  // A replayed database is then served: the aggregate queries iterate the
  // read side (GET /v1/ageing reads every ageing block), and across the
  // versions a replay's commits left of its rows they took half as long
  // again (p50 55 against 36 ms on the 1M-debt database; the compaction
  // took 1.6 s after a replay of 200 s).
  if (stats_->batches > 0) {
    if (Status s = store_->Compact(store::Family::kProjection); !s.ok()) return s;
  }
  stats_->cache_hits += writers_.cache_hits();
  stats_->cache_misses += writers_.cache_misses();
  stats_->transitions += writers_.transitions();
  stats_->day_visits += writers_.day_visits();
  stats_->actions += writers_.actions();
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
  WritersOptions writers;
  writers.partitions = options_.partitions;
  writers.threads = options_.threads;
  writers.cache_entries = options_.cache_entries;
  writers.projection_sink_factory = options_.projection_sink_factory;
  if (Status s = writers_.Open(writers); !s.ok()) return s;
  stats_->threads = writers_.threads();
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
    ++count;
    last_offset_ = offset;
    last_record_hash_ = RecordIdentity(record);
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
