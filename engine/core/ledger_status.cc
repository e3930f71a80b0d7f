// What a debt's state says, without changing it: its status from its flags,
// the next day a DayClosed must look at it, and whether its money adds up.
// The declarations and their contracts are in ledger.h.
#include <fmt/format.h>

#include <algorithm>

#include "engine/core/ledger.h"
#include "engine/core/transition_table.h"

namespace relance::core {

bool IsClosed(v1::DebtStatus status) {
  return status == v1::DEBT_STATUS_PAID || status == v1::DEBT_STATUS_CREDITED || status == v1::DEBT_STATUS_WRITTEN_OFF;
}

v1::DebtStatus DeriveOpenStatus(const Debt& d) {
  if (d.has_dispute()) return v1::DEBT_STATUS_DISPUTED;
  if (d.has_plan()) return v1::DEBT_STATUS_IN_PAYMENT_PLAN;
  if (d.has_promise()) return v1::DEBT_STATUS_PROMISED;
  if (d.in_legal_action()) return v1::DEBT_STATUS_IN_LEGAL_ACTION;
  if (d.with_agency()) return v1::DEBT_STATUS_WITH_AGENCY;
  if (d.formal_notice_sent()) return v1::DEBT_STATUS_FORMAL_NOTICE_SENT;
  if (d.dunning_level() > 0) return v1::DEBT_STATUS_IN_DUNNING;
  if (d.overdue()) return v1::DEBT_STATUS_OVERDUE;
  return v1::DEBT_STATUS_NOT_YET_DUE;
}

Day NextReviewDay(const Debt& d, const PolicyView& policy) {
  if (IsClosed(d.status())) return kNoDay;
  Day next = kNoDay;
  auto consider = [&next](Day day) {
    if (day != kNoDay && (next == kNoDay || day < next)) next = day;
  };
  if (!d.overdue()) consider(*ToDay(d.due_date()));
  if (!IsUnset(d.next_action_day())) consider(*ToDay(d.next_action_day()));
  if (d.has_dispute()) return next;  // Promise and plan are paused (CloseDay).
  if (d.has_promise()) consider(*ToDay(d.promise().promised_date()) + policy.promise_grace_days);
  if (d.has_plan() && static_cast<int>(d.plan().next_instalment()) < d.plan().instalments_size()) {
    const auto& inst = d.plan().instalments(static_cast<int>(d.plan().next_instalment()));
    consider(*ToDay(inst.due_date()) + policy.instalment_grace_days);
  }
  return next;
}

Day ScheduledReviewDay(const Debt& d, const Context& context) {
  const Day review = NextReviewDay(d, context.policy);
  if (review == kNoDay || context.business_date == kNoDay) return review;
  return std::max(review, context.business_date + 1);
}

std::string CheckDebtInvariants(const Debt& d) {
  const std::int64_t expected = d.issued_minor() - d.paid_minor() + d.reversed_minor() - d.credited_minor();
  if (d.balance_minor() != expected) {
    return fmt::format("debt {}: balance {} != issued {} - paid {} + reversed {} - credited {}", d.debt_id(),
                       d.balance_minor(), d.issued_minor(), d.paid_minor(), d.reversed_minor(), d.credited_minor());
  }
  if (d.balance_minor() < 0) return fmt::format("debt {}: negative balance {}", d.debt_id(), d.balance_minor());
  if ((d.status() == v1::DEBT_STATUS_PAID || d.status() == v1::DEBT_STATUS_CREDITED) && d.balance_minor() != 0) {
    return fmt::format("debt {}: closed as {} with balance {}", d.debt_id(), StatusName(d.status()), d.balance_minor());
  }
  if (!IsClosed(d.status()) && d.status() != DeriveOpenStatus(d)) {
    return fmt::format("debt {}: status {} but flags say {}", d.debt_id(), StatusName(d.status()),
                       StatusName(DeriveOpenStatus(d)));
  }
  if (!IsClosed(d.status()) && d.balance_minor() == 0) {
    return fmt::format("debt {}: open with zero balance", d.debt_id());
  }
  return {};
}

}  // namespace relance::core
