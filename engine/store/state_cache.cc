#include "engine/store/state_cache.h"

#include <algorithm>

#include "engine/store/keys.h"

namespace relance::store {

StateCache::StateCache(Store* store, std::size_t capacity_entries) : store_(store), capacity_(capacity_entries) {}

core::StateAccess& StateCache::Bind(std::uint32_t partition) {
  access_.partition = partition;
  return access_;
}

std::string& StateCache::ScratchKey(std::string_view id) {
  scratch_.clear();
  AppendPartition(&scratch_, access_.partition);
  scratch_.append(id);
  return scratch_;
}

StateCache::DebtEntry& StateCache::LoadDebt(const std::string& key) {
  auto it = debts_.find(key);
  if (it != debts_.end()) {
    ++hits_;
    it->second.last_used = generation_;
    return it->second;
  }
  ++misses_;
  DebtEntry& entry = debts_[key];
  entry.last_used = generation_;
  bool found = false;
  Status s = store_->Get(Family::kDebt, key, &value_, &found);
  if (!s.ok() && read_status_.ok()) read_status_ = s;
  if (found) {
    if (!entry.state.ParseFromString(value_)) {
      if (read_status_.ok()) read_status_ = Status::Corruption("debt state at key of partition " +
                                                               std::to_string(PartitionOf(key)));
    } else {
      entry.exists = true;
    }
  }
  return entry;
}

StateCache::DebtorEntry& StateCache::LoadDebtor(const std::string& key) {
  auto it = debtors_.find(key);
  if (it != debtors_.end()) {
    ++hits_;
    it->second.last_used = generation_;
    return it->second;
  }
  ++misses_;
  DebtorEntry& entry = debtors_[key];
  entry.last_used = generation_;
  bool found = false;
  Status s = store_->Get(Family::kDebtor, key, &value_, &found);
  if (!s.ok() && read_status_.ok()) read_status_ = s;
  if (found) {
    if (!entry.state.ParseFromString(value_)) {
      if (read_status_.ok()) read_status_ = Status::Corruption("debtor state");
    } else {
      entry.exists = true;
    }
  }
  return entry;
}

v1::DebtState* StateCache::Access::FindDebt(std::string_view debt_id) {
  DebtEntry& entry = cache_->LoadDebt(cache_->ScratchKey(debt_id));
  return entry.exists ? &entry.state : nullptr;
}

v1::DebtState* StateCache::Access::CreateDebt(std::string_view debt_id) {
  DebtEntry& entry = cache_->LoadDebt(cache_->ScratchKey(debt_id));
  entry.exists = true;
  entry.state.Clear();
  return &entry.state;
}

v1::DebtorState* StateCache::Access::Debtor(std::string_view debtor_key) {
  return &cache_->LoadDebtor(cache_->ScratchKey(debtor_key)).state;
}

Status StateCache::Prefetch(std::vector<std::string>* debt_keys, std::vector<std::string>* debtor_keys) {
  auto fetch = [this](Family family, std::vector<std::string>* keys, auto& map, auto on_value) -> Status {
    std::sort(keys->begin(), keys->end());
    keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
    std::vector<rocksdb::Slice> slices;
    std::vector<const std::string*> wanted;
    for (const auto& key : *keys) {
      if (map.find(key) != map.end()) continue;
      wanted.push_back(&key);
      slices.emplace_back(key);
    }
    if (slices.empty()) return Status::Ok();
    std::vector<rocksdb::PinnableSlice> values(slices.size());
    std::vector<rocksdb::Status> statuses(slices.size());
    store_->db()->MultiGet(rocksdb::ReadOptions(), store_->handle(family), slices.size(), slices.data(),
                           values.data(), statuses.data(), /*sorted_input=*/true);
    for (std::size_t i = 0; i < slices.size(); ++i) {
      auto& entry = map[*wanted[i]];
      entry.last_used = generation_;
      ++misses_;
      if (statuses[i].IsNotFound()) continue;
      if (!statuses[i].ok()) return FromRocks(statuses[i]);
      if (!on_value(entry, values[i])) return Status::Corruption(std::string(FamilyName(family)) + " state");
    }
    return Status::Ok();
  };
  Status s = fetch(Family::kDebt, debt_keys, debts_, [](DebtEntry& entry, const rocksdb::PinnableSlice& v) {
    if (!entry.state.ParseFromArray(v.data(), static_cast<int>(v.size()))) return false;
    entry.exists = true;
    return true;
  });
  if (!s.ok()) return s;
  return fetch(Family::kDebtor, debtor_keys, debtors_, [](DebtorEntry& entry, const rocksdb::PinnableSlice& v) {
    if (!entry.state.ParseFromArray(v.data(), static_cast<int>(v.size()))) return false;
    entry.exists = true;
    return true;
  });
}

void StateCache::MarkDirty(const core::Outcome& outcome, std::string_view debtor_key, const core::Context& context) {
  for (const auto& debt_id : outcome.touched_debts) {
    auto it = debts_.find(ScratchKey(debt_id));
    DebtEntry& entry = it->second;
    const Day old_review = *ToDay(entry.state.review_date());
    const Day new_review = core::ScheduledReviewDay(entry.state, context);
    if (new_review != old_review) {
      const std::uint32_t partition = PartitionOf(it->first);
      if (old_review != kNoDay) pending_timers_[TimerKey(partition, old_review, debt_id)] = false;
      if (new_review != kNoDay) pending_timers_[TimerKey(partition, new_review, debt_id)] = true;
      SetCivil(new_review, entry.state.mutable_review_date());
    }
    if (!entry.dirty) {
      entry.dirty = true;
      dirty_debts_.push_back(&entry);
      dirty_debt_keys_.push_back(&it->first);
    }
  }
  if (outcome.debtor_touched) {
    auto it = debtors_.find(ScratchKey(debtor_key));
    DebtorEntry& entry = it->second;
    entry.exists = true;
    if (!entry.dirty) {
      entry.dirty = true;
      dirty_debtors_.emplace_back(&it->first, &entry);
    }
  }
}

// Everything goes into the batch in key order per family (see Commit in
// replay/replayer.cc for why).
void StateCache::FlushTo(rocksdb::WriteBatch* batch) {
  std::string value;
  std::vector<std::size_t> order(dirty_debts_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [this](std::size_t a, std::size_t b) { return *dirty_debt_keys_[a] < *dirty_debt_keys_[b]; });
  for (std::size_t i : order) {
    DebtEntry& entry = *dirty_debts_[i];
    entry.state.SerializeToString(&value);
    batch->Put(store_->handle(Family::kDebt), *dirty_debt_keys_[i], value);
    entry.dirty = false;
  }
  for (const auto& [key, is_put] : pending_timers_) {
    if (is_put) {
      batch->Put(store_->handle(Family::kTimer), key, rocksdb::Slice());
    } else {
      batch->Delete(store_->handle(Family::kTimer), key);
    }
  }
  pending_timers_.clear();
  std::sort(dirty_debtors_.begin(), dirty_debtors_.end(),
            [](const auto& a, const auto& b) { return *a.first < *b.first; });
  for (auto& [key, entry] : dirty_debtors_) {
    entry->state.SerializeToString(&value);
    batch->Put(store_->handle(Family::kDebtor), *key, value);
    entry->dirty = false;
  }
  dirty_debts_.clear();
  dirty_debt_keys_.clear();
  dirty_debtors_.clear();
  ++generation_;
}

Status StateCache::DueDebts(std::uint32_t partition, Day after_day, Day day, std::vector<std::string>* debt_ids) const {
  const std::string start = after_day == kNoDay ? TimerPrefix(partition) : TimerLimit(partition, after_day);
  const std::string limit = TimerLimit(partition, day);
  const rocksdb::Slice upper_bound(limit);
  auto it = store_->NewIterator(Family::kTimer, nullptr, &upper_bound);
  auto pending = pending_timers_.lower_bound(start);
  const auto pending_end = pending_timers_.lower_bound(limit);
  it->Seek(start);
  // Merge of two sorted sequences; a pending change wins over the committed key.
  for (;;) {
    const bool db_valid = it->Valid();
    const bool pending_valid = pending != pending_end;
    if (!db_valid && !pending_valid) break;
    std::string_view db_key = db_valid ? std::string_view(it->key().data(), it->key().size()) : std::string_view();
    if (pending_valid && (!db_valid || pending->first <= db_key)) {
      if (db_valid && pending->first == db_key) it->Next();
      if (pending->second) debt_ids->emplace_back(TimerDebtId(pending->first));
      ++pending;
    } else {
      debt_ids->emplace_back(TimerDebtId(db_key));
      it->Next();
    }
  }
  return FromRocks(it->status());
}

void StateCache::Evict() {
  if (size() <= capacity_) return;
  const std::size_t target = capacity_ - capacity_ / 4;
  auto sweep = [&](auto& map, bool only_old) {
    for (auto it = map.begin(); it != map.end() && size() > target;) {
      if (!it->second.dirty && (!only_old || it->second.last_used + 1 < generation_)) {
        it = map.erase(it);
      } else {
        ++it;
      }
    }
  };
  sweep(debts_, true);
  sweep(debtors_, true);
  sweep(debts_, false);
  sweep(debtors_, false);
}

}  // namespace relance::store
