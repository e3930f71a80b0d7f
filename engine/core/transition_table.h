// The transition table of a debt: which event kinds an existing debt accepts
// in which status. The status an accepted event leads to is computed by
// DeriveOpenStatus (ledger.h) from the debt's flags; closing statuses are set
// by the events that close a debt. docs/state-machine.md shows the table.
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/core/civil_date.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::core {

enum class EventKind : std::uint8_t {
  kInvoiceIssued,
  kPaymentReceived,
  kPaymentReversed,
  kCreditNoteIssued,
  kReminderSent,
  kPromiseToPay,
  kPaymentPlanAgreed,
  kDisputeOpened,
  kDisputeResolved,
  kHandedToAgency,
  kLegalActionFiled,
  kWrittenOff,
  kDayClosed,
  kPolicyPublished,
  kCalendarPublished,
  kInsolvencyProceedings,
  kOrderForPaymentUpdate,
  kCreditApplied,
  kUnknown,  // No payload, or a payload this binary does not know.
};
inline constexpr int kEventKindCount = static_cast<int>(EventKind::kUnknown) + 1;

EventKind KindOf(const v1::Event& event);
// DayClosed, PolicyPublished and CalendarPublished: they apply to a partition
// (published to every partition), not to a debt or a debtor.
bool IsPartitionLevel(EventKind kind);
// Payments without a debt, reversals and insolvency proceedings: they name a
// debtor and may leave debt_id empty.
bool IsDebtorLevel(EventKind kind);
std::string_view EventKindName(EventKind kind);
// The day an event speaks of (value date of a payment, issue date of an
// invoice, business date of a DayClosed...); kNoDay for the kinds without
// one (PolicyPublished, CalendarPublished) and for an unset date.
Day EventDay(const v1::Event& event);

enum class Rule : std::uint8_t {
  kAllow,         // Applied.
  kRejectClosed,  // REJECTION_REASON_CLOSED_DEBT.
  kRejectState,   // REJECTION_REASON_NOT_ALLOWED_IN_STATE.
};

// REQUIRES: status is one of the twelve real statuses.
Rule RuleFor(EventKind kind, v1::DebtStatus status);

std::string_view StatusName(v1::DebtStatus status);

}  // namespace relance::core
