// The money side of the ledger: what payments, reversals and credits do to a
// debt's balance and to its debtor (credit, open debts, payment records,
// punctuality figures), and the idempotency windows. Like the handlers in
// ledger.cc, ApplyPayment and ApplyReversal check everything before the first
// write; the helpers they share with ledger.cc are in ledger_internal.h.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "engine/core/hash.h"
#include "engine/core/ledger_internal.h"
#include "engine/core/limits.h"
#include "engine/core/money.h"

namespace relance::core::internal {

bool HasHash(const google::protobuf::RepeatedField<std::uint64_t>& hashes, std::uint64_t h) {
  return std::find(hashes.begin(), hashes.end(), h) != hashes.end();
}

void PushHashWindow(google::protobuf::RepeatedField<std::uint64_t>* hashes, std::uint64_t h, std::size_t limit,
                    std::vector<std::uint64_t>* evicted) {
  hashes->Add(h);
  if (static_cast<std::size_t>(hashes->size()) > limit) {
    const auto end = hashes->begin() + (hashes->size() - static_cast<int>(limit));
    if (evicted != nullptr) evicted->insert(evicted->end(), hashes->begin(), end);
    hashes->erase(hashes->begin(), end);
  }
}

void RememberDebtorEvent(Debtor& debtor, std::uint64_t h, Outcome* out) {
  std::vector<std::uint64_t> evicted;
  PushHashWindow(debtor.mutable_applied_event_hashes(), h, kDebtorEventHashesMax, &evicted);
  for (std::uint64_t gone : evicted) {
    ForgottenId& id = out->forgotten.emplace_back();
    id.kind = ForgottenId::Kind::kEventHash;
    id.event_hash = gone;
  }
  debtor.set_ids_forgotten(debtor.ids_forgotten() + evicted.size());
}

std::int64_t NetPaid(const Debt& d) { return d.paid_minor() - d.reversed_minor(); }

void InterruptLimitation(Debt& d, Day day) {
  const auto start = ToDay(d.limitation_start());
  if (start && *start != kNoDay && day <= *start) return;
  SetCivil(day, d.mutable_limitation_start());
  d.set_limitation_warned(false);
}

namespace {

void AddCredit(Debtor& debtor, std::string_view currency, std::int64_t amount) {
  if (amount == 0) return;
  auto* credits = debtor.mutable_credit();
  auto it = std::lower_bound(credits->begin(), credits->end(), currency,
                             [](const CreditBalance& m, std::string_view c) { return m.currency() < c; });
  if (it == credits->end() || it->currency() != currency) {
    const int index = static_cast<int>(it - credits->begin());
    credits->Add()->set_currency(std::string(currency));
    for (int i = credits->size() - 1; i > index; --i) credits->SwapElements(i, i - 1);
    it = credits->begin() + index;
  }
  it->set_amount_minor(it->amount_minor() + amount);
  if (it->amount_minor() == 0) credits->erase(it);
}

// The debtor's late_days count, kept sorted by days.
void AddLateDays(Debtor& debtor, std::uint32_t days) {
  auto* late = debtor.mutable_late_days();
  auto it = std::lower_bound(late->begin(), late->end(), days,
                             [](const LateDays& l, std::uint32_t d) { return l.days() < d; });
  if (it != late->end() && it->days() == days) {
    it->set_debts(it->debts() + 1);
    return;
  }
  const int index = static_cast<int>(it - late->begin());
  LateDays* added = late->Add();
  added->set_days(days);
  added->set_debts(1);
  for (int i = late->size() - 1; i > index; --i) late->SwapElements(i, i - 1);
}

// Undoes AddLateDays and lowers days_late_max to what is left. A state
// written before late_days existed has no entry to remove: unchanged.
void RemoveLateDays(Debtor& debtor, std::uint32_t days) {
  auto* late = debtor.mutable_late_days();
  auto it = std::lower_bound(late->begin(), late->end(), days,
                             [](const LateDays& l, std::uint32_t d) { return l.days() < d; });
  if (it == late->end() || it->days() != days) return;
  it->set_debts(it->debts() - 1);
  if (it->debts() == 0) late->erase(it);
  debtor.set_days_late_max(late->empty() ? 0 : late->rbegin()->days());
}

bool OpenRefLess(const OpenDebt& a, Day a_due, const OpenDebt& b, Day b_due) {
  if (a_due != b_due) return a_due < b_due;
  return a.debt_id() < b.debt_id();
}

}  // namespace

void AddOpenDebt(Debtor& debtor, const Debt& d) {
  OpenDebt ref;
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

void RemoveOpenDebt(Debtor& debtor, std::string_view debt_id) {
  auto* refs = debtor.mutable_open_debts();
  for (int i = 0; i < refs->size(); ++i) {
    if (refs->Get(i).debt_id() == debt_id) {
      refs->erase(refs->begin() + i);
      return;
    }
  }
}

namespace {

// Closes a debt whose balance reached zero (PAID or CREDITED).
void CloseIfSettled(Debt& d, Debtor& debtor, v1::DebtStatus closing, Day day, Recorder& rec) {
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
      AddLateDays(debtor, static_cast<std::uint32_t>(days_late));
    }
  }
  RemoveOpenDebt(debtor, d.debt_id());
  rec.Move(d, closing, detail);
}

// A reversal or recovery took a closed debt's balance above zero.
// Money paid since the promise was made reaches its amount while the debt is
// still open: the promise is kept and lifted. Settling the debt in full is
// the debt's closing, counted by CloseIfSettled, not here.
void KeepPromiseIfPaid(Debt& d, Debtor& debtor, Recorder& rec) {
  if (d.has_promise() && NetPaid(d) - d.promise().net_paid_at_start_minor() >= d.promise().amount_minor() &&
      d.balance_minor() > 0) {
    debtor.set_promises_kept(debtor.promises_kept() + 1);
    d.clear_promise();
    rec.Settle(d, "promise kept");
  }
}

void ReopenIfNeeded(Debt& d, Debtor& debtor, Day business_date, Recorder& rec) {
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
      RemoveLateDays(debtor, d.recorded_days_late());
    }
    d.set_late_recorded(false);
    d.set_recorded_days_late(0);
  }
  d.clear_closed_on();
  AddOpenDebt(debtor, d);
  rec.Move(d, DeriveOpenStatus(d), "reopened");
}

// Applies a payment share to one debt. Returns what it took.
std::int64_t PayDebt(Debt& d, Debtor& debtor, const v1::PaymentReceived& p, std::int64_t amount, Recorder& rec) {
  const std::int64_t taken = std::min(amount, d.balance_minor());
  if (taken == 0) return 0;
  const Day value_day = *ToDay(p.value_date());
  d.set_paid_minor(d.paid_minor() + taken);
  rec.Balance(d, BalanceCause::kPayment, -taken, taken);
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
    rec.Balance(d, BalanceCause::kDiscount, -d.balance_minor());
  }
  KeepPromiseIfPaid(d, debtor, rec);
  if (d.balance_minor() == 0) {
    CloseIfSettled(d, debtor, v1::DEBT_STATUS_PAID, value_day, rec);
  } else {
    rec.Settle(d);
  }
  return taken;
}

// Records the payment on the debtor and its allocation; the caller has
// checked it. The ids of the records that leave the window go to
// out->forgotten: a payment id is recognised forever, not only while its
// record is kept.
void RecordPayment(Debtor& debtor, const v1::PaymentReceived& p, std::vector<Allocation>& allocations,
                   std::int64_t credit, Outcome* out) {
  auto* record = debtor.add_payments();
  record->set_payment_id(p.payment_id());
  record->set_currency(p.amount().currency());
  record->set_amount_minor(p.amount().amount_minor());
  *record->mutable_value_date() = p.value_date();
  for (auto& a : allocations) *record->add_allocations() = std::move(a);
  record->set_credit_minor(credit);
  auto* payments = debtor.mutable_payments();
  if (static_cast<std::size_t>(payments->size()) > kPaymentsPerDebtorMax) {
    const auto end = payments->begin() + (payments->size() - static_cast<int>(kPaymentsPerDebtorMax));
    for (auto it = payments->begin(); it != end; ++it) {
      ForgottenId& id = out->forgotten.emplace_back();
      id.kind = ForgottenId::Kind::kPaymentId;
      id.payment_id = it->payment_id();
    }
    debtor.set_ids_forgotten(debtor.ids_forgotten() + static_cast<std::uint64_t>(end - payments->begin()));
    payments->erase(payments->begin(), end);
  }
  AddCredit(debtor, p.amount().currency(), credit);
}

const PaymentRecord* FindPayment(const Debtor& debtor, std::string_view payment_id) {
  for (const auto& record : debtor.payments()) {
    if (record.payment_id() == payment_id) return &record;
  }
  return nullptr;
}

}  // namespace

void ApplyPayment(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out) {
  const auto& p = e.payment_received();
  const std::string& debt_id = !e.debt_id().empty() ? e.debt_id() : p.invoice_reference();
  Debtor& debtor = *access.Debtor(e.debtor_key());
  const std::uint64_t h = Fnv1a64(e.event_id());
  Debt* target = nullptr;
  if (!debt_id.empty()) {
    target = TargetDebt(e, debt_id, access, out);
    if (target == nullptr) return;
    if (!CheckCurrency(e, *target, p.amount(), out)) return;
  } else if (HasHash(debtor.applied_event_hashes(), h) || ctx.recall.event_id_seen) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "payment event already applied");
    return;
  } else if (debtor.debts_total() == 0) {
    Reject(out, e, v1::REJECTION_REASON_UNKNOWN_DEBT,
           fmt::format("payment without invoice reference from debtor '{}', who has no debt", e.debtor_key()));
    return;
  }
  if (FindPayment(debtor, p.payment_id()) != nullptr || ctx.recall.payment_id_seen) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, fmt::format("payment '{}' already recorded", p.payment_id()));
    return;
  }
  // Plan the allocation before writing anything.
  std::vector<Debt*> debts;
  if (target != nullptr) {
    debts.push_back(target);
  } else {
    bool any_open = false;
    for (const auto& ref : debtor.open_debts()) {
      any_open = true;
      if (ref.currency() != p.amount().currency()) continue;
      Debt* d = access.FindListedDebt(ref);
      if (d == nullptr || d->has_dispute()) continue;  // Disputed invoices are not paid by default.
      debts.push_back(d);
    }
    if (any_open && debts.empty() &&
        std::none_of(debtor.open_debts().begin(), debtor.open_debts().end(),
                     [&](const OpenDebt& r) { return r.currency() == p.amount().currency(); })) {
      Reject(out, e, v1::REJECTION_REASON_CURRENCY_MISMATCH,
             fmt::format("payment in {}, the debtor owes only other currencies", p.amount().currency()));
      return;
    }
  }
  Recorder rec(out, e.event_id(), *ToDay(p.value_date()));
  std::int64_t remaining = p.amount().amount_minor();
  std::vector<Allocation> allocations;
  for (Debt* d : debts) {
    if (target != nullptr) d->add_applied_event_hashes(h);
    if (remaining == 0) break;
    const std::int64_t taken = PayDebt(*d, debtor, p, remaining, rec);
    if (taken == 0) continue;
    remaining -= taken;
    Allocation a;
    a.set_debt_id(d->debt_id());
    a.set_amount_minor(taken);
    allocations.push_back(std::move(a));
    rec.Touch(*d);
  }
  if (target != nullptr) rec.Touch(*target);  // Even when all goes to credit: the debt's history shows it.
  if (target == nullptr) RememberDebtorEvent(debtor, h, out);
  RecordPayment(debtor, p, allocations, remaining, out);
  out->debtor_touched = true;
  out->accepted = true;
}

void ApplyReversal(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out) {
  const auto& p = e.payment_reversed();
  Debtor& debtor = *access.Debtor(e.debtor_key());
  const std::uint64_t h = Fnv1a64(e.event_id());
  if (HasHash(debtor.applied_event_hashes(), h) || ctx.recall.event_id_seen) {
    Reject(out, e, v1::REJECTION_REASON_DUPLICATE_EVENT, "reversal already applied");
    return;
  }
  PaymentRecord* record = nullptr;
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
  std::vector<Debt*> debts;
  for (const auto& a : record->allocations()) {
    Debt* d = access.FindDebt(a.debt_id());
    if (d == nullptr) {
      Reject(out, e, v1::REJECTION_REASON_UNKNOWN_DEBT, fmt::format("allocated debt '{}' is missing", a.debt_id()));
      return;
    }
    debts.push_back(d);
  }
  Recorder rec(out, e.event_id(), *ToDay(p.date()));
  for (int i = 0; i < record->allocations_size(); ++i) {
    Debt& d = *debts[static_cast<std::size_t>(i)];
    const std::int64_t amount = record->allocations(i).amount_minor();
    d.set_reversed_minor(d.reversed_minor() + amount);
    rec.Balance(d, BalanceCause::kReversal, amount);
    std::int64_t discount = 0;
    for (auto& share : *d.mutable_payments()) {
      if (share.payment_id() != p.payment_id() || share.reversed()) continue;
      share.set_reversed(true);
      discount += share.discount_minor();
    }
    if (discount != 0) {
      // A discount earned by this payment was never earned.
      d.set_credited_minor(d.credited_minor() - discount);
      rec.Balance(d, BalanceCause::kDiscountUndone, discount);
    }
    ReopenIfNeeded(d, debtor, ctx.business_date, rec);
    rec.Settle(d);
  }
  AddCredit(debtor, record->currency(), -record->credit_minor());
  record->set_reversed(true);
  debtor.set_bounces(debtor.bounces() + 1);
  RememberDebtorEvent(debtor, h, out);
  out->debtor_touched = true;
  out->accepted = true;
}

std::int64_t CreditOf(const Debtor& debtor, std::string_view currency) {
  for (const auto& m : debtor.credit()) {
    if (m.currency() == currency) return m.amount_minor();
  }
  return 0;
}

void ApplyCredit(Debt& d, Debtor& debtor, std::int64_t amount, const v1::CivilDate& date,
                 std::string_view application_id, Recorder& rec) {
  // Drawn from the payments that left credit, oldest first: each becomes an
  // allocation of its payment, so reversing that payment reopens this debt.
  std::int64_t left = amount;
  std::int64_t cash = 0;
  for (auto& record : *debtor.mutable_payments()) {
    if (left == 0) break;
    if (record.reversed() || record.currency() != d.currency() || record.credit_minor() <= 0) continue;
    const std::int64_t part = std::min(left, record.credit_minor());
    record.set_credit_minor(record.credit_minor() - part);
    Allocation* allocation = nullptr;
    for (auto& a : *record.mutable_allocations()) {
      if (a.debt_id() == d.debt_id()) allocation = &a;
    }
    if (allocation == nullptr) {
      allocation = record.add_allocations();
      allocation->set_debt_id(d.debt_id());
    }
    allocation->set_amount_minor(allocation->amount_minor() + part);
    auto* share = d.add_payments();
    share->set_payment_id(record.payment_id());
    share->set_amount_minor(part);
    *share->mutable_value_date() = date;
    share->set_credit_application_id(std::string(application_id));
    cash += part;
    left -= part;
  }
  // The rest (a credit note's surplus, payments no longer kept) was never
  // tied to a payment: it settles the debt as a credit note would.
  d.set_paid_minor(d.paid_minor() + cash);
  d.set_credited_minor(d.credited_minor() + left);
  rec.Balance(d, BalanceCause::kCreditApplied, -amount, cash);
  if (cash > 0) *d.mutable_last_payment_date() = date;
  AddCredit(debtor, d.currency(), -amount);
  auto* application = d.add_credit_applications();
  application->set_application_id(std::string(application_id));
  application->set_amount_minor(amount);
  application->set_cash_minor(cash);
  *application->mutable_date() = date;
  const Day day = *ToDay(date);
  KeepPromiseIfPaid(d, debtor, rec);
  if (d.balance_minor() == 0) {
    CloseIfSettled(d, debtor, cash > 0 ? v1::DEBT_STATUS_PAID : v1::DEBT_STATUS_CREDITED, day, rec);
  } else {
    rec.Settle(d, "credit applied");
  }
}

void AutoApplyCredit(Debtor& debtor, const v1::CivilDate& date, std::string_view application_id, StateAccess& access,
                     Outcome* out) {
  if (debtor.credit_size() == 0) return;
  Recorder rec(out, application_id, *ToDay(date));
  // Copies: applying credit changes both lists.
  const auto credits = debtor.credit();
  const auto open = debtor.open_debts();
  for (const auto& credit : credits) {
    std::int64_t left = credit.amount_minor();
    for (const auto& ref : open) {
      if (left <= 0) break;
      if (ref.currency() != credit.currency()) continue;
      Debt* d = access.FindListedDebt(ref);
      // Disputed invoices are not paid by default, by credit either.
      if (d == nullptr || d->has_dispute() || IsClosed(d->status()) || d->balance_minor() <= 0) continue;
      if (static_cast<std::size_t>(d->applied_event_hashes_size()) >= kEventsPerDebtMax) continue;
      const std::int64_t amount = std::min(left, d->balance_minor());
      ApplyCredit(*d, debtor, amount, date, application_id, rec);
      left -= amount;
    }
  }
}

void CreditDebt(Debt& d, Debtor& debtor, std::int64_t amount, Day day, Recorder& rec) {
  const std::int64_t taken = std::min(amount, d.balance_minor());
  d.set_credited_minor(d.credited_minor() + taken);
  if (taken != 0) rec.Balance(d, BalanceCause::kCredit, -taken);
  AddCredit(debtor, d.currency(), amount - taken);
  CloseIfSettled(d, debtor, v1::DEBT_STATUS_CREDITED, day, rec);
}

}  // namespace relance::core::internal
