// The DayClosed procedure, pure: what every closed business day does to the
// debts whose review day has come. The shell (Applier::CloseDay) finds those
// debts in its timer index and persists what changed; the test harnesses
// find them by scanning; both run this procedure, so there is one copy of it.
//
// For each closed day: the due debts are grouped by debtor (debtors in key
// order, each one's debts in the order found); for each debtor, first the
// time-driven transitions of its due debts (CloseDay: overdue, broken
// promises, missed instalments), then its dunning review (ReviewDebtor),
// which decides one set of actions for all its open debts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"

namespace relance::core {

struct DueDebtor {
  std::string debtor_key;
  // Its due debts, in the order found, as the shell gave them to
  // GroupDueByDebtor: valid while the shell keeps its states (until its
  // next commit), so that the visit does not look each one up again.
  std::vector<Debt*> debts;
};

// Groups the debts due on a closed day by debtor, debtors in key order.
std::vector<DueDebtor> GroupDueByDebtor(const std::vector<Debt*>& due_debts);

// One debtor's part of closing `day`: CloseDay on each of its due debts, in
// order, then ReviewDebtor. Adds to `out` (not reset). REQUIRES: `due` comes
// from GroupDueByDebtor on states `access` gives (its debts are still
// those); day != kNoDay.
void CloseDebtorDay(const DueDebtor& due, StateAccess& access, Day day, const PolicyView& policy, Outcome* out);

}  // namespace relance::core
