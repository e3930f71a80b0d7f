// The live read side: a replay::ProjectionSink that folds every accepted
// event into the projection rows (ageing per debt, risk per debtor and its
// top-N index, step effectiveness per partition) and adds the changed rows
// to the Applier's WriteBatch, so they commit with the states.
//
// Rows changed since the last FlushTo are kept in memory; a row is read from
// the store the first time a batch touches it. FlushTo forgets them all, so
// the projector never holds a row the store could have changed meanwhile.
// A debtor named by several events of a commit is scored once, in FlushTo,
// from a copy of what the score reads taken at its last event (the
// DebtorState pointers are valid during OnEvent only).
//
// Thread safety: none; one Projector per Applier.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "engine/replay/projection_sink.h"
#include "engine/store/store.h"
#include "projections/debt_fold.h"
#include "projections/risk.h"

namespace relance::projections {

class Projector : public replay::ProjectionSink {
 public:
  explicit Projector(store::Store* store) : store_(store) {}

  Status OnEvent(std::uint32_t partition, const v1::Event& event,
                 const std::vector<const v1::DebtState*>& touched_debts, const v1::DebtorState* debtor) override;
  Status OnDayVisit(std::uint32_t partition, const v1::Event& day_closed,
                    const std::vector<const v1::DebtState*>& touched_debts, const v1::DebtorState* debtor) override;
  void FlushTo(rocksdb::WriteBatch* batch) override;

  // Debts whose folded balance disagreed with the engine's state (0 unless
  // the fold and the ledger drifted apart: a bug, counted rather than hidden).
  std::uint64_t mismatches() const { return mismatches_; }

 private:
  struct RiskEntry {
    pb::RiskRow row;
    std::string persisted_index_key;  // Empty when no index row is stored.
    RiskInputs inputs;                // As the commit's last event left the debtor.
  };

  template <typename Row>
  Status LoadRow(const std::string& key, std::unordered_map<std::string, Row>* rows, Row** out, bool* found);
  Status Rescore(std::uint32_t partition, const v1::DebtorState& debtor, Day advance_to);
  Status AddSteps(std::uint32_t partition);
  void FlushRisks(rocksdb::ColumnFamilyHandle* family, rocksdb::WriteBatch* batch);

  store::Store* store_;
  std::unordered_map<std::string, pb::DebtRow> debt_rows_;
  std::unordered_map<std::string, RiskEntry> risk_rows_;
  std::unordered_map<std::string, pb::StepRow> step_rows_;
  StepDeltas steps_;  // Scratch of one event.
  std::string value_;
  std::uint64_t mismatches_ = 0;
};

// For ReplayOptions / EngineOptions: a Projector over the writer's store.
replay::ProjectionSinkFactory ProjectorFactory();

}  // namespace relance::projections
