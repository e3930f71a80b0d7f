#include "projections/projector.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "engine/core/ledger.h"
#include "projections/keys.h"

namespace relance::projections {
namespace {

bool Parse(std::string_view key, pb::RiskRow* row, std::string* index_key, std::string_view value) {
  if (!row->ParseFromArray(value.data(), static_cast<int>(value.size()))) return false;
  *index_key = RiskIndexKey(RowPartition(key), row->score(), row->debtor_key());
  return true;
}

}  // namespace

// Reads ahead, in one MultiGet, the rows not in their maps yet, and adds
// them there (untouched: FlushTo leaves them out until an event touches them).
// The rows already there (read ahead or kept) count as used by this commit;
// those a handle holds are found without their key.
Status Projector::Prefetch(const std::vector<replay::RowRef>& debts, const std::vector<replay::RowRef>& debtors) {
  struct Wanted {
    std::string_view key;  // The map's own copy.
    DebtEntry* debt;       // Or:
    RiskEntry* risk;
  };
  std::vector<Wanted> wanted;
  wanted.reserve(debts.size() + debtors.size());
  for (const replay::RowRef& debt : debts) {
    if (DebtEntry* held = Held<DebtEntry>(debt.row); held != nullptr) {
      held->used = generation_;
      continue;
    }
    AssignRowKey(kDebtRowKind, debt.partition, debt.id, &key_);
    auto [it, inserted] = debt_rows_.try_emplace(key_);
    it->second.used = generation_;
    Hold(debt.row, &it->second);
    if (inserted) wanted.push_back({it->first, &it->second, nullptr});
  }
  for (const replay::RowRef& debtor : debtors) {
    if (RiskEntry* held = Held<RiskEntry>(debtor.row); held != nullptr) {
      held->used = generation_;
      continue;
    }
    AssignRowKey(kRiskRowKind, debtor.partition, debtor.id, &key_);
    auto [it, inserted] = risk_rows_.try_emplace(key_);
    it->second.used = generation_;
    Hold(debtor.row, &it->second);
    if (inserted) wanted.push_back({it->first, nullptr, &it->second});
  }
  if (wanted.empty()) return Status::Ok();
  std::sort(wanted.begin(), wanted.end(), [](const Wanted& a, const Wanted& b) { return a.key < b.key; });
  std::vector<rocksdb::Slice> slices;
  slices.reserve(wanted.size());
  for (const Wanted& w : wanted) slices.emplace_back(w.key.data(), w.key.size());
  std::vector<rocksdb::PinnableSlice> values(wanted.size());
  std::vector<rocksdb::Status> statuses(wanted.size());
  store_->db()->MultiGet(rocksdb::ReadOptions(), store_->handle(store::Family::kProjection), slices.size(),
                         slices.data(), values.data(), statuses.data(), /*sorted_input=*/true);
  Status status;
  for (std::size_t i = 0; i < wanted.size() && status.ok(); ++i) {
    const rocksdb::Slice* value = statuses[i].ok() ? &values[i] : nullptr;
    if (!statuses[i].ok() && !statuses[i].IsNotFound()) {
      status = store::FromRocks(statuses[i]);
    } else if (wanted[i].debt != nullptr) {
      status = SetStored(wanted[i].key, value, wanted[i].debt);
    } else {
      status = SetStored(wanted[i].key, value, wanted[i].risk);
    }
  }
  if (status.ok()) return status;
  // None of them was read: the next lookup must not find them.
  epoch_ = store::NewEpoch();
  for (const Wanted& w : wanted) {
    const std::string key(w.key);
    if (w.debt != nullptr) {
      debt_rows_.erase(key);
    } else {
      risk_rows_.erase(key);
    }
  }
  return status;
}

Status Projector::SetStored(std::string_view key, const rocksdb::Slice* value, DebtEntry* entry) {
  entry->stored = value != nullptr;
  if (value == nullptr) return Status::Ok();
  if (!entry->row.ParseFrom(value->ToStringView(), &row_proto_)) {
    return Status::Corruption("projection row " + std::string(key));
  }
  entry->stored_outstanding_minor = entry->row.outstanding_minor();
  entry->stored_last_delta_day = LastDeltaDay(entry->row);
  return Status::Ok();
}

Status Projector::SetStored(std::string_view key, const rocksdb::Slice* value, RiskEntry* entry) {
  if (value == nullptr) {
    entry->row.set_as_of_day(kNoDay);
  } else if (!Parse(key, &entry->row, &entry->persisted_index_key, value->ToStringView())) {
    return Status::Corruption("risk row " + std::string(key));
  }
  entry->row.set_debtor_key(std::string(RowId(key)));
  entry->as_of_day = entry->row.as_of_day();
  return Status::Ok();
}

template <typename Entry>
Status Projector::ReadStored(const std::string& key, Entry* entry) {
  bool found = false;
  if (Status s = store_->Get(store::Family::kProjection, key, &value_, &found); !s.ok()) return s;
  const rocksdb::Slice value(value_);
  return SetStored(key, found ? &value : nullptr, entry);
}

// The invoice's own debt (is_new) has no row in the store: none is read.
Status Projector::LoadDebt(std::uint32_t partition, std::string_view debt_id, bool is_new, replay::RowHandle* handle,
                           DebtEntry** out) {
  DebtEntry* entry = Held<DebtEntry>(handle);
  if (entry == nullptr) {
    AssignRowKey(kDebtRowKind, partition, debt_id, &key_);
    auto [it, inserted] = debt_rows_.try_emplace(key_);
    entry = &it->second;
    if (inserted && !is_new) {
      if (Status s = ReadStored(key_, entry); !s.ok()) {
        debt_rows_.erase(it);
        epoch_ = store::NewEpoch();
        return s;
      }
    }
    Hold(handle, entry);
  }
  *out = entry;
  if (is_new && !entry->touched) *entry = DebtEntry();
  touched_debt_rows_ += entry->touched ? 0 : 1;
  entry->touched = true;
  entry->used = generation_;
  return Status::Ok();
}

// Whether this projector keeps the partition's blocks: asked of the store
// once per partition (the marker, else whether any debt row exists).
Status Projector::CellsKept(std::uint32_t partition, bool* kept) {
  PartitionCells& cells = partition_cells_[partition];
  if (cells.state == Cells::kUnknown) {
    bool marked = false;
    if (Status s = store_->Get(store::Family::kProjection, AgeingMarkerKey(partition), &value_, &marked); !s.ok()) {
      return s;
    }
    bool any_row = false;
    if (!marked) {
      const std::string first = KindPrefix(kDebtRowKind, partition);
      const std::string limit = KindPrefix(kDebtRowKind, partition + 1);
      const rocksdb::Slice upper(limit);
      auto it = store_->NewIterator(store::Family::kProjection, nullptr, &upper);
      it->Seek(first);
      if (!it->status().ok()) return store::FromRocks(it->status());
      any_row = it->Valid();
    }
    cells.state = marked || !any_row ? Cells::kKept : Cells::kLeftAlone;
    cells.marker_stored = marked;
  }
  *kept = cells.state == Cells::kKept;
  return Status::Ok();
}

Status Projector::LoadBlock(const std::string& key, const DebtRowState& row, Day day, BlockEntry** out) {
  auto [it, inserted] = blocks_.try_emplace(key);
  BlockEntry& entry = it->second;
  *out = &entry;
  if (!inserted) return Status::Ok();
  Status s = store_->Get(store::Family::kProjection, key, &value_, &entry.stored);
  if (s.ok() && entry.stored && (!block_proto_.ParseFromString(value_) || !FromProto(block_proto_, &entry.block))) {
    s = Status::Corruption("ageing block " + key);
  }
  if (!s.ok()) {
    blocks_.erase(it);
    *out = nullptr;
    return s;
  }
  InitBlock(row, day, &entry.block);
  return Status::Ok();
}

Status Projector::OnEvent(std::uint32_t partition, const v1::Event& event,
                          const std::vector<const core::Debt*>& touched_debts,
                          const std::vector<core::BalanceChange>& balance_changes, const core::Debtor* debtor,
                          const replay::RowHandles& rows) {
  steps_.clear();
  for (std::uint32_t index = 0; index < touched_debts.size(); ++index) {
    const core::Debt* debt = touched_debts[index];
    DebtEntry* entry = nullptr;
    // The invoice's own debt has no row yet; other debts an invoice touches
    // (credit the policy applied to older ones) have theirs.
    const bool is_new = event.has_invoice_issued() && debt->debt_id() == event.debt_id();
    replay::RowHandle* handle = rows.debts != nullptr ? (*rows.debts)[index] : nullptr;
    if (Status s = LoadDebt(partition, debt->debt_id(), is_new, handle, &entry); !s.ok()) return s;
    DebtRowState& row = entry->row;
    FoldDebtEvent(event, *debt, balance_changes, index, &row, &steps_);
    const std::int64_t outstanding = core::IsClosed(debt->status()) ? 0 : debt->balance_minor();
    if (row.balance_minor() != debt->balance_minor() || row.outstanding_minor() != outstanding) ++mismatches_;
    // The blocks this row will move when the commit is written, read now
    // (FlushTo cannot fail).
    bool kept = false;
    if (Status s = CellsKept(partition, &kept); !s.ok()) return s;
    if (!kept || (entry->stored && row.outstanding_minor() == entry->stored_outstanding_minor)) continue;
    if (entry->due_block == nullptr) {
      if (Status s = LoadBlock(DueBlockKey(partition, row), row, row.due_day(), &entry->due_block); !s.ok()) return s;
    }
    if (entry->stored || entry->issue_block != nullptr) continue;
    if (Status s = LoadBlock(IssueBlockKey(partition, row), row, row.issue_day(), &entry->issue_block); !s.ok()) {
      return s;
    }
  }
  if (Status s = AddSteps(partition); !s.ok()) return s;
  if (debtor == nullptr || debtor->debtor_key().empty()) return Status::Ok();
  return Rescore(partition, *debtor, rows.debtor, touched_debts.empty() ? kNoDay : EventDay(event));
}

Status Projector::OnDayVisit(std::uint32_t partition, const v1::Event& day_closed,
                             const std::vector<const core::Debt*>& touched_debts, const core::Debtor* debtor,
                             const replay::RowHandles& rows) {
  // A visit never changes a balance nor reaches a step: only the debtor's
  // risk (promises broken, instalments missed, age) moves.
  if (debtor == nullptr || debtor->debtor_key().empty()) return Status::Ok();
  return Rescore(partition, *debtor, rows.debtor, touched_debts.empty() ? kNoDay : EventDay(day_closed));
}

// Reads the debtor's risk row once per commit and remembers what the score
// needs; FlushTo scores it. The score is a function of the debtor's state and
// the row's as-of day, which only grows: scoring the last state with the
// largest day gives what scoring after every event gave last.
Status Projector::Rescore(std::uint32_t partition, const core::Debtor& debtor, replay::RowHandle* handle,
                          Day advance_to) {
  RiskEntry* held = Held<RiskEntry>(handle);
  if (held == nullptr) {
    AssignRowKey(kRiskRowKind, partition, debtor.debtor_key(), &key_);
    auto [it, inserted] = risk_rows_.try_emplace(key_);
    if (inserted) {
      if (Status s = ReadStored(key_, &it->second); !s.ok()) {
        risk_rows_.erase(it);
        epoch_ = store::NewEpoch();
        return s;
      }
    }
    held = &it->second;
    Hold(handle, held);
  }
  RiskEntry& entry = *held;
  touched_risk_rows_ += entry.touched ? 0 : 1;
  entry.touched = true;
  entry.used = generation_;
  if (advance_to != kNoDay) entry.as_of_day = std::max(entry.as_of_day, advance_to);
  entry.inputs = RiskInputsOf(debtor);
  return Status::Ok();
}

Status Projector::AddSteps(std::uint32_t partition) {
  for (const StepDelta& delta : steps_) {
    auto [it, inserted] = step_rows_.try_emplace(StepId(partition, delta.level, delta.channel));
    StepEntry& entry = it->second;
    if (inserted) {
      entry.key = StepRowKey(partition, delta.level, delta.channel);
      entry.pending.level = delta.level;
      entry.pending.channel = delta.channel;
      bool found = false;
      Status s = store_->Get(store::Family::kProjection, entry.key, &value_, &found);
      if (s.ok() && found && !entry.row.ParseFromString(value_)) s = Status::Corruption("projection row " + entry.key);
      if (!s.ok()) {
        step_rows_.erase(it);
        return s;
      }
    }
    touched_step_rows_ += entry.touched ? 0 : 1;
    entry.touched = true;
    AddStepDelta(delta, &entry.pending);
  }
  return Status::Ok();
}

namespace {

// A map's touched entries (changed since the last FlushTo), in the order of
// their store keys: key_of(entry), by default the map's key.
template <typename Map, typename KeyOf>
auto TouchedInKeyOrder(Map& map, KeyOf key_of) {
  std::vector<decltype(&*map.begin())> entries;
  for (auto& entry : map) {
    if (entry.second.touched) entries.push_back(&entry);
  }
  std::sort(entries.begin(), entries.end(), [&](const auto* a, const auto* b) { return key_of(*a) < key_of(*b); });
  return entries;
}

template <typename Map>
auto TouchedInKeyOrder(Map& map) {
  return TouchedInKeyOrder(map, [](const auto& entry) -> const std::string& { return entry.first; });
}

void PutOrDelete(rocksdb::ColumnFamilyHandle* family, std::vector<KeyOp>* ops, rocksdb::WriteBatch* batch) {
  std::sort(ops->begin(), ops->end());
  for (const auto& [key, is_put] : *ops) {
    if (is_put) {
      batch->Put(family, key, rocksdb::Slice());
    } else {
      batch->Delete(family, key);
    }
  }
}

}  // namespace

// Each debt row ('D'), and what its change since the store's copy moves: its
// due day's block (outstanding), its issue day's (a new debt), its entry in
// the index of latest changes (`late`, written last: 'l'). A partition's
// first blocks come with its marker (`markers`).
void Projector::FlushDebts(rocksdb::ColumnFamilyHandle* family, rocksdb::WriteBatch* batch, std::vector<KeyOp>* late,
                           std::vector<std::string>* markers) {
  for (auto* slot : TouchedInKeyOrder(debt_rows_)) {
    const std::string& key = slot->first;
    DebtEntry& entry = slot->second;
    const DebtRowState& row = entry.row;
    row.SerializeTo(&value_, &row_proto_);
    batch->Put(family, key, value_);
    // From now on the row is what the store holds.
    const bool was_stored = entry.stored;
    const std::int64_t stored_outstanding_minor = entry.stored_outstanding_minor;
    const Day stored_last_delta_day = entry.stored_last_delta_day;
    const Day last_delta_day = LastDeltaDay(row);
    entry.touched = false;
    entry.stored = true;
    entry.stored_outstanding_minor = row.outstanding_minor();
    entry.stored_last_delta_day = last_delta_day;
    const std::uint32_t partition = RowPartition(key);
    const auto cells = partition_cells_.find(partition);
    if (cells == partition_cells_.end() || cells->second.state != Cells::kKept) continue;
    if (!was_stored || row.outstanding_minor() != stored_outstanding_minor) {
      BlockEntry& due = *entry.due_block;
      if (was_stored) AddDue(row.due_day(), stored_outstanding_minor, -1, &due.block);
      AddDue(row.due_day(), row.outstanding_minor(), +1, &due.block);
      due.changed = true;
    }
    if (!was_stored) {
      AddIssued(row.issue_day(), row.issued_minor(), +1, &entry.issue_block->block);
      entry.issue_block->changed = true;
    }
    if (last_delta_day != stored_last_delta_day) {
      if (stored_last_delta_day != kNoDay) {
        late->emplace_back(LateDebtKey(partition, stored_last_delta_day, row.debt_id()), false);
      }
      if (last_delta_day != kNoDay) late->emplace_back(LateDebtKey(partition, last_delta_day, row.debt_id()), true);
    }
    if (!cells->second.marker_stored) {
      markers->push_back(AgeingMarkerKey(partition));
      cells->second.marker_stored = true;
    }
  }
}

// The blocks and markers ('a'), in key order (a marker is the prefix of its
// partition's blocks): blocks left empty are deleted.
void Projector::FlushBlocks(rocksdb::ColumnFamilyHandle* family, const std::vector<std::string>& markers,
                            rocksdb::WriteBatch* batch) {
  std::vector<std::pair<std::string_view, BlockEntry*>> keys;  // nullptr: a marker.
  keys.reserve(markers.size());
  for (auto& [key, entry] : blocks_) {
    if (entry.changed) keys.emplace_back(key, &entry);
  }
  for (const std::string& marker : markers) keys.emplace_back(marker, nullptr);
  std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key_view, entry] : keys) {
    const rocksdb::Slice key(key_view.data(), key_view.size());
    if (entry == nullptr) {
      batch->Put(family, key, rocksdb::Slice());
      continue;
    }
    if (!entry->block.days.empty()) {
      ToProto(entry->block, &block_proto_);
      block_proto_.SerializeToString(&value_);
      batch->Put(family, key, value_);
    } else if (entry->stored) {
      batch->Delete(family, key);
    }
    entry->stored = !entry->block.days.empty();
    entry->changed = false;
  }
}

// The risk rows ('R'), then the changes of their index ('T').
void Projector::FlushRisks(rocksdb::ColumnFamilyHandle* family, rocksdb::WriteBatch* batch) {
  std::vector<KeyOp> index;
  for (auto* slot : TouchedInKeyOrder(risk_rows_)) {
    const std::string& key = slot->first;
    RiskEntry& entry = slot->second;
    pb::RiskRow& row = entry.row;
    row.set_as_of_day(entry.as_of_day);
    const RiskScore score = ScoreRisk(entry.inputs, row.as_of_day());
    row.set_score(score.score);
    row.clear_contributions();
    for (std::uint32_t code = 1; code <= kRiskSignalCount; ++code) {
      if (score.points[code - 1] == 0) continue;
      pb::RiskContribution* c = row.add_contributions();
      c->set_code(code);
      c->set_points(score.points[code - 1]);
    }
    row.SerializeToString(&value_);
    batch->Put(family, key, value_);
    entry.touched = false;
    std::string index_key = RiskIndexKey(RowPartition(key), row.score(), row.debtor_key());
    if (index_key == entry.persisted_index_key) continue;
    if (!entry.persisted_index_key.empty()) index.emplace_back(std::move(entry.persisted_index_key), false);
    entry.persisted_index_key = index_key;
    index.emplace_back(std::move(index_key), true);
  }
  PutOrDelete(family, &index, batch);
}

// Kind by kind ('D' < 'E' < 'R' < 'T' < 'a' < 'l'), each in key order: the
// batch's projection records go in key order, which the store writes
// fastest, as they are (store/write_batches.h).
void Projector::FlushTo(rocksdb::WriteBatch* batch) {
  rocksdb::ColumnFamilyHandle* family = store_->handle(store::Family::kProjection);
  std::vector<KeyOp> late;
  std::vector<std::string> markers;
  FlushDebts(family, batch, &late, &markers);
  // Step rows by their store keys: their ids' order is not their keys' (channel).
  for (auto* slot :
       TouchedInKeyOrder(step_rows_, [](const auto& slot) -> const std::string& { return slot.second.key; })) {
    StepEntry& entry = slot->second;
    AddStepRow(entry.pending, &entry.row);
    entry.pending.ClearCounts();
    entry.row.SerializeToString(&value_);
    batch->Put(family, entry.key, value_);
    entry.touched = false;
  }
  FlushRisks(family, batch);
  FlushBlocks(family, markers, batch);
  PutOrDelete(family, &late, batch);
  Evict();
  ++generation_;
  touched_debt_rows_ = touched_risk_rows_ = touched_step_rows_ = 0;
}

void Projector::Evict() {
  const bool rows_over = debt_rows_.size() + risk_rows_.size() > rows_max_;
  if (rows_over) {
    epoch_ = store::NewEpoch();  // The engine's handles may name rows erased here.
    auto unused = [this](const auto& entry) { return entry.used != generation_; };
    store::EraseIf(debt_rows_, unused, [] { return true; });
    store::EraseIf(risk_rows_, unused, [] { return true; });
    if (debt_rows_.size() + risk_rows_.size() > rows_max_) {
      debt_rows_.clear();
      risk_rows_.clear();
    }
  }
  if (!rows_over && blocks_.size() <= kBlocksKeptMax) return;
  // The blocks go too (read again when a row moves them), and with them the
  // rows' pointers to them.
  for (auto& [key, entry] : debt_rows_) {
    entry.due_block = nullptr;
    entry.issue_block = nullptr;
  }
  blocks_.clear();
}

std::size_t Projector::FlushBytesEstimate() const {
  // Typical serialised sizes, with room: a debt row with a few deltas and
  // contacts and its change-day index entries, a risk row with its
  // contributions and its index entry, an ageing block of 128 days.
  constexpr std::size_t kDebtRowBytes = 256 + 96;
  constexpr std::size_t kRiskRowBytes = 160;
  constexpr std::size_t kStepRowBytes = 96;
  constexpr std::size_t kBlockBytes = 2048;
  // A changed row moves at most two blocks.
  const std::size_t blocks = std::min(blocks_.size(), 2 * touched_debt_rows_);
  return touched_debt_rows_ * kDebtRowBytes + touched_risk_rows_ * kRiskRowBytes + touched_step_rows_ * kStepRowBytes +
         blocks * kBlockBytes;
}

replay::ProjectionSinkFactory ProjectorFactory(std::size_t rows_max) {
  return [rows_max](store::Store* store) -> std::unique_ptr<replay::ProjectionSink> {
    return std::make_unique<Projector>(store, rows_max);
  };
}

}  // namespace relance::projections
