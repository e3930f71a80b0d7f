#include "engine/store/state_cache.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/store/history.h"
#include "engine/store/keys.h"

namespace relance::store {

StateCache::StateCache(Store* store, std::size_t capacity_entries) : store_(store), capacity_(capacity_entries) {}

core::StateAccess& StateCache::Bind(std::uint32_t partition) {
  access_.partition = partition;
  recent_debts_.clear();
  recent_debtor_ = nullptr;
  return access_;
}

// A debt the core was given since the last Bind is among the recent slots:
// found by its address, with no key to hash nor compare.
StateCache::DebtSlot* StateCache::FindRecentDebt(const core::Debt* debt) {
  for (DebtSlot* slot : recent_debts_) {
    if (&slot->second.state == debt) return slot;
  }
  return &*debts_.find(ScratchKey(debt->debt_id()));
}

StateCache::DebtorSlot* StateCache::RecentDebtor(std::string_view debtor_key) const {
  return recent_debtor_ != nullptr && EntityId(recent_debtor_->first) == debtor_key ? recent_debtor_ : nullptr;
}

std::string& StateCache::ScratchKey(std::string_view id) { return ScratchKey(access_.partition, id); }

std::string& StateCache::ScratchKey(std::uint32_t partition, std::string_view id) {
  scratch_.clear();
  AppendPartition(&scratch_, partition);
  scratch_.append(id);
  return scratch_;
}

// A slot made here is read by the next Prefetch (or by the core's lookup).
template <typename Map, typename Slot>
Slot* StateCache::Want(Map& map, std::vector<Slot*>* unread, std::uint32_t partition, std::string_view id) {
  auto [it, inserted] = map.try_emplace(ScratchKey(partition, id));
  if (inserted) {
    it->second.last_used = generation_;
    unread->push_back(&*it);
  }
  return &*it;
}

StateCache::DebtSlot* StateCache::WantDebt(std::uint32_t partition, std::string_view debt_id) {
  return Want(debts_, &unread_debts_, partition, debt_id);
}

StateCache::DebtorSlot* StateCache::WantDebtor(std::uint32_t partition, std::string_view debtor_key) {
  return Want(debtors_, &unread_debtors_, partition, debtor_key);
}

bool StateCache::Dirty(const DebtorSlot& slot) { return slot.second.dirty; }

RowHandle* StateCache::RowOf(DebtSlot* slot) { return &slot->second.row; }

RowHandle* StateCache::RowOf(DebtorSlot* slot) { return &slot->second.row; }

RowHandle* StateCache::DebtorRowOf(std::string_view debtor_key) {
  DebtorSlot* slot = RecentDebtor(debtor_key);
  return slot != nullptr ? &slot->second.row : nullptr;
}

void StateCache::Hint(DebtSlot* debt, DebtorSlot* debtor) {
  if (debt != nullptr && debt->second.read) {
    debt->second.last_used = generation_;
    recent_debts_.push_back(debt);
  }
  if (debtor != nullptr && debtor->second.read) {
    debtor->second.last_used = generation_;
    recent_debtor_ = debtor;
  }
}

// Finds a state in the cache or reads it from `family`; an absent state
// comes back as an entry with exists == false (cached too).
template <typename Map>
typename Map::iterator StateCache::Load(Map& map, Family family, const std::string& key) {
  auto it = map.try_emplace(key).first;
  auto& entry = it->second;
  entry.last_used = generation_;
  if (entry.read) {
    ++hits_;
    return it;
  }
  // New, or wanted by a read-ahead that has not read it yet.
  ++misses_;
  entry.read = true;
  bool found = false;
  Status s = store_->Get(family, key, &value_, &found);
  if (!s.ok() && read_status_.ok()) read_status_ = s;
  if (found) {
    entry.value_bytes = static_cast<std::uint32_t>(value_.size());
    if (!ParseState(value_.data(), value_.size(), &entry)) {
      if (read_status_.ok()) {
        read_status_ = Status::Corruption(std::string(FamilyName(family)) + " state in partition " +
                                          std::to_string(PartitionOf(key)));
      }
    } else {
      Loaded(entry);
    }
  }
  return it;
}

bool StateCache::ParseState(const char* data, std::size_t size, DebtEntry* entry) {
  return entry->state.ParseFrom(std::string_view(data, size), &debt_scratch_);
}

bool StateCache::ParseState(const char* data, std::size_t size, DebtorEntry* entry) {
  return entry->state.ParseFrom(std::string_view(data, size), &debtor_scratch_);
}

void StateCache::Loaded(DebtEntry& entry) {
  entry.exists = true;
  entry.persisted_review = *ToDay(entry.state.review_date());
}

void StateCache::Loaded(DebtorEntry& entry) { entry.exists = true; }

StateCache::DebtMap::iterator StateCache::LoadDebt(const std::string& key) { return Load(debts_, Family::kDebt, key); }

StateCache::DebtorMap::iterator StateCache::LoadDebtor(const std::string& key) {
  return Load(debtors_, Family::kDebtor, key);
}

StateCache::DebtSlot* StateCache::FindDebtSlot(std::string_view debt_id) {
  // The core asks again for the debts it just looked at (the event's debt
  // by each rule, a review's debts after their grouping): the last few
  // slots of this binding are compared before the key is hashed.
  const std::size_t first = recent_debts_.size() > kRecentLooked ? recent_debts_.size() - kRecentLooked : 0;
  for (std::size_t i = recent_debts_.size(); i-- > first;) {
    DebtSlot* slot = recent_debts_[i];
    if (EntityId(slot->first) == debt_id) {
      ++hits_;
      return slot;
    }
  }
  DebtSlot* slot = &*LoadDebt(ScratchKey(debt_id));
  recent_debts_.push_back(slot);
  return slot;
}

core::Debt* StateCache::Access::FindDebt(std::string_view debt_id) {
  DebtSlot* slot = cache_->FindDebtSlot(debt_id);
  return slot->second.exists ? &slot->second.state : nullptr;
}

core::Debt* StateCache::Access::FindListedDebt(const core::OpenDebt& ref) {
  // A debtor's list names its debts by id, looked up at every review and
  // shared payment: the slot found last time, kept in the list's hint, is
  // checked (still this cache's, same partition and id, read) instead of
  // hashing the id.
  core::LookupHint* hint = ref.hint();
  if (hint->epoch == cache_->hint_epoch_) {
    auto* slot = static_cast<DebtSlot*>(hint->slot);
    if (slot->second.read && PartitionOf(slot->first) == partition && EntityId(slot->first) == ref.debt_id()) {
      ++cache_->hits_;
      slot->second.last_used = cache_->generation_;
      cache_->recent_debts_.push_back(slot);
      return slot->second.exists ? &slot->second.state : nullptr;
    }
  }
  DebtSlot* slot = cache_->FindDebtSlot(ref.debt_id());
  *hint = {slot, cache_->hint_epoch_};
  return slot->second.exists ? &slot->second.state : nullptr;
}

core::Debt* StateCache::Access::CreateDebt(std::string_view debt_id) {
  // The core looked for it just before (FindDebt): most often the last slot.
  auto& recent = cache_->recent_debts_;
  DebtSlot* slot = !recent.empty() && EntityId(recent.back()->first) == debt_id ? recent.back() : nullptr;
  if (slot == nullptr) {
    slot = &*cache_->LoadDebt(cache_->ScratchKey(debt_id));
    recent.push_back(slot);
  }
  slot->second.exists = true;
  slot->second.state.Clear();
  return &slot->second.state;
}

core::Debtor* StateCache::Access::Debtor(std::string_view debtor_key) {
  // Each rule that needs the event's debtor asks for it again (two to four
  // times an event): the last slot is compared before the key is hashed.
  if (DebtorSlot* recent = cache_->RecentDebtor(debtor_key); recent != nullptr) {
    ++cache_->hits_;
    return &recent->second.state;
  }
  DebtorSlot& slot = *cache_->LoadDebtor(cache_->ScratchKey(debtor_key));
  cache_->recent_debtor_ = &slot;
  return &slot.second.state;
}

Status StateCache::Prefetch() {
  auto fetch = [this](Family family, auto* unread) -> Status {
    std::vector<std::remove_reference_t<decltype((*unread)[0])>> slots;
    slots.swap(*unread);
    // A slot the core asked for since it was wanted was read then.
    slots.erase(std::remove_if(slots.begin(), slots.end(), [](const auto* slot) { return slot->second.read; }),
                slots.end());
    if (slots.empty()) return Status::Ok();
    std::sort(slots.begin(), slots.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    std::vector<rocksdb::Slice> keys;
    keys.reserve(slots.size());
    for (const auto* slot : slots) keys.emplace_back(slot->first);
    std::vector<rocksdb::PinnableSlice> values(slots.size());
    std::vector<rocksdb::Status> statuses(slots.size());
    store_->db()->MultiGet(rocksdb::ReadOptions(), store_->handle(family), keys.size(), keys.data(), values.data(),
                           statuses.data(), /*sorted_input=*/true);
    for (std::size_t i = 0; i < slots.size(); ++i) {
      auto& entry = slots[i]->second;
      if (statuses[i].IsNotFound()) {
        entry.read = true;
        ++misses_;
        continue;
      }
      // The slots not read stay unread: the core's lookup reads them.
      if (!statuses[i].ok()) return FromRocks(statuses[i]);
      entry.read = true;
      ++misses_;
      entry.value_bytes = static_cast<std::uint32_t>(values[i].size());
      if (!ParseState(values[i].data(), values[i].size(), &entry)) {
        return Status::Corruption(std::string(FamilyName(family)) + " state in partition " +
                                  std::to_string(PartitionOf(slots[i]->first)));
      }
      Loaded(entry);
    }
    return Status::Ok();
  };
  Status s = fetch(Family::kDebt, &unread_debts_);
  if (!s.ok()) {
    unread_debtors_.clear();
    return s;
  }
  return fetch(Family::kDebtor, &unread_debtors_);
}

StateCache::DebtEntry& StateCache::MarkDebtDirty(const core::Debt* debt, const core::Context& context) {
  DebtSlot* slot = FindRecentDebt(debt);
  DebtEntry& entry = slot->second;
  const Day old_review = *ToDay(entry.state.review_date());
  const Day new_review = core::ScheduledReviewDay(entry.state, context);
  if (new_review != old_review) {
    SetCivil(new_review, entry.state.mutable_review_date());
    if (new_review != kNoDay) scheduled_[{access_.partition, new_review}].push_back(slot);
  }
  if (!entry.dirty) {
    entry.dirty = true;
    dirty_debts_.push_back(slot);
    pending_bytes_ += slot->first.size() + entry.value_bytes;
  }
  return entry;
}

void StateCache::Accepted(const core::Outcome& outcome, std::string_view debtor_key, const core::Context& context,
                          std::string_view canonical_event, std::vector<RowHandle*>* rows) {
  for (std::uint32_t i = 0; i < outcome.touched_debts.size(); ++i) {
    DebtEntry& entry = MarkDebtDirty(outcome.touched_debts[i], context);
    if (entry.history_chunk.empty()) entry.chunk_first_seq = entry.state.history_seq();
    const std::size_t before = entry.history_chunk.size();
    AppendHistoryEntry(&entry.history_chunk, canonical_event, outcome, i, &history_scratch_);
    pending_bytes_ += entry.history_chunk.size() - before;
    if (rows != nullptr) rows->push_back(&entry.row);
  }
  for (const core::Debt* debt : outcome.retimed_debts) MarkDebtDirty(debt, context);
  if (outcome.debtor_touched) {
    DebtorSlot* slot = RecentDebtor(debtor_key);
    if (slot == nullptr) slot = &*debtors_.find(ScratchKey(debtor_key));
    slot->second.exists = true;
    if (!slot->second.dirty) {
      slot->second.dirty = true;
      dirty_debtors_.push_back(slot);
      pending_bytes_ += slot->first.size() + slot->second.value_bytes;
    }
  }
}

Status StateCache::DebtIdsAfter(std::uint32_t partition, const std::string& after_id, std::size_t count_max,
                                std::vector<std::string>* debt_ids) const {
  // A debt exists either committed (in the store) or created since the last
  // commit, and then it is dirty: the union of the two is every debt.
  std::vector<std::string> ids;
  for (const DebtSlot* slot : dirty_debts_) {
    if (PartitionOf(slot->first) != partition || !slot->second.exists) continue;
    std::string id(EntityId(slot->first));
    if (id > after_id) ids.push_back(std::move(id));
  }
  const std::string start = EntityKey(partition, after_id);
  const std::string limit = EntityKey(partition + 1, "");
  const rocksdb::Slice upper_bound(limit);
  auto it = store_->NewIterator(Family::kDebt, nullptr, &upper_bound);
  std::size_t from_store = 0;
  for (it->Seek(start); it->Valid() && from_store < count_max; it->Next()) {
    std::string id(it->key().data() + 2, it->key().size() - 2);
    if (id == after_id) continue;
    ids.push_back(std::move(id));
    ++from_store;
  }
  if (!it->status().ok()) return FromRocks(it->status());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  // Past the last store id read, the store may hold ids not read: stop there.
  if (ids.size() > count_max) ids.resize(count_max);
  *debt_ids = std::move(ids);
  return Status::Ok();
}

Status StateCache::DueDebts(std::uint32_t partition, Day after_day, Day day, std::vector<core::Debt*>* debts) {
  // Candidates by slot: the reviews scheduled since the last commit name
  // dirty entries (never evicted before the commit that clears them), the
  // committed ones are looked up once, read together when not cached.
  std::vector<DebtSlot*> candidates;
  // Committed reviews, from the timer index, unless none can be due.
  auto floor = committed_review_floor_.find(partition);
  if (floor == committed_review_floor_.end() || floor->second <= day) {
    const std::string start = after_day == kNoDay ? TimerPrefix(partition) : TimerLimit(partition, after_day);
    const std::string limit = TimerLimit(partition, day);
    const std::string partition_limit = TimerPrefix(partition + 1);
    const rocksdb::Slice upper_bound(partition_limit);
    auto it = store_->NewIterator(Family::kTimer, nullptr, &upper_bound);
    Day next_review = INT32_MAX;  // None after `day`.
    for (it->Seek(start); it->Valid(); it->Next()) {
      const std::string_view key(it->key().data(), it->key().size());
      if (key >= limit) {
        next_review = TimerDay(key);
        break;
      }
      candidates.push_back(WantDebt(partition, TimerDebtId(key)));
    }
    if (!it->status().ok()) return FromRocks(it->status());
    committed_review_floor_[partition] = next_review;
    // The states not in the cache are read in one sorted MultiGet rather
    // than one Get each: a cold day (a restart, a working set larger than
    // the cache) reads thousands of them.
    if (Status s = Prefetch(); !s.ok()) return s;
  }
  // Reviews scheduled since the last commit.
  const Day first_day = after_day == kNoDay ? INT32_MIN : after_day + 1;
  for (auto s = scheduled_.lower_bound({partition, first_day});
       s != scheduled_.end() && s->first.first == partition && s->first.second <= day; ++s) {
    candidates.insert(candidates.end(), s->second.begin(), s->second.end());
  }
  // Keep those whose current review is due, once each, in (day, id) order
  // (within a partition, key order is id order).
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<std::pair<Day, DebtSlot*>> due;
  for (DebtSlot* slot : candidates) {
    const DebtEntry& entry = slot->second;
    if (!entry.exists) continue;
    const Day review = *ToDay(entry.state.review_date());
    if (review == kNoDay || review > day || (after_day != kNoDay && review <= after_day)) continue;
    due.emplace_back(review, slot);
  }
  std::sort(due.begin(), due.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->first < b.second->first;
  });
  for (const auto& [review, slot] : due) debts->push_back(&slot->second.state);
  return Status::Ok();
}

// Everything goes into the batch in key order per family: RocksDB's memtable
// remembers the last insert position, so sorted inserts are a short walk each.
Status StateCache::CheckDirtyDebts() const {
  for (const DebtSlot* it : dirty_debts_) {
    if (std::string problem = core::CheckDebtInvariants(it->second.state); !problem.empty()) {
      return Status::Corruption(fmt::format(
          "invariant broken in partition {}: {} (nothing of this batch is committed; the stored state was damaged or "
          "a rule is wrong: rebuild this database from its log)",
          PartitionOf(it->first), problem));
    }
  }
  return Status::Ok();
}

void StateCache::FlushTo(rocksdb::WriteBatch* batch) {
  std::sort(dirty_debts_.begin(), dirty_debts_.end(), [](const auto& a, const auto& b) { return a->first < b->first; });
  std::vector<std::pair<std::string, bool>> timer_ops;  // (key, is_put); a key is never both.
  for (DebtSlot* it : dirty_debts_) {
    DebtEntry& entry = it->second;
    const std::uint32_t partition = PartitionOf(it->first);
    const std::string_view debt_id = EntityId(it->first);
    const Day review = *ToDay(entry.state.review_date());
    if (review != entry.persisted_review) {
      if (entry.persisted_review != kNoDay)
        timer_ops.emplace_back(TimerKey(partition, entry.persisted_review, debt_id), false);
      if (review != kNoDay) {
        timer_ops.emplace_back(TimerKey(partition, review, debt_id), true);
        if (auto floor = committed_review_floor_.find(partition);
            floor != committed_review_floor_.end() && review < floor->second) {
          floor->second = review;
        }
      }
      entry.persisted_review = review;
    }
    entry.state.SerializeTo(&value_, &debt_scratch_);
    entry.value_bytes = static_cast<std::uint32_t>(value_.size());
    batch->Put(store_->handle(Family::kDebt), it->first, value_);
    entry.dirty = false;
  }
  std::sort(dirty_debtors_.begin(), dirty_debtors_.end(),
            [](const auto& a, const auto& b) { return a->first < b->first; });
  for (DebtorSlot* it : dirty_debtors_) {
    it->second.state.SerializeTo(&value_, &debtor_scratch_);
    it->second.value_bytes = static_cast<std::uint32_t>(value_.size());
    batch->Put(store_->handle(Family::kDebtor), it->first, value_);
    it->second.dirty = false;
  }
  for (DebtSlot* it : dirty_debts_) {
    DebtEntry& entry = it->second;
    if (entry.history_chunk.empty()) continue;
    batch->Put(store_->handle(Family::kHistory),
               HistoryKey(PartitionOf(it->first), EntityId(it->first), entry.chunk_first_seq), entry.history_chunk);
    entry.history_chunk.clear();
    entry.history_chunk.shrink_to_fit();
  }
  std::sort(timer_ops.begin(), timer_ops.end());
  for (const auto& [key, is_put] : timer_ops) {
    if (is_put) {
      batch->Put(store_->handle(Family::kTimer), key, rocksdb::Slice());
    } else {
      batch->Delete(store_->handle(Family::kTimer), key);
    }
  }
  dirty_debts_.clear();
  dirty_debtors_.clear();
  pending_bytes_ = 0;
  scheduled_.clear();
  ++generation_;
}

std::size_t StateCache::FlushBytesEstimate() const {
  // Per record: type, column family and two varint lengths, at most 16 bytes.
  constexpr std::size_t kRecordBytes = 16;
  std::size_t bytes = 0;
  for (const DebtSlot* slot : dirty_debts_) {
    const DebtEntry& entry = slot->second;
    // A state grows a little with each event: leave it a quarter more.
    bytes += kRecordBytes + slot->first.size() + entry.value_bytes + entry.value_bytes / 4;
    if (!entry.history_chunk.empty()) bytes += kRecordBytes + slot->first.size() + 16 + entry.history_chunk.size();
    bytes += 2 * (kRecordBytes + slot->first.size() + 8);  // At most one timer delete and one put.
  }
  for (const DebtorSlot* slot : dirty_debtors_) {
    bytes += kRecordBytes + slot->first.size() + slot->second.value_bytes + slot->second.value_bytes / 4;
  }
  return bytes;
}

void StateCache::Evict() {
  if (size() <= capacity_) return;
  const std::size_t target = capacity_ - capacity_ / 4;
  auto sweep = [&](auto& map, bool only_old) {
    EraseIf(
        map, [&](const auto& entry) { return !entry.dirty && (!only_old || entry.last_used + 1 < generation_); },
        [&] { return size() > target; });
  };
  const std::size_t debts_before = debts_.size();
  sweep(debts_, true);
  sweep(debtors_, true);
  sweep(debts_, false);
  sweep(debtors_, false);
  if (debts_.size() != debts_before) hint_epoch_ = NewEpoch();
}

}  // namespace relance::store
