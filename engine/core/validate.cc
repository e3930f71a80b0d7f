#include "engine/core/validate.h"

#include <fmt/format.h>

#include "engine/core/civil_date.h"
#include "engine/core/limits.h"
#include "engine/core/money.h"
#include "engine/core/policy_check.h"
#include "engine/core/transition_table.h"

namespace relance::core {
namespace {

Verdict Reject(v1::RejectionReason reason, std::string detail) { return Verdict{reason, std::move(detail)}; }

// A required date: set, valid, within range.
Verdict RequireDate(const v1::CivilDate& date, std::string_view field) {
  if (IsUnset(date)) return Reject(v1::REJECTION_REASON_MALFORMED, fmt::format("{} is missing", field));
  if (!ToDay(date)) {
    return Reject(v1::REJECTION_REASON_DATE_OUT_OF_RANGE,
                  fmt::format("{} {:04d}-{:02d}-{:02d} is not a valid date in {}..{}", field, date.year(), date.month(),
                              date.day(), kYearMin, kYearMax));
  }
  return {};
}

Verdict RequireText(std::string_view text, std::string_view field) {
  if (text.size() > kTextLengthMax) {
    return Reject(v1::REJECTION_REASON_MALFORMED, fmt::format("{} longer than {}", field, kTextLengthMax));
  }
  return {};
}

Verdict ValidateInvoice(const v1::InvoiceIssued& p) {
  if (auto v = ValidateAmount(p.amount(), "amount"); !v.ok()) return v;
  if (auto v = RequireDate(p.issue_date(), "issue_date"); !v.ok()) return v;
  if (auto v = RequireDate(p.due_date(), "due_date"); !v.ok()) return v;
  if (auto v = RequireText(p.invoice_number(), "invoice_number"); !v.ok()) return v;
  if (auto v = RequireText(p.debtor_name(), "debtor_name"); !v.ok()) return v;
  const Day issue = *ToDay(p.issue_date());
  const Day due = *ToDay(p.due_date());
  if (due < issue) {
    return Reject(v1::REJECTION_REASON_DATE_OUT_OF_RANGE,
                  fmt::format("due_date {} before issue_date {}", FormatDay(due), FormatDay(issue)));
  }
  if (p.debtor_type() != v1::DEBTOR_TYPE_B2B && p.debtor_type() != v1::DEBTOR_TYPE_B2C) {
    return Reject(v1::REJECTION_REASON_MALFORMED, "debtor_type must be B2B or B2C");
  }
  if (p.has_early_payment_discount()) {
    const auto& d = p.early_payment_discount();
    if (auto v = RequireDate(d.pay_by(), "early_payment_discount.pay_by"); !v.ok()) return v;
    if (d.discount_minor() <= 0 || d.discount_minor() >= p.amount().amount_minor()) {
      return Reject(v1::REJECTION_REASON_NON_POSITIVE_AMOUNT,
                    "early_payment_discount.discount_minor must be in (0, amount)");
    }
  }
  return {};
}

Verdict ValidatePlan(const v1::PaymentPlanAgreed& p) {
  if (auto v = RequireDate(p.agreed_on(), "agreed_on"); !v.ok()) return v;
  if (p.instalments_size() == 0 || static_cast<std::size_t>(p.instalments_size()) > kInstalmentsMax) {
    return Reject(v1::REJECTION_REASON_MALFORMED,
                  fmt::format("a plan has 1..{} instalments, not {}", kInstalmentsMax, p.instalments_size()));
  }
  Day previous = *ToDay(p.agreed_on()) - 1;
  for (int i = 0; i < p.instalments_size(); ++i) {
    const auto& inst = p.instalments(i);
    if (auto v = ValidateAmount(inst.amount(), fmt::format("instalments[{}].amount", i)); !v.ok()) return v;
    if (auto v = RequireDate(inst.due_date(), fmt::format("instalments[{}].due_date", i)); !v.ok()) return v;
    const Day due = *ToDay(inst.due_date());
    if (due <= previous) {
      return Reject(v1::REJECTION_REASON_DATE_OUT_OF_RANGE,
                    fmt::format("instalments[{}].due_date {} not after the previous date", i, FormatDay(due)));
    }
    previous = due;
  }
  return {};
}

Verdict ValidateCalendar(const v1::CalendarPublished& c) {
  if (static_cast<std::size_t>(c.holidays_size()) > kCalendarDaysMax) {
    return Reject(v1::REJECTION_REASON_LIMIT_EXCEEDED,
                  fmt::format("{} holidays, at most {} per publication", c.holidays_size(), kCalendarDaysMax));
  }
  const std::vector<PolicyError> errors = CheckCalendar(c);
  if (errors.empty()) return {};
  return Reject(v1::REJECTION_REASON_MALFORMED,
                fmt::format("{}: {}", errors.front().field_path, errors.front().message));
}

Verdict ValidatePayload(const v1::Event& e) {
  switch (KindOf(e)) {
    case EventKind::kInvoiceIssued:
      if (!IsValidId(e.creditor_id()))
        return Reject(v1::REJECTION_REASON_MALFORMED, "creditor_id is missing or invalid");
      return ValidateInvoice(e.invoice_issued());
    case EventKind::kPaymentReceived: {
      const auto& p = e.payment_received();
      if (!IsValidId(p.payment_id())) return Reject(v1::REJECTION_REASON_MALFORMED, "payment_id is missing or invalid");
      if (!p.invoice_reference().empty() && !IsValidId(p.invoice_reference())) {
        return Reject(v1::REJECTION_REASON_MALFORMED, "invoice_reference is invalid");
      }
      if (auto v = ValidateAmount(p.amount(), "amount"); !v.ok()) return v;
      return RequireDate(p.value_date(), "value_date");
    }
    case EventKind::kPaymentReversed:
      if (!IsValidId(e.payment_reversed().payment_id()))
        return Reject(v1::REJECTION_REASON_MALFORMED, "payment_id is missing or invalid");
      return RequireDate(e.payment_reversed().date(), "date");
    case EventKind::kCreditNoteIssued:
      if (auto v = ValidateAmount(e.credit_note_issued().amount(), "amount"); !v.ok()) return v;
      return RequireDate(e.credit_note_issued().date(), "date");
    case EventKind::kCreditApplied:
      if (auto v = ValidateAmount(e.credit_applied().amount(), "amount"); !v.ok()) return v;
      return RequireDate(e.credit_applied().date(), "date");
    case EventKind::kReminderSent:
      if (e.reminder_sent().channel() == v1::CHANNEL_UNSPECIFIED)
        return Reject(v1::REJECTION_REASON_MALFORMED, "channel is missing");
      if (e.reminder_sent().level() > 99) return Reject(v1::REJECTION_REASON_MALFORMED, "level above 99");
      return RequireDate(e.reminder_sent().date(), "date");
    case EventKind::kPromiseToPay: {
      const auto& p = e.promise_to_pay();
      if (auto v = ValidateAmount(p.amount(), "amount"); !v.ok()) return v;
      if (auto v = RequireDate(p.made_on(), "made_on"); !v.ok()) return v;
      if (auto v = RequireDate(p.promised_date(), "promised_date"); !v.ok()) return v;
      if (*ToDay(p.promised_date()) < *ToDay(p.made_on())) {
        return Reject(v1::REJECTION_REASON_DATE_OUT_OF_RANGE, "promised_date before made_on");
      }
      return {};
    }
    case EventKind::kPaymentPlanAgreed:
      return ValidatePlan(e.payment_plan_agreed());
    case EventKind::kDisputeOpened: {
      const auto& p = e.dispute_opened();
      if (p.has_disputed_amount() && p.disputed_amount().amount_minor() != 0) {
        if (auto v = ValidateAmount(p.disputed_amount(), "disputed_amount"); !v.ok()) return v;
      }
      if (auto v = RequireText(p.reason(), "reason"); !v.ok()) return v;
      return RequireDate(p.date(), "date");
    }
    case EventKind::kDisputeResolved: {
      const auto& p = e.dispute_resolved();
      if (p.outcome() == v1::DISPUTE_OUTCOME_UNSPECIFIED)
        return Reject(v1::REJECTION_REASON_MALFORMED, "outcome is missing");
      if (p.outcome() == v1::DISPUTE_OUTCOME_SETTLED) {
        if (auto v = ValidateAmount(p.credited_amount(), "credited_amount"); !v.ok()) return v;
      }
      return RequireDate(p.date(), "date");
    }
    case EventKind::kHandedToAgency:
      if (!IsValidId(e.handed_to_agency().agency_id()))
        return Reject(v1::REJECTION_REASON_MALFORMED, "agency_id is missing or invalid");
      return RequireDate(e.handed_to_agency().date(), "date");
    case EventKind::kLegalActionFiled:
      if (e.legal_action_filed().kind() == v1::LEGAL_ACTION_KIND_UNSPECIFIED)
        return Reject(v1::REJECTION_REASON_MALFORMED, "kind is missing");
      return RequireDate(e.legal_action_filed().date(), "date");
    case EventKind::kWrittenOff:
      if (auto v = RequireText(e.written_off().reason(), "reason"); !v.ok()) return v;
      return RequireDate(e.written_off().date(), "date");
    case EventKind::kDayClosed:
      return RequireDate(e.day_closed().business_date(), "business_date");
    case EventKind::kPolicyPublished: {
      // The same checks as `relance policy validate`: a policy the engine
      // would misread never gets in force.
      const std::vector<PolicyError> errors = CheckPolicy(e.policy_published().policy());
      if (errors.empty()) return {};
      return Reject(
          v1::REJECTION_REASON_MALFORMED,
          fmt::format("policy.{}: {} ({} error(s))", errors.front().field_path, errors.front().message, errors.size()));
    }
    case EventKind::kCalendarPublished:
      return ValidateCalendar(e.calendar_published());
    case EventKind::kInsolvencyProceedings:
      if (e.insolvency_proceedings().kind() == v1::INSOLVENCY_KIND_UNSPECIFIED)
        return Reject(v1::REJECTION_REASON_MALFORMED, "kind is missing");
      if (!e.debt_id().empty()) return Reject(v1::REJECTION_REASON_MALFORMED, "insolvency is debtor-level: no debt_id");
      return RequireDate(e.insolvency_proceedings().date(), "date");
    case EventKind::kOrderForPaymentUpdate:
      if (e.order_for_payment_update().stage() == v1::ORDER_STAGE_UNSPECIFIED)
        return Reject(v1::REJECTION_REASON_MALFORMED, "stage is missing");
      return RequireDate(e.order_for_payment_update().date(), "date");
    case EventKind::kUnknown:
      break;
  }
  return Reject(v1::REJECTION_REASON_MALFORMED, "unknown or missing payload");
}

}  // namespace

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > kIdLengthMax) return false;
  for (char c : id) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

Verdict ValidateAmount(const v1::Money& money, std::string_view field) {
  if (!IsCurrencyCode(money.currency())) {
    return Reject(v1::REJECTION_REASON_MALFORMED,
                  fmt::format("{}.currency '{}' is not an ISO 4217 code", field, money.currency()));
  }
  if (money.amount_minor() <= 0) {
    return Reject(v1::REJECTION_REASON_NON_POSITIVE_AMOUNT,
                  fmt::format("{} is {} minor units; it must be positive", field, money.amount_minor()));
  }
  if (money.amount_minor() > kAmountMinorMax) {
    return Reject(v1::REJECTION_REASON_AMOUNT_TOO_LARGE,
                  fmt::format("{} above {} minor units", field, kAmountMinorMax));
  }
  return {};
}

Verdict ValidateEvent(const v1::Event& e) {
  if (!IsValidId(e.event_id())) return Reject(v1::REJECTION_REASON_MALFORMED, "event_id is missing or invalid");
  if (e.schema_version() > 1) {
    return Reject(v1::REJECTION_REASON_UNSUPPORTED_SCHEMA,
                  fmt::format("schema_version {} (this engine reads 1)", e.schema_version()));
  }
  const EventKind kind = KindOf(e);
  if (!IsPartitionLevel(kind) && kind != EventKind::kUnknown) {
    if (!IsValidId(e.debtor_key())) return Reject(v1::REJECTION_REASON_MALFORMED, "debtor_key is missing or invalid");
    if (!e.debt_id().empty() && !IsValidId(e.debt_id()))
      return Reject(v1::REJECTION_REASON_MALFORMED, "debt_id is invalid");
    if (!IsDebtorLevel(kind) && e.debt_id().empty())
      return Reject(v1::REJECTION_REASON_MALFORMED, "debt_id is missing");
  }
  return ValidatePayload(e);
}

}  // namespace relance::core
