#include "engine/replay/applier.h"

#include <fmt/format.h>

#include <map>

#include "engine/core/day_close.h"
#include "engine/core/dunning.h"
#include "engine/core/hash.h"
#include "engine/core/limits.h"
#include "engine/core/transition_table.h"
#include "engine/store/keys.h"

namespace relance::replay {

Applier::Applier(store::Store* store, std::size_t cache_entries) : store_(store), cache_(store, cache_entries) {
  outcome_.keep_transitions = false;  // Until a transition sink consumes them.
}

Status Applier::Open(std::uint32_t requested_partitions) {
  std::uint32_t partitions = 0;
  if (Status s = store_->UsePartitions(requested_partitions, &partitions); !s.ok()) return s;
  metas_.assign(partitions, v1::PartitionMeta());
  meta_dirty_.assign(partitions, false);
  std::string value;
  for (std::uint32_t p = 0; p < partitions; ++p) {
    bool found = false;
    if (Status s = store_->Get(store::Family::kMeta, store::PartitionMetaKey(p), &value, &found); !s.ok()) return s;
    if (found && !metas_[p].ParseFromString(value)) return Status::Corruption(fmt::format("partition {} record", p));
    metas_[p].set_partition(p);
  }
  contact_holidays_.resize(partitions);
  for (std::uint32_t p = 0; p < partitions; ++p) contact_holidays_[p] = core::ContactHolidays(metas_[p]);
  return Status::Ok();
}

Day Applier::business_date(std::uint32_t partition) const {
  const v1::PartitionMeta& meta = metas_[partition];
  if (IsUnset(meta.business_date())) return kNoDay;
  return ToDay(meta.business_date()).value_or(kNoDay);
}

core::Context Applier::ContextOf(std::uint32_t partition) const {
  const v1::PartitionMeta& meta = metas_[partition];
  core::Context ctx;
  ctx.business_date = IsUnset(meta.business_date()) ? kNoDay : *ToDay(meta.business_date());
  ctx.policy = core::PolicyView::From(meta);
  ctx.policy.contact_holidays = &contact_holidays_[partition];
  return ctx;
}

Status Applier::Prefetch(const std::vector<const v1::Event*>& events) {
  std::vector<RowRef> debt_rows, debtor_rows;
  // A debtor changed since the last commit was rescored, and its risk row
  // read, when it changed (the projector keeps it until the commit): it is
  // not asked for again. A debt's row is asked for even when its state
  // changed: a DayClosed's visit changes a state without reading its row
  // (the projector skips the rows it holds), and a ReminderSent for it in
  // the same commit read the row with a Get of its own (three in four of
  // the single reads left on the 1M-debt log). A row this misses is read
  // when first needed.
  event_slots_.clear();
  next_event_slot_ = 0;
  for (const v1::Event* e : events) {
    if (e->debtor_key().empty() || e->debtor_key().size() > kIdLengthMax) continue;
    const std::uint32_t p = PartitionForKey(e->debtor_key(), partitions());
    EventSlots& slots = event_slots_.emplace_back(EventSlots{e, p, nullptr, cache_.WantDebtor(p, e->debtor_key())});
    if (!store::StateCache::Dirty(*slots.debtor)) {
      debtor_rows.push_back({p, e->debtor_key(), store::StateCache::RowOf(slots.debtor)});
    }
    if (e->debt_id().empty()) continue;
    slots.debt = cache_.WantDebt(p, e->debt_id());
    // A new invoice's debt has no row to read.
    if (!e->has_invoice_issued()) debt_rows.push_back({p, e->debt_id(), store::StateCache::RowOf(slots.debt)});
  }
  if (Status s = cache_.Prefetch(); !s.ok()) return s;
  if (Status s = PrefetchPaidDebts(&debt_rows); !s.ok()) return s;
  if (projection_sink_ == nullptr) return Status::Ok();
  return projection_sink_->Prefetch(debt_rows, debtor_rows);
}

// The slots the read-ahead found for `event`, if it was among the window's:
// the events are applied in the order they were read ahead.
void Applier::HintEventSlots(const v1::Event& event) {
  for (std::size_t i = next_event_slot_; i < event_slots_.size(); ++i) {
    if (event_slots_[i].event != &event) continue;
    cache_.Hint(event_slots_[i].debt, event_slots_[i].debtor);
    next_event_slot_ = i + 1;
    return;
  }
}

// A payment that names no debt is shared among its debtor's open debts in
// its currency, and a reversal takes back what its payment gave: the debts
// come from the debtor's state, read by the first round. Their states are
// read together here, and their read-side rows are added to `debt_rows`: one
// Get each, as they were read before, was a twentieth of a replay whose
// working set outgrows the cache (perf: Projector::LoadDebt under
// Store::Get). Every debt the money may reach is read, not only those the
// core's allocation will reach: a row too many costs less than a second
// copy of the allocation rule to keep in step with the core.
Status Applier::PrefetchPaidDebts(std::vector<RowRef>* debt_rows) {
  const std::size_t rows_before = debt_rows->size();
  for (const EventSlots& slots : event_slots_) {
    const v1::Event* e = slots.event;
    const bool untargeted_payment = e->has_payment_received() && e->debt_id().empty();
    if (!untargeted_payment && !e->has_payment_reversed()) continue;
    // Read by the first round (an absent debtor's state is empty). The ids
    // point into it, unchanged until the window is applied.
    const core::Debtor& debtor = slots.debtor->second.state;
    const std::uint32_t p = slots.partition;
    auto want = [&](std::string_view debt_id) {
      debt_rows->push_back({p, debt_id, store::StateCache::RowOf(cache_.WantDebt(p, debt_id))});
    };
    if (untargeted_payment) {
      const std::string& currency = e->payment_received().amount().currency();
      for (const core::OpenDebt& open : debtor.open_debts()) {
        if (open.currency() == currency) want(open.debt_id());
      }
    } else {
      for (const core::PaymentRecord& record : debtor.payments()) {
        if (record.payment_id() != e->payment_reversed().payment_id()) continue;
        for (const core::Allocation& a : record.allocations()) want(a.debt_id());
      }
    }
  }
  if (debt_rows->size() == rows_before) return Status::Ok();
  return cache_.Prefetch();
}

// The cache's marks for outcome_ (StateCache::Accepted). For the read side,
// its debts and, in step with them, their handles, taken while the binding
// still names their slots.
void Applier::Accepted(std::string_view debtor_key, const core::Context& ctx, std::string_view history_bytes) {
  if (projection_sink_ == nullptr) {
    cache_.Accepted(outcome_, debtor_key, ctx, history_bytes, nullptr);
    return;
  }
  visited_debts_.insert(visited_debts_.end(), outcome_.touched_debts.begin(), outcome_.touched_debts.end());
  cache_.Accepted(outcome_, debtor_key, ctx, history_bytes, &visited_rows_);
}

void Applier::Emit(std::uint32_t partition, const core::Outcome& outcome) {
  transitions_ += static_cast<std::uint64_t>(outcome.transition_count);
  if (sink_) {
    for (const v1::Transition& t : outcome) sink_(t);
  }
  for (const v1::Action& action : outcome.actions) {
    ++actions_;
    const auto& [key, value] = pending_actions_.emplace_back(
        store::ActionKey(*ToDay(action.date()), partition, action.action_id()), action.SerializeAsString());
    pending_action_bytes_ += key.size() + value.size();
    if (action_sink_) action_sink_(partition, action);
  }
}

Status Applier::Apply(std::uint32_t partition, const v1::Event& event, std::string_view history_bytes, bool* accepted,
                      v1::Rejection* rejection) {
  const core::EventKind kind = core::KindOf(event);
  if (core::IsPartitionLevel(kind)) {
    return ApplyPartitionLevel(partition, event, history_bytes, accepted, rejection);
  }
  core::Context ctx = ContextOf(partition);
  // One binding for the whole event: the core's lookups, the recall, the
  // dirty marks, the history and the read side find its states by slot.
  core::StateAccess& access = cache_.Bind(partition);
  HintEventSlots(event);
  if (Status s = Recall(partition, access, event, &ctx.recall); !s.ok()) return s;
  core::Apply(event, ctx, access, &outcome_);
  if (!cache_.read_status().ok()) return cache_.read_status();
  *accepted = outcome_.accepted;
  if (!outcome_.accepted) {
    *rejection = outcome_.rejection;
    return KeepRejected(partition, access, event);
  }
  KeepForgotten(partition, event.debtor_key(), outcome_);
  Accepted(event.debtor_key(), ctx, history_bytes);
  Emit(partition, outcome_);
  return Project(partition, access, event);
}

// A refused event that names an existing debt goes into that debt's trail
// (v1.RejectedEntry, in the commit of the events around it): an auditor sees
// what was refused and why. Not a duplicate (an idempotent no-op, not a
// decision), and at most kRejectionsPerDebtMax per debt: a flood of bad events
// fills the dead-letter topic, not a debt's trail.
Status Applier::KeepRejected(std::uint32_t partition, core::StateAccess& access, const v1::Event& event) {
  const v1::Rejection& rejection = outcome_.rejection;
  if (rejection.debt_id().empty() || rejection.debt_id().size() > kIdLengthMax ||
      rejection.reason() == v1::REJECTION_REASON_DUPLICATE_EVENT) {
    return Status::Ok();
  }
  const core::Debt* debt = access.FindDebt(rejection.debt_id());
  if (!cache_.read_status().ok()) return cache_.read_status();
  if (debt == nullptr) return Status::Ok();
  std::string prefix = store::RejectedPrefix(partition, rejection.debt_id());
  auto counted = rejected_counts_.find(prefix);
  if (counted == rejected_counts_.end()) {
    std::uint32_t stored = 0;
    std::string limit = prefix;
    limit.back() = '\x01';  // Just past this debt's keys.
    const rocksdb::Slice upper(limit);
    auto it = store_->NewIterator(store::Family::kMeta, nullptr, &upper);
    for (it->Seek(prefix); it->Valid() && stored < kRejectionsPerDebtMax; it->Next()) ++stored;
    if (!it->status().ok()) return store::FromRocks(it->status());
    counted = rejected_counts_.emplace(std::move(prefix), stored).first;
  }
  if (counted->second >= kRejectionsPerDebtMax) return Status::Ok();
  v1::RejectedEntry entry;
  *entry.mutable_event() = event;
  *entry.mutable_rejection() = rejection;
  entry.set_after_seq(debt->history_seq());
  pending_rejected_.emplace_back(store::RejectedKey(partition, rejection.debt_id(), counted->second++),
                                 entry.SerializeAsString());
  return Status::Ok();
}

// Only the kinds whose ids a debtor's windows keep (core: RememberDebtorEvent
// and the payment records), and only for a debtor that forgot some: every
// other event costs nothing more than before.
Status Applier::Recall(std::uint32_t partition, core::StateAccess& access, const v1::Event& event,
                       core::Recall* recall) {
  const core::EventKind kind = core::KindOf(event);
  if (kind != core::EventKind::kPaymentReceived && kind != core::EventKind::kPaymentReversed &&
      kind != core::EventKind::kInsolvencyProceedings) {
    return Status::Ok();
  }
  // An invalid key is the core's to reject; it names no stored debtor.
  if (event.debtor_key().empty() || event.debtor_key().size() > kIdLengthMax) return Status::Ok();
  const core::Debtor* debtor = access.Debtor(event.debtor_key());
  if (!cache_.read_status().ok()) return cache_.read_status();
  if (debtor->ids_forgotten() == 0) return Status::Ok();
  const std::string event_key = store::ForgottenEventKey(partition, event.debtor_key(), Fnv1a64(event.event_id()));
  if (Status s = SeenForgotten(event_key, &recall->event_id_seen); !s.ok()) return s;
  if (kind == core::EventKind::kPaymentReceived && !event.payment_received().payment_id().empty()) {
    const std::string payment_key =
        store::ForgottenPaymentKey(partition, event.debtor_key(), event.payment_received().payment_id());
    if (Status s = SeenForgotten(payment_key, &recall->payment_id_seen); !s.ok()) return s;
  }
  return Status::Ok();
}

// Committed (the store) or forgotten since the last commit (pending): the
// batch being built counts as seen, or a redelivery within one batch would
// pass.
Status Applier::SeenForgotten(const std::string& key, bool* seen) const {
  if (pending_forgotten_.count(key) != 0) {
    *seen = true;
    return Status::Ok();
  }
  std::string value;
  return store_->Get(store::Family::kMeta, key, &value, seen);
}

void Applier::KeepForgotten(std::uint32_t partition, std::string_view debtor_key, const core::Outcome& outcome) {
  for (const core::ForgottenId& id : outcome.forgotten) {
    switch (id.kind) {
      case core::ForgottenId::Kind::kEventHash:
        pending_forgotten_.insert(store::ForgottenEventKey(partition, debtor_key, id.event_hash));
        break;
      case core::ForgottenId::Kind::kPaymentId:
        pending_forgotten_.insert(store::ForgottenPaymentKey(partition, debtor_key, id.payment_id));
        break;
    }
  }
}

Status Applier::ApplyPartitionLevel(std::uint32_t partition, const v1::Event& event, std::string_view history_bytes,
                                    bool* accepted, v1::Rejection* rejection) {
  const Day previous_day = ContextOf(partition).business_date;
  core::ApplyPartitionEvent(event, metas_[partition], &outcome_);
  *accepted = outcome_.accepted;
  if (!outcome_.accepted) {
    *rejection = outcome_.rejection;
    return Status::Ok();
  }
  meta_dirty_[partition] = true;
  switch (core::KindOf(event)) {
    case core::EventKind::kPolicyPublished:
      contact_holidays_[partition] = core::ContactHolidays(metas_[partition]);
      // Every debt's next action day may move with the new ladders: the first
      // kRetimeDebtsPerDayMax debts at once, the rest a bounded number per
      // DayClosed (ContinueRetiming), in debt id order over every debt,
      // committed or not. Which debts are re-timed, and when, depends on the
      // log alone, never on where commits fell (it once did: the debts changed
      // since the last commit were re-timed at once, the others later).
      metas_[partition].set_retiming(true);
      metas_[partition].clear_retime_after();
      return ContinueRetiming(partition);
    case core::EventKind::kCalendarPublished:
      contact_holidays_[partition] = core::ContactHolidays(metas_[partition]);
      return Status::Ok();
    case core::EventKind::kDayClosed:
      return CloseDays(partition, previous_day, event, history_bytes);
    case core::EventKind::kInvoiceIssued:  // Not partition-level: the core accepted none of them here.
    case core::EventKind::kPaymentReceived:
    case core::EventKind::kPaymentReversed:
    case core::EventKind::kCreditNoteIssued:
    case core::EventKind::kReminderSent:
    case core::EventKind::kPromiseToPay:
    case core::EventKind::kPaymentPlanAgreed:
    case core::EventKind::kDisputeOpened:
    case core::EventKind::kDisputeResolved:
    case core::EventKind::kHandedToAgency:
    case core::EventKind::kLegalActionFiled:
    case core::EventKind::kWrittenOff:
    case core::EventKind::kCreditApplied:
    case core::EventKind::kInsolvencyProceedings:
    case core::EventKind::kOrderForPaymentUpdate:
    case core::EventKind::kUnknown:
      break;
  }
  return Status::Corruption(fmt::format("event {} is not partition-level", event.event_id()));
}

// A close that skips days (a weekend, a holiday, a stopped scheduler; the
// core bounds how many) closes each of them in turn, as if each had its own
// DayClosed: a debt's review falls on its own day, with that day's contact
// rules, never on the last day of the leap. The first close of a partition
// has no earlier day, and closes its own day only.
Status Applier::CloseDays(std::uint32_t partition, Day previous_day, const v1::Event& day_closed,
                          std::string_view history_bytes) {
  const Day day = ContextOf(partition).business_date;
  for (Day d = previous_day == kNoDay ? day : previous_day + 1; d <= day; ++d) {
    if (Status s = CloseDay(partition, previous_day == kNoDay ? kNoDay : d - 1, d, history_bytes); !s.ok()) return s;
  }
  if (metas_[partition].retiming()) {
    if (Status s = ContinueRetiming(partition); !s.ok()) return s;
  }
  return ProjectDayVisits(partition, day_closed);
}

// One debt on the policy in force: a new next action day is saved and
// rescheduled, with no history entry (no event of its own changed it).
Status Applier::Retime(std::uint32_t partition, const std::string& debt_id) {
  const core::Context ctx = ContextOf(partition);
  core::StateAccess& access = cache_.Bind(partition);
  core::Debt* debt = access.FindDebt(debt_id);
  if (debt == nullptr || core::IsClosed(debt->status())) return cache_.read_status();
  const core::Debtor* debtor = access.Debtor(debt->debtor_key());
  if (!cache_.read_status().ok()) return cache_.read_status();
  if (!core::RetimeDebt(*debt, *debtor, ctx.policy)) return Status::Ok();
  outcome_.Reset();
  core::RetimedDebt(&outcome_, *debt);
  Accepted(debt->debtor_key(), ctx, {});
  ++retimed_;
  return Status::Ok();
}

Status Applier::ContinueRetiming(std::uint32_t partition) {
  v1::PartitionMeta& meta = metas_[partition];
  std::vector<std::string> ids;
  if (Status s = cache_.DebtIdsAfter(partition, meta.retime_after(), kRetimeDebtsPerDayMax, &ids); !s.ok()) return s;
  for (const std::string& id : ids) {
    if (Status s = Retime(partition, id); !s.ok()) return s;
  }
  if (ids.size() < kRetimeDebtsPerDayMax) {
    meta.set_retiming(false);
    meta.clear_retime_after();
  } else {
    meta.set_retime_after(ids.back());
  }
  return Status::Ok();
}

// Timers of one closed day `day` (after `previous_day`): the index, never a full scan.
// Every timer lies after the previous closed day (ScheduledReviewDay), so the
// scan skips the tombstones of days already closed. Due debts are grouped by
// debtor: their time-driven transitions first, then the debtor's dunning
// review, which decides one set of actions for all its debts.
Status Applier::CloseDay(std::uint32_t partition, Day previous_day, Day day, std::string_view history_bytes) {
  core::Context ctx = ContextOf(partition);
  ctx.business_date = day;
  std::vector<core::Debt*> due_debts;
  if (Status s = cache_.DueDebts(partition, previous_day, ctx.business_date, &due_debts); !s.ok()) return s;
  const std::vector<core::DueDebtor> by_debtor = core::GroupDueByDebtor(due_debts);
  // The debtors in one MultiGet too (DueDebts read their debts so).
  std::vector<store::StateCache::DebtorSlot*> debtor_slots;
  debtor_slots.reserve(by_debtor.size());
  for (const core::DueDebtor& due : by_debtor) debtor_slots.push_back(cache_.WantDebtor(partition, due.debtor_key));
  if (Status s = cache_.Prefetch(); !s.ok()) return s;
  if (projection_sink_ != nullptr) {  // Their risk rows, rescored after the visits.
    std::vector<RowRef> debtor_rows;
    debtor_rows.reserve(by_debtor.size());
    for (std::size_t i = 0; i < by_debtor.size(); ++i) {
      debtor_rows.push_back({partition, by_debtor[i].debtor_key, store::StateCache::RowOf(debtor_slots[i])});
    }
    if (Status s = projection_sink_->Prefetch({}, debtor_rows); !s.ok()) return s;
  }
  for (std::size_t i = 0; i < by_debtor.size(); ++i) {
    const core::DueDebtor& due = by_debtor[i];
    core::StateAccess& access = cache_.Bind(partition);  // One debtor per binding.
    cache_.Hint(nullptr, debtor_slots[i]);
    outcome_.Reset();
    core::CloseDebtorDay(due, access, ctx.business_date, ctx.policy, &outcome_);
    day_visits_ += due.debts.size();
    if (!cache_.read_status().ok()) return cache_.read_status();
    Accepted(due.debtor_key, ctx, history_bytes);
    Emit(partition, outcome_);
  }
  return Status::Ok();
}

// The read side (projection_sink.h), fed with the states after an accepted
// event: its touched debts (gathered by Emit) and its debtor.
Status Applier::Project(std::uint32_t partition, core::StateAccess& access, const v1::Event& event) {
  if (projection_sink_ == nullptr) return Status::Ok();
  projected_debts_.swap(visited_debts_);
  visited_debts_.clear();
  projected_rows_.swap(visited_rows_);
  visited_rows_.clear();
  const core::Debtor* debtor = event.debtor_key().empty() ? nullptr : access.Debtor(event.debtor_key());
  if (!cache_.read_status().ok()) return cache_.read_status();
  const RowHandles rows{&projected_rows_, debtor == nullptr ? nullptr : cache_.DebtorRowOf(event.debtor_key())};
  return projection_sink_->OnEvent(partition, event, projected_debts_, outcome_.balance_changes, debtor, rows);
}

// After a DayClosed: one call per debt its visits changed, in visit order.
Status Applier::ProjectDayVisits(std::uint32_t partition, const v1::Event& day_closed) {
  if (projection_sink_ == nullptr) return Status::Ok();
  std::vector<const core::Debt*> visited;
  visited.swap(visited_debts_);
  std::vector<RowHandle*> visited_rows;
  visited_rows.swap(visited_rows_);
  for (std::size_t i = 0; i < visited.size(); ++i) {
    const core::Debt* debt = visited[i];
    core::StateAccess& access = cache_.Bind(partition);
    const core::Debtor* debtor = access.Debtor(debt->debtor_key());
    if (!cache_.read_status().ok()) return cache_.read_status();
    projected_debts_.assign(1, debt);
    projected_rows_.assign(1, visited_rows[i]);
    const RowHandles rows{&projected_rows_, cache_.DebtorRowOf(debt->debtor_key())};
    if (Status s = projection_sink_->OnDayVisit(partition, day_closed, projected_debts_, debtor, rows); !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

std::size_t Applier::FlushBytesEstimate() const {
  std::size_t bytes = cache_.FlushBytesEstimate();
  for (const auto& [key, value] : pending_actions_) bytes += 16 + key.size() + value.size();
  for (const std::string& key : pending_forgotten_) bytes += 16 + key.size();
  for (const auto& [key, value] : pending_rejected_) bytes += 16 + key.size() + value.size();
  if (projection_sink_ != nullptr) bytes += projection_sink_->FlushBytesEstimate();
  return bytes + 64 * partitions();  // Partition metas.
}

std::size_t Applier::pending_bytes() const {
  std::size_t bytes = cache_.pending_bytes() + pending_action_bytes_;
  if (projection_sink_ != nullptr) bytes += projection_sink_->FlushBytesEstimate();
  return bytes;
}

Status Applier::FlushTo(rocksdb::WriteBatch* batch, const store::MetaRecords& meta_tail) {
  if (Status s = cache_.CheckDirtyDebts(); !s.ok()) return s;
  cache_.FlushTo(batch);  // debt, debtor, history, timer
  // meta: the forgotten ids ('F'), the refused events of debts' trails ('J'),
  // the partition records ('P') and the caller's records, merged in key order.
  meta_keys_.clear();
  meta_values_.clear();
  for (std::uint32_t p = 0; p < partitions(); ++p) {
    if (!meta_dirty_[p]) continue;
    meta_keys_.push_back(store::PartitionMetaKey(p));
    metas_[p].SerializeToString(&meta_values_.emplace_back());
    meta_dirty_[p] = false;
  }
  std::vector<std::pair<std::string_view, std::string_view>> meta;
  meta.reserve(pending_forgotten_.size() + pending_rejected_.size() + meta_keys_.size() + meta_tail.size());
  for (const std::string& key : pending_forgotten_) meta.emplace_back(key, std::string_view());
  for (const auto& [key, value] : pending_rejected_) meta.emplace_back(key, value);
  for (std::size_t i = 0; i < meta_keys_.size(); ++i) meta.emplace_back(meta_keys_[i], meta_values_[i]);
  for (const auto& [key, value] : meta_tail) meta.emplace_back(key, value);
  std::sort(meta.begin(), meta.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  rocksdb::ColumnFamilyHandle* meta_family = store_->handle(store::Family::kMeta);
  for (const auto& [key, value] : meta) {
    batch->Put(meta_family, rocksdb::Slice(key.data(), key.size()), rocksdb::Slice(value.data(), value.size()));
  }
  pending_forgotten_.clear();
  pending_rejected_.clear();
  rejected_counts_.clear();
  // action: one record per action id; a key met twice keeps its last bytes.
  std::stable_sort(pending_actions_.begin(), pending_actions_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, value] : pending_actions_) batch->Put(store_->handle(store::Family::kAction), key, value);
  pending_actions_.clear();
  pending_action_bytes_ = 0;
  // projection
  if (projection_sink_ != nullptr) projection_sink_->FlushTo(batch);
  return Status::Ok();
}

}  // namespace relance::replay
