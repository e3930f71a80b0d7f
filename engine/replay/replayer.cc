#include "engine/replay/replayer.h"

#include <chrono>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "engine/core/hash.h"
#include "engine/core/ledger.h"
#include "engine/core/limits.h"
#include "engine/core/transition_table.h"
#include "engine/store/keys.h"
#include "engine/store/state_cache.h"

namespace relance::replay {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::string_view kFileSource = "file";
constexpr auto kProgressInterval = std::chrono::milliseconds(500);
// Records decoded and prefetched together (one MultiGet per family).
constexpr std::size_t kPrefetchWindowEvents = 4096;

// One decoded record of the current batch.
struct Pending {
  std::uint64_t offset = 0;
  std::string record;  // The bytes as read.
  std::string decode_error;
  v1::Event event;
};

class Run {
 public:
  Run(store::Store* store, const ReplayOptions& options, ReplayStats* stats)
      : store_(store), options_(options), stats_(stats), cache_(store, options.cache_entries) {}

  Status Execute();

 private:
  Status LoadPartitions();
  Status LoadCursor(std::string_view first_record);
  // Applies a window of decoded records: one MultiGet for what they name.
  Status ProcessWindow(std::vector<Pending>& batch, std::size_t count);
  // Commits when the batch is full or the cache holds too many dirty states.
  bool CommitDue() const;
  Status ApplyEventRecord(const Pending& pending);
  Status ApplyPartitionRecord(const Pending& pending);
  Status CloseDayInPartition(std::uint32_t partition, Day previous_day, const std::string& canonical);
  // REQUIRES: the cache is bound to the partition the outcome came from.
  void AppendHistory(const core::Outcome& outcome, std::string_view canonical);
  Status Commit(std::uint64_t next_offset);
  void CountRejection(std::uint64_t offset, const v1::Rejection& rejection);
  void Progress(bool final_line);
  core::Context ContextOf(std::uint32_t partition) const;

  store::Store* store_;
  const ReplayOptions& options_;
  ReplayStats* stats_;
  store::StateCache cache_;
  std::uint32_t partitions_ = 0;
  std::vector<v1::PartitionMeta> metas_;
  std::vector<bool> meta_dirty_;
  std::uint64_t cursor_ = 0;
  std::uint64_t fingerprint_ = 0;
  rocksdb::WriteBatch batch_;
  std::uint64_t events_since_commit_ = 0;
  std::uint64_t last_offset_ = 0;
  std::uint64_t last_record_hash_ = 0;   // Of the last record read, for the cursor.
  std::uint64_t last_applied_hash_ = 0;  // From the stored cursor.
  core::Outcome outcome_;
  std::string canonical_;
  std::unique_ptr<codec::LogReader> reader_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_progress_ = start_;
  std::size_t rejections_logged_ = 0;
};

core::Context Run::ContextOf(std::uint32_t partition) const {
  const v1::PartitionMeta& meta = metas_[partition];
  core::Context ctx;
  ctx.business_date = IsUnset(meta.business_date()) ? kNoDay : *ToDay(meta.business_date());
  ctx.policy = core::PolicyView::From(meta.policy());
  return ctx;
}

Status Run::LoadPartitions() {
  if (Status s = store_->UsePartitions(options_.partitions, &partitions_); !s.ok()) return s;
  metas_.resize(partitions_);
  meta_dirty_.assign(partitions_, false);
  std::string value;
  for (std::uint32_t p = 0; p < partitions_; ++p) {
    bool found = false;
    if (Status s = store_->Get(store::Family::kMeta, store::PartitionMetaKey(p), &value, &found); !s.ok()) return s;
    if (found && !metas_[p].ParseFromString(value)) return Status::Corruption(fmt::format("partition {} record", p));
    metas_[p].set_partition(p);
  }
  return Status::Ok();
}

// The cursor is "<next offset> <hash of the first record> <hash of the last
// applied record>": resuming with another file (checked on the first record
// and on the last applied one) is refused instead of silently mixing logs.
Status Run::LoadCursor(std::string_view first_record) {
  fingerprint_ = Fnv1a64(first_record);
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
  std::fprintf(stderr, "rejected offset=%llu event_id=%s reason=%s detail=\"%s\"\n",
               static_cast<unsigned long long>(offset), rejection.event_id().c_str(),
               v1::RejectionReason_Name(rejection.reason()).c_str(), rejection.detail().c_str());
}

void Run::AppendHistory(const core::Outcome& outcome, std::string_view canonical) {
  cache_.AppendHistory(outcome, canonical);
  stats_->transitions += static_cast<std::uint64_t>(outcome.transitions_used);
}

Status Run::ApplyEventRecord(const Pending& pending) {
  const v1::Event& event = pending.event;
  const std::uint32_t partition = PartitionForKey(event.debtor_key(), partitions_);
  const core::Context ctx = ContextOf(partition);
  core::Apply(event, ctx, cache_.Bind(partition), &outcome_);
  if (!cache_.read_status().ok()) return cache_.read_status();
  if (!outcome_.accepted) {
    CountRejection(pending.offset, outcome_.rejection);
    return Status::Ok();
  }
  ++stats_->applied;
  cache_.MarkDirty(outcome_, event.debtor_key(), ctx);
  // Binary input is kept as it came (unknown fields of a newer schema
  // included); JSON input is stored as its canonical binary encoding.
  if (reader_->format() == codec::Format::kBinary) {
    AppendHistory(outcome_, pending.record);
  } else {
    canonical_ = codec::EncodeBinary(event);
    AppendHistory(outcome_, canonical_);
  }
  return Status::Ok();
}

Status Run::CloseDayInPartition(std::uint32_t partition, Day previous_day, const std::string& canonical) {
  const core::Context ctx = ContextOf(partition);
  // Timers of the days this DayClosed closes: the index, never a full scan.
  // Every timer lies after the previous closed day (ScheduledReviewDay), so
  // the scan skips the tombstones of days already closed.
  std::vector<std::string> due_debts;
  if (Status s = cache_.DueDebts(partition, previous_day, ctx.business_date, &due_debts); !s.ok()) return s;
  for (const auto& debt_id : due_debts) {
    core::StateAccess& access = cache_.Bind(partition);  // One debt per binding.
    v1::DebtState* debt = access.FindDebt(debt_id);
    if (debt == nullptr) return Status::Corruption(fmt::format("timer for missing debt {}", debt_id));
    v1::DebtorState* debtor = access.Debtor(debt->debtor_key());
    core::CloseDay(*debt, *debtor, ctx.business_date, ctx.policy, &outcome_);
    if (!cache_.read_status().ok()) return cache_.read_status();
    ++stats_->day_visits;
    cache_.MarkDirty(outcome_, debt->debtor_key(), ctx);
    AppendHistory(outcome_, canonical);
    outcome_.Reset();
  }
  return Status::Ok();
}

Status Run::ApplyPartitionRecord(const Pending& pending) {
  const v1::Event& event = pending.event;
  std::uint32_t first = 0, last = partitions_;
  if (!event.debtor_key().empty()) {
    first = PartitionForKey(event.debtor_key(), partitions_);
    last = first + 1;
  }
  bool accepted_anywhere = false;
  v1::Rejection rejection;
  const std::string canonical = codec::EncodeBinary(event);
  for (std::uint32_t p = first; p < last; ++p) {
    const Day previous_day = ContextOf(p).business_date;
    core::ApplyPartitionEvent(event, metas_[p], &outcome_);
    if (!outcome_.accepted) {
      rejection = outcome_.rejection;
      continue;
    }
    accepted_anywhere = true;
    meta_dirty_[p] = true;
    if (event.has_day_closed()) {
      if (Status s = CloseDayInPartition(p, previous_day, canonical); !s.ok()) return s;
    }
  }
  if (accepted_anywhere) {
    ++stats_->applied;
  } else {
    CountRejection(pending.offset, rejection);
  }
  return Status::Ok();
}

Status Run::ProcessWindow(std::vector<Pending>& batch, std::size_t count) {
  // Read every state the batch names in one MultiGet per family.
  std::vector<std::string> debt_keys, debtor_keys;
  for (std::size_t i = 0; i < count; ++i) {
    const v1::Event& e = batch[i].event;
    if (!batch[i].decode_error.empty() || e.debtor_key().empty() || e.debtor_key().size() > kIdLengthMax) continue;
    const std::uint32_t p = PartitionForKey(e.debtor_key(), partitions_);
    debtor_keys.push_back(store::EntityKey(p, e.debtor_key()));
    if (!e.debt_id().empty()) debt_keys.push_back(store::EntityKey(p, e.debt_id()));
  }
  if (Status s = cache_.Prefetch(&debt_keys, &debtor_keys); !s.ok()) return s;
  for (std::size_t i = 0; i < count; ++i) {
    const Pending& pending = batch[i];
    if (!pending.decode_error.empty()) {
      v1::Rejection rejection;
      rejection.set_reason(v1::REJECTION_REASON_MALFORMED);
      rejection.set_detail(pending.decode_error);
      CountRejection(pending.offset, rejection);
      continue;
    }
    const core::EventKind kind = core::KindOf(pending.event);
    Status s = kind == core::EventKind::kDayClosed || kind == core::EventKind::kPolicyPublished
                   ? ApplyPartitionRecord(pending)
                   : ApplyEventRecord(pending);
    if (!s.ok()) return s;
  }
  events_since_commit_ += count;
  return Status::Ok();
}

// One WriteBatch: every changed state with its history and timers, the
// partition records, and the cursor that says where the next run resumes.
Status Run::Commit(std::uint64_t next_offset) {
  cache_.FlushTo(&batch_);
  std::string value;
  for (std::uint32_t p = 0; p < partitions_; ++p) {
    if (!meta_dirty_[p]) continue;
    metas_[p].SerializeToString(&value);
    batch_.Put(store_->handle(store::Family::kMeta), store::PartitionMetaKey(p), value);
    meta_dirty_[p] = false;
  }
  batch_.Put(store_->handle(store::Family::kMeta), store::CursorKey(kFileSource),
             fmt::format("{} {:x} {:x}", next_offset, fingerprint_, last_record_hash_));
  Status s = store_->Write(&batch_);
  batch_.Clear();
  if (!s.ok()) return s;
  ++stats_->batches;
  events_since_commit_ = 0;
  cache_.Evict();
  return Status::Ok();
}

void Run::Progress(bool final_line) {
  const auto now = Clock::now();
  if (!final_line && now - last_progress_ < kProgressInterval) return;
  last_progress_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(stats_->records) / seconds : 0;
  std::fprintf(stderr, "\rreplay: %llu records (%llu applied, %llu rejected)  %.0f events/s%s",
               static_cast<unsigned long long>(stats_->records), static_cast<unsigned long long>(stats_->applied),
               static_cast<unsigned long long>(stats_->rejected), rate, final_line ? "\n" : "");
  std::fflush(stderr);
}

bool Run::CommitDue() const {
  return events_since_commit_ >= options_.batch_events || cache_.dirty_count() >= options_.cache_entries / 2;
}

Status Run::Execute() {
  if (options_.batch_events == 0 || options_.batch_events > kBatchEventsMax) {
    return Status::InvalidArgument(fmt::format("batch size must be in 1..{}", kBatchEventsMax));
  }
  std::string error;
  reader_ = codec::LogReader::Open(options_.input, options_.format, &error);
  if (!reader_) return Status::IoError(error);
  if (Status s = LoadPartitions(); !s.ok()) return s;
  std::vector<Pending> batch(std::min(options_.batch_events, kPrefetchWindowEvents));
  std::size_t count = 0;
  std::uint64_t offset = 0;
  bool first = true;
  while (reader_->Next(&batch[count].record, &offset)) {
    const std::string& record = batch[count].record;
    if (first) {
      first = false;
      if (Status s = LoadCursor(record); !s.ok()) return s;
    }
    if (offset < cursor_) {
      ++stats_->skipped;
      if (offset + 1 == cursor_ && Fnv1a64(record) != last_applied_hash_) {
        return Status::InvalidArgument(fmt::format(
            "this database was built from another log: record {} differs from the one it applied", offset));
      }
      continue;
    }
    Pending& pending = batch[count++];
    pending.offset = offset;
    last_offset_ = offset;
    last_record_hash_ = Fnv1a64(record);
    pending.decode_error = reader_->Decode(record, &pending.event);
    ++stats_->records;
    const bool stop = options_.stop_after != 0 && stats_->records >= options_.stop_after;
    if (count == batch.size() || stop) {
      if (Status s = ProcessWindow(batch, count); !s.ok()) return s;
      const std::uint64_t next_offset = batch[count - 1].offset + 1;
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
  if (count > 0) {
    if (Status s = ProcessWindow(batch, count); !s.ok()) return s;
    if (Status s = Commit(batch[count - 1].offset + 1); !s.ok()) return s;
  } else if (events_since_commit_ > 0) {
    if (Status s = Commit(last_offset_ + 1); !s.ok()) return s;
  }
  stats_->input_truncated = reader_->truncated();
  if (cursor_ > 0 && (first || offset + 1 < cursor_)) {
    return Status::InvalidArgument(fmt::format("the log has fewer records than the {} this database applied", cursor_));
  }
  if (Status s = store_->Flush(); !s.ok()) return s;
  stats_->cache_hits = cache_.hits();
  stats_->cache_misses = cache_.misses();
  stats_->seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  if (options_.progress) Progress(true);
  return Status::Ok();
}

}  // namespace

Status Replay(store::Store* store, const ReplayOptions& options, ReplayStats* stats) {
  Run run(store, options, stats);
  return run.Execute();
}

}  // namespace relance::replay
