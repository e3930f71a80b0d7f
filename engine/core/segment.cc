#include "engine/core/segment.h"

#include <array>
#include <cstdint>

namespace relance::core {

std::string_view SegmentName(Segment segment) {
  static constexpr std::array<std::string_view, 5> kNames = {"new", "reliable", "occasional", "chronic", "at_risk"};
  return kNames[static_cast<std::size_t>(segment)];
}

SegmentThresholds SegmentThresholds::From(const v1::SegmentRules& rules) {
  SegmentThresholds t;
  if (rules.has_reliable_min_debts()) t.reliable_min_debts = rules.reliable_min_debts();
  if (rules.has_reliable_max_late_pct()) t.reliable_max_late_pct = rules.reliable_max_late_pct();
  if (rules.has_chronic_min_late_pct()) t.chronic_min_late_pct = rules.chronic_min_late_pct();
  if (rules.has_at_risk_broken_promises()) t.at_risk_broken_promises = rules.at_risk_broken_promises();
  if (rules.has_at_risk_bounces()) t.at_risk_bounces = rules.at_risk_bounces();
  return t;
}

Segment SegmentOf(const Debtor& debtor, const SegmentThresholds& t) {
  const std::uint64_t broken = std::uint64_t{debtor.promises_broken()} + debtor.instalments_missed();
  if (debtor.has_insolvency()) return Segment::kAtRisk;
  if (t.at_risk_broken_promises > 0 && broken >= t.at_risk_broken_promises) return Segment::kAtRisk;
  if (t.at_risk_bounces > 0 && debtor.bounces() >= t.at_risk_bounces) return Segment::kAtRisk;
  const std::uint64_t late = debtor.debts_paid_late();
  const std::uint64_t closed = std::uint64_t{debtor.debts_paid_on_time()} + late;
  if (closed == 0 || closed < t.reliable_min_debts) return Segment::kNew;
  // Integer percentages: late * 100 <= pct * closed, no rounding involved.
  if (late * 100 >= std::uint64_t{t.chronic_min_late_pct} * closed) return Segment::kChronic;
  if (late * 100 <= std::uint64_t{t.reliable_max_late_pct} * closed) return Segment::kReliable;
  return Segment::kOccasional;
}

}  // namespace relance::core
