// The debt state machine. Each handler checks everything first, then writes;
// a handler that returned a rejection has not touched any state.
#include "engine/core/ledger.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/core/dunning.h"
#include "engine/core/hash.h"
#include "engine/core/limits.h"
#include "engine/core/money.h"
#include "engine/core/transition_table.h"
#include "engine/core/validate.h"

namespace relance::core {

PolicyView PolicyView::From(const v1::DunningPolicy& policy) {
  PolicyView view;
  if (policy.version() == 0) return view;  // Absent: built-in defaults.
  if (policy.has_promise_grace_days()) view.promise_grace_days = static_cast<int>(policy.promise_grace_days());
  if (policy.has_instalment_grace_days()) {
    view.instalment_grace_days = static_cast<int>(policy.instalment_grace_days());
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
  retimed_debts.clear();
  debtor_touched = false;
  transitions_used = 0;
  actions.clear();
}

void TouchDebt(Outcome* out, v1::DebtState& d) {
  for (const auto& id : out->touched_debts) {
    if (id == d.debt_id()) return;
  }
  out->touched_debts.push_back(d.debt_id());
  d.set_history_seq(d.history_seq() + 1);
}

void RetimedDebt(Outcome* out, const v1::DebtState& d) {
  for (const auto& id : out->touched_debts) {
    if (id == d.debt_id()) return;  // Saved anyway, with its history entry.
  }
  for (const auto& id : out->retimed_debts) {
    if (id == d.debt_id()) return;
  }
  out->retimed_debts.push_back(d.debt_id());
}

bool IsClosed(v1::DebtStatus status) {
  return status == v1::DEBT_STATUS_PAID || status == v1::DEBT_STATUS_CREDITED || status == v1::DEBT_STATUS_WRITTEN_OFF;
}

v1::DebtStatus DeriveOpenStatus(const v1::DebtState& d) {
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

Day NextReviewDay(const v1::DebtState& d, const PolicyView& policy) {
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

Day ScheduledReviewDay(const v1::DebtState& d, const Context& context) {
  const Day review = NextReviewDay(d, context.policy);
  if (review == kNoDay || context.business_date == kNoDay) return review;
  return std::max(review, context.business_date + 1);
}

std::string CheckDebtInvariants(const v1::DebtState& d) {
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

namespace {

// Collects the effects of one call into the Outcome.
class Recorder {
 public:
  Recorder(Outcome* out, std::string_view cause, Day date) : out_(out), cause_(cause), date_(date) {}

  // Marks a debt as changed; its history grows by one entry per call.
  void Touch(v1::DebtState& d) { TouchDebt(out_, d); }

  void Move(v1::DebtState& d, v1::DebtStatus to, std::string_view detail) {
    Touch(d);
    if (d.status() == to) return;
    if (out_->transitions_used == static_cast<int>(out_->transitions.size())) out_->transitions.emplace_back();
    v1::Transition& t = out_->transitions[out_->transitions_used++];
    t.Clear();
    t.set_debt_id(d.debt_id());
    t.set_debtor_key(d.debtor_key());
    t.set_from(d.status());
    t.set_to(to);
    t.set_cause_event_id(std::string(cause_));
    SetCivil(date_, t.mutable_date());
    t.set_detail(std::string(detail));
    t.set_balance_minor(d.balance_minor());
    t.set_currency(d.currency());
    d.set_status(to);
  }

  // Recomputes an open debt's status from its flags.
  void Settle(v1::DebtState& d, std::string_view detail = {}) {
    Touch(d);
    if (!IsClosed(d.status())) Move(d, DeriveOpenStatus(d), detail);
  }

 private:
  Outcome* out_;
  std::string_view cause_;
  Day date_;
};

void Reject(Outcome* out, const v1::Event& e, v1::RejectionReason reason, std::string detail) {
  out->accepted = false;
  out->rejection.set_reason(reason);
  out->rejection.set_detail(std::move(detail));
  out->rejection.set_event_id(e.event_id());
  out->rejection.set_debt_id(e.debt_id());
}

bool HasHash(const google::protobuf::RepeatedField<std::uint64_t>& hashes, std::uint64_t h) {
  return std::find(hashes.begin(), hashes.end(), h) != hashes.end();
}

// Keeps a sliding window of the newest `limit` hashes.
void PushHashWindow(google::protobuf::RepeatedField<std::uint64_t>* hashes, std::uint64_t h, std::size_t limit) {
  hashes->Add(h);
  if (static_cast<std::size_t>(hashes->size()) > limit) {
    hashes->erase(hashes->begin(), hashes->begin() + (hashes->size() - static_cast<int>(limit)));
  }
}

std::int64_t NetPaid(const v1::DebtState& d) { return d.paid_minor() - d.reversed_minor(); }

// An acknowledgement of the debt (partial payment, payment plan), a court
// claim or an enforcement act starts a new limitation period of full length.
void InterruptLimitation(v1::DebtState& d, Day day) {
  const auto start = ToDay(d.limitation_start());
  if (start && *start != kNoDay && day <= *start) return;
  SetCivil(day, d.mutable_limitation_start());
  d.set_limitation_warned(false);
}

void AddCredit(v1::DebtorState& debtor, std::string_view currency, std::int64_t amount) {
  if (amount == 0) return;
  auto* credits = debtor.mutable_credit();
  auto it = std::lower_bound(credits->begin(), credits->end(), currency,
                             [](const v1::Money& m, std::string_view c) { return m.currency() < c; });
  if (it == credits->end() || it->currency() != currency) {
    const int index = static_cast<int>(it - credits->begin());
    credits->Add()->set_currency(std::string(currency));
    for (int i = credits->size() - 1; i > index; --i) credits->SwapElements(i, i - 1);
    it = credits->begin() + index;
  }
  it->set_amount_minor(it->amount_minor() + amount);
  if (it->amount_minor() == 0) credits->erase(it);
}

bool OpenRefLess(const v1::OpenDebtRef& a, Day a_due, const v1::OpenDebtRef& b, Day b_due) {
  if (a_due != b_due) return a_due < b_due;
  return a.debt_id() < b.debt_id();
}

void AddOpenDebt(v1::DebtorState& debtor, const v1::DebtState& d) {
  v1::OpenDebtRef ref;
  ref.set_debt_id(d.debt_id());
  *ref.mutable_due_date() = d.due_date();
  ref.set_currency(d.currency());
  const Day due = *ToDay(d.due_date());
  auto* refs = debtor.mutable_open_debts();
  int index = refs->size();
  for (int i = 0; i < refs->size(); ++i) {
    if (OpenRefLess(ref, due, refs->Get(i), *ToDay(refs->Get(i).due_date()))) {
      index = i;
      break;
    }
  }
  *refs->Add() = std::move(ref);
  for (int i = refs->size() - 1; i > index; --i) refs->SwapElements(i, i - 1);
}

void RemoveOpenDebt(v1::DebtorState& debtor, std::string_view debt_id) {
  auto* refs = debtor.mutable_open_debts();
  for (int i = 0; i < refs->size(); ++i) {
    if (refs->Get(i).debt_id() == debt_id) {
      refs->erase(refs->begin() + i);
      return;
    }
  }
}

// Closes a debt whose balance reached zero (PAID or CREDITED).
void CloseIfSettled(v1::DebtState& d, v1::DebtorState& debtor, v1::DebtStatus closing, Day day, Recorder& rec) {
  if (d.balance_minor() != 0 || IsClosed(d.status())) return;
  std::string detail;
  if (d.has_promise()) {
    // Only money keeps a promise; a credit note that clears the debt does not.
    if (closing == v1::DEBT_STATUS_PAID) {
      debtor.set_promises_kept(debtor.promises_kept() + 1);
      detail = "promise kept";
    }
    d.clear_promise();
  }
  if (d.has_plan()) {
    d.clear_plan();
    detail = "plan completed";
  }
  d.clear_dispute();
  SetCivil(day, d.mutable_closed_on());
  if (closing == v1::DEBT_STATUS_PAID && !d.late_recorded()) {
    const Day due = *ToDay(d.due_date());
    const int days_late = std::max(0, day - due);
    d.set_late_recorded(true);
    d.set_recorded_days_late(static_cast<std::uint32_t>(days_late));
    if (days_late == 0) {
      debtor.set_debts_paid_on_time(debtor.debts_paid_on_time() + 1);
    } else {
      debtor.set_debts_paid_late(debtor.debts_paid_late() + 1);
      debtor.set_days_late_total(debtor.days_late_total() + static_cast<std::uint64_t>(days_late));
      debtor.set_days_late_max(std::max<std::uint32_t>(debtor.days_late_max(), static_cast<std::uint32_t>(days_late)));
    }
  }
  RemoveOpenDebt(debtor, d.debt_id());
  rec.Move(d, closing, detail);
}

// A reversal or recovery took a closed debt's balance above zero.
void ReopenIfNeeded(v1::DebtState& d, v1::DebtorState& debtor, Day business_date, Recorder& rec) {
  if (d.balance_minor() == 0) return;
  if (d.status() != v1::DEBT_STATUS_PAID && d.status() != v1::DEBT_STATUS_CREDITED) return;
  // DayClosed skips closed debts: catch up with the days that passed meanwhile.
  if (business_date != kNoDay && business_date >= *ToDay(d.due_date())) d.set_overdue(true);
  if (d.late_recorded()) {
    // The payment that counted did not hold: undo its weight in the figures.
    if (d.recorded_days_late() == 0) {
      debtor.set_debts_paid_on_time(debtor.debts_paid_on_time() - 1);
    } else {
      debtor.set_debts_paid_late(debtor.debts_paid_late() - 1);
      debtor.set_days_late_total(debtor.days_late_total() - d.recorded_days_late());
    }
    d.set_late_recorded(false);
    d.set_recorded_days_late(0);
  }
  d.clear_closed_on();
  AddOpenDebt(debtor, d);
  rec.Move(d, DeriveOpenStatus(d), "reopened");
}

// Applies a payment share to one debt. Returns what it took.
std::int64_t PayDebt(v1::DebtState& d, v1::DebtorState& debtor, const v1::PaymentReceived& p, std::int64_t amount,
                     Recorder& rec) {
  const std::int64_t taken = std::min(amount, d.balance_minor());
  if (taken == 0) return 0;
  const Day value_day = *ToDay(p.value_date());
  d.set_paid_minor(d.paid_minor() + taken);
  d.set_balance_minor(d.balance_minor() - taken);
  *d.mutable_last_payment_date() = p.value_date();
  InterruptLimitation(d, value_day);  // A partial payment acknowledges the debt.
  auto* share = d.add_payments();
  share->set_payment_id(p.payment_id());
  share->set_amount_minor(taken);
  *share->mutable_value_date() = p.value_date();
  // Early-payment discount: paid by the date, the rest up to the discount is
  // waived, once: what standing payments already earned counts against it.
  std::int64_t discount_left = 0;
  if (d.has_early_payment_discount()) {
    discount_left = d.early_payment_discount().discount_minor();
    for (const auto& earlier : d.payments()) {
      if (!earlier.reversed()) discount_left -= earlier.discount_minor();
    }
  }
  if (discount_left > 0 && d.balance_minor() > 0 && d.balance_minor() <= discount_left &&
      value_day <= *ToDay(d.early_payment_discount().pay_by())) {
    share->set_discount_minor(d.balance_minor());  // Undone if this payment is reversed.
    d.set_credited_minor(d.credited_minor() + d.balance_minor());
    d.set_balance_minor(0);
  }
  if (d.has_promise() && NetPaid(d) - d.promise().net_paid_at_start_minor() >= d.promise().amount_minor() &&
      d.balance_minor() > 0) {
    debtor.set_promises_kept(debtor.promises_kept() + 1);
    d.clear_promise();
    rec.Settle(d, "promise kept");
  }
  if (d.balance_minor() == 0) {
    CloseIfSettled(d, debtor, v1::DEBT_STATUS_PAID, value_day, rec);
  } else {
    rec.Settle(d);
  }
  return taken;
}

// The common checks of an event that targets an existing debt.
v1::DebtState* TargetDebt(const v1::Event& e, std::string_view debt_id, StateAccess& access, Outcome* out) {
  v1::DebtState* d = access.FindDebt(debt_id);
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

bool CheckCurrency(const v1::Event& e, const v1::DebtState& d, const v1::Money& m, Outcome* out) {
  if (m.currency() == d.currency()) return true;
  Reject(out, e, v1::REJECTION_REASON_CURRENCY_MISMATCH,
         fmt::format("amount in {}, debt '{}' is in {}", m.currency(), d.debt_id(), d.currency()));
  return false;
}

void ApplyInvoice(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out) {
  const auto& p = e.invoice_issued();
  if (v1::DebtState* existing = access.FindDebt(e.debt_id()); existing != nullptr) {
    if (HasHash(existing->applied_event_hashes(), Fnv1a64(e.event_id()))) {
      Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "invoice already applied");
    } else {
      Reject(out, e, v1::REJECTION_REASON_DEBT_EXISTS, fmt::format("debt '{}' already exists", e.debt_id()));
    }
    return;
  }
  v1::DebtorState& debtor = *access.Debtor(e.debtor_key());
  if (static_cast<std::size_t>(debtor.open_debts_size()) >= kOpenDebtsPerDebtorMax) {
    Reject(out, e, v1::REJECTION_REASON_LIMIT_EXCEEDED,
           fmt::format("debtor has {} open debts", kOpenDebtsPerDebtorMax));
    return;
  }
  v1::DebtState& d = *access.CreateDebt(e.debt_id());
  d.set_debt_id(e.debt_id());
  d.set_debtor_key(e.debtor_key());
  d.set_creditor_id(e.creditor_id());
  d.set_invoice_number(p.invoice_number());
  d.set_currency(p.amount().currency());
  d.set_debtor_type(p.debtor_type());
  d.set_debtor_name(p.debtor_name());
  *d.mutable_debtor_address() = p.debtor_address();
  d.set_debtor_email(p.debtor_email());
  *d.mutable_limitation_start() = p.due_date();
  *d.mutable_issue_date() = p.issue_date();
  *d.mutable_due_date() = p.due_date();
  if (p.has_early_payment_discount()) *d.mutable_early_payment_discount() = p.early_payment_discount();
  d.set_issued_minor(p.amount().amount_minor());
  d.set_balance_minor(p.amount().amount_minor());
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
  rec.Settle(d, "issued");
  out->accepted = true;
}

// Records the payment on the debtor and its allocation; the caller has checked it.
void RecordPayment(v1::DebtorState& debtor, const v1::PaymentReceived& p, std::vector<v1::Allocation>& allocations,
                   std::int64_t credit) {
  auto* record = debtor.add_payments();
  record->set_payment_id(p.payment_id());
  record->set_currency(p.amount().currency());
  record->set_amount_minor(p.amount().amount_minor());
  *record->mutable_value_date() = p.value_date();
  for (auto& a : allocations) *record->add_allocations() = std::move(a);
  record->set_credit_minor(credit);
  auto* payments = debtor.mutable_payments();
  if (static_cast<std::size_t>(payments->size()) > kPaymentsPerDebtorMax) {
    payments->erase(payments->begin(),
                    payments->begin() + (payments->size() - static_cast<int>(kPaymentsPerDebtorMax)));
  }
  AddCredit(debtor, p.amount().currency(), credit);
}

const v1::PaymentRecord* FindPayment(const v1::DebtorState& debtor, std::string_view payment_id) {
  for (const auto& record : debtor.payments()) {
    if (record.payment_id() == payment_id) return &record;
  }
  return nullptr;
}

void ApplyPayment(const v1::Event& e, StateAccess& access, Outcome* out) {
  const auto& p = e.payment_received();
  const std::string& debt_id = !e.debt_id().empty() ? e.debt_id() : p.invoice_reference();
  v1::DebtorState& debtor = *access.Debtor(e.debtor_key());
  const std::uint64_t h = Fnv1a64(e.event_id());
  v1::DebtState* target = nullptr;
  if (!debt_id.empty()) {
    target = TargetDebt(e, debt_id, access, out);
    if (target == nullptr) return;
    if (!CheckCurrency(e, *target, p.amount(), out)) return;
  } else if (HasHash(debtor.applied_event_hashes(), h)) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "payment event already applied");
    return;
  } else if (debtor.debts_total() == 0) {
    Reject(out, e, v1::REJECTION_REASON_UNKNOWN_DEBT,
           fmt::format("payment without invoice reference from debtor '{}', who has no debt", e.debtor_key()));
    return;
  }
  if (FindPayment(debtor, p.payment_id()) != nullptr) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, fmt::format("payment '{}' already recorded", p.payment_id()));
    return;
  }
  // Plan the allocation before writing anything.
  std::vector<v1::DebtState*> debts;
  if (target != nullptr) {
    debts.push_back(target);
  } else {
    bool any_open = false;
    for (const auto& ref : debtor.open_debts()) {
      any_open = true;
      if (ref.currency() != p.amount().currency()) continue;
      v1::DebtState* d = access.FindDebt(ref.debt_id());
      if (d == nullptr || d->has_dispute()) continue;  // Disputed invoices are not paid by default.
      debts.push_back(d);
    }
    if (any_open && debts.empty() &&
        std::none_of(debtor.open_debts().begin(), debtor.open_debts().end(),
                     [&](const v1::OpenDebtRef& r) { return r.currency() == p.amount().currency(); })) {
      Reject(out, e, v1::REJECTION_REASON_CURRENCY_MISMATCH,
             fmt::format("payment in {}, the debtor owes only other currencies", p.amount().currency()));
      return;
    }
  }
  Recorder rec(out, e.event_id(), *ToDay(p.value_date()));
  std::int64_t remaining = p.amount().amount_minor();
  std::vector<v1::Allocation> allocations;
  for (v1::DebtState* d : debts) {
    if (target != nullptr) d->add_applied_event_hashes(h);
    if (remaining == 0) break;
    const std::int64_t taken = PayDebt(*d, debtor, p, remaining, rec);
    if (taken == 0) continue;
    remaining -= taken;
    v1::Allocation a;
    a.set_debt_id(d->debt_id());
    a.set_amount_minor(taken);
    allocations.push_back(std::move(a));
    rec.Touch(*d);
  }
  if (target != nullptr) rec.Touch(*target);  // Even when all goes to credit: the debt's history shows it.
  if (target == nullptr) PushHashWindow(debtor.mutable_applied_event_hashes(), h, kDebtorEventHashesMax);
  RecordPayment(debtor, p, allocations, remaining);
  out->debtor_touched = true;
  out->accepted = true;
}

void ApplyReversal(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out) {
  const auto& p = e.payment_reversed();
  v1::DebtorState& debtor = *access.Debtor(e.debtor_key());
  const std::uint64_t h = Fnv1a64(e.event_id());
  if (HasHash(debtor.applied_event_hashes(), h)) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "reversal already applied");
    return;
  }
  v1::PaymentRecord* record = nullptr;
  for (auto& r : *debtor.mutable_payments()) {
    if (r.payment_id() == p.payment_id()) record = &r;
  }
  if (record == nullptr) {
    Reject(out, e, v1::REJECTION_REASON_UNKNOWN_PAYMENT, fmt::format("no payment '{}' on record", p.payment_id()));
    return;
  }
  if (record->reversed()) {
    Reject(out, e, v1::REJECTION_REASON_ALREADY_REVERSED, fmt::format("payment '{}' already reversed", p.payment_id()));
    return;
  }
  std::vector<v1::DebtState*> debts;
  for (const auto& a : record->allocations()) {
    v1::DebtState* d = access.FindDebt(a.debt_id());
    if (d == nullptr) {
      Reject(out, e, v1::REJECTION_REASON_UNKNOWN_DEBT, fmt::format("allocated debt '{}' is missing", a.debt_id()));
      return;
    }
    debts.push_back(d);
  }
  Recorder rec(out, e.event_id(), *ToDay(p.date()));
  for (int i = 0; i < record->allocations_size(); ++i) {
    v1::DebtState& d = *debts[static_cast<std::size_t>(i)];
    const std::int64_t amount = record->allocations(i).amount_minor();
    d.set_reversed_minor(d.reversed_minor() + amount);
    d.set_balance_minor(d.balance_minor() + amount);
    for (auto& share : *d.mutable_payments()) {
      if (share.payment_id() != p.payment_id() || share.reversed()) continue;
      share.set_reversed(true);
      // A discount earned by this payment was never earned.
      d.set_credited_minor(d.credited_minor() - share.discount_minor());
      d.set_balance_minor(d.balance_minor() + share.discount_minor());
    }
    rec.Touch(d);
    ReopenIfNeeded(d, debtor, ctx.business_date, rec);
    rec.Settle(d);
  }
  AddCredit(debtor, record->currency(), -record->credit_minor());
  record->set_reversed(true);
  debtor.set_bounces(debtor.bounces() + 1);
  PushHashWindow(debtor.mutable_applied_event_hashes(), h, kDebtorEventHashesMax);
  out->debtor_touched = true;
  out->accepted = true;
}

// Credits up to the balance; the excess goes to the debtor's credit.
void CreditDebt(v1::DebtState& d, v1::DebtorState& debtor, std::int64_t amount, Day day, Recorder& rec) {
  const std::int64_t taken = std::min(amount, d.balance_minor());
  d.set_credited_minor(d.credited_minor() + taken);
  d.set_balance_minor(d.balance_minor() - taken);
  AddCredit(debtor, d.currency(), amount - taken);
  CloseIfSettled(d, debtor, v1::DEBT_STATUS_CREDITED, day, rec);
}

// Events on one existing debt, after TargetDebt's checks.
void RememberContact(v1::DebtState& d, const v1::ReminderSent& r) {
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
bool OrderStageAllowed(const v1::DebtState& d, v1::OrderStage stage) {
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

void ApplyOrderStage(v1::DebtState& d, const v1::OrderForPaymentUpdate& u, Day day) {
  auto* order = d.mutable_order();
  order->set_stage(u.stage());
  if (u.stage() == v1::ORDER_STAGE_GRANTED) SetCivil(day, order->mutable_granted_on());
  if (u.stage() == v1::ORDER_STAGE_SERVED) SetCivil(day, order->mutable_served_on());
  if (u.stage() == v1::ORDER_STAGE_ENFORCEABLE) InterruptLimitation(d, day);  // An enforceable title.
}

void ApplyDebtEvent(const v1::Event& e, v1::DebtState& d, v1::DebtorState& debtor, Outcome* out) {
  Day day = kNoDay;
  switch (e.payload_case()) {
    case v1::Event::kCreditNoteIssued:
      day = *ToDay(e.credit_note_issued().date());
      break;
    case v1::Event::kReminderSent:
      day = *ToDay(e.reminder_sent().date());
      break;
    case v1::Event::kPromiseToPay:
      day = *ToDay(e.promise_to_pay().made_on());
      break;
    case v1::Event::kPaymentPlanAgreed:
      day = *ToDay(e.payment_plan_agreed().agreed_on());
      break;
    case v1::Event::kDisputeOpened:
      day = *ToDay(e.dispute_opened().date());
      break;
    case v1::Event::kDisputeResolved:
      day = *ToDay(e.dispute_resolved().date());
      break;
    case v1::Event::kHandedToAgency:
      day = *ToDay(e.handed_to_agency().date());
      break;
    case v1::Event::kLegalActionFiled:
      day = *ToDay(e.legal_action_filed().date());
      break;
    case v1::Event::kWrittenOff:
      day = *ToDay(e.written_off().date());
      break;
    case v1::Event::kOrderForPaymentUpdate:
      day = *ToDay(e.order_for_payment_update().date());
      break;
    default:
      break;
  }
  Recorder rec(out, e.event_id(), day);
  std::string_view detail;
  switch (e.payload_case()) {
    case v1::Event::kCreditNoteIssued:
      d.add_applied_event_hashes(Fnv1a64(e.event_id()));
      CreditDebt(d, debtor, e.credit_note_issued().amount().amount_minor(), day, rec);
      break;
    case v1::Event::kReminderSent: {
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
    case v1::Event::kPromiseToPay: {
      const auto& p = e.promise_to_pay();
      auto* promise = d.mutable_promise();
      promise->set_amount_minor(std::min(p.amount().amount_minor(), d.balance_minor()));
      *promise->mutable_promised_date() = p.promised_date();
      *promise->mutable_made_on() = p.made_on();
      promise->set_net_paid_at_start_minor(NetPaid(d));
      debtor.set_promises_made(debtor.promises_made() + 1);
      break;
    }
    case v1::Event::kPaymentPlanAgreed: {
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
    case v1::Event::kDisputeOpened: {
      const auto& p = e.dispute_opened();
      auto* dispute = d.mutable_dispute();
      dispute->set_reason(p.reason());
      const std::int64_t asked = p.disputed_amount().amount_minor();
      dispute->set_disputed_minor(asked == 0 ? d.balance_minor() : std::min(asked, d.balance_minor()));
      *dispute->mutable_opened_on() = p.date();
      debtor.set_disputes_opened(debtor.disputes_opened() + 1);
      break;
    }
    case v1::Event::kDisputeResolved: {
      const auto& p = e.dispute_resolved();
      const std::int64_t disputed = d.dispute().disputed_minor();
      d.clear_dispute();
      d.add_applied_event_hashes(Fnv1a64(e.event_id()));
      if (p.outcome() == v1::DISPUTE_OUTCOME_DEBTOR_UPHELD) {
        CreditDebt(d, debtor, disputed, day, rec);
      } else if (p.outcome() == v1::DISPUTE_OUTCOME_SETTLED) {
        CreditDebt(d, debtor, p.credited_amount().amount_minor(), day, rec);
      }
      rec.Settle(d, "dispute resolved");
      out->accepted = true;
      return;
    }
    case v1::Event::kHandedToAgency:
      d.set_with_agency(true);
      d.set_agency_id(e.handed_to_agency().agency_id());
      SetCivil(day, d.mutable_handed_over_on());
      break;
    case v1::Event::kLegalActionFiled:
      d.set_in_legal_action(true);
      d.set_legal_action_kind(e.legal_action_filed().kind());
      InterruptLimitation(d, day);  // A court claim or an enforcement act.
      break;
    case v1::Event::kOrderForPaymentUpdate:
      ApplyOrderStage(d, e.order_for_payment_update(), day);
      detail = "order for payment";
      break;
    case v1::Event::kWrittenOff:
      d.set_written_off_minor(d.balance_minor());
      d.clear_promise();
      d.clear_plan();
      d.clear_dispute();
      SetCivil(day, d.mutable_closed_on());
      RemoveOpenDebt(debtor, d.debt_id());
      debtor.set_written_off_count(debtor.written_off_count() + 1);
      rec.Move(d, v1::DEBT_STATUS_WRITTEN_OFF, e.written_off().reason());
      break;
    default:
      break;
  }
  if (!e.has_credit_note_issued()) d.add_applied_event_hashes(Fnv1a64(e.event_id()));
  rec.Settle(d, detail);
  out->accepted = true;
}

void ApplyInsolvency(const v1::Event& e, StateAccess& access, Outcome* out) {
  const auto& p = e.insolvency_proceedings();
  v1::DebtorState& debtor = *access.Debtor(e.debtor_key());
  const std::uint64_t h = Fnv1a64(e.event_id());
  if (HasHash(debtor.applied_event_hashes(), h)) {
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
  PushHashWindow(debtor.mutable_applied_event_hashes(), h, kDebtorEventHashesMax);
  out->debtor_touched = true;
  // Every open debt's dunning changes with it: touch them so that their
  // action days are recomputed and their history shows the event.
  Recorder rec(out, e.event_id(), *ToDay(p.date()));
  for (const auto& ref : debtor.open_debts()) {
    if (v1::DebtState* d = access.FindDebt(ref.debt_id()); d != nullptr) rec.Touch(*d);
  }
  out->accepted = true;
}

void ApplyChecked(const v1::Event& event, const Context& context, StateAccess& access, Outcome* out) {
  out->Reset();
  if (Verdict v = ValidateEvent(event); !v.ok()) {
    Reject(out, event, v.reason, std::move(v.detail));
    return;
  }
  switch (event.payload_case()) {
    case v1::Event::kInvoiceIssued:
      ApplyInvoice(event, context, access, out);
      return;
    case v1::Event::kPaymentReceived:
      ApplyPayment(event, access, out);
      return;
    case v1::Event::kPaymentReversed:
      ApplyReversal(event, context, access, out);
      return;
    case v1::Event::kInsolvencyProceedings:
      ApplyInsolvency(event, access, out);
      return;
    case v1::Event::kDayClosed:
    case v1::Event::kPolicyPublished:
    case v1::Event::kCalendarPublished:
      Reject(out, event, v1::REJECTION_REASON_MALFORMED, "partition-level event given to Apply");
      return;
    default:
      break;
  }
  v1::DebtState* d = TargetDebt(event, event.debt_id(), access, out);
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
  if (amount != nullptr && !CheckCurrency(event, *d, *amount, out)) return;
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
  v1::DebtorState& debtor = *access.Debtor(event.debtor_key());
  out->debtor_touched = true;
  ApplyDebtEvent(event, *d, debtor, out);
}

}  // namespace

void Apply(const v1::Event& event, const Context& context, StateAccess& access, Outcome* out) {
  ApplyChecked(event, context, access, out);
  if (out->accepted) RefreshActionDays(out, event.debtor_key(), access, context);
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

void CloseDay(v1::DebtState& d, v1::DebtorState& debtor, Day day, const PolicyView& policy, Outcome* out) {
  const std::string cause = "day:" + FormatDay(day);
  Recorder rec(out, cause, day);
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
