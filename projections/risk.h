// The risk score of a debtor: a pure function of its DebtorState (payment
// history aggregates, open debts) and a day. 0..1000, 1000 the riskiest.
// Each of ten signals gives integer points up to its cap; the score is the
// sum, capped at 1000; the reasons are the three largest contributions, ties
// broken by code. The formula, signal by signal, is in docs/risk.md.
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/debtor.h"
#include "relance/v1/state.pb.h"

namespace relance::projections {

inline constexpr std::uint32_t kRiskScoreMax = 1000;
inline constexpr int kRiskSignalCount = 10;
inline constexpr std::size_t kRiskReasonsMax = 3;

struct RiskSignal {
  std::uint32_t code;     // 1..10: R01..R10.
  std::string_view text;  // What the signal measures.
  std::uint32_t cap;      // Most points the signal can give.
};

// R01..R10 in code order.
const std::array<RiskSignal, kRiskSignalCount>& RiskSignals();
// "R01".."R10".
std::string RiskCode(std::uint32_t code);

struct RiskScore {
  std::uint32_t score = 0;
  std::array<std::uint32_t, kRiskSignalCount> points{};  // By code - 1.
};

// What the score reads of a DebtorState: a small copy, so that a debtor
// named by several events of one commit is scored once, when the commit is
// written, from the state as the last of them left it.
struct RiskInputs {
  std::uint32_t debts_total = 0;
  std::uint32_t debts_paid_on_time = 0;
  std::uint32_t debts_paid_late = 0;
  std::uint32_t days_late_max = 0;
  std::uint32_t promises_broken = 0;
  std::uint32_t instalments_missed = 0;
  std::uint32_t bounces = 0;
  std::uint32_t disputes_opened = 0;
  std::uint32_t reminders_received = 0;
  std::uint64_t open_debts = 0;
  Day oldest_open_due_day = kNoDay;  // The first open debt with a due date.
  bool insolvency = false;
};

RiskInputs RiskInputsOf(const core::Debtor& debtor);

// as_of: the day the age of the oldest unpaid invoice is measured on
// (kNoDay: not measured, R08 gives 0).
RiskScore ScoreRisk(const RiskInputs& debtor, Day as_of);
// ScoreRisk(RiskInputsOf(debtor), as_of).
RiskScore ScoreDebtor(const core::Debtor& debtor, Day as_of);

// Codes of the (at most 3) largest non-zero contributions, points
// descending, then code ascending.
std::vector<std::uint32_t> TopReasons(const std::array<std::uint32_t, kRiskSignalCount>& points);

}  // namespace relance::projections
