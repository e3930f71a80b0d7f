#include "projections/risk.h"

#include <fmt/format.h>

#include <algorithm>

namespace relance::projections {
namespace {

// Points per unit of each signal (docs/risk.md gives the reasoning).
constexpr std::uint64_t kLateSharePointsAtAll = 250;      // R01: 100 % of closed debts paid late.
constexpr std::uint64_t kPointsPerWorstDayLate = 2;       // R02
constexpr std::uint64_t kPointsPerBrokenPromise = 70;     // R03
constexpr std::uint64_t kPointsPerBounce = 80;            // R04
constexpr std::uint64_t kPointsPerDispute = 20;           // R05
constexpr std::uint64_t kPointsPerReminderPerDebt = 25;   // R06
constexpr std::uint64_t kPointsPerOpenDebt = 6;           // R07
constexpr std::uint64_t kPointsPerDayOldest = 1;          // R08
constexpr std::uint64_t kPointsPerMissedInstalment = 50;  // R09

constexpr std::array<RiskSignal, kRiskSignalCount> kSignals = {{
    {1, "share of invoices paid late", 250},
    {2, "days late (worst invoice)", 150},
    {3, "broken promises", 200},
    {4, "bounced payments", 200},
    {5, "disputes", 80},
    {6, "reminders needed per invoice", 100},
    {7, "exposure (open invoices)", 60},
    {8, "age of oldest unpaid invoice", 150},
    {9, "instalments missed", 150},
    {10, "insolvency proceedings", 400},
}};

std::uint32_t Capped(std::uint64_t points, std::uint32_t cap) {
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(points, cap));
}

}  // namespace

const std::array<RiskSignal, kRiskSignalCount>& RiskSignals() { return kSignals; }

std::string RiskCode(std::uint32_t code) { return fmt::format("R{:02d}", code); }

RiskInputs RiskInputsOf(const core::Debtor& d) {
  RiskInputs in;
  in.debts_total = d.debts_total();
  in.debts_paid_on_time = d.debts_paid_on_time();
  in.debts_paid_late = d.debts_paid_late();
  in.days_late_max = d.days_late_max();
  in.promises_broken = d.promises_broken();
  in.instalments_missed = d.instalments_missed();
  in.bounces = d.bounces();
  in.disputes_opened = d.disputes_opened();
  in.reminders_received = d.reminders_received();
  in.open_debts = static_cast<std::uint64_t>(d.open_debts_size());
  // open_debts is sorted by due date: the first with a date is the oldest.
  for (const auto& ref : d.open_debts()) {
    const std::optional<Day> due = ToDay(ref.due_date());
    if (!due || *due == kNoDay) continue;
    in.oldest_open_due_day = *due;
    break;
  }
  in.insolvency = d.has_insolvency();
  return in;
}

RiskScore ScoreDebtor(const core::Debtor& d, Day as_of) { return ScoreRisk(RiskInputsOf(d), as_of); }

RiskScore ScoreRisk(const RiskInputs& d, Day as_of) {
  std::array<std::uint64_t, kRiskSignalCount> raw{};
  const std::uint64_t late = d.debts_paid_late;
  const std::uint64_t closed = late + d.debts_paid_on_time;
  if (closed > 0) raw[0] = kLateSharePointsAtAll * late / closed;
  raw[1] = kPointsPerWorstDayLate * d.days_late_max;
  raw[2] = kPointsPerBrokenPromise * d.promises_broken;
  raw[3] = kPointsPerBounce * d.bounces;
  raw[4] = kPointsPerDispute * d.disputes_opened;
  if (d.debts_total > 0) raw[5] = kPointsPerReminderPerDebt * d.reminders_received / d.debts_total;
  raw[6] = kPointsPerOpenDebt * d.open_debts;
  if (as_of != kNoDay && d.oldest_open_due_day != kNoDay && as_of > d.oldest_open_due_day) {
    raw[7] = kPointsPerDayOldest * static_cast<std::uint64_t>(as_of - d.oldest_open_due_day);
  }
  raw[8] = kPointsPerMissedInstalment * d.instalments_missed;
  if (d.insolvency) raw[9] = kSignals[9].cap;
  RiskScore out;
  std::uint64_t sum = 0;
  for (int i = 0; i < kRiskSignalCount; ++i) {
    out.points[static_cast<std::size_t>(i)] =
        Capped(raw[static_cast<std::size_t>(i)], kSignals[static_cast<std::size_t>(i)].cap);
    sum += out.points[static_cast<std::size_t>(i)];
  }
  out.score = Capped(sum, kRiskScoreMax);
  return out;
}

std::vector<std::uint32_t> TopReasons(const std::array<std::uint32_t, kRiskSignalCount>& points) {
  std::vector<std::uint32_t> codes;
  for (std::uint32_t code = 1; code <= kRiskSignalCount; ++code) {
    if (points[code - 1] > 0) codes.push_back(code);
  }
  std::stable_sort(codes.begin(), codes.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return points[a - 1] > points[b - 1]; });
  if (codes.size() > kRiskReasonsMax) codes.resize(kRiskReasonsMax);
  return codes;
}

}  // namespace relance::projections
