// The random history generator of ledger_property_test.cpp: one debtor
// with 1-4 debts in 1-2 currencies and events of every kind, valid or not
// (duplicates, malformed, stale, wrong debtor or currency). It peeks at the
// engine's state only to choose interesting amounts (exact balances,
// overpayments, discount edges); the history it produces is recorded and
// replayed blind for determinism. Test code, header-only.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "engine/core/limits.h"
#include "tests/support/builders.h"
#include "tests/support/prng.h"

namespace relance::testing::property {

inline v1::Money Money(std::int64_t amount_minor, const std::string& currency) {
  v1::Money m;
  m.set_amount_minor(amount_minor);
  m.set_currency(currency);
  return m;
}

enum class GenKind : int {
  kInvoice,
  kPayment,
  kReversal,
  kCreditNote,
  kReminder,
  kPromise,
  kPlan,
  kDisputeOpened,
  kDisputeResolved,
  kAgency,
  kLegal,
  kWriteOff,
  kDayClosed,
  kPolicy,
  kCreditApplied,
  kDuplicate,
  kMalformed,
  kCount
};
// Weights, in GenKind order.
inline constexpr int kWeights[] = {12, 20, 6, 7, 10, 5, 5, 5, 5, 3, 3, 2, 10, 1, 4, 6, 6};
static_assert(sizeof(kWeights) / sizeof(kWeights[0]) == static_cast<int>(GenKind::kCount));

// Dunning mode (dunning_property_test.cpp): the first event publishes
// `policy` and later ones new versions of it (other contact rules, minimum,
// grace); days close one at a time more often; a collector follows the
// actions the engine produced with their ReminderSent (or the agency or
// court step); calendars, insolvency and order-for-payment events come too.
// Off (nullptr), the generator draws exactly what it always drew.
struct DunningMode {
  v1::DunningPolicy policy;
  v1::CalendarPublished calendar;
  Day start = kNoDay;  // When set, histories begin within 30 days of it.
};

struct Slot {
  std::string debt_id;
  std::string currency;
};

class HistoryGen {
 public:
  // discount_heavy: every invoice has an early-payment discount with a late
  // pay_by date, and payments aim at its edge more often.
  HistoryGen(std::uint64_t seed, const MiniEngine& engine, bool discount_heavy = false,
             const DunningMode* dunning = nullptr)
      : rng_(seed), engine_(engine), discount_heavy_(discount_heavy), dunning_(dunning) {
    debtor_ = fmt::format("DR-{}", rng_.Below(1000));
    other_debtor_ = debtor_ + "-OTHER";
    std::vector<std::string> currencies = {"EUR"};
    if (rng_.Chance(400)) currencies.push_back(rng_.Chance(500) ? "USD" : "JPY");
    const int debts = static_cast<int>(rng_.Between(1, 4));
    for (int i = 0; i < debts; ++i) slots_.push_back(Slot{fmt::format("D{}", i + 1), rng_.Pick(currencies)});
    currencies_ = currencies;
    today_ = DaysFromCivil(static_cast<int>(rng_.Between(2021, 2028)), static_cast<int>(rng_.Between(1, 12)), 1);
    if (dunning_ != nullptr && dunning_->start != kNoDay) today_ = dunning_->start + static_cast<Day>(rng_.Below(30));
  }

  // The next event; *must_reject when it is malformed beyond doubt.
  v1::Event Next(bool first, bool* must_reject) {
    *must_reject = false;
    if (dunning_ != nullptr) {
      v1::Event e;
      if (NextDunning(first, &e)) {
        emitted_.push_back(e);
        return e;
      }
    }
    if (rng_.Chance(300)) today_ += static_cast<Day>(rng_.Between(1, 4));
    GenKind kind = first && rng_.Chance(900) ? GenKind::kInvoice : PickKind();
    // Once every debt is issued, most invoices would only be DEBT_EXISTS.
    if (kind == GenKind::kInvoice && !first && AllIssued() && rng_.Chance(750)) kind = PickKind();
    if (kind == GenKind::kDuplicate && emitted_.empty()) kind = GenKind::kInvoice;
    // Dunning mode: debts must live long enough to climb the ladder.
    if (dunning_ != nullptr &&
        (kind == GenKind::kPayment || kind == GenKind::kCreditNote || kind == GenKind::kWriteOff ||
         kind == GenKind::kMalformed) &&
        rng_.Chance(750)) {
      kind = GenKind::kDayClosed;
    }
    v1::Event e;
    if (kind == GenKind::kDuplicate) {
      e = rng_.Pick(emitted_);
    } else if (kind == GenKind::kMalformed) {
      GenKind base = PickKind();
      while (base == GenKind::kDuplicate || base == GenKind::kMalformed) base = PickKind();
      e = Make(base);
      *must_reject = Corrupt(&e);
    } else {
      e = Make(kind);
    }
    emitted_.push_back(e);
    return e;
  }

 private:
  GenKind PickKind() {
    int total = 0;
    for (int w : kWeights) total += w;
    int r = static_cast<int>(rng_.Below(static_cast<std::uint64_t>(total)));
    for (int i = 0; i < static_cast<int>(GenKind::kCount); ++i) {
      if (r < kWeights[i]) return static_cast<GenKind>(i);
      r -= kWeights[i];
    }
    return GenKind::kInvoice;
  }

  v1::Event Make(GenKind kind) {
    switch (kind) {
      case GenKind::kInvoice:
        return MakeInvoice();
      case GenKind::kPayment:
        return MakePayment();
      case GenKind::kReversal:
        return MakeReversal();
      case GenKind::kCreditNote:
        return MakeCreditNote();
      case GenKind::kReminder:
        return MakeReminder();
      case GenKind::kPromise:
        return MakePromise();
      case GenKind::kPlan:
        return MakePlan();
      case GenKind::kDisputeOpened:
        return MakeDisputeOpened();
      case GenKind::kDisputeResolved:
        return MakeDisputeResolved();
      case GenKind::kAgency: {
        v1::Event e = DebtEnvelope(PickDebtId());
        e.mutable_handed_to_agency()->set_agency_id(rng_.Chance(500) ? "AG-1" : "AG-2");
        *e.mutable_handed_to_agency()->mutable_date() = ToCivil(NearToday());
        return e;
      }
      case GenKind::kLegal: {
        v1::Event e = DebtEnvelope(PickDebtId());
        e.mutable_legal_action_filed()->set_kind(static_cast<v1::LegalActionKind>(rng_.Between(1, 4)));
        *e.mutable_legal_action_filed()->mutable_date() = ToCivil(NearToday());
        e.mutable_legal_action_filed()->set_court_reference("RG 24/00001");
        return e;
      }
      case GenKind::kWriteOff: {
        v1::Event e = DebtEnvelope(PickDebtId());
        *e.mutable_written_off()->mutable_date() = ToCivil(NearToday());
        e.mutable_written_off()->set_reason("uncollectable");
        return e;
      }
      case GenKind::kDayClosed:
        return dunning_ != nullptr ? MakeNextDay() : MakeDayClosed();
      case GenKind::kPolicy:
        return dunning_ != nullptr ? MakeDunningPolicy() : MakePolicy();
      case GenKind::kCreditApplied:
        return MakeCreditApplied();
      default:
        return MakeInvoice();
    }
  }

  std::string NewEventId() { return fmt::format("E{}", next_event_++); }

  v1::Event DebtEnvelope(const std::string& debt_id) {
    return Envelope(NewEventId(), rng_.Chance(30) ? other_debtor_ : debtor_, debt_id);
  }

  const core::Debt* Peek(const std::string& debt_id) const {
    auto it = engine_.access.debts.find(debt_id);
    return it == engine_.access.debts.end() ? nullptr : &it->second;
  }

  bool AllIssued() const {
    return std::all_of(slots_.begin(), slots_.end(), [this](const Slot& s) { return Peek(s.debt_id) != nullptr; });
  }

  // Mostly a debt that exists, preferably open; sometimes one not issued
  // yet or unknown.
  std::string PickDebtId() {
    std::vector<std::string> issued, open;
    for (const auto& slot : slots_) {
      const core::Debt* d = Peek(slot.debt_id);
      if (d == nullptr) continue;
      issued.push_back(slot.debt_id);
      if (!core::IsClosed(d->status())) open.push_back(slot.debt_id);
    }
    const int r = static_cast<int>(rng_.Below(100));
    if (r < 4) return fmt::format("DX-{}", rng_.Below(3));
    if (r < 12 || issued.empty()) return rng_.Pick(slots_).debt_id;
    if (r < 70 && !open.empty()) return rng_.Pick(open);
    return rng_.Pick(issued);
  }

  std::string CurrencyOf(const std::string& debt_id) const {
    for (const auto& slot : slots_) {
      if (slot.debt_id == debt_id) return slot.currency;
    }
    return "EUR";
  }

  // The debt's currency, now and then another one.
  std::string CurrencyFor(const std::string& debt_id) {
    if (!rng_.Chance(90)) return CurrencyOf(debt_id);
    return rng_.Chance(500) ? "GBP" : rng_.Pick(currencies_) == "EUR" ? "USD" : "EUR";
  }

  std::int64_t BalanceOf(const std::string& debt_id) const {
    const core::Debt* d = Peek(debt_id);
    return d == nullptr ? 0 : d->balance_minor();
  }

  // An amount around a balance: exact, partial, over, tiny, at the
  // early-payment-discount edge.
  std::int64_t AmountFor(std::int64_t balance, const core::Debt* debt) {
    if (balance <= 0) return rng_.Between(1, 50'000);
    switch (discount_heavy_ && rng_.Chance(400) ? 6 : rng_.Below(10)) {
      case 0:
      case 1:
        return balance;
      case 2:
        return balance / 2 + 1;
      case 4:
        return balance + rng_.Between(1, 5'000);
      case 5:
        return rng_.Between(1, 100);
      case 6:
        if (debt != nullptr && debt->has_early_payment_discount()) {
          const std::int64_t discount = debt->early_payment_discount().discount_minor();
          const std::int64_t amount = balance - rng_.Between(1, discount + 1);
          if (amount > 0) return amount;
        }
        return balance;
      case 7:
        return rng_.Between(1, 300'000);
      default:
        return rng_.Between(1, balance);
    }
  }

  Day NearToday() { return today_ - static_cast<Day>(rng_.Between(0, 3)); }

  v1::Event MakeInvoice() {
    const Slot& slot = rng_.Pick(slots_);
    v1::Event e = Envelope(NewEventId(), rng_.Chance(30) ? other_debtor_ : debtor_, slot.debt_id);
    auto* p = e.mutable_invoice_issued();
    p->set_invoice_number("INV-" + slot.debt_id);
    const std::int64_t amount = rng_.Chance(300) ? rng_.Between(2, 50) : rng_.Between(2, 200'000);
    *p->mutable_amount() = Money(amount, slot.currency);
    const Day issue = today_ - static_cast<Day>(rng_.Between(0, 20));
    *p->mutable_issue_date() = ToCivil(issue);
    *p->mutable_due_date() = ToCivil(issue + static_cast<Day>(rng_.Between(0, 45)));
    p->set_debtor_type(rng_.Chance(500) ? v1::DEBTOR_TYPE_B2B : v1::DEBTOR_TYPE_B2C);
    if (discount_heavy_ || rng_.Chance(400)) {
      auto* discount = p->mutable_early_payment_discount();
      discount->set_discount_minor(rng_.Between(1, std::max<std::int64_t>(1, amount / (discount_heavy_ ? 3 : 10))));
      const Day pay_by = issue + static_cast<Day>(discount_heavy_ ? rng_.Between(20, 60) : rng_.Between(0, 15));
      *discount->mutable_pay_by() = ToCivil(pay_by);
    }
    return e;
  }

  v1::Event MakePayment() {
    const bool referenced = rng_.Chance(650);
    std::string target = referenced ? PickDebtId() : "";
    v1::Event e = Envelope(NewEventId(), rng_.Chance(30) ? other_debtor_ : debtor_, "");
    auto* p = e.mutable_payment_received();
    std::int64_t balance = 0;
    const core::Debt* debt = nullptr;
    std::string currency;
    if (referenced) {
      if (rng_.Chance(700)) {
        e.set_debt_id(target);
        if (rng_.Chance(70)) p->set_invoice_reference(PickDebtId());  // The envelope wins.
      } else {
        p->set_invoice_reference(target);
      }
      debt = Peek(target);
      balance = BalanceOf(target);
      currency = CurrencyFor(target);
    } else {
      currency = rng_.Chance(900) ? rng_.Pick(currencies_) : "GBP";
      for (const auto& slot : slots_) {
        if (slot.currency == currency) balance += BalanceOf(slot.debt_id);
      }
      if (rng_.Chance(300)) {
        debt = Peek(rng_.Pick(slots_).debt_id);
        balance = debt == nullptr ? balance : debt->balance_minor();
      }
    }
    if (!payment_ids_.empty() && rng_.Chance(100)) {
      p->set_payment_id(rng_.Pick(payment_ids_));
    } else {
      p->set_payment_id(fmt::format("P{}", payment_ids_.size()));
      payment_ids_.push_back(p->payment_id());
    }
    *p->mutable_amount() = Money(AmountFor(balance, debt), currency);
    Day value = NearToday();
    if (debt != nullptr && debt->has_early_payment_discount() && rng_.Chance(300)) {
      value = *ToDay(debt->early_payment_discount().pay_by()) - static_cast<Day>(rng_.Between(-1, 2));
    }
    *p->mutable_value_date() = ToCivil(value);
    p->set_method(static_cast<v1::PaymentMethod>(rng_.Between(1, 5)));
    return e;
  }

  v1::Event MakeReversal() {
    v1::Event e = Envelope(NewEventId(), rng_.Chance(30) ? other_debtor_ : debtor_, "");
    auto* p = e.mutable_payment_reversed();
    if (payment_ids_.empty() || rng_.Chance(150)) {
      p->set_payment_id(fmt::format("PX{}", rng_.Below(5)));
    } else if (rng_.Chance(200)) {
      p->set_payment_id(payment_ids_.back());
    } else {
      p->set_payment_id(rng_.Pick(payment_ids_));
    }
    *p->mutable_date() = ToCivil(NearToday());
    p->set_reason(rng_.Chance(500) ? v1::REVERSAL_REASON_BOUNCE : v1::REVERSAL_REASON_CHARGEBACK);
    if (rng_.Chance(100)) e.set_debt_id(PickDebtId());  // A debt id on a reversal is ignored.
    return e;
  }

  v1::Event MakeCreditNote() {
    const std::string id = PickDebtId();
    v1::Event e = DebtEnvelope(id);
    auto* p = e.mutable_credit_note_issued();
    p->set_credit_note_id(fmt::format("CN-{}", next_event_));
    *p->mutable_amount() = Money(AmountFor(BalanceOf(id), Peek(id)), CurrencyFor(id));
    *p->mutable_date() = ToCivil(NearToday());
    return e;
  }

  // Mostly what the debtor's credit and the debt's balance allow, sometimes
  // more (INSUFFICIENT_CREDIT).
  v1::Event MakeCreditApplied() {
    const std::string id = PickDebtId();
    v1::Event e = DebtEnvelope(id);
    const std::string currency = CurrencyFor(id);
    std::int64_t credit = 0;
    if (auto it = engine_.access.debtors.find(e.debtor_key()); it != engine_.access.debtors.end()) {
      for (const auto& m : it->second.credit()) {
        if (m.currency() == currency) credit = m.amount_minor();
      }
    }
    const std::int64_t most = std::min(credit, BalanceOf(id));
    std::int64_t amount = most > 0 && rng_.Chance(800) ? rng_.Between(1, most) : rng_.Between(1, 50'000);
    if (most > 0 && rng_.Chance(300)) amount = most;
    auto* p = e.mutable_credit_applied();
    *p->mutable_amount() = Money(amount, currency);
    *p->mutable_date() = ToCivil(NearToday());
    return e;
  }

  v1::Event MakeReminder() {
    v1::Event e = DebtEnvelope(PickDebtId());
    auto* p = e.mutable_reminder_sent();
    p->set_level(static_cast<std::uint32_t>(rng_.Between(0, 5)));
    p->set_channel(static_cast<v1::Channel>(rng_.Between(1, 6)));
    *p->mutable_date() = ToCivil(NearToday());
    p->set_template_id("T1");
    return e;
  }

  v1::Event MakePromise() {
    const std::string id = PickDebtId();
    v1::Event e = DebtEnvelope(id);
    auto* p = e.mutable_promise_to_pay();
    *p->mutable_amount() = Money(AmountFor(BalanceOf(id), Peek(id)), CurrencyFor(id));
    const Day made = NearToday();
    *p->mutable_made_on() = ToCivil(made);
    *p->mutable_promised_date() = ToCivil(made + static_cast<Day>(rng_.Between(0, 20)));
    return e;
  }

  v1::Event MakePlan() {
    const std::string id = PickDebtId();
    v1::Event e = DebtEnvelope(id);
    auto* p = e.mutable_payment_plan_agreed();
    p->set_plan_id(fmt::format("PL-{}", next_event_));
    const Day agreed = NearToday();
    *p->mutable_agreed_on() = ToCivil(agreed);
    const int count = static_cast<int>(rng_.Between(1, 4));
    const std::string currency = CurrencyFor(id);
    const std::int64_t balance = std::max<std::int64_t>(BalanceOf(id), count);
    Day due = agreed + static_cast<Day>(rng_.Between(0, 20));
    for (int i = 0; i < count; ++i) {
      auto* inst = p->add_instalments();
      *inst->mutable_due_date() = ToCivil(due);
      const std::int64_t share =
          rng_.Chance(800) ? std::max<std::int64_t>(1, balance / count) : rng_.Between(1, 50'000);
      *inst->mutable_amount() = Money(share, currency);
      due += static_cast<Day>(rng_.Between(1, 30));
    }
    return e;
  }

  v1::Event MakeDisputeOpened() {
    const std::string id = PickDebtId();
    v1::Event e = DebtEnvelope(id);
    auto* p = e.mutable_dispute_opened();
    p->set_reason("goods not delivered");
    const std::int64_t balance = BalanceOf(id);
    const int r = static_cast<int>(rng_.Below(10));
    if (r >= 4) {
      const std::int64_t asked = r < 8 && balance > 0 ? rng_.Between(1, balance) : balance + rng_.Between(1, 1'000);
      *p->mutable_disputed_amount() = Money(asked, CurrencyFor(id));
    }
    *p->mutable_date() = ToCivil(NearToday());
    return e;
  }

  v1::Event MakeDisputeResolved() {
    const std::string id = PickDebtId();
    v1::Event e = DebtEnvelope(id);
    auto* p = e.mutable_dispute_resolved();
    p->set_outcome(static_cast<v1::DisputeOutcome>(rng_.Between(1, 3)));
    if (p->outcome() == v1::DISPUTE_OUTCOME_SETTLED || rng_.Chance(100)) {
      *p->mutable_credited_amount() = Money(AmountFor(BalanceOf(id), Peek(id)), CurrencyFor(id));
    }
    *p->mutable_date() = ToCivil(NearToday());
    return e;
  }

  v1::Event MakeDayClosed() {
    const Day closed = IsUnset(engine_.meta.business_date()) ? kNoDay : *ToDay(engine_.meta.business_date());
    Day day;
    if (closed != kNoDay && rng_.Chance(200)) {
      day = closed - static_cast<Day>(rng_.Between(0, 5));  // Stale.
    } else {
      day = std::max(today_, closed == kNoDay ? today_ : closed + 1) + static_cast<Day>(rng_.Between(0, 6));
      today_ = std::max(today_, day);
    }
    v1::Event e;
    e.set_event_id(NewEventId());
    e.set_schema_version(rng_.Chance(500) ? 1 : 0);
    *e.mutable_day_closed()->mutable_business_date() = ToCivil(day);
    return e;
  }

  v1::Event MakePolicy() {
    v1::Event e;
    e.set_event_id(NewEventId());
    e.set_schema_version(1);
    auto* policy = e.mutable_policy_published()->mutable_policy();
    policy->set_policy_id("POL-1");
    if (rng_.Chance(800)) ++policy_version_;
    policy->set_version(std::max<std::uint32_t>(1, policy_version_));
    policy->set_promise_grace_days(static_cast<std::uint32_t>(rng_.Between(0, 10)));
    policy->set_instalment_grace_days(static_cast<std::uint32_t>(rng_.Between(0, 10)));
    if (rng_.Chance(400)) policy->set_credit_application(v1::CREDIT_APPLICATION_OLDEST_OPEN_DEBT);
    *policy->mutable_effective_from() = ToCivil(today_);
    return e;
  }

  // Dunning mode: the events only a collector or a court produces.
  bool NextDunning(bool first, v1::Event* e) {
    if (first) {
      *e = MakeDunningPolicy();
      return true;
    }
    const int r = static_cast<int>(rng_.Below(100));
    if (r < 40) {
      *e = MakeNextDay();
      return true;
    }
    if (r < 65 && MakeFollowUp(e)) return true;
    if (r < 67) {
      *e = Envelope(NewEventId(), "", "");
      e->clear_debtor_key();
      e->clear_debt_id();
      e->clear_creditor_id();
      *e->mutable_calendar_published() = dunning_->calendar;
      return true;
    }
    if (r < 69) {
      *e = Envelope(NewEventId(), debtor_, "");
      auto* p = e->mutable_insolvency_proceedings();
      p->set_kind(static_cast<v1::InsolvencyKind>(rng_.Between(1, 3)));
      *p->mutable_date() = ToCivil(NearToday());
      p->set_closed(engine_.access.debtors.count(debtor_) != 0 && engine_.access.debtors.at(debtor_).has_insolvency());
      return true;
    }
    if (r < 71) {
      *e = DebtEnvelope(PickDebtId());
      auto* p = e->mutable_order_for_payment_update();
      p->set_stage(static_cast<v1::OrderStage>(rng_.Between(1, 4)));
      *p->mutable_date() = ToCivil(NearToday());
      return true;
    }
    return false;
  }

  // Mostly the next day, sometimes a few days later.
  v1::Event MakeNextDay() {
    const Day closed = IsUnset(engine_.meta.business_date()) ? kNoDay : *ToDay(engine_.meta.business_date());
    Day day = closed == kNoDay ? today_ : closed + 1;
    if (rng_.Chance(150)) day += static_cast<Day>(rng_.Between(1, 5));
    today_ = std::max(today_, day);
    v1::Event e;
    e.set_event_id(NewEventId());
    e.set_schema_version(1);
    *e.mutable_day_closed()->mutable_business_date() = ToCivil(day);
    return e;
  }

  // What a collector does after an action: a ReminderSent for one debt of
  // it (on the action's day, or a little later), a hand-over, a court claim.
  bool MakeFollowUp(v1::Event* e) {
    for (; actions_seen_ < engine_.actions.size(); ++actions_seen_) {
      const v1::Action& a = engine_.actions[actions_seen_];
      for (const auto& item : a.items()) {
        if (item.level() > 0 || a.kind() == v1::ACTION_KIND_COURTESY_NOTICE) follow_ups_.push_back({a, item});
      }
    }
    if (follow_ups_.empty()) return false;
    const std::size_t index = static_cast<std::size_t>(rng_.Below(follow_ups_.size()));
    const auto [a, item] = follow_ups_[index];
    follow_ups_.erase(follow_ups_.begin() + static_cast<std::ptrdiff_t>(index));
    *e = Envelope(NewEventId(), a.debtor_key(), item.debt_id());
    e->set_creditor_id(a.creditor_id());
    const Day date = std::min(today_, *ToDay(a.date()) + static_cast<Day>(rng_.Chance(800) ? 0 : rng_.Between(1, 4)));
    switch (a.kind()) {
      case v1::ACTION_KIND_HAND_OVER:
        e->mutable_handed_to_agency()->set_agency_id("AG-1");
        *e->mutable_handed_to_agency()->mutable_date() = ToCivil(date);
        return true;
      case v1::ACTION_KIND_LEGAL:
        e->mutable_legal_action_filed()->set_kind(v1::LEGAL_ACTION_KIND_ORDER_FOR_PAYMENT);
        *e->mutable_legal_action_filed()->mutable_date() = ToCivil(date);
        e->mutable_legal_action_filed()->set_court_reference("RG 26/00001");
        return true;
      case v1::ACTION_KIND_COURTESY_NOTICE:
      case v1::ACTION_KIND_REMINDER:
      case v1::ACTION_KIND_FORMAL_NOTICE: {
        auto* p = e->mutable_reminder_sent();
        p->set_level(item.level());
        p->set_channel(a.channel());
        *p->mutable_date() = ToCivil(date);
        p->set_template_id(a.template_id());
        return true;
      }
      default:
        return false;
    }
  }

  // The dunning policy, version after version: odd versions as given, even
  // ones with other contact rules, minimum and grace days.
  v1::Event MakeDunningPolicy() {
    v1::Event e;
    e.set_event_id(NewEventId());
    e.set_schema_version(1);
    v1::DunningPolicy* policy = e.mutable_policy_published()->mutable_policy();
    *policy = dunning_->policy;
    if (rng_.Chance(800)) ++policy_version_;
    policy->set_version(std::max<std::uint32_t>(1, policy_version_));
    if (policy->version() % 2 == 0) {
      policy->mutable_contact()->set_max_contacts_per_week(static_cast<std::uint32_t>(rng_.Between(1, 4)));
      policy->mutable_contact()->set_cooldown_days(static_cast<std::uint32_t>(rng_.Between(0, 3)));
      policy->mutable_contact()->set_no_contact_on_sunday(rng_.Chance(500));
      policy->clear_minimum_balance();
      auto* minimum = policy->add_minimum_balance();
      minimum->set_currency("EUR");
      minimum->set_amount_minor(rng_.Between(0, 20'000));
      policy->set_promise_grace_days(static_cast<std::uint32_t>(rng_.Between(0, 7)));
      policy->set_instalment_grace_days(static_cast<std::uint32_t>(rng_.Between(0, 7)));
    }
    *policy->mutable_effective_from() = ToCivil(today_);
    return e;
  }

  static v1::CivilDate* PrimaryDate(v1::Event* e) {
    switch (e->payload_case()) {
      case v1::Event::kInvoiceIssued:
        return e->mutable_invoice_issued()->mutable_issue_date();
      case v1::Event::kPaymentReceived:
        return e->mutable_payment_received()->mutable_value_date();
      case v1::Event::kPaymentReversed:
        return e->mutable_payment_reversed()->mutable_date();
      case v1::Event::kCreditNoteIssued:
        return e->mutable_credit_note_issued()->mutable_date();
      case v1::Event::kCreditApplied:
        return e->mutable_credit_applied()->mutable_date();
      case v1::Event::kReminderSent:
        return e->mutable_reminder_sent()->mutable_date();
      case v1::Event::kPromiseToPay:
        return e->mutable_promise_to_pay()->mutable_made_on();
      case v1::Event::kPaymentPlanAgreed:
        return e->mutable_payment_plan_agreed()->mutable_agreed_on();
      case v1::Event::kDisputeOpened:
        return e->mutable_dispute_opened()->mutable_date();
      case v1::Event::kDisputeResolved:
        return e->mutable_dispute_resolved()->mutable_date();
      case v1::Event::kHandedToAgency:
        return e->mutable_handed_to_agency()->mutable_date();
      case v1::Event::kLegalActionFiled:
        return e->mutable_legal_action_filed()->mutable_date();
      case v1::Event::kWrittenOff:
        return e->mutable_written_off()->mutable_date();
      case v1::Event::kDayClosed:
        return e->mutable_day_closed()->mutable_business_date();
      default:
        return nullptr;
    }
  }

  // The amount the validator must check (nullptr when none is).
  static v1::Money* PrimaryAmount(v1::Event* e) {
    switch (e->payload_case()) {
      case v1::Event::kInvoiceIssued:
        return e->mutable_invoice_issued()->mutable_amount();
      case v1::Event::kPaymentReceived:
        return e->mutable_payment_received()->mutable_amount();
      case v1::Event::kCreditNoteIssued:
        return e->mutable_credit_note_issued()->mutable_amount();
      case v1::Event::kCreditApplied:
        return e->mutable_credit_applied()->mutable_amount();
      case v1::Event::kPromiseToPay:
        return e->mutable_promise_to_pay()->mutable_amount();
      case v1::Event::kPaymentPlanAgreed:
        return e->mutable_payment_plan_agreed()->mutable_instalments(0)->mutable_amount();
      case v1::Event::kDisputeResolved:
        if (e->dispute_resolved().outcome() != v1::DISPUTE_OUTCOME_SETTLED) return nullptr;
        return e->mutable_dispute_resolved()->mutable_credited_amount();
      default:
        return nullptr;
    }
  }

  // Breaks the event; true when any engine must reject the result.
  bool Corrupt(v1::Event* e) {
    const bool partition_level = e->has_day_closed() || e->has_policy_published();
    const bool debtor_level = e->has_payment_received() || e->has_payment_reversed();
    v1::CivilDate* date = PrimaryDate(e);
    v1::Money* amount = PrimaryAmount(e);
    for (;;) {
      switch (rng_.Below(14)) {
        case 0:
          e->clear_event_id();
          return true;
        case 1:
          e->set_event_id("bad id");
          return true;
        case 2:
          e->set_event_id(std::string(kIdLengthMax + 1, 'x'));
          return true;
        case 3:
          e->set_schema_version(2);
          return true;
        case 4:
          e->clear_payload();
          return true;
        case 5:
          if (partition_level) break;
          e->clear_debtor_key();
          return true;
        case 6:
          if (partition_level) break;
          e->clear_debt_id();
          if (e->has_payment_received()) e->mutable_payment_received()->clear_invoice_reference();
          return !debtor_level;
        case 7:
          if (date == nullptr) break;
          date->set_month(13);
          return true;
        case 8:
          if (date == nullptr) break;
          date->set_year(rng_.Chance(500) ? 1969 : 2200);
          return true;
        case 9:
          if (date == nullptr) break;
          date->Clear();
          return true;
        case 10:
          if (date == nullptr) break;
          date->set_month(2);
          date->set_day(30);
          return true;
        case 11:
          if (amount == nullptr) break;
          amount->set_amount_minor(rng_.Chance(500) ? 0 : -rng_.Between(1, 10'000));
          return true;
        case 12:
          if (amount == nullptr) break;
          amount->set_amount_minor(kAmountMinorMax + rng_.Between(1, 1'000));
          return true;
        case 13:
          if (amount == nullptr) break;
          amount->set_currency(rng_.Chance(500) ? "eu" : "");
          return true;
      }
    }
  }

  Prng rng_;
  const MiniEngine& engine_;
  bool discount_heavy_;
  const DunningMode* dunning_;
  std::size_t actions_seen_ = 0;
  std::vector<std::pair<v1::Action, v1::ActionItem>> follow_ups_;
  std::string debtor_;
  std::string other_debtor_;
  std::vector<Slot> slots_;
  std::vector<std::string> currencies_;
  std::vector<std::string> payment_ids_;
  std::vector<v1::Event> emitted_;
  Day today_ = 0;
  int next_event_ = 0;
  std::uint32_t policy_version_ = 0;
};

}  // namespace relance::testing::property
