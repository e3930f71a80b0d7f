// DebtorStep's day (Run), its model of the engine's rules and the events it
// emits (see debtor_step.h).
#include "tools/gen/debtor_step.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <iterator>
#include <string_view>
#include <utility>

namespace relance::gen::internal {

int DebtorStep::Run() {
  for (DebtSlot& s : sim_.slots) {
    if (s.number != 0) CatchUp(s);
  }
  if (sim_.next_invoice_day == day_) IssueInvoice();
  for (DebtSlot& s : sim_.slots) {
    if (s.number == 0) continue;
    if (s.ladder_day == day_) RunLadder(s);
    if (s.action_day == day_) RunAction(s);
  }
  int next = sim_.next_invoice_day;
  for (DebtSlot& s : sim_.slots) {
    if (s.number == 0) continue;
    if (s.stage == Stage::kIdle) {
      if (s.closed != 0) {
        s = DebtSlot{};  // Settled and nothing planned: the slot is free.
        continue;
      }
      Schedule(s, Stage::kPayFull, day_ + rng_.In(kLatePayAfterDays));  // Debtors pay in the end.
    }
    next = std::min({next, static_cast<int>(s.action_day), static_cast<int>(s.ladder_day)});
  }
  assert(next > day_);
  return next;
}

// What the engine's DayClosed(d) did to the debt for every d up to
// yesterday (core::CloseDay). Nothing of the debt changed since the debtor's
// previous step, so one pass with the last closed day is exact.
void DebtorStep::CatchUp(DebtSlot& s) const {
  if (s.closed != 0) return;
  const int last_closed = day_ - 1;
  if (!(s.flags & kOverdue) && s.due_day <= last_closed) s.flags |= kOverdue;
  if ((s.flags & kPromised) && s.pause_day + kPromiseGraceDays <= last_closed) s.flags &= ~kPromised;  // Broken.
  while ((s.flags & kInPlan) && s.plan_next < s.plan_count) {
    if (last_closed < InstalmentDue(s, s.plan_next) + kInstalmentGraceDays) break;
    if (s.net_paid_minor - s.plan_base_minor >= PlanDueSoFar(s, s.plan_next)) {
      ++s.plan_next;
      continue;
    }
    s.flags &= ~kInPlan;  // Instalment missed: the plan is over.
  }
  if ((s.flags & kInPlan) && s.plan_next == s.plan_count) s.flags &= ~kInPlan;  // Completed.
}

// The engine's PayDebt. Returns what the debt took; the rest goes on.
std::int32_t DebtorStep::ModelPay(DebtSlot& s, std::int32_t amount) const {
  assert(s.closed == 0 || s.balance_minor == 0);
  const std::int32_t taken = std::min(amount, s.balance_minor);
  if (taken <= 0) return 0;
  s.net_paid_minor += taken;
  s.balance_minor -= taken;
  if (s.discount_minor > 0 && s.balance_minor > 0 && s.balance_minor <= s.discount_minor && day_ <= s.pay_by_day) {
    s.balance_minor = 0;  // Paid in time: the discount is credited.
  }
  if ((s.flags & kPromised) && s.net_paid_minor >= s.pause_minor && s.balance_minor > 0) s.flags &= ~kPromised;
  if (s.balance_minor == 0) ModelClose(s, v1::DEBT_STATUS_PAID);
  return taken;
}

// The engine's CreditDebt: what exceeds the balance is debtor credit.
void DebtorStep::ModelCredit(DebtSlot& s, std::int32_t amount) const {
  s.balance_minor -= std::min(amount, s.balance_minor);
  if (s.balance_minor == 0 && s.closed == 0) ModelClose(s, v1::DEBT_STATUS_CREDITED);
}

void DebtorStep::ModelClose(DebtSlot& s, v1::DebtStatus status) {
  s.flags &= static_cast<std::uint8_t>(~(kPromised | kInPlan | kDisputed));
  s.closed = static_cast<std::uint8_t>(status);
}

// ---------------------------------------------------------------- events

v1::Event& DebtorStep::Begin(const DebtSlot& s, bool with_debt_id) {
  return emitter_.Begin(day_, Key(), ++sim_.event_seq, with_debt_id ? s.number : 0, sim_.creditors[s.creditor]);
}

void DebtorStep::SetMoney(const DebtSlot& s, std::int64_t amount_minor, v1::Money* out) const {
  out->set_amount_minor(amount_minor);
  const std::string_view currency = Currency(s);
  out->set_currency(currency.data(), currency.size());
}

void DebtorStep::IssueInvoice() {
  DebtSlot* slot = nullptr;
  for (DebtSlot& s : sim_.slots) {
    if (s.number == 0) {
      slot = &s;
      break;
    }
  }
  if (slot == nullptr) {  // Too many open debts: the next sale waits.
    sim_.next_invoice_day = Offset(day_ + rng_.In(kInvoiceRetryDays));
    return;
  }
  const bool b2b = IsB2b();
  sim_.next_invoice_day = sim_.invoice_seq + 1 >= kInvoicesPerDebtorMax
                              ? kNever
                              : Offset(day_ + (b2b ? rng_.In(kB2bInvoiceGapDays) : rng_.In(kB2cInvoiceGapDays)));
  DebtSlot& s = *slot;
  s = DebtSlot{};
  s.number = ++sim_.invoice_seq;
  s.creditor = static_cast<std::uint8_t>(rng_.Below(sim_.creditor_count));
  s.balance_minor = b2b ? DrawAmount(rng_, kB2bBands) : DrawAmount(rng_, kB2cBands);
  s.due_day = Offset(day_ + kTermsDays[rng_.Pick(b2b ? kB2bTermsWeights : kB2cTermsWeights)]);
  if (b2b && rng_.Chance(kDiscountPerMille)) {
    s.discount_minor = PercentOf(s.balance_minor, kDiscountPercent);
    s.pay_by_day = Offset(day_ + kDiscountDays);
  }
  v1::Event& e = Begin(s, /*with_debt_id=*/true);
  v1::InvoiceIssued* p = e.mutable_invoice_issued();
  fmt::format_to(std::back_inserter(*p->mutable_invoice_number()), "INV-{:06d}-{:03d}", index_ + 1, s.number);
  SetMoney(s, s.balance_minor, p->mutable_amount());
  emitter_.SetDay(day_, p->mutable_issue_date());
  emitter_.SetDay(s.due_day, p->mutable_due_date());
  if (s.discount_minor > 0) {
    emitter_.SetDay(s.pay_by_day, p->mutable_early_payment_discount()->mutable_pay_by());
    p->mutable_early_payment_discount()->set_discount_minor(s.discount_minor);
  }
  p->set_debtor_type(static_cast<v1::DebtorType>(sim_.debtor_type));
  fmt::format_to(std::back_inserter(*p->mutable_debtor_name()), "{} {:06d}", b2b ? "Company" : "Customer", index_ + 1);
  // Letters need an address; e-mails an address in the reserved example domain.
  fmt::format_to(std::back_inserter(*p->add_debtor_address()), "{} rue de la République", index_ % 200 + 1);
  fmt::format_to(std::back_inserter(*p->add_debtor_address()), "{:05d} Lyon", 69001 + index_ % 9);
  fmt::format_to(std::back_inserter(*p->mutable_debtor_email()), "dr-{:06d}@example.com", index_ + 1);
  emitter_.Send();
  const bool courtesy = rng_.Chance(kCourtesyPerMille);
  s.ladder_day = Offset(courtesy ? s.due_day - kCourtesyDaysBeforeDue : s.due_day + kLadder[0].day_offset);
  StartScenario(s);
}

void DebtorStep::FillPayment(v1::Event& e, const DebtSlot& s, std::int32_t amount, v1::PaymentMethod method) {
  v1::PaymentReceived* p = e.mutable_payment_received();
  fmt::format_to(std::back_inserter(*p->mutable_payment_id()), "{}-PAY-{}", Key(), ++sim_.payment_seq);
  SetMoney(s, amount, p->mutable_amount());
  emitter_.SetDay(day_, p->mutable_value_date());
  p->set_method(method);
}

// A payment with the debt id; what exceeds the balance is debtor credit.
// REQUIRES: the debt is open; amount > 0. Returns what the debt took.
std::int32_t DebtorStep::PayReferenced(DebtSlot& s, std::int32_t amount, v1::PaymentMethod method) {
  assert(s.closed == 0 && amount > 0);
  FillPayment(Begin(s, /*with_debt_id=*/true), s, amount, method);
  emitter_.Send();
  return ModelPay(s, amount);
}

// A payment without debt id, in the currency of `payer`. The engine takes it
// to the open debts in that currency, oldest due date (then debt id) first,
// skipping disputed ones; the rest is debtor credit. REQUIRES: payer is open.
void DebtorStep::PayUnreferenced(DebtSlot& payer, std::int32_t amount) {
  assert(payer.closed == 0 && amount > 0);
  FillPayment(Begin(payer, /*with_debt_id=*/false), payer, amount, v1::PAYMENT_METHOD_TRANSFER);
  emitter_.Send();
  const std::uint8_t currency = sim_.currencies[payer.creditor];
  std::array<DebtSlot*, kSlotsPerDebtor> order = {};
  std::size_t count = 0;
  for (DebtSlot& s : sim_.slots) {
    if (s.number != 0 && s.closed == 0 && sim_.currencies[s.creditor] == currency && !(s.flags & kDisputed)) {
      order[count++] = &s;
    }
  }
  // Insertion sort: at most kSlotsPerDebtor entries (std::sort trips GCC 12's -Warray-bounds here).
  auto before = [](const DebtSlot* a, const DebtSlot* b) {
    return a->due_day != b->due_day ? a->due_day < b->due_day : a->number < b->number;
  };
  for (std::size_t i = 1; i < count; ++i) {
    for (std::size_t j = i; j > 0 && before(order[j], order[j - 1]); --j) std::swap(order[j], order[j - 1]);
  }
  std::int32_t remaining = amount;
  for (std::size_t i = 0; i < count && remaining > 0; ++i) remaining -= ModelPay(*order[i], remaining);
}

// Reverses the payment recorded by PayAndBounce; reopens the debt if it had closed.
void DebtorStep::Reverse(DebtSlot& s) {
  v1::PaymentReversed* p = Begin(s, /*with_debt_id=*/false).mutable_payment_reversed();
  fmt::format_to(std::back_inserter(*p->mutable_payment_id()), "{}-PAY-{}", Key(), s.bounce_payment);
  emitter_.SetDay(day_, p->mutable_date());
  p->set_reason(s.counter == v1::PAYMENT_METHOD_CARD ? v1::REVERSAL_REASON_CHARGEBACK : v1::REVERSAL_REASON_BOUNCE);
  emitter_.Send();
  s.balance_minor += s.pause_minor;
  s.net_paid_minor -= s.pause_minor;
  const bool reopens = s.closed == v1::DEBT_STATUS_PAID || s.closed == v1::DEBT_STATUS_CREDITED;
  if (reopens && s.balance_minor > 0) s.closed = 0;
}

void DebtorStep::IssueCreditNote(DebtSlot& s, std::int32_t amount) {
  v1::Event& e = Begin(s, /*with_debt_id=*/true);
  v1::CreditNoteIssued* p = e.mutable_credit_note_issued();
  fmt::format_to(std::back_inserter(*p->mutable_credit_note_id()), "{}-CN-{}", Key(), sim_.event_seq);
  SetMoney(s, amount, p->mutable_amount());
  emitter_.SetDay(day_, p->mutable_date());
  emitter_.Send();
  ModelCredit(s, amount);
}

void DebtorStep::Remind(DebtSlot& s, std::uint32_t level, v1::Channel channel, std::string_view template_id) {
  v1::ReminderSent* p = Begin(s, /*with_debt_id=*/true).mutable_reminder_sent();
  p->set_level(level);
  p->set_channel(channel);
  emitter_.SetDay(day_, p->mutable_date());
  p->set_template_id(template_id.data(), template_id.size());
  emitter_.Send();
  s.dunning_level = static_cast<std::uint8_t>(std::max<std::uint32_t>(s.dunning_level, level));
  if (channel == v1::CHANNEL_FORMAL_NOTICE) s.flags |= kFormalNotice;
  if (level == 0) s.flags |= kCourtesySent;
}

void DebtorStep::Promise(DebtSlot& s, std::int32_t amount, int promised_day) {
  v1::PromiseToPay* p = Begin(s, /*with_debt_id=*/true).mutable_promise_to_pay();
  SetMoney(s, amount, p->mutable_amount());
  emitter_.SetDay(promised_day, p->mutable_promised_date());
  emitter_.SetDay(day_, p->mutable_made_on());
  emitter_.Send();
  s.flags |= kPromised;
  s.pause_day = Offset(promised_day);
  s.pause_minor = s.net_paid_minor + std::min(amount, s.balance_minor);
}

// Monthly instalments of the balance; the last one takes the remainder.
void DebtorStep::AgreePlan(DebtSlot& s, int count, int first_due_day) {
  s.pause_day = Offset(first_due_day);
  s.pause_minor = s.balance_minor / count;
  s.plan_count = static_cast<std::uint8_t>(count);
  s.plan_remainder_minor = static_cast<std::uint8_t>(s.balance_minor - s.pause_minor * count);
  s.plan_next = 0;
  s.plan_base_minor = s.net_paid_minor;
  v1::Event& e = Begin(s, /*with_debt_id=*/true);
  v1::PaymentPlanAgreed* p = e.mutable_payment_plan_agreed();
  fmt::format_to(std::back_inserter(*p->mutable_plan_id()), "{}-PLAN-{}", Key(), sim_.event_seq);
  emitter_.SetDay(day_, p->mutable_agreed_on());
  for (int k = 0; k < count; ++k) {
    v1::Instalment* instalment = p->add_instalments();
    emitter_.SetDay(InstalmentDue(s, k), instalment->mutable_due_date());
    SetMoney(s, InstalmentAmount(s, k), instalment->mutable_amount());
  }
  emitter_.Send();
  s.flags = static_cast<std::uint8_t>((s.flags | kInPlan) & ~kPromised);  // A plan supersedes a promise.
}

// asked 0: the whole balance.
void DebtorStep::OpenDispute(DebtSlot& s, std::int32_t asked) {
  v1::DisputeOpened* p = Begin(s, /*with_debt_id=*/true).mutable_dispute_opened();
  p->set_reason(asked == 0 ? "goods not delivered" : "billing error on some lines");
  if (asked != 0) SetMoney(s, asked, p->mutable_disputed_amount());
  emitter_.SetDay(day_, p->mutable_date());
  emitter_.Send();
  s.flags |= kDisputed;
  s.disputed_minor = asked == 0 ? s.balance_minor : std::min(asked, s.balance_minor);
}

void DebtorStep::ResolveDispute(DebtSlot& s, v1::DisputeOutcome outcome, std::int32_t credited) {
  v1::DisputeResolved* p = Begin(s, /*with_debt_id=*/true).mutable_dispute_resolved();
  p->set_outcome(outcome);
  if (outcome == v1::DISPUTE_OUTCOME_SETTLED) SetMoney(s, credited, p->mutable_credited_amount());
  emitter_.SetDay(day_, p->mutable_date());
  emitter_.Send();
  s.flags &= static_cast<std::uint8_t>(~kDisputed);
  if (outcome == v1::DISPUTE_OUTCOME_DEBTOR_UPHELD) ModelCredit(s, s.disputed_minor);
  if (outcome == v1::DISPUTE_OUTCOME_SETTLED) ModelCredit(s, credited);
}

void DebtorStep::HandToAgency(DebtSlot& s) {
  v1::HandedToAgency* p = Begin(s, /*with_debt_id=*/true).mutable_handed_to_agency();
  fmt::format_to(std::back_inserter(*p->mutable_agency_id()), "AGY-{:02d}", rng_.Below(kAgencyCount) + 1);
  emitter_.SetDay(day_, p->mutable_date());
  emitter_.Send();
  s.flags |= kWithAgency;
}

void DebtorStep::FileLegalAction(DebtSlot& s) {
  static constexpr std::array<v1::LegalActionKind, 3> kB2bKinds = {v1::LEGAL_ACTION_KIND_ORDER_FOR_PAYMENT,
                                                                   v1::LEGAL_ACTION_KIND_SUMMARY_PROCEEDINGS,
                                                                   v1::LEGAL_ACTION_KIND_FULL_ACTION};
  static constexpr std::array<std::uint32_t, 3> kB2bKindWeights = {60, 25, 15};
  v1::LegalActionFiled* p = Begin(s, /*with_debt_id=*/true).mutable_legal_action_filed();
  p->set_kind(IsB2b() ? kB2bKinds[rng_.Pick(kB2bKindWeights)] : v1::LEGAL_ACTION_KIND_ORDER_FOR_PAYMENT);
  emitter_.SetDay(day_, p->mutable_date());
  fmt::format_to(std::back_inserter(*p->mutable_court_reference()), "RG-{:06d}-{:03d}", index_ + 1, s.number);
  emitter_.Send();
  s.flags |= kInLegalAction;
}

void DebtorStep::WriteOff(DebtSlot& s, std::string_view reason) {
  v1::WrittenOff* p = Begin(s, /*with_debt_id=*/true).mutable_written_off();
  emitter_.SetDay(day_, p->mutable_date());
  p->set_reason(reason.data(), reason.size());
  emitter_.Send();
  ModelClose(s, v1::DEBT_STATUS_WRITTEN_OFF);
}

}  // namespace relance::gen::internal
