// The named maxima of the engine, in one place. Every bounded loop, queue and
// field length refers to one of these; relations between them are checked at
// compile time below.
#pragma once

#include <cstddef>
#include <cstdint>

namespace relance {

// Identifiers (event, debt, debtor, creditor, payment): printable ASCII.
inline constexpr std::size_t kIdLengthMax = 128;
// Free text (reasons, invoice numbers, names).
inline constexpr std::size_t kTextLengthMax = 512;
// Money: 10^15 minor units (ten trillion euros) keeps every sum of a debt's
// amounts far from int64 overflow.
inline constexpr std::int64_t kAmountMinorMax = 1'000'000'000'000'000;
// Events a single debt may receive; its idempotency set grows with it.
inline constexpr std::size_t kEventsPerDebtMax = 4096;
// Refused events kept in one debt's trail (the dead-letter topic has them all).
inline constexpr std::size_t kRejectionsPerDebtMax = 256;
// Open debts of one debtor (unreferenced payments scan them).
inline constexpr std::size_t kOpenDebtsPerDebtorMax = 10'000;
// Payments kept per debtor (for reversal and duplicate payment ids). The ids
// of older ones are kept in the store, still duplicates; they can no longer
// be reversed (UNKNOWN_PAYMENT).
inline constexpr std::size_t kPaymentsPerDebtorMax = 1024;
// Debtor-level event ids kept in the debtor's state for idempotency (a
// sliding window, the fast path). Ids that leave it are kept in the store
// (core::ForgottenId), so idempotency does not end with the window.
inline constexpr std::size_t kDebtorEventHashesMax = 1024;
// Partition-level event ids remembered (DayClosed, PolicyPublished).
inline constexpr std::size_t kPartitionEventHashesMax = 256;
// Instalments of one payment plan.
inline constexpr std::size_t kInstalmentsMax = 120;
// Calendars in force at once.
inline constexpr std::size_t kCalendarsMax = 16;
// Reminders remembered per debt (the formal notice's summary of earlier ones).
inline constexpr std::size_t kContactsPerDebtMax = 32;
// Earlier reminders a formal notice recalls per invoice, the newest: a ladder
// has fewer steps, and a letter listing many invoices stays readable (and its
// action small) when a debt's history is long.
inline constexpr std::size_t kPriorContactsPerItemMax = 12;
static_assert(kPriorContactsPerItemMax <= kContactsPerDebtMax);
// Contact days remembered per debtor (caps look back one week).
inline constexpr std::size_t kContactDatesPerDebtorMax = 16;
// Actions one DayClosed may produce for one debtor (one per creditor and channel).
inline constexpr std::size_t kActionsPerDebtorDayMax = 64;
// Debts of one partition a DayClosed re-times after a new policy (the rest
// on the following days): the cost of a policy change stays bounded per day.
inline constexpr std::size_t kRetimeDebtsPerDayMax = 20'000;
// Kafka-compatible partition count bounds.
inline constexpr std::uint32_t kPartitionsMax = 4096;
// Events applied between two RocksDB commits.
inline constexpr std::size_t kBatchEventsMax = 1'000'000;
// A single encoded event (bytes).
inline constexpr std::size_t kEventBytesMax = 1 << 20;
// A binary log record longer than this is a broken frame, not an oversize
// event to reject and skip: nothing writes events 64 times the limit, while a
// damaged length prefix usually reads as a huge number, and skipping that
// many bytes would land in the middle of later records.
inline constexpr std::uint64_t kLogRecordBytesMax = std::uint64_t{64} << 20;
// Dead letters (kafka/dead_letter.h) copy the original key, the rejection's
// detail and the original content-type header: cut beyond these, so that a
// dead letter's key and headers stay a few KiB whatever arrived, and its
// value gets the rest of the topic's limit.
inline constexpr std::size_t kDeadLetterKeyBytesMax = 1024;
inline constexpr std::size_t kDeadLetterDetailBytesMax = 1024;
inline constexpr std::size_t kDeadLetterContentTypeBytesMax = 256;

// Dunning policies (policy_check.h): sizes a policy may have and bounds of
// its numbers. Rates are basis points a year: 100'000 bp is 1000 %.
inline constexpr std::size_t kPolicyLaddersMax = 64;
inline constexpr std::size_t kLadderStepsMax = 64;
inline constexpr std::size_t kPolicyRatePeriodsMax = 1024;
inline constexpr std::size_t kPolicyCurrenciesMax = 256;
inline constexpr std::int32_t kPolicyRateBpMax = 100'000;
// A step more than ten years from the due date is a typo, not a plan.
inline constexpr std::int32_t kStepDayOffsetMax = 3660;
inline constexpr std::uint32_t kDeadlineDaysMax = 365;
inline constexpr std::uint32_t kGraceDaysMax = 366;
inline constexpr std::uint32_t kLimitationYearsMin = 1;
inline constexpr std::uint32_t kLimitationYearsMax = 30;
inline constexpr std::uint32_t kLimitationWarningDaysMax = 3660;
inline constexpr std::uint32_t kCooldownDaysMax = 30;
inline constexpr std::uint32_t kContactsPerWeekMin = 1;
inline constexpr std::uint32_t kContactsPerWeekMax = 50;
inline constexpr std::uint32_t kOrderMonthsMin = 1;
inline constexpr std::uint32_t kOrderMonthsMax = 24;
inline constexpr std::uint32_t kOrderWarningDaysMax = 366;
inline constexpr std::uint32_t kPercentMax = 100;
// How far one DayClosed may move the business date, as a policy sets it
// (DunningPolicy.day_close_step_days_max): at least a day, or no close could
// pass; at most a month, beyond which the guard against typos is gone.
inline constexpr std::uint32_t kDayCloseStepDaysMin = 1;
inline constexpr std::uint32_t kDayCloseStepDaysMax = 31;
// Days of one published calendar: a dozen holidays a year for a century.
inline constexpr std::size_t kCalendarDaysMax = 2048;

static_assert(kAmountMinorMax < (INT64_MAX / static_cast<std::int64_t>(kEventsPerDebtMax + 1)),
              "sums of a debt's amounts must not overflow int64");
static_assert(kPaymentsPerDebtorMax <= kEventsPerDebtMax * 16);
static_assert(kEventBytesMax < kLogRecordBytesMax, "an oversize event must fit in a record to be skipped");
static_assert(kDeadLetterKeyBytesMax >= kIdLengthMax, "a valid debtor key is never cut in a dead letter");
static_assert(kDeadLetterDetailBytesMax >= 2 * kTextLengthMax,
              "a rejection's detail quoting one free-text field is never cut");

}  // namespace relance
