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
// Open debts of one debtor (unreferenced payments scan them).
inline constexpr std::size_t kOpenDebtsPerDebtorMax = 10'000;
// Payments remembered per debtor (for reversal and duplicate payment ids).
inline constexpr std::size_t kPaymentsPerDebtorMax = 1024;
// Debtor-level event ids remembered for idempotency (a sliding window).
inline constexpr std::size_t kDebtorEventHashesMax = 1024;
// Partition-level event ids remembered (DayClosed, PolicyPublished).
inline constexpr std::size_t kPartitionEventHashesMax = 256;
// Instalments of one payment plan.
inline constexpr std::size_t kInstalmentsMax = 120;
// Public holidays of one calendar kept by a partition (about 11 a year in France).
inline constexpr std::size_t kHolidaysPerCalendarMax = 1000;
// Calendars in force at once.
inline constexpr std::size_t kCalendarsMax = 16;
// Reminders remembered per debt (the formal notice's summary of earlier ones).
inline constexpr std::size_t kContactsPerDebtMax = 32;
// Contact days remembered per debtor (caps look back one week).
inline constexpr std::size_t kContactDatesPerDebtorMax = 16;
// Actions one DayClosed may produce for one debtor (one per creditor and channel).
inline constexpr std::size_t kActionsPerDebtorDayMax = 64;
// Kafka-compatible partition count bounds.
inline constexpr std::uint32_t kPartitionsMax = 4096;
// Events applied between two RocksDB commits.
inline constexpr std::size_t kBatchEventsMax = 1'000'000;
// A single encoded event (bytes).
inline constexpr std::size_t kEventBytesMax = 1 << 20;

static_assert(kAmountMinorMax < (INT64_MAX / static_cast<std::int64_t>(kEventsPerDebtMax + 1)),
              "sums of a debt's amounts must not overflow int64");
static_assert(kPaymentsPerDebtorMax <= kEventsPerDebtMax * 16);

}  // namespace relance
