// A bounded write-back cache of debt and debtor states over the Store.
//
// Why: a per-event Get -> apply -> Put against RocksDB runs at ~100-150k
// events/s while the core runs at millions (DESIGN §10). The cache keeps
// states in memory across events and writes each changed state once per
// commit, however many events touched it; misses are read in one MultiGet per
// window of events; each debt's new history is appended to one chunk per
// commit instead of one RocksDB entry per event.
//
// Lifecycle: Want* + Prefetch (optional) -> Bind (+ Hint) + core::Apply per event ->
// Accepted after each accepted outcome -> ... -> FlushTo(batch)
// -> Store::Write -> Evict. A state is never evicted while dirty, so nothing
// is lost between two commits; a crash loses everything since the last commit
// as a whole, and the cursor written in the same batch says where to resume.
// The caller bounds memory by committing when dirty_count() reaches its limit.
//
// The timer index changes since the last commit live here too: DueDebts
// merges them with the committed index, so a DayClosed needs no commit.
//
// Thread safety: none; one cache per writer.
#pragma once

#include <absl/container/btree_map.h>

#include <cstdint>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/core/ledger.h"
#include "engine/store/history.h"
#include "engine/store/row_handle.h"
#include "engine/store/store.h"
#include "engine/store/string_map.h"

namespace relance::store {

class StateCache {
 public:
  // capacity_entries bounds the debts + debtors kept when clean.
  StateCache(Store* store, std::size_t capacity_entries);

  // The core's view of partition `partition`. Valid until the next Bind.
  core::StateAccess& Bind(std::uint32_t partition);

  // The window's read-ahead, in two steps. Want* gives the slot of a state,
  // found in the cache or made for it; a slot made is read by the next
  // Prefetch, in one sorted MultiGet per family (or, should that fail, when
  // the core first asks for it). A slot is the state's handle: its key is
  // hashed here once, and the event's lookups that follow use the slot
  // (Hint). Slots stay valid until the commit after which the cache may
  // evict (Evict).
  struct DebtEntry;
  struct DebtorEntry;
  using DebtSlot = std::pair<const std::string, DebtEntry>;
  using DebtorSlot = std::pair<const std::string, DebtorEntry>;
  DebtSlot* WantDebt(std::uint32_t partition, std::string_view debt_id);
  DebtorSlot* WantDebtor(std::uint32_t partition, std::string_view debtor_key);
  Status Prefetch();
  // Changed since the last commit.
  static bool Dirty(const DebtorSlot& slot);
  // The read side's handle on its row of the state (row_handle.h).
  static RowHandle* RowOf(DebtSlot* slot);
  static RowHandle* RowOf(DebtorSlot* slot);
  // Of the debtor the core was last given since the last Bind (nullptr when
  // `debtor_key` is not that debtor's).
  RowHandle* DebtorRowOf(std::string_view debtor_key);
  // After Bind: the slots of the event's debt and debtor (nullptr: none), so
  // that the core's lookups of them compare an id instead of hashing a key.
  // A slot not yet read is ignored (the lookup reads it).
  void Hint(DebtSlot* debt, DebtorSlot* debtor);

  // After an accepted outcome on the bound partition, in one pass over the
  // debts it touched: they and the debtor become dirty, the debts' review
  // days are rescheduled, `canonical_event` is appended to the history of
  // each touched debt at its current history_seq, and `rows` (when given)
  // gets each touched debt's read-side handle, in the outcome's order. A
  // re-timed debt only becomes dirty (no event of its own changed it).
  void Accepted(const core::Outcome& outcome, std::string_view debtor_key, const core::Context& context,
                std::string_view canonical_event, std::vector<RowHandle*>* rows);

  // The debts of `partition` whose review day is after `after_day` (kNoDay:
  // any) and on or before `day`, committed or pending, ordered by (review
  // day, debt id). Reads the states it names, which stay in place until the
  // next commit. A committed timer of a debt that does not exist is skipped.
  Status DueDebts(std::uint32_t partition, Day after_day, Day day, std::vector<core::Debt*>* debts);

  // The first `count_max` debt ids of `partition` after `after_id` ("": from
  // the first), in id order, committed or pending: the same ids whatever the
  // commits so far, so that a walk over them is deterministic.
  Status DebtIdsAfter(std::uint32_t partition, const std::string& after_id, std::size_t count_max,
                      std::vector<std::string>* debt_ids) const;

  // Checks the money invariants (core::CheckDebtInvariants) of every dirty
  // debt: what the next FlushTo would write. Cheap (a few sums per debt the
  // batch touched), so it runs in release builds too: a broken state is a
  // bug or a damaged store, and committing it would spread it to every later
  // decision, to the outbox and to the read side.
  Status CheckDirtyDebts() const;
  // Puts every dirty state, its history chunk and the timer index changes
  // into `batch`, in family order (debt, debtor, history, timer) and key
  // order within each: what the store writes fastest, as it is
  // (write_batches.h).
  void FlushTo(rocksdb::WriteBatch* batch);
  // About the bytes FlushTo will add to a batch (a little more, rarely less):
  // the batch is sized once instead of doubling its buffer Put after Put.
  std::size_t FlushBytesEstimate() const;
  // Drops clean entries when above capacity (least recently used first, roughly).
  void Evict();

  // The first read error met through StateAccess (the core cannot see errors).
  const Status& read_status() const { return read_status_; }
  std::size_t size() const { return debts_.size() + debtors_.size(); }
  std::size_t dirty_count() const { return dirty_debts_.size() + dirty_debtors_.size(); }
  // About the bytes the dirty states and their history chunks will take in
  // the next batch (their sizes when last read or written, and the chunks as
  // they grew): kept as they change, so that a caller may ask after every
  // window of events and commit by size.
  std::size_t pending_bytes() const { return pending_bytes_; }
  std::uint64_t misses() const { return misses_; }
  std::uint64_t hits() const { return hits_; }

 private:
  static constexpr std::uint32_t kNewStateBytes = 512;  // A guess until a state is serialised.

 public:
  struct DebtEntry {
    core::Debt state;
    Day persisted_review = kNoDay;  // What the committed timer index says.
    std::string history_chunk;      // Events since the last commit (history chunk format).
    std::uint64_t chunk_first_seq = 0;
    std::uint32_t value_bytes = kNewStateBytes;  // Serialised size when last read or written.
    RowHandle row;
    bool read = false;  // Read from the store (or found absent); false: wanted, not yet read.
    bool exists = false;
    bool dirty = false;
    std::uint64_t last_used = 0;
  };
  struct DebtorEntry {
    core::Debtor state;
    std::uint32_t value_bytes = kNewStateBytes;
    RowHandle row;
    bool read = false;
    bool exists = false;
    bool dirty = false;
    std::uint64_t last_used = 0;
  };

 private:
  using DebtMap = StringMap<DebtEntry>;
  using DebtorMap = StringMap<DebtorEntry>;

  class Access : public core::StateAccess {
   public:
    explicit Access(StateCache* cache) : cache_(cache) {}
    core::Debt* FindDebt(std::string_view debt_id) override;
    core::Debt* FindListedDebt(const core::OpenDebt& ref) override;
    core::Debt* CreateDebt(std::string_view debt_id) override;
    core::Debtor* Debtor(std::string_view debtor_key) override;
    std::uint32_t partition = 0;

   private:
    StateCache* cache_;
  };

  template <typename Map, typename Slot>
  Slot* Want(Map& map, std::vector<Slot*>* unread, std::uint32_t partition, std::string_view id);
  template <typename Map>
  typename Map::iterator Load(Map& map, Family family, const std::string& key);
  // From the stored bytes (false: damaged), through the stored message,
  // converted (core::Debt::FromProto, core::Debtor::FromProto).
  bool ParseState(const char* data, std::size_t size, DebtEntry* entry);
  bool ParseState(const char* data, std::size_t size, DebtorEntry* entry);
  static void Loaded(DebtEntry& entry);
  static void Loaded(DebtorEntry& entry);
  DebtMap::iterator LoadDebt(const std::string& key);
  DebtorMap::iterator LoadDebtor(const std::string& key);
  std::string& ScratchKey(std::string_view id);
  std::string& ScratchKey(std::uint32_t partition, std::string_view id);
  DebtEntry& MarkDebtDirty(const core::Debt* debt, const core::Context& context);

  Store* store_;
  std::size_t capacity_;
  DebtMap debts_;
  DebtorMap debtors_;
  // Element pointers, not iterators: a rehash invalidates iterators of a
  // node_hash_map but never pointers to its elements.
  static_assert(std::is_same_v<DebtSlot, DebtMap::value_type>);
  static_assert(std::is_same_v<DebtorSlot, DebtorMap::value_type>);
  // Slots made by Want* (or DueDebts), for the next Prefetch to read.
  std::vector<DebtSlot*> unread_debts_;
  std::vector<DebtorSlot*> unread_debtors_;
  std::vector<DebtSlot*> dirty_debts_;
  std::vector<DebtorSlot*> dirty_debtors_;
  // Slots the core touched since the last Bind: Accepted finds them here
  // instead of hashing the key again.
  std::vector<DebtSlot*> recent_debts_;
  static constexpr std::size_t kRecentLooked = 4;  // Of them, compared by FindDebt before hashing.
  DebtorSlot* recent_debtor_ = nullptr;
  // The slot of `debt_id` in the bound partition, read if it was not, and
  // among the recent ones.
  DebtSlot* FindDebtSlot(std::string_view debt_id);
  // Of the core's lookup hints (core::LookupHint): a new one whenever Evict
  // drops a state, so that a hint never names an erased slot.
  std::uint64_t hint_epoch_ = NewEpoch();
  DebtSlot* FindRecentDebt(const core::Debt* debt);
  // recent_debtor_ when it is `debtor_key`'s, else nullptr: no key hashed.
  DebtorSlot* RecentDebtor(std::string_view debtor_key) const;
  // Reviews scheduled since the last commit: (partition, day) -> debts.
  // Entries may be stale (the debt was rescheduled again): DueDebts checks
  // each candidate against its state.
  // A B-tree (its nodes hold many keys): walking a red-black tree node by
  // node for every debt an event touched was 4% of a replay, in cache misses.
  // The debts are named by their slots: a scheduled debt is dirty, and so
  // stays in the cache until the commit that clears this map.
  absl::btree_map<std::pair<std::uint32_t, Day>, std::vector<DebtSlot*>> scheduled_;
  // Per partition, a day no committed review after the last closed day lies
  // before (absent: unknown). DueDebts skips the timer index when the day it
  // closes is before it: most partitions have nothing due on most days, and
  // an iterator per partition and day was a tenth of a replay. Lowered by
  // every timer FlushTo writes; raised by DueDebts to the first review it
  // sees past the day it closes.
  std::unordered_map<std::uint32_t, Day> committed_review_floor_;
  Access access_{this};
  std::string scratch_;
  std::string value_;
  // Between the stored bytes and the working states, reused.
  v1::DebtState debt_scratch_;
  v1::DebtorState debtor_scratch_;
  HistoryScratch history_scratch_;  // Of Accepted.
  std::uint64_t generation_ = 1;
  std::uint64_t misses_ = 0;
  std::uint64_t hits_ = 0;
  std::size_t pending_bytes_ = 0;
  Status read_status_;
};

}  // namespace relance::store
