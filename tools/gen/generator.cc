// The portfolio generator (see generator.h). In the order data flows:
//   - Rng: splitmix64 and integer ranges (no <random>: its distributions
//     differ between standard libraries);
//   - DebtSlot / DebtorSim: per debtor, a compact model of what the engine
//     knows of its open debts, plus the script each debt follows;
//   - Emitter: builds envelopes, counts, schedules duplicate redeliveries,
//     publishes the policy and closes days;
//   - DebtorStep: one debtor's business on one day, mirroring the engine's
//     rules (engine/core/ledger.cc) so that every event is accepted;
//   - Portfolio: a calendar of debtors by next action day, and the day loop.
#include "tools/gen/generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/transition_table.h"

namespace relance::gen {
namespace {

// ---------------------------------------------------------------- constants

// Event times: a day's debtor events from 08:00 UTC, this far apart, never
// after 20:00; DayClosed at 23:59:59. Informative only (the engine ignores them).
constexpr std::int64_t kMsPerDay = 86'400'000;
constexpr std::int64_t kMsPerHour = 3'600'000;
constexpr std::int64_t kOfficeOpenMs = 8 * kMsPerHour;
constexpr std::int64_t kOfficeSpanMs = 12 * kMsPerHour;
constexpr std::int64_t kEventSpacingMs = 50;
constexpr std::int64_t kDayClosedOffsetMs = kMsPerDay - 1000;

// The policy published first; the model uses the same grace periods.
constexpr std::string_view kPolicyId = "fr-default";
constexpr std::uint32_t kPolicyVersion = 1;
constexpr int kPromiseGraceDays = 3;
constexpr int kInstalmentGraceDays = 5;

// The amicable ladder, by day after the due date. Step i brings level i + 1.
struct LadderStep {
  int day_offset;
  v1::Channel channel;
  std::uint32_t level;
  std::string_view template_id;
};
constexpr std::array<LadderStep, 5> kLadder = {{
    {7, v1::CHANNEL_EMAIL, 1, "reminder-1-email"},
    {14, v1::CHANNEL_PHONE, 2, "reminder-2-phone"},
    {21, v1::CHANNEL_LETTER, 3, "reminder-3-letter"},
    {30, v1::CHANNEL_LETTER, 4, "reminder-4-warning"},
    {45, v1::CHANNEL_FORMAL_NOTICE, 5, "formal-notice"},
}};
constexpr int kCourtesyDaysBeforeDue = 3;
constexpr std::string_view kCourtesyTemplate = "courtesy-reminder";

// An inclusive range of days, percentages or counts, drawn uniformly.
struct Range {
  int min;
  int max;
};

// The portfolio.
constexpr int kCreditorCount = 12;
constexpr int kAgencyCount = 3;
constexpr std::size_t kSlotsPerDebtor = 3;  // Open debts a debtor may have at once.
constexpr std::size_t kCreditorsPerDebtorMax = 2;
constexpr std::uint16_t kInvoicesPerDebtorMax = 999;  // "INV-%03d" sorts like the numbers.
constexpr std::size_t kDebtorSimBytesMax = 200;
constexpr std::array<std::string_view, 4> kCurrencies = {"EUR", "USD", "GBP", "CHF"};
constexpr std::array<std::uint32_t, 4> kCurrencyWeights = {80, 8, 7, 5};
constexpr std::uint32_t kB2bPerMille = 600;
constexpr std::uint32_t kTwoCreditorsPerMille = 200;

// Invoices: amounts by band (minor units), terms, discounts, spacing.
struct AmountBand {
  std::int32_t min_minor;
  std::int32_t max_minor;
  std::uint32_t weight;
};
constexpr std::array<AmountBand, 3> kB2cBands = {{{5'000, 30'000, 60}, {30'000, 100'000, 30}, {100'000, 200'000, 10}}};
constexpr std::array<AmountBand, 4> kB2bBands = {
    {{5'000, 100'000, 30}, {100'000, 1'000'000, 45}, {1'000'000, 3'000'000, 20}, {3'000'000, 5'000'000, 5}}};
constexpr std::array<int, 3> kTermsDays = {30, 45, 60};
constexpr std::array<std::uint32_t, 3> kB2bTermsWeights = {40, 30, 30};
constexpr std::array<std::uint32_t, 3> kB2cTermsWeights = {85, 10, 5};
constexpr std::uint32_t kDiscountPerMille = 150;  // B2B invoices with an early-payment discount.
constexpr int kDiscountPercent = 2;
constexpr int kDiscountDays = 10;  // pay_by is the issue date plus this.
constexpr std::uint32_t kCourtesyPerMille = 300;
constexpr Range kFirstInvoiceDays = {0, 60};
constexpr Range kB2bInvoiceGapDays = {25, 100};
constexpr Range kB2cInvoiceGapDays = {40, 160};
constexpr Range kInvoiceRetryDays = {7, 30};  // When all slots are busy.

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
constexpr std::size_t kProfileCount = 9;
constexpr std::array<std::uint32_t, kProfileCount> kProfileWeights = {34, 18, 8, 7, 9, 7, 5, 6, 6};

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
constexpr std::size_t kScenarioCount = 10;
// The scenario of each new debt, by debtor profile.
constexpr std::array<std::array<std::uint32_t, kScenarioCount>, kProfileCount> kScenarioWeights = {{
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
constexpr int kAmountPercentScale = 100;
constexpr int kPayEarlyDaysMax = 3;  // Promises and instalments are paid up to this early.
// Paying on time, or a little late.
constexpr int kOnTimeWindowDays = 10;  // Paid within this many days before the due date.
constexpr std::uint32_t kUseDiscountPerMille = 600;
constexpr std::uint32_t kCorrectionPerMille = 80;  // On-time debts first corrected by a credit note.
constexpr Range kCorrectionAfterDays = {2, kDiscountDays};
constexpr Range kCorrectionPercent = {5, 20};
constexpr Range kPayAfterCorrectionDays = {3, 15};
constexpr std::uint32_t kOverpayPerMille = 30;
constexpr Range kOverpayUnits = {1, 50};
constexpr int kOverpayUnitMinor = 100;
constexpr Range kSlightlyLateAfterDueDays = {1, 12};
constexpr Range kLateAfterDueDays = {10, 90};
constexpr Range kLatePayAfterDays = {10, 90};  // After a pause ended, or when nothing else is planned.
// Partial payments.
constexpr Range kPartialFirstAfterDueDays = {5, 30};
constexpr Range kPartialAfterDays = {10, 30};
constexpr Range kPartialPayments = {2, 4};
constexpr Range kPartialPercent = {20, 50};
constexpr std::uint32_t kPartialWriteOffPerMille = 200;
// Promises (made on the phone call).
constexpr int kPhoneStep = 1;
constexpr std::uint32_t kPartialPromisePerMille = 250;
constexpr std::uint32_t kPromiseKeptPerMille = 600, kChronicPromiseKeptPerMille = 300;
constexpr Range kPromisedInDays = {5, 15};
constexpr Range kRestAfterPromiseDays = {10, 30};
// Payment plans.
constexpr Range kPlanAfterDueDays = {8, 25};
constexpr Range kPlanFirstDueInDays = {7, 30};
constexpr Range kPlanInstalments = {2, 6};
constexpr int kPlanIntervalDays = 30;
constexpr std::uint32_t kPlanMissPerMille = 300, kChronicPlanMissPerMille = 600;
// Disputes, credit notes.
constexpr int kDisputeAfterIssueDaysMin = 3;
constexpr int kDisputeAfterDueDaysMax = 20;
constexpr std::uint32_t kWholeDisputePerMille = 600;
constexpr Range kDisputedPercent = {20, 60};
constexpr Range kDisputeLastsDays = {10, 45};
constexpr std::array<std::uint32_t, 3> kDisputeOutcomeWeights = {35, 35, 30};  // Creditor, debtor, settled.
constexpr Range kSettledPercent = {30, 70};
constexpr Range kPayAfterDisputeDays = {5, 40};
constexpr std::uint32_t kGoodwillCreditPerMille = 300;
constexpr Range kGoodwillAfterDays = {3, 10};
constexpr Range kGoodwillPercent = {5, 15};
constexpr Range kPayAfterGoodwillDays = {5, 30};
// Bounces.
constexpr Range kBounceAfterDueDays = {-5, 15};
constexpr Range kReversalAfterDays = {3, 10};
constexpr Range kRepayAfterDays = {3, 20};
// Unreferenced payments.
constexpr Range kUnreferencedAfterDueDays = {-5, 40};
constexpr Range kUnreferencedRetryDays = {10, 40};
constexpr std::array<std::uint32_t, 3> kUnreferencedModeWeights = {60, 25, 15};  // Own, lump sum, overpay.
constexpr int kUnreferencedAttemptsMax = 3;
// Escalation: agency, court, write-off.
constexpr std::uint32_t kEscalatePerMille = 250, kChronicEscalatePerMille = 700;
constexpr Range kAgencyAfterDueDays = {55, 75};
constexpr std::array<std::uint32_t, 3> kAgencyOutcomeWeights = {40, 30, 30};  // Collects, sues, writes off.
constexpr Range kAgencyCollectsAfterDays = {15, 60};
constexpr Range kLegalAfterDays = {20, 40};
constexpr Range kAgencyWriteOffAfterDays = {30, 90};
constexpr std::uint32_t kCourtCollectsPerMille = 500;
constexpr Range kCourtCollectsAfterDays = {30, 90};
constexpr Range kCourtWriteOffAfterDays = {60, 120};

// Duplicate redeliveries: released this many debtor events later, the same day.
constexpr int kRedeliveryDelayEventsMax = 50;
constexpr std::size_t kRedeliveriesPendingMax = 256;
constexpr std::uint64_t kRedeliveryStream = 0x6475706c69636174;  // Separates the stream from the debtors'.

// EventsPerDebtorEstimate's sample.
constexpr std::uint64_t kEstimateSampleDebtors = 500;

// ---------------------------------------------------------------- random

// splitmix64's output function: a bijective 64-bit mix.
std::uint64_t Mix64(std::uint64_t z) {
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
constexpr int kNever = UINT16_MAX;
// No script plans a step further ahead than this (the longest chains are
// plans of kPlanInstalments.max monthly instalments and court cases).
constexpr int kPlanningDaysMax = 365;
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
std::int32_t PercentOf(std::int32_t amount_minor, int percent) {
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

DayOffset Offset(int day) {
  assert(day >= 0 && day < kNever);
  return static_cast<DayOffset>(std::clamp(day, 0, kNever - 1));
}

// The status the engine derives from a debt's flags (core::DeriveOpenStatus).
v1::DebtStatus StatusOf(const DebtSlot& s) {
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
bool Allows(const DebtSlot& s, core::EventKind kind) { return core::RuleFor(kind, StatusOf(s)) == core::Rule::kAllow; }

int InstalmentDue(const DebtSlot& s, int k) { return s.pause_day + k * kPlanIntervalDays; }
std::int32_t InstalmentAmount(const DebtSlot& s, int k) {
  return s.pause_minor + (k + 1 == s.plan_count ? s.plan_remainder_minor : 0);
}
// What the plan asks to have been paid once instalment k is due.
std::int32_t PlanDueSoFar(const DebtSlot& s, int k) {
  return s.pause_minor * (k + 1) + (k + 1 == s.plan_count ? s.plan_remainder_minor : 0);
}

// ---------------------------------------------------------------- emitter

// Builds the events, hands them to the sink and redelivers a few of them.
// One message is reused for all events.
class Emitter {
 public:
  Emitter(const GenOptions& options, const EventSink& sink, GenStats* stats)
      : sink_(sink),
        stats_(stats),
        options_(&options),
        start_day_(options.start_day),
        duplicate_per_mille_(options.duplicate_per_mille),
        redelivery_state_(Mix64(options.seed ^ kRedeliveryStream)) {
    for (int i = 0; i < kCreditorCount; ++i) creditor_ids_.push_back(fmt::format("CRED-{:03d}", i + 1));
  }

  void SetDay(int day, v1::CivilDate* out) const { SetCivil(start_day_ + day, out); }

  // Resets the shared event and fills the envelope of a debtor event dated
  // `day`. debt_number 0: no debt id (unreferenced payment, reversal).
  v1::Event& Begin(int day, std::string_view debtor_key, std::uint32_t seq, std::uint16_t debt_number,
                   std::uint8_t creditor) {
    event_.Clear();
    fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "{}-{}", debtor_key, seq);
    event_.set_debtor_key(debtor_key.data(), debtor_key.size());
    if (debt_number != 0) {
      fmt::format_to(std::back_inserter(*event_.mutable_debt_id()), "{}-INV-{:03d}", debtor_key, debt_number);
    }
    event_.set_creditor_id(creditor_ids_[creditor]);
    const std::int64_t offset_ms = std::min(static_cast<std::int64_t>(sent_today_) * kEventSpacingMs, kOfficeSpanMs);
    event_.set_event_time_ms(DayStartMs(day) + kOfficeOpenMs + offset_ms);
    event_.set_schema_version(1);
    return event_;
  }

  // Hands the event started by Begin to the sink; sometimes schedules its
  // redelivery a little later the same day.
  void Send() {
    Count(event_);
    Deliver(event_);
    if (duplicate_per_mille_ > 0 && redelivery_rng_.Chance(duplicate_per_mille_)) {
      if (pending_.size() >= kRedeliveriesPendingMax) Release(/*all=*/true);
      const int delay = redelivery_rng_.Between(1, kRedeliveryDelayEventsMax);
      pending_.push_back(Redelivery{sent_today_ + static_cast<std::uint64_t>(delay), event_});
    }
    Release(/*all=*/false);
  }

  void PublishPolicy();

  // Ends business day `day`: the day's pending redeliveries, then DayClosed.
  void CloseDay(int day) {
    Release(/*all=*/true);
    event_.Clear();
    fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "day-{}", FormatDay(start_day_ + day));
    event_.set_event_time_ms(DayStartMs(day) + kDayClosedOffsetMs);
    event_.set_schema_version(1);
    SetDay(day, event_.mutable_day_closed()->mutable_business_date());
    ++stats_->day_closed;
    Deliver(event_);
    sent_today_ = 0;
  }

 private:
  struct Redelivery {
    std::uint64_t release_after = 0;  // Events sent today.
    v1::Event event;
  };

  std::int64_t DayStartMs(int day) const { return static_cast<std::int64_t>(start_day_ + day) * kMsPerDay; }

  void Deliver(const v1::Event& event) {
    sink_(event);
    ++stats_->events;
    ++sent_today_;
  }

  void Release(bool all) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      if (all || pending_[i].release_after <= sent_today_) {
        Deliver(pending_[i].event);
        ++stats_->duplicates;
      } else {
        if (kept != i) pending_[kept] = std::move(pending_[i]);
        ++kept;
      }
    }
    pending_.resize(kept);
  }

  void Count(const v1::Event& e);

  const EventSink& sink_;
  GenStats* stats_;
  const GenOptions* options_;  // The portfolio's, which outlives the emitter.
  Day start_day_;
  std::uint32_t duplicate_per_mille_;
  std::uint64_t redelivery_state_;
  Rng redelivery_rng_{&redelivery_state_};
  std::vector<std::string> creditor_ids_;
  std::uint64_t sent_today_ = 0;
  std::vector<Redelivery> pending_;  // At most kRedeliveriesPendingMax.
  v1::Event event_;
};

void Emitter::PublishPolicy() {
  if (!options_->policy.policy_id().empty()) {
    event_.Clear();
    fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "policy-{}-{}", options_->policy.policy_id(),
                   options_->policy.version());
    event_.set_event_time_ms(DayStartMs(0));
    event_.set_schema_version(1);
    *event_.mutable_policy_published()->mutable_policy() = options_->policy;
    Deliver(event_);
    for (const v1::CalendarPublished& calendar : options_->calendars) {
      event_.Clear();
      fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "calendar-{}", calendar.calendar_id());
      event_.set_event_time_ms(DayStartMs(0));
      event_.set_schema_version(1);
      *event_.mutable_calendar_published() = calendar;
      Deliver(event_);
    }
    return;
  }
  event_.Clear();
  fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "policy-{}-{}", kPolicyId, kPolicyVersion);
  event_.set_event_time_ms(DayStartMs(0));
  event_.set_schema_version(1);
  v1::DunningPolicy* policy = event_.mutable_policy_published()->mutable_policy();
  policy->set_policy_id(kPolicyId.data(), kPolicyId.size());
  policy->set_version(kPolicyVersion);
  SetDay(0, policy->mutable_effective_from());
  policy->set_promise_grace_days(kPromiseGraceDays);
  policy->set_instalment_grace_days(kInstalmentGraceDays);
  // The ladder the simulated collectors follow, for the record.
  v1::Ladder* ladder = policy->add_ladders();
  v1::LadderStep* courtesy = ladder->add_steps();
  courtesy->set_day_offset(-kCourtesyDaysBeforeDue);
  courtesy->set_channel(v1::CHANNEL_EMAIL);
  courtesy->set_template_id(kCourtesyTemplate.data(), kCourtesyTemplate.size());
  for (const LadderStep& step : kLadder) {
    v1::LadderStep* out = ladder->add_steps();
    out->set_day_offset(step.day_offset);
    out->set_channel(step.channel);
    out->set_template_id(step.template_id.data(), step.template_id.size());
    out->set_level(step.level);
  }
  Deliver(event_);
}

void Emitter::Count(const v1::Event& e) {
  GenStats& s = *stats_;
  switch (e.payload_case()) {
    case v1::Event::kInvoiceIssued:
      ++s.debts;
      break;
    case v1::Event::kPaymentReceived:
      ++s.payments;
      if (e.debt_id().empty()) ++s.unreferenced_payments;
      break;
    case v1::Event::kPaymentReversed:
      ++s.reversals;
      break;
    case v1::Event::kCreditNoteIssued:
      ++s.credit_notes;
      break;
    case v1::Event::kReminderSent:
      ++s.reminders;
      break;
    case v1::Event::kPromiseToPay:
      ++s.promises;
      break;
    case v1::Event::kPaymentPlanAgreed:
      ++s.payment_plans;
      break;
    case v1::Event::kDisputeOpened:
      ++s.disputes_opened;
      break;
    case v1::Event::kDisputeResolved:
      ++s.disputes_resolved;
      break;
    case v1::Event::kHandedToAgency:
      ++s.handed_to_agency;
      break;
    case v1::Event::kLegalActionFiled:
      ++s.legal_actions;
      break;
    case v1::Event::kWrittenOff:
      ++s.write_offs;
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------- one debtor, one day

// Does one debtor's business on one day: first the engine's DayClosed effects
// since its last step (CatchUp), then a new invoice, the ladder and the
// scripted actions due today. Every event first passes the model's checks and
// then updates the model exactly as the engine will update its state.
class DebtorStep {
 public:
  DebtorStep(Emitter& emitter, DebtorSim& sim, std::uint32_t index, int day)
      : emitter_(emitter), sim_(sim), rng_(&sim.rng_state), index_(index), day_(day) {
    key_size_ = fmt::format_to_n(key_.data(), key_.size(), "DR-{:06d}", index + 1).size;
  }

  // Returns the debtor's next action day, kNever if none.
  int Run();

 private:
  std::string_view Key() const { return {key_.data(), key_size_}; }
  std::string_view Currency(const DebtSlot& s) const { return kCurrencies[sim_.currencies[s.creditor]]; }
  bool IsB2b() const { return sim_.debtor_type == v1::DEBTOR_TYPE_B2B; }
  void Schedule(DebtSlot& s, Stage stage, int day) {
    s.stage = stage;
    s.action_day = Offset(std::max(day, day_ + 1));
  }

  // The model.
  void CatchUp(DebtSlot& s) const;
  std::int32_t ModelPay(DebtSlot& s, std::int32_t amount) const;
  void ModelCredit(DebtSlot& s, std::int32_t amount) const;
  static void ModelClose(DebtSlot& s, v1::DebtStatus status);

  // Events: each emits one event and applies it to the model.
  v1::Event& Begin(const DebtSlot& s, bool with_debt_id);
  void SetMoney(const DebtSlot& s, std::int64_t amount_minor, v1::Money* out) const;
  void IssueInvoice();
  std::int32_t PayReferenced(DebtSlot& s, std::int32_t amount, v1::PaymentMethod method);
  void PayUnreferenced(DebtSlot& payer, std::int32_t amount);
  void FillPayment(v1::Event& e, const DebtSlot& s, std::int32_t amount, v1::PaymentMethod method);
  void Reverse(DebtSlot& s);
  void IssueCreditNote(DebtSlot& s, std::int32_t amount);
  void Remind(DebtSlot& s, std::uint32_t level, v1::Channel channel, std::string_view template_id);
  void Promise(DebtSlot& s, std::int32_t amount, int promised_day);
  void AgreePlan(DebtSlot& s, int count, int first_due_day);
  void OpenDispute(DebtSlot& s, std::int32_t asked);
  void ResolveDispute(DebtSlot& s, v1::DisputeOutcome outcome, std::int32_t credited);
  void HandToAgency(DebtSlot& s);
  void FileLegalAction(DebtSlot& s);
  void WriteOff(DebtSlot& s, std::string_view reason);

  // Scripts.
  void StartScenario(DebtSlot& s);
  void RunLadder(DebtSlot& s);
  void ArmLadder(DebtSlot& s) const;
  void RunAction(DebtSlot& s);
  void ResolveLate(DebtSlot& s);
  void PayBalance(DebtSlot& s);
  void PayUnreferencedStage(DebtSlot& s);
  void PartialPay(DebtSlot& s);
  void MakePromise(DebtSlot& s);
  void KeepPromise(DebtSlot& s);
  void StartPlan(DebtSlot& s);
  void PayInstalment(DebtSlot& s);
  void StartDispute(DebtSlot& s);
  void EndDispute(DebtSlot& s);
  void PayAndBounce(DebtSlot& s);
  void Escalate(DebtSlot& s);
  void GoToCourt(DebtSlot& s);
  v1::PaymentMethod DrawPaymentMethod();
  std::int32_t OpenBalanceIn(std::uint8_t currency) const;

  Emitter& emitter_;
  DebtorSim& sim_;
  Rng rng_;
  std::uint32_t index_;
  int day_;
  std::array<char, 16> key_ = {};
  std::size_t key_size_ = 0;
};

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

// ---------------------------------------------------------------- portfolio

// All debtors and a calendar of who acts on which day. Each debtor is in
// exactly one calendar bucket: the day of its next action.
class Portfolio {
 public:
  Portfolio(const GenOptions& options, const EventSink& sink) : options_(options), emitter_(options_, sink, &stats_) {
    options_.debtors = std::min(options_.debtors, kDebtorsMax);
    options_.horizon_days = std::clamp(options_.horizon_days, 0, kHorizonDaysMax);
  }

  GenStats Run() {
    emitter_.PublishPolicy();
    const int horizon = options_.horizon_days;
    calendar_.resize(static_cast<std::size_t>(horizon));
    debtors_.resize(options_.debtors);
    for (std::uint32_t i = 0; i < debtors_.size(); ++i) {
      InitDebtor(i);
      if (debtors_[i].next_invoice_day < horizon) calendar_[debtors_[i].next_invoice_day].push_back(i);
    }
    for (int day = 0; day < horizon; ++day) {
      std::vector<std::uint32_t> today = std::exchange(calendar_[static_cast<std::size_t>(day)], {});
      std::sort(today.begin(), today.end());  // Log order within a day: by debtor.
      for (std::uint32_t index : today) {
        const int next = DebtorStep(emitter_, debtors_[index], index, day).Run();
        if (next < horizon) calendar_[static_cast<std::size_t>(next)].push_back(index);
      }
      emitter_.CloseDay(day);
    }
    return stats_;
  }

 private:
  void InitDebtor(std::uint32_t index) {
    DebtorSim& sim = debtors_[index];
    sim.rng_state = Mix64(Mix64(options_.seed) + index);
    Rng rng(&sim.rng_state);
    sim.profile = static_cast<Profile>(rng.Pick(kProfileWeights));
    sim.debtor_type = static_cast<std::uint8_t>(rng.Chance(kB2bPerMille) ? v1::DEBTOR_TYPE_B2B : v1::DEBTOR_TYPE_B2C);
    sim.creditor_count = rng.Chance(kTwoCreditorsPerMille) ? 2 : 1;
    sim.creditors[0] = static_cast<std::uint8_t>(rng.Below(kCreditorCount));
    const std::uint64_t other = sim.creditors[0] + 1 + rng.Below(kCreditorCount - 1);  // Never the first one.
    sim.creditors[1] = static_cast<std::uint8_t>(other % kCreditorCount);
    for (std::uint8_t& currency : sim.currencies) currency = static_cast<std::uint8_t>(rng.Pick(kCurrencyWeights));
    sim.next_invoice_day = Offset(rng.In(kFirstInvoiceDays));
  }

  GenOptions options_;
  GenStats stats_;
  Emitter emitter_;
  std::vector<DebtorSim> debtors_;
  std::vector<std::vector<std::uint32_t>> calendar_;  // Debtor indexes by next action day.
};

}  // namespace

GenStats Generate(const GenOptions& options, const EventSink& sink) {
  Portfolio portfolio(options, sink);
  return portfolio.Run();
}

double EventsPerDebtorEstimate(const GenOptions& options) {
  GenOptions sample = options;
  sample.debtors = kEstimateSampleDebtors;
  std::uint64_t debtor_events = 0;
  Generate(sample, [&debtor_events](const v1::Event& e) {
    if (!e.debtor_key().empty()) ++debtor_events;
  });
  return static_cast<double>(debtor_events) / static_cast<double>(sample.debtors);
}

}  // namespace relance::gen
