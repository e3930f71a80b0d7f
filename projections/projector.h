// The live read side: a replay::ProjectionSink that folds every accepted
// event into the projection rows (ageing per debt, risk per debtor and its
// top-N index, step effectiveness per partition) and adds the changed rows
// to the Applier's WriteBatch, so they commit with the states.
//
// Rows are kept in memory across commits: a row is read from the store the
// first time an event touches it, and FlushTo writes those changed since the
// last FlushTo, which then hold what the store holds. Only this projector
// writes its partitions' rows (one writer per partition and database), so a
// kept row is never stale. When more than `rows_max` debt and risk rows are
// kept, FlushTo drops those the commit did not use (all of them when the
// commit used more): a portfolio larger than that is read again as before,
// once per commit.
// Work that only the commit's final rows need is done once, in FlushTo: a
// debtor named by several events is scored once (from a copy of what the
// score reads, taken at its last event: the DebtorState pointers are valid
// during OnEvent only), and each changed debt row moves the ageing
// blocks (ageing_cells.h) by its new contribution minus the stored one.
//
// Blocks are kept for a partition whose blocks are complete: marked so
// (keys.h), or without any debt row yet. A partition projected before blocks
// existed is left alone (the query scans it) until a rebuild.
//
// Thread safety: none; one Projector per Applier.
#pragma once

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/replay/projection_sink.h"
#include "engine/store/store.h"
#include "engine/store/string_map.h"
#include "projections/ageing_cells.h"
#include "projections/debt_fold.h"
#include "projections/risk.h"

namespace relance::projections {

// A key to put (empty value) or delete: (key, is_put).
using KeyOp = std::pair<std::string, bool>;

class Projector : public replay::ProjectionSink {
 public:
  // Rows kept in memory across commits, per projector (one per writer):
  // about 35 MB of debt and risk rows.
  static constexpr std::size_t kRowsKeptMax = 50'000;
  // Ageing blocks kept (a few per partition, creditor, currency and 128
  // days; up to a few kB each): beyond, FlushTo drops them all.
  static constexpr std::size_t kBlocksKeptMax = 4'096;

  explicit Projector(store::Store* store, std::size_t rows_max = kRowsKeptMax) : store_(store), rows_max_(rows_max) {}

  Status OnEvent(std::uint32_t partition, const v1::Event& event, const std::vector<const core::Debt*>& touched_debts,
                 const std::vector<core::BalanceChange>& balance_changes, const core::Debtor* debtor,
                 const replay::RowHandles& rows) override;
  Status OnDayVisit(std::uint32_t partition, const v1::Event& day_closed,
                    const std::vector<const core::Debt*>& touched_debts, const core::Debtor* debtor,
                    const replay::RowHandles& rows) override;
  Status Prefetch(const std::vector<replay::RowRef>& debts, const std::vector<replay::RowRef>& debtors) override;
  void FlushTo(rocksdb::WriteBatch* batch) override;
  std::size_t FlushBytesEstimate() const override;

  // Debts whose folded balance disagreed with the engine's state (0 unless
  // the fold and the ledger drifted apart: a bug, counted rather than hidden).
  std::uint64_t mismatches() const { return mismatches_; }

 private:
  struct BlockEntry {
    AgeingBlock block;
    bool stored = false;
    bool changed = false;  // Since the last FlushTo.
  };
  // A row read ahead by Prefetch, or kept from an earlier commit, and not
  // touched yet is in its map already (one lookup per use instead of two),
  // but FlushTo writes touched rows only.
  struct DebtEntry {
    DebtRowState row;
    bool touched = false;
    std::uint64_t used = 0;  // The commit (generation_) that last read or touched it.
    bool stored = false;     // The row was in the store before this commit; then:
    std::int64_t stored_outstanding_minor = 0;
    Day stored_last_delta_day = kNoDay;
    // The blocks the row moves, once looked up (a row's due and issue days,
    // creditor and currency never change): node_hash_map elements stay put
    // until FlushTo drops blocks, and then it forgets these pointers.
    BlockEntry* due_block = nullptr;
    BlockEntry* issue_block = nullptr;
  };
  struct RiskEntry {
    pb::RiskRow row;  // As stored; FlushTo sets its day and score.
    Day as_of_day = kNoDay;
    bool touched = false;
    std::uint64_t used = 0;
    std::string persisted_index_key;  // Empty when no index row is stored.
    RiskInputs inputs;                // As the commit's last event left the debtor.
  };
  enum class Cells : std::uint8_t { kUnknown, kKept, kLeftAlone };
  struct PartitionCells {
    Cells state = Cells::kUnknown;
    bool marker_stored = false;
  };

  struct StepEntry {
    std::string key;  // StepRowKey.
    pb::StepRow row;  // As stored; FlushTo adds `pending` to it.
    StepDelta pending;
    bool touched = false;
  };
  // (partition, level, channel): found without building a key.
  using StepId = std::tuple<std::uint32_t, std::uint32_t, std::int32_t>;
  // The row of an entry just added to its map, from the stored value (found)
  // or none: Prefetch's and the first lookup's (ReadStored, one Get).
  Status SetStored(std::string_view key, const rocksdb::Slice* value, DebtEntry* entry);
  Status SetStored(std::string_view key, const rocksdb::Slice* value, RiskEntry* entry);
  template <typename Entry>
  Status ReadStored(const std::string& key, Entry* entry);
  // The row a handle holds (nullptr: none, or one of an earlier epoch), and
  // a handle set to hold `entry`. The entries are elements of node_hash_maps:
  // they stay put until erased, and every erase moves to a new epoch.
  template <typename Entry>
  Entry* Held(const replay::RowHandle* handle) const {
    return handle != nullptr && handle->epoch == epoch_ ? static_cast<Entry*>(handle->row) : nullptr;
  }
  void Hold(replay::RowHandle* handle, void* entry) const {
    if (handle != nullptr) *handle = replay::RowHandle{entry, epoch_};
  }
  Status LoadDebt(std::uint32_t partition, std::string_view debt_id, bool is_new, replay::RowHandle* handle,
                  DebtEntry** out);
  Status CellsKept(std::uint32_t partition, bool* kept);
  Status LoadBlock(const std::string& key, const DebtRowState& row, Day day, BlockEntry** out);
  Status Rescore(std::uint32_t partition, const core::Debtor& debtor, replay::RowHandle* handle, Day advance_to);
  Status AddSteps(std::uint32_t partition);
  void FlushDebts(rocksdb::ColumnFamilyHandle* family, rocksdb::WriteBatch* batch, std::vector<KeyOp>* late,
                  std::vector<std::string>* markers);
  void FlushBlocks(rocksdb::ColumnFamilyHandle* family, const std::vector<std::string>& markers,
                   rocksdb::WriteBatch* batch);
  void FlushRisks(rocksdb::ColumnFamilyHandle* family, rocksdb::WriteBatch* batch);
  // After a FlushTo: drops the rows beyond rows_max_ (see the class comment)
  // and the blocks beyond kBlocksKeptMax.
  void Evict();

  store::Store* store_;
  std::size_t rows_max_;
  std::uint64_t generation_ = 1;  // Of the commit being built.
  // Of the handles (Held): a new one whenever a row is erased, never one
  // another projector had (an engine's cache may outlive its projector), nor
  // that of a handle never set (0).
  std::uint64_t epoch_ = store::NewEpoch();
  // Rows touched since the last FlushTo, of each kind (FlushBytesEstimate).
  std::size_t touched_debt_rows_ = 0;
  std::size_t touched_risk_rows_ = 0;
  std::size_t touched_step_rows_ = 0;
  store::StringMap<DebtEntry> debt_rows_;
  store::StringMap<RiskEntry> risk_rows_;
  store::StringMap<BlockEntry> blocks_;
  pb::AgeingBlock block_proto_;
  pb::DebtRow row_proto_;  // Between the stored bytes and the working rows, reused.
  std::unordered_map<std::uint32_t, PartitionCells> partition_cells_;
  absl::flat_hash_map<StepId, StepEntry> step_rows_;  // Few: per partition, its levels and channels.
  StepDeltas steps_;                                  // Scratch of one event.
  std::string value_;
  std::string key_;  // A row's key, rebuilt for each lookup.
  std::uint64_t mismatches_ = 0;
};

// For ReplayOptions / EngineOptions: a Projector over the writer's store,
// keeping up to `rows_max` rows across commits.
replay::ProjectionSinkFactory ProjectorFactory(std::size_t rows_max = Projector::kRowsKeptMax);

}  // namespace relance::projections
