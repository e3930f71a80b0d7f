// Internals of the portfolio generator (see generator.h), shared by its
// files and by nothing else. In the order data flows:
//   - this header: the constants (weights, ranges, limits), Rng (splitmix64
//     and integer ranges; no <random>: its distributions differ between
//     standard libraries) and the model: DebtSlot / DebtorSim, per debtor a
//     compact copy of what the engine knows of its open debts, plus the
//     script each debt follows;
//   - emitter.h: Emitter builds envelopes, counts, schedules duplicate
//     redeliveries, publishes the policy and closes days;
//   - debtor_step.h: DebtorStep, one debtor's business on one day, mirroring
//     the engine's rules (engine/core/ledger.cc) so that every event is
//     accepted; its model and events are in debtor_step.cc, its scripts in
//     debtor_scripts.cc;
//   - generator.cc: Portfolio, a calendar of debtors by next action day, the
//     day loop and the public entry points.
// Everything here is in namespace internal: the generator's contract is
// generator.h alone.
#pragma once

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/core/transition_table.h"
#include "tools/gen/generator.h"

namespace relance::gen::internal {

// ---------------------------------------------------------------- constants

// Event times: a day's debtor events from 08:00 UTC, this far apart, never
// after 20:00; DayClosed at 23:59:59. Informative only (the engine ignores them).
inline constexpr std::int64_t kMsPerDay = 86'400'000;
inline constexpr std::int64_t kMsPerHour = 3'600'000;
inline constexpr std::int64_t kOfficeOpenMs = 8 * kMsPerHour;
inline constexpr std::int64_t kOfficeSpanMs = 12 * kMsPerHour;
inline constexpr std::int64_t kEventSpacingMs = 50;
inline constexpr std::int64_t kDayClosedOffsetMs = kMsPerDay - 1000;

// The policy published first; the model uses the same grace periods.
inline constexpr std::string_view kPolicyId = "fr-default";
inline constexpr std::uint32_t kPolicyVersion = 1;
inline constexpr int kPromiseGraceDays = 3;
inline constexpr int kInstalmentGraceDays = 5;

// The amicable ladder, by day after the due date. Step i brings level i + 1.
struct LadderStep {
  int day_offset;
  v1::Channel channel;
  std::uint32_t level;
  std::string_view template_id;
};
inline constexpr std::array<LadderStep, 5> kLadder = {{
    {7, v1::CHANNEL_EMAIL, 1, "reminder-1-email"},
    {14, v1::CHANNEL_PHONE, 2, "reminder-2-phone"},
    {21, v1::CHANNEL_LETTER, 3, "reminder-3-letter"},
    {30, v1::CHANNEL_LETTER, 4, "reminder-4-warning"},
    {45, v1::CHANNEL_FORMAL_NOTICE, 5, "formal-notice"},
}};
inline constexpr int kCourtesyDaysBeforeDue = 3;
inline constexpr std::string_view kCourtesyTemplate = "courtesy-reminder";

// An inclusive range of days, percentages or counts, drawn uniformly.
struct Range {
  int min;
  int max;
};

// The portfolio.
inline constexpr int kCreditorCount = 12;
inline constexpr int kAgencyCount = 3;
inline constexpr std::size_t kSlotsPerDebtor = 3;  // Open debts a debtor may have at once.
inline constexpr std::size_t kCreditorsPerDebtorMax = 2;
inline constexpr std::uint16_t kInvoicesPerDebtorMax = 999;  // "INV-%03d" sorts like the numbers.
inline constexpr std::size_t kDebtorSimBytesMax = 200;
inline constexpr std::array<std::string_view, 4> kCurrencies = {"EUR", "USD", "GBP", "CHF"};
inline constexpr std::array<std::uint32_t, 4> kCurrencyWeights = {80, 8, 7, 5};
inline constexpr std::uint32_t kB2bPerMille = 600;
inline constexpr std::uint32_t kTwoCreditorsPerMille = 200;

// Invoices: amounts by band (minor units), terms, discounts, spacing.
struct AmountBand {
  std::int32_t min_minor;
  std::int32_t max_minor;
  std::uint32_t weight;
};
inline constexpr std::array<AmountBand, 3> kB2cBands = {
    {{5'000, 30'000, 60}, {30'000, 100'000, 30}, {100'000, 200'000, 10}}};
inline constexpr std::array<AmountBand, 4> kB2bBands = {
    {{5'000, 100'000, 30}, {100'000, 1'000'000, 45}, {1'000'000, 3'000'000, 20}, {3'000'000, 5'000'000, 5}}};
inline constexpr std::array<int, 3> kTermsDays = {30, 45, 60};
inline constexpr std::array<std::uint32_t, 3> kB2bTermsWeights = {40, 30, 30};
inline constexpr std::array<std::uint32_t, 3> kB2cTermsWeights = {85, 10, 5};
inline constexpr std::uint32_t kDiscountPerMille = 150;  // B2B invoices with an early-payment discount.
inline constexpr int kDiscountPercent = 2;
inline constexpr int kDiscountDays = 10;  // pay_by is the issue date plus this.
inline constexpr std::uint32_t kCourtesyPerMille = 300;
inline constexpr Range kFirstInvoiceDays = {0, 60};
inline constexpr Range kB2bInvoiceGapDays = {25, 100};
inline constexpr Range kB2cInvoiceGapDays = {40, 160};
inline constexpr Range kInvoiceRetryDays = {7, 30};  // When all slots are busy.

// Debtor behaviour.
enum class Profile : std::uint8_t {
  kReliable,
  kLate,
  kPartial,
  kDisputer,
  kPromiser,
  kPlanner,
  kBouncer,
  kUnreferenced,
  kChronic,
};
inline constexpr std::size_t kProfileCount = 9;
inline constexpr std::array<std::uint32_t, kProfileCount> kProfileWeights = {34, 18, 8, 7, 9, 7, 5, 6, 6};

enum class Scenario : std::uint8_t {
  kOnTime,
  kSlightlyLate,
  kLate,
  kPartial,
  kDispute,
  kPromise,
  kPlan,
  kBounce,
  kUnreferenced,
  kEscalate,
};
inline constexpr std::size_t kScenarioCount = 10;
// The scenario of each new debt, by debtor profile.
inline constexpr std::array<std::array<std::uint32_t, kScenarioCount>, kProfileCount> kScenarioWeights = {{
    // OnTime SlightlyLate Late Partial Dispute Promise Plan Bounce Unreferenced Escalate
    {80, 14, 0, 0, 3, 0, 0, 1, 2, 0},    // reliable
    {15, 15, 50, 5, 0, 10, 0, 0, 0, 5},  // late
    {10, 0, 20, 60, 0, 0, 10, 0, 0, 0},  // partial
    {20, 0, 20, 0, 60, 0, 0, 0, 0, 0},   // disputer
    {10, 0, 20, 0, 0, 70, 0, 0, 0, 0},   // promiser
    {10, 0, 20, 0, 0, 0, 70, 0, 0, 0},   // planner
    {20, 0, 30, 0, 0, 0, 0, 50, 0, 0},   // bouncer
    {0, 0, 20, 0, 0, 0, 0, 0, 80, 0},    // unreferenced payer
    {0, 0, 25, 0, 0, 15, 10, 0, 0, 50},  // chronic
}};

// Scenario parameters. "AfterDue" ranges count from the due date, "After"
// ranges from the step that schedules them; "Percent" ranges are of a balance.
inline constexpr int kAmountPercentScale = 100;
inline constexpr int kPayEarlyDaysMax = 3;  // Promises and instalments are paid up to this early.
// Paying on time, or a little late.
inline constexpr int kOnTimeWindowDays = 10;  // Paid within this many days before the due date.
inline constexpr std::uint32_t kUseDiscountPerMille = 600;
inline constexpr std::uint32_t kCorrectionPerMille = 80;  // On-time debts first corrected by a credit note.
inline constexpr Range kCorrectionAfterDays = {2, kDiscountDays};
inline constexpr Range kCorrectionPercent = {5, 20};
inline constexpr Range kPayAfterCorrectionDays = {3, 15};
inline constexpr std::uint32_t kOverpayPerMille = 30;
inline constexpr Range kOverpayUnits = {1, 50};
inline constexpr int kOverpayUnitMinor = 100;
inline constexpr Range kSlightlyLateAfterDueDays = {1, 12};
inline constexpr Range kLateAfterDueDays = {10, 90};
inline constexpr Range kLatePayAfterDays = {10, 90};  // After a pause ended, or when nothing else is planned.
// Partial payments.
inline constexpr Range kPartialFirstAfterDueDays = {5, 30};
inline constexpr Range kPartialAfterDays = {10, 30};
inline constexpr Range kPartialPayments = {2, 4};
inline constexpr Range kPartialPercent = {20, 50};
inline constexpr std::uint32_t kPartialWriteOffPerMille = 200;
// Promises (made on the phone call).
inline constexpr int kPhoneStep = 1;
inline constexpr std::uint32_t kPartialPromisePerMille = 250;
inline constexpr std::uint32_t kPromiseKeptPerMille = 600, kChronicPromiseKeptPerMille = 300;
inline constexpr Range kPromisedInDays = {5, 15};
inline constexpr Range kRestAfterPromiseDays = {10, 30};
// Payment plans.
inline constexpr Range kPlanAfterDueDays = {8, 25};
inline constexpr Range kPlanFirstDueInDays = {7, 30};
inline constexpr Range kPlanInstalments = {2, 6};
inline constexpr int kPlanIntervalDays = 30;
inline constexpr std::uint32_t kPlanMissPerMille = 300, kChronicPlanMissPerMille = 600;
// Disputes, credit notes.
inline constexpr int kDisputeAfterIssueDaysMin = 3;
inline constexpr int kDisputeAfterDueDaysMax = 20;
inline constexpr std::uint32_t kWholeDisputePerMille = 600;
inline constexpr Range kDisputedPercent = {20, 60};
inline constexpr Range kDisputeLastsDays = {10, 45};
inline constexpr std::array<std::uint32_t, 3> kDisputeOutcomeWeights = {35, 35, 30};  // Creditor, debtor, settled.
inline constexpr Range kSettledPercent = {30, 70};
inline constexpr Range kPayAfterDisputeDays = {5, 40};
inline constexpr std::uint32_t kGoodwillCreditPerMille = 300;
inline constexpr Range kGoodwillAfterDays = {3, 10};
inline constexpr Range kGoodwillPercent = {5, 15};
inline constexpr Range kPayAfterGoodwillDays = {5, 30};
// Bounces.
inline constexpr Range kBounceAfterDueDays = {-5, 15};
inline constexpr Range kReversalAfterDays = {3, 10};
inline constexpr Range kRepayAfterDays = {3, 20};
// Unreferenced payments.
inline constexpr Range kUnreferencedAfterDueDays = {-5, 40};
inline constexpr Range kUnreferencedRetryDays = {10, 40};
inline constexpr std::array<std::uint32_t, 3> kUnreferencedModeWeights = {60, 25, 15};  // Own, lump sum, overpay.
inline constexpr int kUnreferencedAttemptsMax = 3;
// Escalation: agency, court, write-off.
inline constexpr std::uint32_t kEscalatePerMille = 250, kChronicEscalatePerMille = 700;
inline constexpr Range kAgencyAfterDueDays = {55, 75};
inline constexpr std::array<std::uint32_t, 3> kAgencyOutcomeWeights = {40, 30, 30};  // Collects, sues, writes off.
inline constexpr Range kAgencyCollectsAfterDays = {15, 60};
inline constexpr Range kLegalAfterDays = {20, 40};
inline constexpr Range kAgencyWriteOffAfterDays = {30, 90};
inline constexpr std::uint32_t kCourtCollectsPerMille = 500;
inline constexpr Range kCourtCollectsAfterDays = {30, 90};
inline constexpr Range kCourtWriteOffAfterDays = {60, 120};

// Duplicate redeliveries: released this many debtor events later, the same day.
inline constexpr int kRedeliveryDelayEventsMax = 50;
inline constexpr std::size_t kRedeliveriesPendingMax = 256;
inline constexpr std::uint64_t kRedeliveryStream = 0x6475706c69636174;  // Separates the stream from the debtors'.

// ---------------------------------------------------------------- random

// splitmix64's output function: a bijective 64-bit mix.
inline std::uint64_t Mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// splitmix64 over a state owned by the caller (8 bytes per debtor).
class Rng {
 public:
  explicit Rng(std::uint64_t* state) : state_(state) {}

  std::uint64_t Next() {
    *state_ += 0x9e3779b97f4a7c15ULL;
    return Mix64(*state_);
  }
  // Uniform in [0, n); REQUIRES: n > 0. The modulo bias is below n / 2^64.
  std::uint64_t Below(std::uint64_t n) { return Next() % n; }
  // Uniform in [lo, hi]; REQUIRES: lo <= hi.
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<std::uint64_t>(hi - lo) + 1)); }
  int In(Range range) { return Between(range.min, range.max); }
  bool Chance(std::uint32_t per_mille) { return Below(1000) < per_mille; }
  // An index drawn with the given weights; REQUIRES: a positive total.
  template <std::size_t N>
  std::size_t Pick(const std::array<std::uint32_t, N>& weights) {
    std::uint64_t total = 0;
    for (std::uint32_t w : weights) total += w;
    std::uint64_t draw = Below(total);
    for (std::size_t i = 0; i < N; ++i) {
      if (draw < weights[i]) return i;
      draw -= weights[i];
    }
    return N - 1;
  }

 private:
  std::uint64_t* state_;
};

// ---------------------------------------------------------------- model

// Days relative to GenOptions::start_day; 16 bits keep a debtor small.
using DayOffset = std::uint16_t;
inline constexpr int kNever = UINT16_MAX;
// No script plans a step further ahead than this (the longest chains are
// plans of kPlanInstalments.max monthly instalments and court cases).
inline constexpr int kPlanningDaysMax = 365;
static_assert(kHorizonDaysMax + kPlanningDaysMax < kNever, "day offsets must fit in 16 bits");
static_assert(kPlanFirstDueInDays.max + kPlanInstalments.max * kPlanIntervalDays < kPlanningDaysMax);

// The engine's flags of a debt, as the model tracks them.
enum DebtFlag : std::uint8_t {
  kOverdue = 1 << 0,
  kPromised = 1 << 1,
  kInPlan = 1 << 2,
  kDisputed = 1 << 3,
  kWithAgency = 1 << 4,
  kInLegalAction = 1 << 5,
  kFormalNotice = 1 << 6,
  kCourtesySent = 1 << 7,
};

// What a debt's script does when its action day comes.
enum class Stage : std::uint8_t {
  kIdle,             // Nothing planned: an open debt gets a final payment.
  kCorrection,       // A billing-correction credit note, then payment.
  kPayFull,          // Pays the balance with its debt id.
  kPayUnreferenced,  // Pays without a debt id (counter: attempts).
  kPartialPay,       // One of several partial payments (counter: payments left).
  kPromiseMake,
  kPromiseKeep,
  kPromiseBroken,  // Wakes once the engine has broken the promise.
  kPlanAgree,
  kPlanPay,     // counter: the instalment to pay.
  kPlanMissed,  // Wakes once the engine has seen the instalment missed.
  kDisputeOpen,
  kDisputeResolve,
  kGoodwillCredit,
  kBouncePay,  // A payment that will bounce (counter: its method).
  kBounceReverse,
  kAgency,
  kLegal,
  kWriteOff,
};

// One debt: the engine's view of it, and its script. Amounts fit in 32 bits
// (the largest invoice is kB2bBands.back().max_minor).
struct DebtSlot {
  std::int32_t balance_minor = 0;
  std::int32_t net_paid_minor = 0;  // Paid minus reversed.
  std::int32_t discount_minor = 0;  // Early-payment discount; 0: none.
  std::int32_t disputed_minor = 0;
  // Promise: net paid at which it is kept. Plan: the instalment. Bounce: what the payment took.
  std::int32_t pause_minor = 0;
  std::int32_t plan_base_minor = 0;  // Net paid when the plan was agreed.
  DayOffset due_day = 0;
  DayOffset pay_by_day = 0;
  DayOffset pause_day = 0;  // Promise: promised date. Plan: first instalment's due date.
  DayOffset action_day = kNever;
  DayOffset ladder_day = kNever;
  std::uint32_t bounce_payment = 0;  // Number of the payment that will bounce.
  std::uint16_t number = 0;          // Invoice number, from 1; 0: a free slot.
  std::uint8_t flags = 0;
  std::uint8_t dunning_level = 0;
  std::uint8_t closed = 0;  // The v1::DebtStatus that closed it; 0: open.
  Stage stage = Stage::kIdle;
  std::uint8_t counter = 0;
  std::uint8_t creditor = 0;  // Index in DebtorSim::creditors.
  std::uint8_t plan_count = 0;
  std::uint8_t plan_next = 0;             // The engine's next instalment to check.
  std::uint8_t plan_miss = 0;             // The instalment the debtor will skip; plan_count: none.
  std::uint8_t plan_remainder_minor = 0;  // Added to the last instalment (< plan_count).
};

struct DebtorSim {
  std::uint64_t rng_state = 0;
  std::uint32_t event_seq = 0;
  std::uint32_t payment_seq = 0;
  std::uint16_t invoice_seq = 0;
  DayOffset next_invoice_day = kNever;
  Profile profile = Profile::kReliable;
  std::uint8_t debtor_type = v1::DEBTOR_TYPE_UNSPECIFIED;
  std::uint8_t creditor_count = 1;
  std::array<std::uint8_t, kCreditorsPerDebtorMax> creditors = {};
  std::array<std::uint8_t, kCreditorsPerDebtorMax> currencies = {};
  std::array<DebtSlot, kSlotsPerDebtor> slots = {};
};
static_assert(sizeof(DebtorSim) <= kDebtorSimBytesMax, "a debtor must stay small: 1M debtors in 200 MB");
static_assert(std::int64_t{kB2bBands.back().max_minor} * std::int64_t{kSlotsPerDebtor} +
                      std::int64_t{kOverpayUnits.max} * kOverpayUnitMinor <
                  INT32_MAX,
              "a debtor's balances, and what it pays at once, must fit in 32 bits");

// Percent of an amount, at least one minor unit.
inline std::int32_t PercentOf(std::int32_t amount_minor, int percent) {
  const std::int64_t part = static_cast<std::int64_t>(amount_minor) * percent / kAmountPercentScale;
  return static_cast<std::int32_t>(std::max<std::int64_t>(1, part));
}

template <std::size_t N>
std::int32_t DrawAmount(Rng& rng, const std::array<AmountBand, N>& bands) {
  std::array<std::uint32_t, N> weights = {};
  for (std::size_t i = 0; i < N; ++i) weights[i] = bands[i].weight;
  const AmountBand& band = bands[rng.Pick(weights)];
  const auto width = static_cast<std::uint64_t>(band.max_minor - band.min_minor) + 1;
  return band.min_minor + static_cast<std::int32_t>(rng.Below(width));
}

inline DayOffset Offset(int day) {
  assert(day >= 0 && day < kNever);
  return static_cast<DayOffset>(std::clamp(day, 0, kNever - 1));
}

// The status the engine derives from a debt's flags (core::DeriveOpenStatus).
inline v1::DebtStatus StatusOf(const DebtSlot& s) {
  if (s.closed != 0) return static_cast<v1::DebtStatus>(s.closed);
  if (s.flags & kDisputed) return v1::DEBT_STATUS_DISPUTED;
  if (s.flags & kInPlan) return v1::DEBT_STATUS_IN_PAYMENT_PLAN;
  if (s.flags & kPromised) return v1::DEBT_STATUS_PROMISED;
  if (s.flags & kInLegalAction) return v1::DEBT_STATUS_IN_LEGAL_ACTION;
  if (s.flags & kWithAgency) return v1::DEBT_STATUS_WITH_AGENCY;
  if (s.flags & kFormalNotice) return v1::DEBT_STATUS_FORMAL_NOTICE_SENT;
  if (s.dunning_level > 0) return v1::DEBT_STATUS_IN_DUNNING;
  if (s.flags & kOverdue) return v1::DEBT_STATUS_OVERDUE;
  return v1::DEBT_STATUS_NOT_YET_DUE;
}

// The engine's transition table decides, not a copy of it.
inline bool Allows(const DebtSlot& s, core::EventKind kind) {
  return core::RuleFor(kind, StatusOf(s)) == core::Rule::kAllow;
}

inline int InstalmentDue(const DebtSlot& s, int k) { return s.pause_day + k * kPlanIntervalDays; }
inline std::int32_t InstalmentAmount(const DebtSlot& s, int k) {
  return s.pause_minor + (k + 1 == s.plan_count ? s.plan_remainder_minor : 0);
}
// What the plan asks to have been paid once instalment k is due.
inline std::int32_t PlanDueSoFar(const DebtSlot& s, int k) {
  return s.pause_minor * (k + 1) + (k + 1 == s.plan_count ? s.plan_remainder_minor : 0);
}

}  // namespace relance::gen::internal
