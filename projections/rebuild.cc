#include "projections/rebuild.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

#include "engine/core/ledger.h"
#include "engine/store/history.h"
#include "engine/store/keys.h"
#include "projections/ageing_cells.h"
#include "projections/debt_fold.h"
#include "projections/keys.h"
#include "projections/risk.h"

namespace relance::projections {
namespace {

// Rows per WriteBatch while rebuilding.
constexpr std::size_t kRebuildBatchRows = 10'000;

class BatchWriter {
 public:
  explicit BatchWriter(store::Store* store) : store_(store), family_(store->handle(store::Family::kProjection)) {}
  rocksdb::WriteBatch* batch() { return &batch_; }
  Status Put(const std::string& key, const google::protobuf::MessageLite& row) {
    row.SerializeToString(&value_);
    batch_.Put(family_, key, value_);
    return MaybeCommit();
  }
  Status PutEmpty(const std::string& key) {
    batch_.Put(family_, key, rocksdb::Slice());
    return MaybeCommit();
  }
  Status Commit() {
    if (batch_.Count() == 0) return Status::Ok();
    Status s = store_->Write(&batch_);
    batch_.Clear();
    return s;
  }

 private:
  Status MaybeCommit() { return batch_.Count() >= kRebuildBatchRows ? Commit() : Status::Ok(); }
  store::Store* store_;
  rocksdb::ColumnFamilyHandle* family_;
  rocksdb::WriteBatch batch_;
  std::string value_;
};

// Folds one debt's history into its row; raises the as-of day of its debtor.
Status FoldHistory(const store::Store& store, std::uint32_t partition, const core::Debt& debt, DebtRowState* row,
                   StepDeltas* steps, Day* debtor_as_of, RebuildStats* stats) {
  const std::string prefix = store::HistoryPrefix(partition, debt.debt_id());
  std::string limit = prefix;
  limit.back() = '\x01';
  const rocksdb::Slice upper(limit);
  auto it = store.NewIterator(store::Family::kHistory, nullptr, &upper);
  v1::HistoryEntry entry;
  std::vector<core::BalanceChange> changes;
  bool parsed = true;
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    const std::string_view chunk(it->value().data(), it->value().size());
    const bool ok =
        store::ForEachHistoryRecord(chunk, store::HistoryKeySeq(key), [&](std::uint64_t, std::string_view bytes) {
          if (!store::ParseHistoryEntry(bytes, &entry)) {
            parsed = false;
            return;
          }
          changes.clear();
          for (const v1::BalanceChange& change : entry.balance_changes())
            changes.push_back(core::FromRecord(change, 0));
          FoldDebtEvent(entry.event(), debt, changes, 0, row, steps);
          *debtor_as_of = std::max(*debtor_as_of, EventDay(entry.event()));
          ++stats->history_events;
        });
    if (!ok || !parsed) return Status::Corruption(fmt::format("history of debt {}", debt.debt_id()));
  }
  return store::FromRocks(it->status());
}

}  // namespace

Status RebuildPartition(store::Store* store, std::uint32_t partition, RebuildStats* stats) {
  BatchWriter writer(store);
  rocksdb::ColumnFamilyHandle* family = store->handle(store::Family::kProjection);
  for (char kind : kRowKinds) {
    writer.batch()->DeleteRange(family, KindPrefix(kind, partition), KindPrefix(kind, partition + 1));
  }
  const std::string first = store::EntityKey(partition, "");
  const std::string limit = store::EntityKey(partition + 1, "");
  const rocksdb::Slice upper(limit);
  std::map<std::string, Day> as_of_by_debtor;
  StepDeltas steps;
  std::map<std::string, AgeingBlock> blocks;
  {
    auto it = store->NewIterator(store::Family::kDebt, nullptr, &upper);
    v1::DebtState scratch;
    core::Debt debt;
    pb::DebtRow row_proto;
    for (it->Seek(first); it->Valid(); it->Next()) {
      if (!debt.ParseFrom(std::string_view(it->value().data(), it->value().size()), &scratch)) {
        return Status::Corruption("debt state " + it->key().ToString());
      }
      DebtRowState row;
      auto [as_of, inserted] = as_of_by_debtor.try_emplace(debt.debtor_key(), kNoDay);
      if (Status s = FoldHistory(*store, partition, debt, &row, &steps, &as_of->second, stats); !s.ok()) return s;
      const std::int64_t outstanding = core::IsClosed(debt.status()) ? 0 : debt.balance_minor();
      if (row.balance_minor() != debt.balance_minor() || row.outstanding_minor() != outstanding) ++stats->mismatches;
      ++stats->debts;
      row.ToProto(&row_proto);
      if (Status s = writer.Put(DebtRowKey(partition, debt.debt_id()), row_proto); !s.ok()) return s;
      AddRowToBlocks(partition, row, &blocks);
      if (const Day last = LastDeltaDay(row); last != kNoDay) {
        if (Status s = writer.PutEmpty(LateDebtKey(partition, last, row.debt_id())); !s.ok()) return s;
      }
    }
    if (!it->status().ok()) return store::FromRocks(it->status());
  }
  // The ageing blocks, and the marker saying they are complete (kept live
  // from the partition's first debt row on).
  pb::AgeingBlock block_proto;
  for (const auto& [key, block] : blocks) {
    ToProto(block, &block_proto);
    if (Status s = writer.Put(key, block_proto); !s.ok()) return s;
  }
  if (!blocks.empty()) {
    if (Status s = writer.PutEmpty(AgeingMarkerKey(partition)); !s.ok()) return s;
  }
  {
    auto it = store->NewIterator(store::Family::kDebtor, nullptr, &upper);
    v1::DebtorState scratch;
    core::Debtor debtor;
    for (it->Seek(first); it->Valid(); it->Next()) {
      if (!debtor.ParseFrom(std::string_view(it->value().data(), it->value().size()), &scratch)) {
        return Status::Corruption("debtor state " + it->key().ToString());
      }
      if (debtor.debtor_key().empty()) continue;  // Never scored live either (projector.cc).
      pb::RiskRow row;
      row.set_debtor_key(debtor.debtor_key());
      const auto as_of = as_of_by_debtor.find(debtor.debtor_key());
      row.set_as_of_day(as_of == as_of_by_debtor.end() ? kNoDay : as_of->second);
      const RiskScore score = ScoreDebtor(debtor, row.as_of_day());
      row.set_score(score.score);
      for (std::uint32_t code = 1; code <= kRiskSignalCount; ++code) {
        if (score.points[code - 1] == 0) continue;
        pb::RiskContribution* c = row.add_contributions();
        c->set_code(code);
        c->set_points(score.points[code - 1]);
      }
      ++stats->debtors;
      if (Status s = writer.Put(RiskRowKey(partition, debtor.debtor_key()), row); !s.ok()) return s;
      if (Status s = writer.PutEmpty(RiskIndexKey(partition, row.score(), row.debtor_key())); !s.ok()) return s;
    }
    if (!it->status().ok()) return store::FromRocks(it->status());
  }
  steps.SortByStep();
  for (const StepDelta& delta : steps) {
    pb::StepRow row;
    AddStepRow(delta, &row);
    if (Status s = writer.Put(StepRowKey(partition, delta.level, delta.channel), row); !s.ok()) return s;
  }
  return writer.Commit();
}

Status RebuildProjections(store::Store* store, RebuildStats* stats) {
  std::uint32_t partitions = 0;
  if (Status s = store->UsePartitions(0, &partitions); !s.ok()) return s;
  stats->partitions = partitions;
  for (std::uint32_t p = 0; p < partitions; ++p) {
    if (Status s = RebuildPartition(store, p, stats); !s.ok()) return s;
  }
  return store->Flush();
}

}  // namespace relance::projections
