// The per-debt fold of the read side: one debt's events, in its history
// order, into its DebtRow (outstanding balance per day for ageing, dunning
// steps reached for effectiveness). The live Projector and the rebuild from
// history call the same function with the same events in the same order, so
// their rows are equal byte for byte.
//
// The fold mirrors the ledger's arithmetic (engine/core/ledger_money.cc) for the
// balance: what a payment took from this debt is read from the debt's
// payment shares, which never change once written (only their `reversed`
// flag), so the state after the event (live) and the final state (rebuild)
// give the same answer. The live Projector checks the fold's balance against
// the state's after every event.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "engine/core/civil_date.h"
#include "projections/projection.pb.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::projections {

namespace pb = relance::readside::v1;

// Most recent dunning steps a row remembers per debt.
inline constexpr int kStepContactsMax = 32;
// Days after a step within which a payment or a close is credited to it.
inline constexpr Day kStepShortWindowDays = 7;
inline constexpr Day kStepLongWindowDays = 30;

// The day an event's fact happened (its business date field): issue date,
// value date, reminder date, business date of a DayClosed... kNoDay if none.
Day EventDay(const v1::Event& event);

// Step effectiveness changes of a fold, keyed by (level, channel). A
// StepRow's counters here are deltas to add to the stored row.
using StepDeltas = std::map<std::pair<std::uint32_t, std::int32_t>, pb::StepRow>;

// Folds `event` (accepted, in `debt`'s history) into `row`. `debt` is the
// debt's state after the event or any later one (only its static fields and
// payment shares are read). Adds effectiveness changes to *steps.
void FoldDebtEvent(const v1::Event& event, const v1::DebtState& debt, pb::DebtRow* row, StepDeltas* steps);

// The row's outstanding balance as of `day` (the deltas dated on or before).
std::int64_t OutstandingAsOf(const pb::DebtRow& row, Day day);

// Adds `delta` to a StepRow (counters and amounts; amounts stay sorted).
void AddStepRow(const pb::StepRow& delta, pb::StepRow* row);

}  // namespace relance::projections
