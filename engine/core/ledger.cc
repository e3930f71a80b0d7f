// The debt state machine: one handler per event. Each handler checks
// everything first, then writes; a handler that returned a rejection has not
// touched any state. The money bookkeeping (payments, reversals, credits, open
// debts) is in ledger_money.cc, what a debt's state says (status, review day,
// invariants) in ledger_status.cc.
#include "engine/core/ledger.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/core/dunning.h"
#include "engine/core/hash.h"
#include "engine/core/interest.h"
#include "engine/core/ledger_internal.h"
#include "engine/core/limits.h"
#include "engine/core/text.h"
#include "engine/core/transition_table.h"
#include "engine/core/validate.h"

namespace relance::core {

using internal::AddOpenDebt;
using internal::ApplyCredit;
using internal::ApplyPayment;
using internal::ApplyReversal;
using internal::AutoApplyCredit;
using internal::CheckCurrency;
using internal::CreditDebt;
using internal::CreditOf;
using internal::HasHash;
using internal::InterruptLimitation;
using internal::NetPaid;
using internal::PushHashWindow;
using internal::Recorder;
using internal::Reject;
using internal::RememberDebtorEvent;
using internal::RemoveOpenDebt;
using internal::TargetDebt;

PolicyView PolicyView::From(const v1::DunningPolicy& policy) {
  PolicyView view;
  if (policy.version() == 0) return view;  // Absent: built-in defaults.
  if (policy.has_promise_grace_days()) view.promise_grace_days = static_cast<int>(policy.promise_grace_days());
  if (policy.has_instalment_grace_days()) {
    view.instalment_grace_days = static_cast<int>(policy.instalment_grace_days());
  }
  if (policy.has_day_close_step_days_max()) {
    view.day_close_step_days_max = static_cast<int>(policy.day_close_step_days_max());
  }
  view.policy = &policy;
  return view;
}

PolicyView PolicyView::From(const v1::PartitionMeta& meta) {
  PolicyView view = From(meta.policy());
  view.calendars = &meta.calendars();
  return view;
}

void Outcome::Reset() {
  accepted = false;
  rejection.Clear();
  touched_debts.clear();
  balance_changes.clear();
  decisions_used = 0;
  retimed_debts.clear();
  debtor_touched = false;
  transitions_used = 0;
  transition_count = 0;
  actions.clear();
  forgotten.clear();
}

std::uint32_t TouchDebt(Outcome* out, Debt& d) {
  for (std::size_t i = 0; i < out->touched_debts.size(); ++i) {
    if (out->touched_debts[i] == &d) return static_cast<std::uint32_t>(i);
  }
  out->touched_debts.push_back(&d);
  d.set_history_seq(d.history_seq() + 1);
  return static_cast<std::uint32_t>(out->touched_debts.size() - 1);
}

Decision& Decide(Outcome* out, Debt& d, v1::DecisionKind kind) {
  const std::uint32_t debt = TouchDebt(out, d);
  if (out->decisions_used == out->decisions.size()) out->decisions.emplace_back();
  Decision& decision = out->decisions[out->decisions_used++];
  std::string detail = std::move(decision.detail);  // Its capacity, reused.
  detail.clear();
  decision = Decision{};
  decision.detail = std::move(detail);
  decision.debt = debt;
  decision.kind = kind;
  return decision;
}

void ChangeBalance(Outcome* out, Debt& d, BalanceCause cause, Day day, std::int64_t delta_minor,
                   std::int64_t cash_minor) {
  BalanceChange& change = out->balance_changes.emplace_back();
  change.debt = TouchDebt(out, d);
  change.cause = cause;
  change.day = day;
  change.delta_minor = delta_minor;
  change.cash_minor = cash_minor;
  d.set_balance_minor(d.balance_minor() + delta_minor);
}

static_assert(static_cast<int>(BalanceCause::kInvoice) == v1::BALANCE_CAUSE_INVOICE &&
                  static_cast<int>(BalanceCause::kPayment) == v1::BALANCE_CAUSE_PAYMENT &&
                  static_cast<int>(BalanceCause::kDiscount) == v1::BALANCE_CAUSE_DISCOUNT &&
                  static_cast<int>(BalanceCause::kReversal) == v1::BALANCE_CAUSE_REVERSAL &&
                  static_cast<int>(BalanceCause::kDiscountUndone) == v1::BALANCE_CAUSE_DISCOUNT_UNDONE &&
                  static_cast<int>(BalanceCause::kCredit) == v1::BALANCE_CAUSE_CREDIT &&
                  static_cast<int>(BalanceCause::kCreditApplied) == v1::BALANCE_CAUSE_CREDIT_APPLIED &&
                  v1::BalanceCause_MAX == v1::BALANCE_CAUSE_CREDIT_APPLIED,
              "core::BalanceCause mirrors v1::BalanceCause");

void ToRecord(const BalanceChange& change, v1::BalanceChange* record) {
  record->set_cause(static_cast<v1::BalanceCause>(change.cause));
  record->set_delta_minor(change.delta_minor);
  record->set_cash_minor(change.cash_minor);
  SetCivil(change.day, record->mutable_date());
}

BalanceChange FromRecord(const v1::BalanceChange& record, std::uint32_t debt) {
  BalanceChange change;
  change.debt = debt;
  const int cause = record.cause();
  change.cause =
      cause >= static_cast<int>(BalanceCause::kInvoice) && cause <= static_cast<int>(BalanceCause::kCreditApplied)
          ? static_cast<BalanceCause>(cause)
          : BalanceCause::kUnspecified;
  change.day = ToDay(record.date()).value_or(kNoDay);
  change.delta_minor = record.delta_minor();
  change.cash_minor = record.cash_minor();
  return change;
}

void RetimedDebt(Outcome* out, Debt& d) {
  for (const Debt* touched : out->touched_debts) {
    if (touched == &d) return;  // Saved anyway, with its history entry.
  }
  for (const Debt* retimed : out->retimed_debts) {
    if (retimed == &d) return;
  }
  out->retimed_debts.push_back(&d);
}

namespace internal {

void Reject(Outcome* out, const v1::Event& e, v1::RejectionReason reason, std::string detail) {
  out->accepted = false;
  out->rejection.set_reason(reason);
  // Details go to logs and Kafka headers: one line, escaped, bounded.
  out->rejection.set_detail(OneLine(detail));
  out->rejection.set_event_id(e.event_id());
  out->rejection.set_debt_id(e.debt_id());
}

Debt* TargetDebt(const v1::Event& e, std::string_view debt_id, StateAccess& access, Outcome* out) {
  Debt* d = access.FindDebt(debt_id);
  if (d == nullptr) {
    Reject(out, e, v1::REJECTION_REASON_UNKNOWN_DEBT, fmt::format("no debt '{}'", debt_id));
    return nullptr;
  }
  if (d->debtor_key() != e.debtor_key()) {
    Reject(out, e, v1::REJECTION_REASON_DEBTOR_MISMATCH, fmt::format("debt '{}' belongs to another debtor", debt_id));
    return nullptr;
  }
  const std::uint64_t h = Fnv1a64(e.event_id());
  if (HasHash(d->applied_event_hashes(), h)) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, fmt::format("event already applied to debt '{}'", debt_id));
    return nullptr;
  }
  if (static_cast<std::size_t>(d->applied_event_hashes_size()) >= kEventsPerDebtMax) {
    Reject(out, e, v1::REJECTION_REASON_LIMIT_EXCEEDED,
           fmt::format("debt '{}' has {} events", debt_id, kEventsPerDebtMax));
    return nullptr;
  }
  const Rule rule = RuleFor(KindOf(e), d->status());
  // A level-0 reminder before the due date is a courtesy; a formal notice never is.
  const bool courtesy = e.has_reminder_sent() && e.reminder_sent().level() == 0 &&
                        e.reminder_sent().channel() != v1::CHANNEL_FORMAL_NOTICE &&
                        d->status() == v1::DEBT_STATUS_NOT_YET_DUE;
  if (rule == Rule::kRejectClosed) {
    Reject(out, e, v1::REJECTION_REASON_CLOSED_DEBT,
           fmt::format("{} on a {} debt", EventKindName(KindOf(e)), StatusName(d->status())));
    return nullptr;
  }
  if (rule == Rule::kRejectState && !courtesy) {
    Reject(out, e, v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE,
           fmt::format("{} not allowed when {}", EventKindName(KindOf(e)), StatusName(d->status())));
    return nullptr;
  }
  return d;
}

bool CheckCurrency(const v1::Event& e, const Debt& d, const v1::Money& m, Outcome* out) {
  if (m.currency() == d.currency()) return true;
  Reject(out, e, v1::REJECTION_REASON_CURRENCY_MISMATCH,
         fmt::format("amount in {}, debt '{}' is in {}", m.currency(), d.debt_id(), d.currency()));
  return false;
}

}  // namespace internal

namespace {

void ApplyInvoice(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out) {
  const auto& p = e.invoice_issued();
  if (Debt* existing = access.FindDebt(e.debt_id()); existing != nullptr) {
    if (HasHash(existing->applied_event_hashes(), Fnv1a64(e.event_id()))) {
      Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "invoice already applied");
    } else {
      Reject(out, e, v1::REJECTION_REASON_DEBT_EXISTS, fmt::format("debt '{}' already exists", e.debt_id()));
    }
    return;
  }
  Debtor& debtor = *access.Debtor(e.debtor_key());
  if (static_cast<std::size_t>(debtor.open_debts_size()) >= kOpenDebtsPerDebtorMax) {
    Reject(out, e, v1::REJECTION_REASON_LIMIT_EXCEEDED,
           fmt::format("debtor has {} open debts", kOpenDebtsPerDebtorMax));
    return;
  }
  Debt& d = *access.CreateDebt(e.debt_id());
  d.set_debt_id(e.debt_id());
  d.set_debtor_key(e.debtor_key());
  d.set_creditor_id(e.creditor_id());
  d.set_invoice_number(p.invoice_number());
  d.set_currency(p.amount().currency());
  d.set_debtor_type(p.debtor_type());
  d.set_debtor_name(p.debtor_name());
  d.clear_debtor_address();
  for (const std::string& line : p.debtor_address()) d.add_debtor_address(line);
  d.set_debtor_email(p.debtor_email());
  *d.mutable_limitation_start() = p.due_date();
  *d.mutable_issue_date() = p.issue_date();
  *d.mutable_due_date() = p.due_date();
  if (p.has_early_payment_discount()) *d.mutable_early_payment_discount() = p.early_payment_discount();
  d.set_issued_minor(p.amount().amount_minor());
  d.set_overdue(ctx.business_date != kNoDay && ctx.business_date >= *ToDay(p.due_date()));
  d.add_applied_event_hashes(Fnv1a64(e.event_id()));

  debtor.set_debtor_key(e.debtor_key());
  debtor.set_debts_total(debtor.debts_total() + 1);
  if (IsUnset(debtor.first_seen()) || *ToDay(p.issue_date()) < *ToDay(debtor.first_seen())) {
    *debtor.mutable_first_seen() = p.issue_date();
  }
  AddOpenDebt(debtor, d);
  out->debtor_touched = true;
  Recorder rec(out, e.event_id(), *ToDay(p.issue_date()));
  rec.Balance(d, BalanceCause::kInvoice, p.amount().amount_minor());
  rec.Settle(d, "issued");
  out->accepted = true;
}

// Events on one existing debt, after TargetDebt's checks.
void RememberContact(Debt& d, const v1::ReminderSent& r) {
  auto* contact = d.add_contacts();
  contact->set_level(r.level());
  contact->set_channel(r.channel());
  *contact->mutable_date() = r.date();
  if (static_cast<std::size_t>(d.contacts_size()) > kContactsPerDebtMax) {
    d.mutable_contacts()->DeleteSubrange(0, d.contacts_size() - static_cast<int>(kContactsPerDebtMax));
  }
}

// The stages an order for payment goes through; anything else is refused
// before any write (CheckOrderStage).
bool OrderStageAllowed(const Debt& d, v1::OrderStage stage) {
  if (d.legal_action_kind() != v1::LEGAL_ACTION_KIND_ORDER_FOR_PAYMENT) return false;
  const v1::OrderStage current = d.has_order() ? d.order().stage() : v1::ORDER_STAGE_UNSPECIFIED;
  switch (stage) {
    case v1::ORDER_STAGE_GRANTED:
      return current == v1::ORDER_STAGE_UNSPECIFIED;
    case v1::ORDER_STAGE_SERVED:
      return current == v1::ORDER_STAGE_GRANTED;
    case v1::ORDER_STAGE_OPPOSED:
    case v1::ORDER_STAGE_ENFORCEABLE:
      return current == v1::ORDER_STAGE_SERVED;
    default:
      return false;
  }
}

void ApplyOrderStage(Debt& d, const v1::OrderForPaymentUpdate& u, Day day) {
  auto* order = d.mutable_order();
  order->set_stage(u.stage());
  if (u.stage() == v1::ORDER_STAGE_GRANTED) SetCivil(day, order->mutable_granted_on());
  if (u.stage() == v1::ORDER_STAGE_SERVED) SetCivil(day, order->mutable_served_on());
  if (u.stage() == v1::ORDER_STAGE_ENFORCEABLE) InterruptLimitation(d, day);  // An enforceable title.
}

void ApplyDebtEvent(const v1::Event& e, const PolicyView& policy, Debt& d, Debtor& debtor, Outcome* out) {
  Day day = kNoDay;
  switch (KindOf(e)) {
    case EventKind::kCreditNoteIssued:
      day = *ToDay(e.credit_note_issued().date());
      break;
    case EventKind::kReminderSent:
      day = *ToDay(e.reminder_sent().date());
      break;
    case EventKind::kPromiseToPay:
      day = *ToDay(e.promise_to_pay().made_on());
      break;
    case EventKind::kPaymentPlanAgreed:
      day = *ToDay(e.payment_plan_agreed().agreed_on());
      break;
    case EventKind::kDisputeOpened:
      day = *ToDay(e.dispute_opened().date());
      break;
    case EventKind::kDisputeResolved:
      day = *ToDay(e.dispute_resolved().date());
      break;
    case EventKind::kHandedToAgency:
      day = *ToDay(e.handed_to_agency().date());
      break;
    case EventKind::kLegalActionFiled:
      day = *ToDay(e.legal_action_filed().date());
      break;
    case EventKind::kWrittenOff:
      day = *ToDay(e.written_off().date());
      break;
    case EventKind::kOrderForPaymentUpdate:
      day = *ToDay(e.order_for_payment_update().date());
      break;
    case EventKind::kCreditApplied:
      day = *ToDay(e.credit_applied().date());
      break;
    case EventKind::kInvoiceIssued:
    case EventKind::kPaymentReceived:
    case EventKind::kPaymentReversed:
    case EventKind::kDayClosed:
    case EventKind::kPolicyPublished:
    case EventKind::kCalendarPublished:
    case EventKind::kInsolvencyProceedings:
    case EventKind::kUnknown:
      break;
  }
  Recorder rec(out, e.event_id(), day);
  std::string_view detail;
  switch (KindOf(e)) {
    case EventKind::kCreditNoteIssued:
      d.add_applied_event_hashes(Fnv1a64(e.event_id()));
      CreditDebt(d, debtor, e.credit_note_issued().amount().amount_minor(), day, rec);
      break;
    case EventKind::kReminderSent: {
      const auto& r = e.reminder_sent();
      d.set_dunning_level(std::max(d.dunning_level(), r.level()));
      d.set_reminders_sent(d.reminders_sent() + 1);
      *d.mutable_last_reminder_date() = r.date();
      if (r.channel() == v1::CHANNEL_FORMAL_NOTICE && !d.formal_notice_sent()) {
        d.set_formal_notice_sent(true);
        *d.mutable_formal_notice_date() = r.date();
      }
      if (r.level() == 0) d.set_courtesy_sent(true);
      RememberContact(d, r);
      debtor.set_reminders_received(debtor.reminders_received() + 1);
      detail = r.level() == 0 ? "courtesy reminder" : "reminder";
      break;
    }
    case EventKind::kPromiseToPay: {
      const auto& p = e.promise_to_pay();
      auto* promise = d.mutable_promise();
      promise->set_amount_minor(std::min(p.amount().amount_minor(), d.balance_minor()));
      *promise->mutable_promised_date() = p.promised_date();
      *promise->mutable_made_on() = p.made_on();
      promise->set_net_paid_at_start_minor(NetPaid(d));
      debtor.set_promises_made(debtor.promises_made() + 1);
      break;
    }
    case EventKind::kPaymentPlanAgreed: {
      const auto& p = e.payment_plan_agreed();
      auto* plan = d.mutable_plan();
      plan->Clear();
      plan->set_plan_id(p.plan_id());
      *plan->mutable_agreed_on() = p.agreed_on();
      *plan->mutable_instalments() = p.instalments();
      plan->set_net_paid_at_start_minor(NetPaid(d));
      d.clear_promise();  // The plan supersedes any pending promise.
      InterruptLimitation(d, day);
      debtor.set_plans_agreed(debtor.plans_agreed() + 1);
      break;
    }
    case EventKind::kDisputeOpened: {
      const auto& p = e.dispute_opened();
      auto* dispute = d.mutable_dispute();
      dispute->set_reason(p.reason());
      const std::int64_t asked = p.disputed_amount().amount_minor();
      dispute->set_disputed_minor(asked == 0 ? d.balance_minor() : std::min(asked, d.balance_minor()));
      *dispute->mutable_opened_on() = p.date();
      debtor.set_disputes_opened(debtor.disputes_opened() + 1);
      break;
    }
    case EventKind::kDisputeResolved: {
      const auto& p = e.dispute_resolved();
      const std::int64_t disputed = d.dispute().disputed_minor();
      const v1::CivilDate opened_on = d.dispute().opened_on();
      d.clear_dispute();
      d.add_applied_event_hashes(Fnv1a64(e.event_id()));
      std::int64_t still_owed = disputed;  // What the creditor was upheld for.
      if (p.outcome() == v1::DISPUTE_OUTCOME_DEBTOR_UPHELD) {
        CreditDebt(d, debtor, disputed, day, rec);
        still_owed = 0;
      } else if (p.outcome() == v1::DISPUTE_OUTCOME_SETTLED) {
        CreditDebt(d, debtor, p.credited_amount().amount_minor(), day, rec);
        still_owed = std::max<std::int64_t>(0, disputed - p.credited_amount().amount_minor());
      }
      // Interest on the disputed days: the policy in force decides, now.
      if (still_owed > 0 && policy.policy != nullptr &&
          DisputeInterestFor(*policy.policy, d.debtor_type()) == v1::DISPUTE_INTEREST_SUSPEND) {
        SuspendedInterest* suspended = d.add_interest_suspended();
        *suspended->mutable_from() = opened_on;
        SetCivil(day, suspended->mutable_until());
        suspended->set_amount_minor(still_owed);
      }
      rec.Settle(d, "dispute resolved");
      out->accepted = true;
      return;
    }
    case EventKind::kHandedToAgency:
      d.set_with_agency(true);
      d.set_agency_id(e.handed_to_agency().agency_id());
      SetCivil(day, d.mutable_handed_over_on());
      break;
    case EventKind::kLegalActionFiled:
      d.set_in_legal_action(true);
      d.set_legal_action_kind(e.legal_action_filed().kind());
      InterruptLimitation(d, day);  // A court claim or an enforcement act.
      break;
    case EventKind::kOrderForPaymentUpdate:
      ApplyOrderStage(d, e.order_for_payment_update(), day);
      detail = "order for payment";
      break;
    case EventKind::kCreditApplied:
      ApplyCredit(d, debtor, e.credit_applied().amount().amount_minor(), e.credit_applied().date(), e.event_id(), rec);
      break;
    case EventKind::kWrittenOff:
      d.set_written_off_minor(d.balance_minor());
      d.clear_promise();
      d.clear_plan();
      d.clear_dispute();
      SetCivil(day, d.mutable_closed_on());
      RemoveOpenDebt(debtor, d.debt_id());
      debtor.set_written_off_count(debtor.written_off_count() + 1);
      rec.Move(d, v1::DEBT_STATUS_WRITTEN_OFF, e.written_off().reason());
      break;
    case EventKind::kInvoiceIssued:
    case EventKind::kPaymentReceived:
    case EventKind::kPaymentReversed:
    case EventKind::kDayClosed:
    case EventKind::kPolicyPublished:
    case EventKind::kCalendarPublished:
    case EventKind::kInsolvencyProceedings:
    case EventKind::kUnknown:
      break;
  }
  if (!e.has_credit_note_issued()) d.add_applied_event_hashes(Fnv1a64(e.event_id()));
  rec.Settle(d, detail);
  out->accepted = true;
}

void ApplyInsolvency(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out) {
  const auto& p = e.insolvency_proceedings();
  Debtor& debtor = *access.Debtor(e.debtor_key());
  const std::uint64_t h = Fnv1a64(e.event_id());
  if (HasHash(debtor.applied_event_hashes(), h) || ctx.recall.event_id_seen) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "insolvency event already applied");
    return;
  }
  if (p.closed() != debtor.has_insolvency()) {
    Reject(out, e, v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE,
           p.closed() ? "no insolvency proceedings are open" : "insolvency proceedings are already open");
    return;
  }
  if (p.closed()) {
    debtor.clear_insolvency();
  } else {
    *debtor.mutable_insolvency() = p;
  }
  debtor.set_debtor_key(e.debtor_key());
  RememberDebtorEvent(debtor, h, out);
  out->debtor_touched = true;
  // Every open debt's dunning changes with it: touch them so that their
  // action days are recomputed and their history shows the event.
  Recorder rec(out, e.event_id(), *ToDay(p.date()));
  for (const auto& ref : debtor.open_debts()) {
    if (Debt* d = access.FindListedDebt(ref); d != nullptr) rec.Touch(*d);
  }
  out->accepted = true;
}

void ApplyChecked(const v1::Event& event, const Context& context, StateAccess& access, Outcome* out) {
  out->Reset();
  if (Verdict v = ValidateEvent(event); !v.ok()) {
    Reject(out, event, v.reason, std::move(v.detail));
    return;
  }
  switch (KindOf(event)) {
    case EventKind::kInvoiceIssued:
      ApplyInvoice(event, context, access, out);
      return;
    case EventKind::kPaymentReceived:
      ApplyPayment(event, context, access, out);
      return;
    case EventKind::kPaymentReversed:
      ApplyReversal(event, context, access, out);
      return;
    case EventKind::kInsolvencyProceedings:
      ApplyInsolvency(event, context, access, out);
      return;
    case EventKind::kDayClosed:
    case EventKind::kPolicyPublished:
    case EventKind::kCalendarPublished:
      Reject(out, event, v1::REJECTION_REASON_MALFORMED, "partition-level event given to Apply");
      return;
    case EventKind::kCreditNoteIssued:
    case EventKind::kReminderSent:
    case EventKind::kPromiseToPay:
    case EventKind::kPaymentPlanAgreed:
    case EventKind::kDisputeOpened:
    case EventKind::kDisputeResolved:
    case EventKind::kHandedToAgency:
    case EventKind::kLegalActionFiled:
    case EventKind::kWrittenOff:
    case EventKind::kOrderForPaymentUpdate:
    case EventKind::kCreditApplied:
    case EventKind::kUnknown:
      break;
  }
  Debt* d = TargetDebt(event, event.debt_id(), access, out);
  if (d == nullptr) return;
  const v1::Money* amount = nullptr;
  if (event.has_credit_note_issued()) amount = &event.credit_note_issued().amount();
  if (event.has_promise_to_pay()) amount = &event.promise_to_pay().amount();
  if (event.has_dispute_resolved() && event.dispute_resolved().outcome() == v1::DISPUTE_OUTCOME_SETTLED) {
    amount = &event.dispute_resolved().credited_amount();
  }
  if (event.has_dispute_opened() && event.dispute_opened().disputed_amount().amount_minor() != 0) {
    amount = &event.dispute_opened().disputed_amount();
  }
  if (event.has_credit_applied()) amount = &event.credit_applied().amount();
  if (amount != nullptr && !CheckCurrency(event, *d, *amount, out)) return;
  if (event.has_credit_applied()) {
    const std::int64_t asked = event.credit_applied().amount().amount_minor();
    const std::int64_t credit = CreditOf(*access.Debtor(event.debtor_key()), d->currency());
    if (asked > credit || asked > d->balance_minor()) {
      Reject(out, event, v1::REJECTION_REASON_INSUFFICIENT_CREDIT,
             fmt::format("credit of {} {} asked; the debtor holds {} in credit and debt '{}' owes {}", asked,
                         d->currency(), credit, d->debt_id(), d->balance_minor()));
      return;
    }
  }
  if (event.has_payment_plan_agreed()) {
    for (const auto& inst : event.payment_plan_agreed().instalments()) {
      if (!CheckCurrency(event, *d, inst.amount(), out)) return;
    }
  }
  if (event.has_order_for_payment_update() && !OrderStageAllowed(*d, event.order_for_payment_update().stage())) {
    Reject(out, event, v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE,
           fmt::format("order stage {} after {} (legal action kind {})",
                       v1::OrderStage_Name(event.order_for_payment_update().stage()),
                       v1::OrderStage_Name(d->order().stage()), v1::LegalActionKind_Name(d->legal_action_kind())));
    return;
  }
  Debtor& debtor = *access.Debtor(event.debtor_key());
  out->debtor_touched = true;
  ApplyDebtEvent(event, context.policy, *d, debtor, out);
}

}  // namespace

void Apply(const v1::Event& event, const Context& context, StateAccess& access, Outcome* out) {
  ApplyChecked(event, context, access, out);
  if (!out->accepted) return;
  // The policy may put a debtor's credit to work by itself, after any event
  // that may have left some beside an open debt (a payment, an invoice, a
  // credit note, a reversal...): the cost is one look at the debtor's
  // credit, which is empty for nearly every debtor.
  if (context.policy.policy != nullptr &&
      context.policy.policy->credit_application() == v1::CREDIT_APPLICATION_OLDEST_OPEN_DEBT) {
    Debtor& debtor = *access.Debtor(event.debtor_key());
    const Day day = std::max(EventDay(event), context.business_date);
    if (debtor.credit_size() > 0 && !debtor.open_debts().empty() && day != kNoDay) {
      v1::CivilDate date;
      SetCivil(day, &date);
      AutoApplyCredit(debtor, date, event.event_id(), access, out);
      out->debtor_touched = true;
    }
  }
  RefreshActionDays(out, event.debtor_key(), access, context);
}

namespace {

// Replaces the holidays of the years the publication lists, keeps the others.
void PublishCalendar(const v1::CalendarPublished& c, v1::PartitionMeta& meta) {
  std::vector<Day> days;
  std::vector<int> years;
  for (const auto& h : c.holidays()) {
    days.push_back(*ToDay(h));
    years.push_back(h.year());
  }
  v1::CalendarPublished* target = nullptr;
  for (auto& existing : *meta.mutable_calendars()) {
    if (existing.calendar_id() == c.calendar_id()) target = &existing;
  }
  if (target != nullptr) {
    for (const auto& h : target->holidays()) {
      if (std::find(years.begin(), years.end(), h.year()) == years.end()) days.push_back(*ToDay(h));
    }
  } else {
    target = meta.add_calendars();
    target->set_calendar_id(c.calendar_id());
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  // Bounded: the oldest days go first (they are behind the business date).
  if (days.size() > kCalendarDaysMax) days.erase(days.begin(), days.end() - kCalendarDaysMax);
  target->clear_holidays();
  for (Day day : days) SetCivil(day, target->add_holidays());
  std::sort(meta.mutable_calendars()->begin(), meta.mutable_calendars()->end(),
            [](const auto& a, const auto& b) { return a.calendar_id() < b.calendar_id(); });
}

}  // namespace

void ApplyPartitionEvent(const v1::Event& event, v1::PartitionMeta& meta, Outcome* out) {
  out->Reset();
  if (Verdict v = ValidateEvent(event); !v.ok()) {
    Reject(out, event, v.reason, std::move(v.detail));
    return;
  }
  const std::uint64_t h = Fnv1a64(event.event_id());
  if (HasHash(meta.applied_event_hashes(), h)) {
    Reject(out, event, v1::REJECTION_REASON_DUPLICATE_EVENT, "partition event already applied");
    return;
  }
  if (event.has_day_closed()) {
    const Day day = *ToDay(event.day_closed().business_date());
    const Day current = IsUnset(meta.business_date()) ? kNoDay : *ToDay(meta.business_date());
    if (current != kNoDay && day <= current) {
      Reject(out, event, v1::REJECTION_REASON_STALE_BUSINESS_DATE,
             fmt::format("day {} is not after the last closed day {}", FormatDay(day), FormatDay(current)));
      return;
    }
    // A typo in the year or month would otherwise move the calendar for good
    // (a business date is never moved back) and make every later real close
    // stale. The first close of a partition has no earlier day to measure
    // against and is accepted: docs/state-machine.md.
    const int step_days_max = PolicyView::From(meta).day_close_step_days_max;
    if (current != kNoDay && day - current > step_days_max) {
      Reject(out, event, v1::REJECTION_REASON_BUSINESS_DATE_TOO_FAR,
             fmt::format("day {} is {} days after the last closed day {}; the policy allows at most {}", FormatDay(day),
                         day - current, FormatDay(current), step_days_max));
      return;
    }
    SetCivil(day, meta.mutable_business_date());
  } else if (event.has_policy_published()) {
    const auto& policy = event.policy_published().policy();
    if (meta.has_policy() && policy.version() <= meta.policy().version() &&
        policy.policy_id() == meta.policy().policy_id()) {
      Reject(out, event, v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE,
             fmt::format("policy version {} is not newer than {}", policy.version(), meta.policy().version()));
      return;
    }
    *meta.mutable_policy() = policy;
  } else if (event.has_calendar_published()) {
    const auto& c = event.calendar_published();
    bool known = false;
    for (const auto& existing : meta.calendars()) known = known || existing.calendar_id() == c.calendar_id();
    if (!known && static_cast<std::size_t>(meta.calendars_size()) >= kCalendarsMax) {
      Reject(out, event, v1::REJECTION_REASON_LIMIT_EXCEEDED, fmt::format("at most {} calendars", kCalendarsMax));
      return;
    }
    PublishCalendar(c, meta);
  } else {
    Reject(out, event, v1::REJECTION_REASON_MALFORMED, "debt-level event given to ApplyPartitionEvent");
    return;
  }
  PushHashWindow(meta.mutable_applied_event_hashes(), h, kPartitionEventHashesMax);
  out->accepted = true;
}

void CloseDay(Debt& d, Debtor& debtor, Day day, const PolicyView& policy, Outcome* out) {
  Recorder rec(out, day);
  if (IsClosed(d.status())) return;
  rec.Touch(d);
  if (!d.overdue() && day >= *ToDay(d.due_date())) {
    d.set_overdue(true);
    rec.Settle(d, "due date passed");
  }
  // An open dispute pauses the promise and the plan: nobody may hold the
  // debtor to them while the invoice itself is contested.
  if (d.has_dispute()) {
    out->accepted = true;
    return;
  }
  if (d.has_promise() && day >= *ToDay(d.promise().promised_date()) + policy.promise_grace_days) {
    debtor.set_promises_broken(debtor.promises_broken() + 1);
    out->debtor_touched = true;
    d.clear_promise();
    rec.Settle(d, "promise broken");
  }
  while (d.has_plan() && static_cast<int>(d.plan().next_instalment()) < d.plan().instalments_size()) {
    const int next = static_cast<int>(d.plan().next_instalment());
    if (day < *ToDay(d.plan().instalments(next).due_date()) + policy.instalment_grace_days) break;
    std::int64_t due_so_far = 0;
    for (int i = 0; i <= next; ++i) due_so_far += d.plan().instalments(i).amount().amount_minor();
    if (NetPaid(d) - d.plan().net_paid_at_start_minor() >= due_so_far) {
      d.mutable_plan()->set_next_instalment(static_cast<std::uint32_t>(next + 1));
      continue;
    }
    debtor.set_instalments_missed(debtor.instalments_missed() + 1);
    out->debtor_touched = true;
    d.clear_plan();
    rec.Settle(d, fmt::format("instalment {} missed", next + 1));
  }
  if (d.has_plan() && static_cast<int>(d.plan().next_instalment()) == d.plan().instalments_size()) {
    d.clear_plan();
    rec.Settle(d, "plan completed");
  }
  out->accepted = true;
}

}  // namespace relance::core
