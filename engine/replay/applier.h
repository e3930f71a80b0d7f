// The Applier: applies decoded events to partitions through the write-back
// state cache. It is what the file replay and the Kafka runtime share: the
// core call, the partition records (business date, policy), DayClosed's visit
// of due debts through the timer index, history and dirty-state tracking.
// Committing (and what else goes in the batch: cursor, offsets, outbox) is
// the caller's.
//
// Thread safety: none; one Applier per writer.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/core/ledger.h"
#include "engine/core/status.h"
#include "engine/replay/projection_sink.h"
#include "engine/store/state_cache.h"
#include "engine/store/store.h"

namespace relance::replay {

class Applier {
 public:
  Applier(store::Store* store, std::size_t cache_entries);

  // Fixes the partition count (0: the database's, 64 for a new one) and
  // loads every partition record.
  Status Open(std::uint32_t requested_partitions);
  std::uint32_t partitions() const { return static_cast<std::uint32_t>(metas_.size()); }
  // The last closed business day of `partition`, kNoDay before its first
  // DayClosed (what /metrics shows, so that a day left open is noticed).
  // REQUIRES: partition < partitions().
  Day business_date(std::uint32_t partition) const;

  // Reads, in one MultiGet per family, the states these events name.
  Status Prefetch(const std::vector<const v1::Event*>& events);

  // Applies `event` to `partition`. Partition-level events (DayClosed,
  // PolicyPublished) apply to that partition only; a DayClosed visits its due
  // debts, day by day when it closes several days at once. A debtor-level
  // event of a debtor whose idempotency windows overflowed is first looked up
  // among the ids they let go (a store read per id; core::Recall).
  // `history_bytes` is what the debts' history keeps (the event's canonical
  // binary). *rejection is set when the event is refused. An error Status
  // means the store failed: the batch must not be committed.
  Status Apply(std::uint32_t partition, const v1::Event& event, std::string_view history_bytes, bool* accepted,
               v1::Rejection* rejection);

  // Called with every transition an accepted event or a DayClosed produced.
  // Without a sink, the core only counts the status changes: no message is built.
  void set_transition_sink(std::function<void(const v1::Transition&)> sink) {
    sink_ = std::move(sink);
    outcome_.keep_transitions = sink_ != nullptr;
  }
  // Called with every action a DayClosed produced (its bytes are also kept in
  // the `action` family by FlushTo).
  void set_action_sink(std::function<void(std::uint32_t, const v1::Action&)> sink) { action_sink_ = std::move(sink); }

  // The read side fed in the same batch (projection_sink.h); nullptr: none.
  // Not owned; must outlive the Applier's use.
  void set_projection_sink(ProjectionSink* sink) { projection_sink_ = sink; }

  // Adds every changed state, history chunk, timer, partition record, action
  // and read-side row, and `meta_tail`: in family order, and in key order
  // within each family, which a bulk store writes as it is (a batch out of
  // order is copied to be sorted first: store/write_batches.h).
  // Fails, adding nothing, when a changed debt breaks the money invariants
  // (StateCache::CheckDirtyDebts): the batch must then not be committed.
  Status FlushTo(rocksdb::WriteBatch* batch, const store::MetaRecords& meta_tail = {});
  // About the bytes FlushTo will add to a batch.
  std::size_t FlushBytesEstimate() const;
  // After a successful commit: lets the cache drop clean states.
  void Committed() {
    event_slots_.clear();  // The cache may evict their states.
    cache_.Evict();
  }
  std::size_t dirty_count() const { return cache_.dirty_count(); }
  // About the bytes the next FlushTo adds, cheap enough to ask after every
  // window (FlushBytesEstimate walks the dirty states).
  std::size_t pending_bytes() const;

  std::uint64_t transitions() const { return transitions_; }
  std::uint64_t actions() const { return actions_; }
  std::uint64_t day_visits() const { return day_visits_; }
  std::uint64_t retimed() const { return retimed_; }
  std::uint64_t cache_hits() const { return cache_.hits(); }
  std::uint64_t cache_misses() const { return cache_.misses(); }

 private:
  core::Context ContextOf(std::uint32_t partition) const;
  // Prefetch's second round: the debts payments and reversals reach through
  // their debtor, and their read-side rows.
  Status PrefetchPaidDebts(std::vector<RowRef>* debt_rows);
  Status Recall(std::uint32_t partition, core::StateAccess& access, const v1::Event& event, core::Recall* recall);
  void HintEventSlots(const v1::Event& event);
  Status SeenForgotten(const std::string& key, bool* seen) const;
  void KeepForgotten(std::uint32_t partition, std::string_view debtor_key, const core::Outcome& outcome);
  Status ApplyPartitionLevel(std::uint32_t partition, const v1::Event& event, std::string_view history_bytes,
                             bool* accepted, v1::Rejection* rejection);
  Status CloseDays(std::uint32_t partition, Day previous_day, const v1::Event& day_closed,
                   std::string_view history_bytes);
  Status CloseDay(std::uint32_t partition, Day previous_day, Day day, std::string_view history_bytes);
  Status Retime(std::uint32_t partition, const std::string& debt_id);
  Status ContinueRetiming(std::uint32_t partition);
  void Accepted(std::string_view debtor_key, const core::Context& ctx, std::string_view history_bytes);
  void Emit(std::uint32_t partition, const core::Outcome& outcome);
  Status KeepRejected(std::uint32_t partition, core::StateAccess& access, const v1::Event& event);
  Status Project(std::uint32_t partition, core::StateAccess& access, const v1::Event& event);
  Status ProjectDayVisits(std::uint32_t partition, const v1::Event& day_closed);

  store::Store* store_;
  store::StateCache cache_;
  std::vector<v1::PartitionMeta> metas_;
  // Per partition, core::ContactHolidays of its record: refreshed by every
  // accepted partition-level event (policy and calendar changes are rare).
  std::vector<std::vector<Day>> contact_holidays_;
  std::vector<bool> meta_dirty_;
  std::vector<std::string> meta_keys_, meta_values_;  // Scratch of FlushTo.
  core::Outcome outcome_;
  std::function<void(const v1::Transition&)> sink_;
  std::function<void(std::uint32_t, const v1::Action&)> action_sink_;
  std::vector<std::pair<std::string, std::string>> pending_actions_;  // (ActionKey, bytes) until FlushTo.
  std::size_t pending_action_bytes_ = 0;                              // Their keys and values.
  // Forgotten-id keys (core::ForgottenId) since the last FlushTo: already
  // seen for the events after them, though not yet in the store.
  std::set<std::string> pending_forgotten_;
  // Refused events for their debts' trails since the last FlushTo (KeepRejected),
  // and how many each debt has, stored or pending (RejectedPrefix -> count).
  std::vector<std::pair<std::string, std::string>> pending_rejected_;
  std::unordered_map<std::string, std::uint32_t> rejected_counts_;
  ProjectionSink* projection_sink_ = nullptr;
  std::vector<const core::Debt*> projected_debts_;
  // Debts an event or a DayClosed changed, in visit order (states of the
  // cache, kept in place until the next commit).
  std::vector<const core::Debt*> visited_debts_;
  // Their rows' handles (ProjectionSink), in the same order.
  std::vector<RowHandle*> visited_rows_;
  std::vector<RowHandle*> projected_rows_;
  // The states' slots of each event the window read ahead, in window order
  // (Prefetch): an event's lookups take them instead of hashing its ids
  // again. Cleared at each read-ahead and commit.
  struct EventSlots {
    const v1::Event* event;
    std::uint32_t partition;
    store::StateCache::DebtSlot* debt;
    store::StateCache::DebtorSlot* debtor;
  };
  std::vector<EventSlots> event_slots_;
  std::size_t next_event_slot_ = 0;
  std::uint64_t transitions_ = 0;
  std::uint64_t actions_ = 0;
  std::uint64_t retimed_ = 0;
  std::uint64_t day_visits_ = 0;
};

}  // namespace relance::replay
