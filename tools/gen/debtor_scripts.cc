// DebtorStep's scripts: what each debt does when its action day comes
// (payments, promises, plans, disputes, bounces, escalation) and the reminder
// ladder (see debtor_step.h).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "tools/gen/debtor_step.h"
#include "tools/gen/generator_internal.h"

namespace relance::gen::internal {

// ---------------------------------------------------------------- scripts

void DebtorStep::StartScenario(DebtSlot& s) {
  const auto scenario = static_cast<Scenario>(rng_.Pick(kScenarioWeights[static_cast<std::size_t>(sim_.profile)]));
  const int due = s.due_day;
  switch (scenario) {
    case Scenario::kOnTime:
      if (rng_.Chance(kCorrectionPerMille)) {
        Schedule(s, Stage::kCorrection, day_ + rng_.In(kCorrectionAfterDays));
      } else if (s.discount_minor > 0 && rng_.Chance(kUseDiscountPerMille)) {
        Schedule(s, Stage::kPayFull, rng_.Between(day_ + 1, s.pay_by_day));
      } else {
        Schedule(s, Stage::kPayFull, rng_.Between(std::max(day_ + 1, due - kOnTimeWindowDays), due));
      }
      return;
    case Scenario::kSlightlyLate:
      return Schedule(s, Stage::kPayFull, due + rng_.In(kSlightlyLateAfterDueDays));
    case Scenario::kLate:
      return Schedule(s, Stage::kPayFull, due + rng_.In(kLateAfterDueDays));
    case Scenario::kPartial:
      s.counter = static_cast<std::uint8_t>(rng_.In(kPartialPayments));
      return Schedule(s, Stage::kPartialPay, due + rng_.In(kPartialFirstAfterDueDays));
    case Scenario::kDispute:
      return Schedule(s, Stage::kDisputeOpen,
                      rng_.Between(day_ + kDisputeAfterIssueDaysMin, due + kDisputeAfterDueDaysMax));
    case Scenario::kPromise:
      return Schedule(s, Stage::kPromiseMake, due + kLadder[kPhoneStep].day_offset);  // After the call.
    case Scenario::kPlan:
      return Schedule(s, Stage::kPlanAgree, due + rng_.In(kPlanAfterDueDays));
    case Scenario::kBounce:
      return Schedule(s, Stage::kBouncePay, due + rng_.In(kBounceAfterDueDays));
    case Scenario::kUnreferenced:
      return Schedule(s, Stage::kPayUnreferenced, due + rng_.In(kUnreferencedAfterDueDays));
    case Scenario::kEscalate:
      return Schedule(s, Stage::kAgency, due + rng_.In(kAgencyAfterDueDays));
  }
}

// The next rung of the ladder, or none once the formal notice went out.
void DebtorStep::ArmLadder(DebtSlot& s) const {
  if (s.closed != 0 || s.dunning_level >= kLadder.size()) {
    s.ladder_day = kNever;
    return;
  }
  s.ladder_day = Offset(std::max(day_ + 1, s.due_day + kLadder[s.dunning_level].day_offset));
}

// Reminders follow the ladder while the debt is chased; a promise, a plan or
// a dispute pauses it (the script re-arms it when the pause ends). A debt not
// yet due may get one courtesy reminder.
void DebtorStep::RunLadder(DebtSlot& s) {
  s.ladder_day = kNever;
  if (s.closed != 0) return;
  const v1::DebtStatus status = StatusOf(s);
  if (status == v1::DEBT_STATUS_PROMISED || status == v1::DEBT_STATUS_IN_PAYMENT_PLAN ||
      status == v1::DEBT_STATUS_DISPUTED) {
    return;
  }
  if (status == v1::DEBT_STATUS_NOT_YET_DUE) {
    if (!(s.flags & kCourtesySent)) Remind(s, 0, v1::CHANNEL_EMAIL, kCourtesyTemplate);
  } else if (s.dunning_level < kLadder.size() && Allows(s, core::EventKind::kReminderSent)) {
    const LadderStep& step = kLadder[s.dunning_level];
    Remind(s, step.level, step.channel, step.template_id);
  }
  ArmLadder(s);
}

void DebtorStep::RunAction(DebtSlot& s) {
  const Stage stage = s.stage;
  s.stage = Stage::kIdle;
  s.action_day = kNever;
  if (s.closed != 0 && stage != Stage::kBounceReverse) return;  // Settled meanwhile: the script ends.
  switch (stage) {
    case Stage::kIdle:
      return;
    case Stage::kCorrection:
      IssueCreditNote(s, PercentOf(s.balance_minor, rng_.In(kCorrectionPercent)));
      if (s.closed == 0) Schedule(s, Stage::kPayFull, day_ + rng_.In(kPayAfterCorrectionDays));
      return;
    case Stage::kPayFull:
      return PayBalance(s);
    case Stage::kPayUnreferenced:
      return PayUnreferencedStage(s);
    case Stage::kPartialPay:
      return PartialPay(s);
    case Stage::kPromiseMake:
      return MakePromise(s);
    case Stage::kPromiseKeep:
      return KeepPromise(s);
    case Stage::kPromiseBroken:
    case Stage::kPlanMissed:
      ArmLadder(s);  // The engine ended the pause yesterday: dunning resumes.
      return ResolveLate(s);
    case Stage::kPlanAgree:
      return StartPlan(s);
    case Stage::kPlanPay:
      return PayInstalment(s);
    case Stage::kDisputeOpen:
      return StartDispute(s);
    case Stage::kDisputeResolve:
      return EndDispute(s);
    case Stage::kGoodwillCredit:
      IssueCreditNote(s, PercentOf(s.balance_minor, rng_.In(kGoodwillPercent)));
      if (s.closed == 0) Schedule(s, Stage::kPayFull, day_ + rng_.In(kPayAfterGoodwillDays));
      return;
    case Stage::kBouncePay:
      return PayAndBounce(s);
    case Stage::kBounceReverse:
      Reverse(s);
      if (s.closed == 0) {
        ArmLadder(s);
        Schedule(s, Stage::kPayFull, day_ + rng_.In(kRepayAfterDays));
      }
      return;
    case Stage::kAgency:
      return Escalate(s);
    case Stage::kLegal:
      return GoToCourt(s);
    case Stage::kWriteOff:
      return WriteOff(s, "uncollectable");
  }
}

// After a broken promise, a missed instalment or a lost dispute: the debtor
// pays late, or the file goes to an agency.
void DebtorStep::ResolveLate(DebtSlot& s) {
  const bool chronic = sim_.profile == Profile::kChronic;
  if (rng_.Chance(chronic ? kChronicEscalatePerMille : kEscalatePerMille)) {
    Schedule(s, Stage::kAgency, s.due_day + kAgencyAfterDueDays.min);
  } else {
    Schedule(s, Stage::kPayFull, day_ + rng_.In(kLatePayAfterDays));
  }
}

v1::PaymentMethod DebtorStep::DrawPaymentMethod() {
  static constexpr std::array<v1::PaymentMethod, 4> kMethods = {
      v1::PAYMENT_METHOD_TRANSFER, v1::PAYMENT_METHOD_CHEQUE, v1::PAYMENT_METHOD_DIRECT_DEBIT, v1::PAYMENT_METHOD_CARD};
  static constexpr std::array<std::uint32_t, 4> kB2bWeights = {85, 10, 5, 0};
  static constexpr std::array<std::uint32_t, 4> kB2cWeights = {30, 0, 30, 40};
  return kMethods[rng_.Pick(IsB2b() ? kB2bWeights : kB2cWeights)];
}

// The balance, less the early-payment discount while it holds; now and then
// a little more than owed (the excess becomes debtor credit).
void DebtorStep::PayBalance(DebtSlot& s) {
  std::int32_t amount = s.balance_minor;
  if (s.discount_minor > 0 && day_ <= s.pay_by_day && amount > s.discount_minor) {
    amount -= s.discount_minor;
  } else if (rng_.Chance(kOverpayPerMille)) {
    amount += rng_.In(kOverpayUnits) * kOverpayUnitMinor;
  }
  PayReferenced(s, amount, DrawPaymentMethod());
}

std::int32_t DebtorStep::OpenBalanceIn(std::uint8_t currency) const {
  std::int32_t total = 0;
  for (const DebtSlot& s : sim_.slots) {
    if (s.number != 0 && s.closed == 0 && sim_.currencies[s.creditor] == currency && !(s.flags & kDisputed)) {
      total += s.balance_minor;
    }
  }
  return total;
}

// This debt's balance, everything owed in the currency, or a bit more; the
// engine allocates it oldest first, so this debt may still be open after.
void DebtorStep::PayUnreferencedStage(DebtSlot& s) {
  static constexpr std::size_t kLumpSum = 1, kOverpay = 2;
  const std::size_t mode = rng_.Pick(kUnreferencedModeWeights);
  std::int32_t amount = s.balance_minor;
  if (mode == kLumpSum) amount = std::max(amount, OpenBalanceIn(sim_.currencies[s.creditor]));
  if (mode == kOverpay) amount += rng_.In(kOverpayUnits) * kOverpayUnitMinor;
  PayUnreferenced(s, amount);
  if (s.closed != 0) return;
  if (++s.counter < kUnreferencedAttemptsMax) {
    Schedule(s, Stage::kPayUnreferenced, day_ + rng_.In(kUnreferencedRetryDays));
  } else {
    Schedule(s, Stage::kPayFull, day_ + rng_.In(kUnreferencedRetryDays));
  }
}

void DebtorStep::PartialPay(DebtSlot& s) {
  if (s.counter > 1) {
    --s.counter;
    PayReferenced(s, PercentOf(s.balance_minor, rng_.In(kPartialPercent)), DrawPaymentMethod());
    if (s.closed == 0) Schedule(s, Stage::kPartialPay, day_ + rng_.In(kPartialAfterDays));
  } else if (rng_.Chance(kPartialWriteOffPerMille)) {
    WriteOff(s, "small balance left after partial payments");
  } else {
    PayBalance(s);
  }
}

void DebtorStep::MakePromise(DebtSlot& s) {
  if (!Allows(s, core::EventKind::kPromiseToPay)) return ResolveLate(s);
  const std::int32_t amount =
      rng_.Chance(kPartialPromisePerMille) ? std::max<std::int32_t>(1, s.balance_minor / 2) : s.balance_minor;
  const int promised_day = day_ + rng_.In(kPromisedInDays);
  Promise(s, amount, promised_day);
  const bool chronic = sim_.profile == Profile::kChronic;
  if (rng_.Chance(chronic ? kChronicPromiseKeptPerMille : kPromiseKeptPerMille)) {
    Schedule(s, Stage::kPromiseKeep, promised_day - rng_.Between(0, kPayEarlyDaysMax));
  } else {
    Schedule(s, Stage::kPromiseBroken, promised_day + kPromiseGraceDays + 1);
  }
}

// Pays what was promised; a partly promised debt is paid off later.
void DebtorStep::KeepPromise(DebtSlot& s) {
  if (!(s.flags & kPromised)) return ResolveLate(s);
  PayReferenced(s, std::min(s.pause_minor - s.net_paid_minor, s.balance_minor), DrawPaymentMethod());
  if (s.closed != 0) return;
  ArmLadder(s);
  Schedule(s, Stage::kPayFull, day_ + rng_.In(kRestAfterPromiseDays));
}

void DebtorStep::StartPlan(DebtSlot& s) {
  if (!Allows(s, core::EventKind::kPaymentPlanAgreed)) return ResolveLate(s);
  const int count = std::min(rng_.In(kPlanInstalments), s.balance_minor);
  AgreePlan(s, count, day_ + rng_.In(kPlanFirstDueInDays));
  const bool chronic = sim_.profile == Profile::kChronic;
  const bool misses = rng_.Chance(chronic ? kChronicPlanMissPerMille : kPlanMissPerMille);
  s.plan_miss = static_cast<std::uint8_t>(misses ? rng_.Below(static_cast<std::uint64_t>(count)) : count);
  s.counter = 0;
  Schedule(s, Stage::kPlanPay, InstalmentDue(s, 0) - rng_.Between(0, kPayEarlyDaysMax));
}

// Pays instalment `counter` a few days early, or skips the one to miss and
// wakes after the engine has seen it missed.
void DebtorStep::PayInstalment(DebtSlot& s) {
  if (!(s.flags & kInPlan)) return ResolveLate(s);
  const int k = s.counter;
  if (k == s.plan_miss) {
    return Schedule(s, Stage::kPlanMissed, InstalmentDue(s, k) + kInstalmentGraceDays + 1);
  }
  PayReferenced(s, std::min(InstalmentAmount(s, k), s.balance_minor), DrawPaymentMethod());
  if (s.closed != 0) return;
  ++s.counter;
  if (s.counter < s.plan_count) {
    Schedule(s, Stage::kPlanPay, InstalmentDue(s, s.counter) - rng_.Between(0, kPayEarlyDaysMax));
  } else {
    ResolveLate(s);
  }
}

void DebtorStep::StartDispute(DebtSlot& s) {
  if (!Allows(s, core::EventKind::kDisputeOpened)) return ResolveLate(s);
  const bool whole = rng_.Chance(kWholeDisputePerMille);
  OpenDispute(s, whole ? 0 : PercentOf(s.balance_minor, rng_.In(kDisputedPercent)));
  Schedule(s, Stage::kDisputeResolve, day_ + rng_.In(kDisputeLastsDays));
}

void DebtorStep::EndDispute(DebtSlot& s) {
  static constexpr std::array<v1::DisputeOutcome, 3> kOutcomes = {
      v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, v1::DISPUTE_OUTCOME_DEBTOR_UPHELD, v1::DISPUTE_OUTCOME_SETTLED};
  if (!(s.flags & kDisputed)) return ResolveLate(s);
  const v1::DisputeOutcome outcome = kOutcomes[rng_.Pick(kDisputeOutcomeWeights)];
  const std::int32_t credited =
      outcome == v1::DISPUTE_OUTCOME_SETTLED ? PercentOf(s.disputed_minor, rng_.In(kSettledPercent)) : 0;
  ResolveDispute(s, outcome, credited);
  if (s.closed != 0) return;
  ArmLadder(s);
  if (outcome == v1::DISPUTE_OUTCOME_CREDITOR_UPHELD && rng_.Chance(kGoodwillCreditPerMille)) {
    Schedule(s, Stage::kGoodwillCredit, day_ + rng_.In(kGoodwillAfterDays));
  } else {
    Schedule(s, Stage::kPayFull, day_ + rng_.In(kPayAfterDisputeDays));
  }
}

// Pays the balance by a means that can bounce; the reversal comes days later.
void DebtorStep::PayAndBounce(DebtSlot& s) {
  static constexpr std::array<v1::PaymentMethod, 3> kMethods = {v1::PAYMENT_METHOD_DIRECT_DEBIT,
                                                                v1::PAYMENT_METHOD_CHEQUE, v1::PAYMENT_METHOD_CARD};
  static constexpr std::array<std::uint32_t, 3> kWeights = {50, 30, 20};
  const v1::PaymentMethod method = kMethods[rng_.Pick(kWeights)];
  s.pause_minor = PayReferenced(s, s.balance_minor, method);
  s.bounce_payment = sim_.payment_seq;
  s.counter = static_cast<std::uint8_t>(method);
  Schedule(s, Stage::kBounceReverse, day_ + rng_.In(kReversalAfterDays));
}

void DebtorStep::Escalate(DebtSlot& s) {
  static constexpr std::size_t kCollects = 0, kSues = 1;
  if (!Allows(s, core::EventKind::kHandedToAgency)) {
    return Schedule(s, Stage::kPayFull, day_ + rng_.In(kLatePayAfterDays));
  }
  HandToAgency(s);
  const std::size_t outcome = rng_.Pick(kAgencyOutcomeWeights);
  if (outcome == kCollects) {
    Schedule(s, Stage::kPayFull, day_ + rng_.In(kAgencyCollectsAfterDays));
  } else if (outcome == kSues) {
    Schedule(s, Stage::kLegal, day_ + rng_.In(kLegalAfterDays));
  } else {
    Schedule(s, Stage::kWriteOff, day_ + rng_.In(kAgencyWriteOffAfterDays));
  }
}

void DebtorStep::GoToCourt(DebtSlot& s) {
  if (!Allows(s, core::EventKind::kLegalActionFiled)) {
    return Schedule(s, Stage::kPayFull, day_ + rng_.In(kLatePayAfterDays));
  }
  FileLegalAction(s);
  if (rng_.Chance(kCourtCollectsPerMille)) {
    Schedule(s, Stage::kPayFull, day_ + rng_.In(kCourtCollectsAfterDays));
  } else {
    Schedule(s, Stage::kWriteOff, day_ + rng_.In(kCourtWriteOffAfterDays));
  }
}

}  // namespace relance::gen::internal
