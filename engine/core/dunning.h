// Dunning: which actions are due, for whom, on a closed business day. Pure.
//
// The policy's ladder for the debtor's segment and type says which step comes
// after the last ReminderSent (the ladder moves only on a ReminderSent: an
// action is produced once per step and waits for it). A DayClosed's review of
// a debtor gathers the steps due on its open debts, applies the hard rule,
// the contact rules (caps, cooldown, Sundays and holidays) and groups what is
// left into one action per creditor and channel: one letter covers all the
// overdue invoices of a debtor for one creditor. Limitation warnings and
// order-for-payment deadlines are actions too, outside the contact rules
// (they go to the collector, not to the debtor).
//
// The hard rule (MayChase): no reminder or escalation for a debt that is not
// yet due, closed, disputed (for the disputed amount), inside a payment plan
// that is kept, inside a promise's window, handed over, in legal action, of
// an insolvent debtor, or below the policy's minimum balance.
#pragma once

#include <string_view>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "engine/core/segment.h"

namespace relance::core {

// The first ladder of the policy that matches the segment and the debtor
// type ("" and UNSPECIFIED match anything); nullptr when none.
const v1::Ladder* LadderFor(const v1::DunningPolicy& policy, Segment segment, v1::DebtorType type);

// The segment the policy's thresholds give the debtor.
Segment SegmentFor(const Debtor& debtor, const v1::DunningPolicy& policy);

// The hard rule for ladder steps of level >= 1 on `day` (see above).
bool MayChase(const Debt& debt, const Debtor& debtor, const v1::DunningPolicy& policy, Day day);

// The step this debt waits for and the day it falls due: the due date plus the
// step's offset, but never sooner after the previous reminder than the
// ladder's own spacing (a late reminder does not make the next step come
// early). step == nullptr when the ladder has nothing more, or when the
// action for the next step was produced and its ReminderSent is awaited.
struct StepDue {
  const v1::LadderStep* step = nullptr;
  Day day = kNoDay;
};
StepDue NextStep(const Debt& debt, const v1::Ladder& ladder);

// The day the claim is time-barred: the running period's start plus the
// limitation years of the debtor type.
Day LimitationDay(const Debt& debt, const v1::DunningPolicy& policy);

// True when the debtor may be contacted on `day`: not a Sunday (unless the
// policy allows it) nor a holiday of the policy's calendar.
bool IsContactDay(const PolicyView& policy, Day day);
// The holidays of the calendar the partition's policy contacts by, sorted,
// for PolicyView::contact_holidays. Empty without a policy or calendar.
std::vector<Day> ContactHolidays(const v1::PartitionMeta& meta);

// The next day this debt needs a dunning look (a step, a warning, an order
// deadline); kNoDay when none. Stored in DebtState.next_action_day and read by
// NextReviewDay, so the timer index wakes the debt on that day.
Day NextActionDay(const Debt& debt, const Debtor& debtor, const PolicyView& policy);

// After an accepted event: recomputes next_action_day of the debts it
// touched; when the debtor's segment changed, of all its open debts (they
// are then added to the touched debts).
void RefreshActionDays(Outcome* outcome, std::string_view debtor_key, StateAccess& access, const Context& context);

// Recomputes one debt's next_action_day (a new policy); true when it changed.
bool RetimeDebt(Debt& debt, const Debtor& debtor, const PolicyView& policy);

// The dunning review of one debtor on the closed day `day`: appends the
// actions due to out->actions, marks the debts it changed (action levels,
// next action days) as touched and the debtor (contact days) as touched.
void ReviewDebtor(std::string_view debtor_key, StateAccess& access, Day day, const PolicyView& policy, Outcome* out);

}  // namespace relance::core
