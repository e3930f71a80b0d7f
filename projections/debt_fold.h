// The per-debt fold of the read side: one debt's history entries (an event
// and the balance changes the core made to this debt with it), in order,
// into its row (outstanding balance per day for ageing, dunning steps
// reached for effectiveness), in its working form (debt_row.h), serialised
// as a DebtRow when written. The live Projector (from the core's Outcome)
// and the rebuild from history (from the stored entries) call the same
// function with the same entries in the same order, so their rows are equal
// byte for byte.
//
// The money rules live in the ledger alone (engine/core/ledger_money.cc):
// the fold adds the balance changes it is given and never works out what an
// event does to a balance. What it decides itself is the read side's own
// vocabulary: outstanding per day, a debt closed by a payment, the steps a
// payment or a close is credited to. The live Projector checks the folded
// balance against the state's after every event.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "projections/debt_row.h"
#include "projections/projection.pb.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::projections {

// Most recent dunning steps a row remembers per debt.
inline constexpr int kStepContactsMax = 32;
// Days after a step within which a payment or a close is credited to it.
inline constexpr Day kStepShortWindowDays = 7;
inline constexpr Day kStepLongWindowDays = 30;

// The day an event's fact happened (its business date field): issue date,
// value date, reminder date, business date of a DayClosed... kNoDay if none.
Day EventDay(const v1::Event& event);

// What a fold changed of one (level, channel)'s step effectiveness: counts
// and amounts to add to its StepRow.
struct StepDelta {
  std::uint32_t level = 0;
  std::int32_t channel = 0;
  std::uint64_t reached = 0;
  std::uint64_t paid_7 = 0;
  std::uint64_t paid_30 = 0;
  std::vector<std::pair<std::string, std::int64_t>> recovered;  // (currency, amount), in first-seen order.

  // Back to nothing changed for its (level, channel), keeping the storage.
  void ClearCounts() {
    reached = paid_7 = paid_30 = 0;
    recovered.clear();
  }
};

// The step changes of one event (the live projector, cleared per event) or
// of a whole partition (a rebuild): a few (level, channel) pairs, found by a
// short scan. Plain values, reused: clearing keeps the storage, so that an
// event's changes allocate nothing once the first events have run.
class StepDeltas {
 public:
  // The delta of (level, channel), added empty when absent.
  StepDelta& Of(std::uint32_t level, std::int32_t channel);
  void clear() { used_ = 0; }
  bool empty() const { return used_ == 0; }
  auto begin() const { return deltas_.begin(); }
  auto end() const { return deltas_.begin() + static_cast<std::ptrdiff_t>(used_); }
  // Orders the deltas by (level, channel): their rows' key order.
  void SortByStep();

 private:
  std::vector<StepDelta> deltas_;  // The first used_ are this fold's.
  std::size_t used_ = 0;
};

// Folds one history entry of `debt` into `row`: `event` (accepted) and the
// balance changes among `changes` whose `debt` is `debt_index`. `debt` is
// the debt's state after the event or any later one (only its static fields
// are read). Adds effectiveness changes to *steps.
void FoldDebtEvent(const v1::Event& event, const core::Debt& debt, const std::vector<core::BalanceChange>& changes,
                   std::uint32_t debt_index, DebtRowState* row, StepDeltas* steps);

// The row's outstanding balance as of `day` (the deltas dated on or before):
// of a stored row (queries) or a working one.
template <typename Row>
std::int64_t OutstandingAsOf(const Row& row, Day day) {
  std::int64_t sum = 0;
  for (const auto& d : row.deltas()) {
    if (d.day() > day) break;
    sum += d.delta_minor();
  }
  return sum;
}

// Adds `delta` to `into`, of the same (level, channel): counters and
// amounts (a currency new to `into` goes last).
void AddStepDelta(const StepDelta& delta, StepDelta* into);

// Adds `delta` to a StepRow (counters and amounts; amounts stay sorted).
void AddStepRow(const StepDelta& delta, pb::StepRow* row);
// The same with a row as the delta (rows of several partitions, summed).
void AddStepRow(const pb::StepRow& delta, pb::StepRow* row);

}  // namespace relance::projections
