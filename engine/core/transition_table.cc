#include "engine/core/transition_table.h"

#include <array>
#include <optional>

namespace relance::core {
namespace {

constexpr Rule A = Rule::kAllow;
constexpr Rule C = Rule::kRejectClosed;
constexpr Rule S = Rule::kRejectState;

constexpr int kStatusCount = 12;  // DEBT_STATUS_NOT_YET_DUE (1) .. WRITTEN_OFF (12).

// Rows: event kinds that target an existing debt. Columns, in enum order:
//               NYD OVD DUN PRM PLN DSP FNS AGY LGL PAID CRED WOFF
// InvoiceIssued on an existing debt is REJECTION_REASON_DEBT_EXISTS, and the
// partition-level kinds never reach a debt; their rows reject everything.
constexpr std::array<std::array<Rule, kStatusCount>, kEventKindCount> kTable = {{
    /* InvoiceIssued     */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* PaymentReceived   */ {A, A, A, A, A, A, A, A, A, A, A, A},  // Closed: goes to credit.
    /* PaymentReversed   */ {A, A, A, A, A, A, A, A, A, A, A, A},  // Reopens a paid debt.
    /* CreditNoteIssued  */ {A, A, A, A, A, A, A, A, A, C, C, C},
    /* ReminderSent      */ {S, A, A, S, S, S, A, A, A, C, C, C},  // Level 0 allowed before due.
    /* PromiseToPay      */ {A, A, A, A, S, S, A, A, A, C, C, C},
    /* PaymentPlanAgreed */ {A, A, A, A, A, S, A, A, A, C, C, C},
    /* DisputeOpened     */ {A, A, A, A, A, S, A, A, A, C, C, C},
    /* DisputeResolved   */ {S, S, S, S, S, A, S, S, S, C, C, C},
    /* HandedToAgency    */ {S, A, A, A, A, S, A, S, A, C, C, C},
    /* LegalActionFiled  */ {S, A, A, A, A, S, A, A, A, C, C, C},
    /* WrittenOff        */ {A, A, A, A, A, A, A, A, A, C, C, C},
    /* DayClosed         */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* PolicyPublished   */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* CalendarPublished */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* Insolvency        */ {A, A, A, A, A, A, A, A, A, A, A, A},  // Debtor-level: whatever the debts' status.
    /* OrderForPayment   */ {S, S, S, S, S, S, S, S, A, C, C, C},  // Only after an order for payment is filed.
    /* CreditApplied     */ {A, A, A, A, A, A, A, A, A, C, C, C},
    /* Unknown           */ {S, S, S, S, S, S, S, S, S, S, S, S},
}};

}  // namespace

EventKind KindOf(const v1::Event& event) {
  switch (event.payload_case()) {
    case v1::Event::kInvoiceIssued:
      return EventKind::kInvoiceIssued;
    case v1::Event::kPaymentReceived:
      return EventKind::kPaymentReceived;
    case v1::Event::kPaymentReversed:
      return EventKind::kPaymentReversed;
    case v1::Event::kCreditNoteIssued:
      return EventKind::kCreditNoteIssued;
    case v1::Event::kReminderSent:
      return EventKind::kReminderSent;
    case v1::Event::kPromiseToPay:
      return EventKind::kPromiseToPay;
    case v1::Event::kPaymentPlanAgreed:
      return EventKind::kPaymentPlanAgreed;
    case v1::Event::kDisputeOpened:
      return EventKind::kDisputeOpened;
    case v1::Event::kDisputeResolved:
      return EventKind::kDisputeResolved;
    case v1::Event::kHandedToAgency:
      return EventKind::kHandedToAgency;
    case v1::Event::kLegalActionFiled:
      return EventKind::kLegalActionFiled;
    case v1::Event::kWrittenOff:
      return EventKind::kWrittenOff;
    case v1::Event::kDayClosed:
      return EventKind::kDayClosed;
    case v1::Event::kPolicyPublished:
      return EventKind::kPolicyPublished;
    case v1::Event::kCalendarPublished:
      return EventKind::kCalendarPublished;
    case v1::Event::kInsolvencyProceedings:
      return EventKind::kInsolvencyProceedings;
    case v1::Event::kOrderForPaymentUpdate:
      return EventKind::kOrderForPaymentUpdate;
    case v1::Event::kCreditApplied:
      return EventKind::kCreditApplied;
    case v1::Event::PAYLOAD_NOT_SET:
      return EventKind::kUnknown;
  }
  return EventKind::kUnknown;
}

bool IsPartitionLevel(EventKind kind) {
  return kind == EventKind::kDayClosed || kind == EventKind::kPolicyPublished || kind == EventKind::kCalendarPublished;
}

bool IsDebtorLevel(EventKind kind) {
  return kind == EventKind::kPaymentReceived || kind == EventKind::kPaymentReversed ||
         kind == EventKind::kInsolvencyProceedings;
}

std::string_view EventKindName(EventKind kind) {
  static constexpr std::array<std::string_view, kEventKindCount> kNames = {"invoice_issued",
                                                                           "payment_received",
                                                                           "payment_reversed",
                                                                           "credit_note_issued",
                                                                           "reminder_sent",
                                                                           "promise_to_pay",
                                                                           "payment_plan_agreed",
                                                                           "dispute_opened",
                                                                           "dispute_resolved",
                                                                           "handed_to_agency",
                                                                           "legal_action_filed",
                                                                           "written_off",
                                                                           "day_closed",
                                                                           "policy_published",
                                                                           "calendar_published",
                                                                           "insolvency_proceedings",
                                                                           "order_for_payment_update",
                                                                           "credit_applied",
                                                                           "unknown"};
  return kNames[static_cast<int>(kind)];
}

Day EventDay(const v1::Event& e) {
  switch (KindOf(e)) {
    case EventKind::kInvoiceIssued:
      return DayOf(e.invoice_issued().issue_date());
    case EventKind::kPaymentReceived:
      return DayOf(e.payment_received().value_date());
    case EventKind::kPaymentReversed:
      return DayOf(e.payment_reversed().date());
    case EventKind::kCreditNoteIssued:
      return DayOf(e.credit_note_issued().date());
    case EventKind::kReminderSent:
      return DayOf(e.reminder_sent().date());
    case EventKind::kPromiseToPay:
      return DayOf(e.promise_to_pay().made_on());
    case EventKind::kPaymentPlanAgreed:
      return DayOf(e.payment_plan_agreed().agreed_on());
    case EventKind::kDisputeOpened:
      return DayOf(e.dispute_opened().date());
    case EventKind::kDisputeResolved:
      return DayOf(e.dispute_resolved().date());
    case EventKind::kHandedToAgency:
      return DayOf(e.handed_to_agency().date());
    case EventKind::kLegalActionFiled:
      return DayOf(e.legal_action_filed().date());
    case EventKind::kWrittenOff:
      return DayOf(e.written_off().date());
    case EventKind::kDayClosed:
      return DayOf(e.day_closed().business_date());
    case EventKind::kInsolvencyProceedings:
      return DayOf(e.insolvency_proceedings().date());
    case EventKind::kOrderForPaymentUpdate:
      return DayOf(e.order_for_payment_update().date());
    case EventKind::kCreditApplied:
      return DayOf(e.credit_applied().date());
    case EventKind::kPolicyPublished:
    case EventKind::kCalendarPublished:
    case EventKind::kUnknown:
      return kNoDay;
  }
  return kNoDay;  // Not reached: the switch names every kind.
}

Rule RuleFor(EventKind kind, v1::DebtStatus status) {
  const int column = static_cast<int>(status) - 1;
  if (column < 0 || column >= kStatusCount) return Rule::kRejectState;
  return kTable[static_cast<int>(kind)][column];
}

std::string_view StatusName(v1::DebtStatus status) {
  switch (status) {
    case v1::DEBT_STATUS_NOT_YET_DUE:
      return "not_yet_due";
    case v1::DEBT_STATUS_OVERDUE:
      return "overdue";
    case v1::DEBT_STATUS_IN_DUNNING:
      return "in_dunning";
    case v1::DEBT_STATUS_PROMISED:
      return "promised";
    case v1::DEBT_STATUS_IN_PAYMENT_PLAN:
      return "in_payment_plan";
    case v1::DEBT_STATUS_DISPUTED:
      return "disputed";
    case v1::DEBT_STATUS_FORMAL_NOTICE_SENT:
      return "formal_notice_sent";
    case v1::DEBT_STATUS_WITH_AGENCY:
      return "with_agency";
    case v1::DEBT_STATUS_IN_LEGAL_ACTION:
      return "in_legal_action";
    case v1::DEBT_STATUS_PAID:
      return "paid";
    case v1::DEBT_STATUS_CREDITED:
      return "credited";
    case v1::DEBT_STATUS_WRITTEN_OFF:
      return "written_off";
    default:
      return "none";
  }
}

}  // namespace relance::core
