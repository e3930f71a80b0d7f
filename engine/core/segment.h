// The debtor's segment: a pure function of its payment history
// (DebtorState's aggregates) and the policy's thresholds. The dunning ladder
// depends on it (a reliable long-standing client gets the softer ladder, a
// chronic late payer the firmer one) and the risk projection reports it.
#pragma once

#include <string_view>

#include "engine/core/debtor.h"
#include "relance/v1/policy.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::core {

enum class Segment {
  kNew,         // Too few closed debts to judge.
  kReliable,    // Enough closed debts, almost all on time.
  kOccasional,  // Occasional late payer: the default once judged.
  kChronic,     // Pays late at least half the time.
  kAtRisk,      // Broken promises, missed instalments, bounces or insolvency.
};

// "new", "reliable", "occasional", "chronic", "at_risk": the names ladders use.
std::string_view SegmentName(Segment segment);

// Thresholds with their defaults filled in (policy.proto, SegmentRules).
struct SegmentThresholds {
  unsigned reliable_min_debts = 3;
  unsigned reliable_max_late_pct = 10;
  unsigned chronic_min_late_pct = 50;
  unsigned at_risk_broken_promises = 2;
  unsigned at_risk_bounces = 2;

  static SegmentThresholds From(const v1::SegmentRules& rules);
};

// At risk first (whatever the rest), then the share of closed debts paid
// late; a debtor with fewer than reliable_min_debts closed debts is new.
Segment SegmentOf(const Debtor& debtor, const SegmentThresholds& thresholds);

}  // namespace relance::core
