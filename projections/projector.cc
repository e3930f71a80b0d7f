#include "projections/projector.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "engine/core/ledger.h"
#include "projections/keys.h"
#include "projections/risk.h"

namespace relance::projections {
namespace {

bool Parse(pb::DebtRow* row, const std::string& value) { return row->ParseFromString(value); }
bool Parse(pb::StepRow* row, const std::string& value) { return row->ParseFromString(value); }
bool Parse(const std::string& key, pb::RiskRow* row, std::string* index_key, const std::string& value) {
  if (!row->ParseFromString(value)) return false;
  *index_key = RiskIndexKey(RowPartition(key), row->score(), row->debtor_key());
  return true;
}

}  // namespace

template <typename Row>
Status Projector::LoadRow(const std::string& key, std::unordered_map<std::string, Row>* rows, Row** out, bool* found) {
  auto [it, inserted] = rows->try_emplace(key);
  *out = &it->second;
  *found = !inserted;
  if (!inserted) return Status::Ok();
  if (Status s = store_->Get(store::Family::kProjection, key, &value_, found); !s.ok()) return s;
  if (*found && !Parse(*out, value_)) return Status::Corruption("projection row " + key);
  return Status::Ok();
}

Status Projector::OnEvent(std::uint32_t partition, const v1::Event& event,
                          const std::vector<const v1::DebtState*>& touched_debts, const v1::DebtorState* debtor) {
  steps_.clear();
  for (const v1::DebtState* debt : touched_debts) {
    pb::DebtRow* row = nullptr;
    bool found = false;
    std::string key = DebtRowKey(partition, debt->debt_id());
    if (event.has_invoice_issued()) {
      // A new debt: its row cannot exist yet, no need to look.
      row = &debt_rows_.try_emplace(std::move(key)).first->second;
    } else if (Status s = LoadRow(key, &debt_rows_, &row, &found); !s.ok()) {
      return s;
    }
    FoldDebtEvent(event, *debt, row, &steps_);
    const std::int64_t outstanding = core::IsClosed(debt->status()) ? 0 : debt->balance_minor();
    if (row->balance_minor() != debt->balance_minor() || row->outstanding_minor() != outstanding) ++mismatches_;
  }
  if (Status s = AddSteps(partition); !s.ok()) return s;
  if (debtor == nullptr || debtor->debtor_key().empty()) return Status::Ok();
  return Rescore(partition, *debtor, touched_debts.empty() ? kNoDay : EventDay(event));
}

Status Projector::OnDayVisit(std::uint32_t partition, const v1::Event& day_closed,
                             const std::vector<const v1::DebtState*>& touched_debts, const v1::DebtorState* debtor) {
  // A visit never changes a balance nor reaches a step: only the debtor's
  // risk (promises broken, instalments missed, age) moves.
  if (debtor == nullptr || debtor->debtor_key().empty()) return Status::Ok();
  return Rescore(partition, *debtor, touched_debts.empty() ? kNoDay : EventDay(day_closed));
}

// Reads the debtor's risk row once per commit and remembers what the score
// needs; FlushTo scores it. The score is a function of the debtor's state and
// the row's as-of day, which only grows: scoring the last state with the
// largest day gives what scoring after every event gave last.
Status Projector::Rescore(std::uint32_t partition, const v1::DebtorState& debtor, Day advance_to) {
  const std::string key = RiskRowKey(partition, debtor.debtor_key());
  auto [it, inserted] = risk_rows_.try_emplace(key);
  RiskEntry& entry = it->second;
  if (inserted) {
    bool found = false;
    if (Status s = store_->Get(store::Family::kProjection, key, &value_, &found); !s.ok()) return s;
    if (found && !Parse(key, &entry.row, &entry.persisted_index_key, value_)) {
      return Status::Corruption("risk row " + key);
    }
    if (!found) entry.row.set_as_of_day(kNoDay);
    entry.row.set_debtor_key(debtor.debtor_key());
  }
  if (advance_to != kNoDay) entry.row.set_as_of_day(std::max(entry.row.as_of_day(), advance_to));
  entry.inputs = RiskInputsOf(debtor);
  return Status::Ok();
}

Status Projector::AddSteps(std::uint32_t partition) {
  for (const auto& [level_channel, delta] : steps_) {
    pb::StepRow* row = nullptr;
    bool found = false;
    const std::string key = StepRowKey(partition, level_channel.first, level_channel.second);
    if (Status s = LoadRow(key, &step_rows_, &row, &found); !s.ok()) return s;
    AddStepRow(delta, row);
  }
  return Status::Ok();
}

void Projector::FlushRisks(rocksdb::ColumnFamilyHandle* family, rocksdb::WriteBatch* batch) {
  for (auto& [key, entry] : risk_rows_) {
    pb::RiskRow& row = entry.row;
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
    const std::string index_key = RiskIndexKey(RowPartition(key), row.score(), row.debtor_key());
    if (index_key == entry.persisted_index_key) continue;
    if (!entry.persisted_index_key.empty()) batch->Delete(family, entry.persisted_index_key);
    batch->Put(family, index_key, rocksdb::Slice());
  }
}

void Projector::FlushTo(rocksdb::WriteBatch* batch) {
  rocksdb::ColumnFamilyHandle* family = store_->handle(store::Family::kProjection);
  for (const auto& [key, row] : debt_rows_) {
    row.SerializeToString(&value_);
    batch->Put(family, key, value_);
  }
  FlushRisks(family, batch);
  for (const auto& [key, row] : step_rows_) {
    row.SerializeToString(&value_);
    batch->Put(family, key, value_);
  }
  debt_rows_.clear();
  risk_rows_.clear();
  step_rows_.clear();
}

replay::ProjectionSinkFactory ProjectorFactory() {
  return
      [](store::Store* store) -> std::unique_ptr<replay::ProjectionSink> { return std::make_unique<Projector>(store); };
}

}  // namespace relance::projections
