// A bounded write-back cache of debt and debtor states over the Store.
//
// Why: a per-event Get -> apply -> Put against RocksDB runs at ~100k
// events/s; the core itself runs at millions. The cache keeps hot states in
// memory, reads misses in one MultiGet per batch, and writes each changed
// state once per batch however many events touched it (DESIGN §10).
//
// Lifecycle of one batch: Prefetch (optional) -> Bind + core::Apply per event
// -> MarkDirty after each accepted outcome -> FlushTo(batch) -> Store::Write
// -> Evict. A state is never evicted while dirty, so nothing is lost between
// two commits; a crash loses the uncommitted batch as a whole.
//
// The timer index changes of the batch are kept here too (sorted), and
// DueDebts merges them with the committed index: a DayClosed in the middle of
// a batch sees every review scheduled before it without forcing a commit.
//
// Thread safety: none; one cache per writer.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/core/ledger.h"
#include "engine/store/store.h"

namespace relance::store {

class StateCache {
 public:
  // capacity_entries bounds the debts + debtors kept when clean.
  StateCache(Store* store, std::size_t capacity_entries);

  // The core's view of partition `partition`. Valid until the next Bind.
  core::StateAccess& Bind(std::uint32_t partition);

  // Reads, in one MultiGet per family, the keys (EntityKey) not in the cache.
  Status Prefetch(std::vector<std::string>* debt_keys, std::vector<std::string>* debtor_keys);

  // After an accepted outcome on the bound partition: the touched debts and
  // the debtor become dirty; the debts' review dates are recomputed.
  void MarkDirty(const core::Outcome& outcome, std::string_view debtor_key, const core::Context& context);

  // Debt ids of `partition` whose review day is after `after_day` (kNoDay:
  // any) and on or before `day`, committed or pending, in key order.
  Status DueDebts(std::uint32_t partition, Day after_day, Day day, std::vector<std::string>* debt_ids) const;

  // Puts every dirty state, and the timer index changes, into `batch`.
  void FlushTo(rocksdb::WriteBatch* batch);
  // Drops clean entries when above capacity (least recently used first, roughly).
  void Evict();

  // The first read error met through StateAccess (the core cannot see errors).
  const Status& read_status() const { return read_status_; }
  std::size_t size() const { return debts_.size() + debtors_.size(); }
  std::uint64_t misses() const { return misses_; }
  std::uint64_t hits() const { return hits_; }

 private:
  struct DebtEntry {
    v1::DebtState state;
    bool exists = false;
    bool dirty = false;
    std::uint64_t last_used = 0;
  };
  struct DebtorEntry {
    v1::DebtorState state;
    bool exists = false;
    bool dirty = false;
    std::uint64_t last_used = 0;
  };

  class Access : public core::StateAccess {
   public:
    explicit Access(StateCache* cache) : cache_(cache) {}
    v1::DebtState* FindDebt(std::string_view debt_id) override;
    v1::DebtState* CreateDebt(std::string_view debt_id) override;
    v1::DebtorState* Debtor(std::string_view debtor_key) override;
    std::uint32_t partition = 0;

   private:
    StateCache* cache_;
  };

  DebtEntry& LoadDebt(const std::string& key);
  DebtorEntry& LoadDebtor(const std::string& key);
  std::string& ScratchKey(std::string_view id);

  Store* store_;
  std::size_t capacity_;
  std::unordered_map<std::string, DebtEntry> debts_;
  std::unordered_map<std::string, DebtorEntry> debtors_;
  std::vector<DebtEntry*> dirty_debts_;
  std::vector<std::pair<const std::string*, DebtorEntry*>> dirty_debtors_;
  std::vector<const std::string*> dirty_debt_keys_;
  // Timer index changes since the last flush: key -> true (put) / false (delete).
  std::map<std::string, bool> pending_timers_;
  Access access_{this};
  std::string scratch_;
  std::string value_;
  std::uint64_t generation_ = 1;
  std::uint64_t misses_ = 0;
  std::uint64_t hits_ = 0;
  Status read_status_;
};

}  // namespace relance::store
