// The read-side query API: what the HTTP API and the exports call. Every
// function reads the `projection` family (and, where said, `debtor` and
// `meta`) through one snapshot the caller provides (nullptr: the latest
// state), merges the per-partition aggregates and returns a plain struct.
// Nothing here writes.
//
// Thread safety: every function is reentrant; RocksDB reads are thread-safe.
#pragma once

#include <rocksdb/db.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/status.h"
#include "engine/store/store.h"

namespace relance::projections {

// ---- Ageing ----------------------------------------------------------------

// Upper bounds (days past due, inclusive) of the overdue buckets, strictly
// increasing and positive. Default {30, 60, 90, 120}: buckets "not yet due",
// "1-30", "31-60", "61-90", "91-120", ">120".
std::vector<std::int32_t> DefaultBucketBounds();

// At most this many bounds, each at most kBucketBoundMaxDays.
inline constexpr std::size_t kBucketBoundsMax = 16;
inline constexpr std::int32_t kBucketBoundMaxDays = 36'500;

// Parses "30,60,90,120" (what `--buckets` and `?buckets=` take): positive,
// strictly increasing day counts. InvalidArgument saying what is wrong.
Status ParseBucketBounds(std::string_view text, std::vector<std::int32_t>* bounds);

// "not_yet_due", "1_30", ..., "over_120" for bounds {30, ..., 120}.
std::vector<std::string> BucketLabels(const std::vector<std::int32_t>& bounds);

// Where an ageing answer comes from. Both give the same figures (tested).
enum class AgeingSource {
  // The cells (ageing_cells.h) when the date is the latest business date and
  // the query needs no per-debtor figure; otherwise the scan.
  kAuto,
  kScan,   // Every debt row.
  kCells,  // The cells at any date (InvalidArgument with a debtor filter or by_debtor).
};

struct AgeingQuery {
  Day as_of = kNoDay;       // kNoDay: the latest business date of any partition.
  std::string creditor_id;  // Empty: every creditor.
  std::string debtor_key;   // Empty: every debtor.
  std::string currency;     // Empty: every currency.
  std::vector<std::int32_t> bucket_bounds = DefaultBucketBounds();
  bool by_debtor = true;  // false: AgeingReport::by_debtor stays empty (cheaper).
  AgeingSource source = AgeingSource::kAuto;
};

// Outstanding (minor units, one currency) per bucket. buckets[0] is "not yet
// due", then one per bound, then the one beyond the last bound; so
// bucket_bounds.size() + 2 entries.
struct AgeingBuckets {
  std::vector<std::int64_t> buckets_minor;
  std::int64_t total_minor = 0;
  std::uint64_t debts = 0;  // Debts with an outstanding balance as of the date.
  bool operator==(const AgeingBuckets&) const = default;
};

// Groups are always per currency: amounts of two currencies never add up.
struct AgeingReport {
  Day as_of = kNoDay;
  std::vector<std::int32_t> bucket_bounds;
  std::vector<std::string> bucket_labels;                                    // "not_yet_due", "1_30", ..., "over_120".
  std::map<std::string, AgeingBuckets> portfolio;                            // currency
  std::map<std::pair<std::string, std::string>, AgeingBuckets> by_creditor;  // (creditor, currency)
  std::map<std::pair<std::string, std::string>, AgeingBuckets> by_debtor;    // (debtor, currency)
  bool from_cells = false;  // Answered from the ageing cells, not by a scan of every debt.
};

// Ageing as of query.as_of: every debt's outstanding balance as of that date
// (the events dated on or before it), put in the bucket of its days past due
// as of that date. InvalidArgument for unsorted or non-positive bounds.
// At the latest business date, without a debtor filter or by_debtor, it reads
// the ageing cells (ageing_cells.h): one row per partition, creditor,
// currency and block of due days, plus the debts changed after the date,
// instead of every debt.
Status AgeingAsOf(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                  AgeingReport* report);

// One debt as the ageing projection sees it (the `debts` export).
struct DebtAgeingRow {
  std::string debt_id;
  std::string creditor_id;
  std::string debtor_key;
  std::string currency;
  Day issue_date = kNoDay;
  Day due_date = kNoDay;
  std::int64_t issued_minor = 0;
  std::int64_t outstanding_minor = 0;  // As of the query date.
  std::int32_t days_past_due = 0;      // As of the query date; <= 0: not yet due.
  std::size_t bucket = 0;              // Index into AgeingReport::bucket_labels.
};

// Every debt with an outstanding balance as of query.as_of, in key order
// (partition, debt id), filtered like AgeingAsOf.
Status DebtsAsOf(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query, Day* as_of,
                 std::vector<DebtAgeingRow>* rows);

// ---- DSO -------------------------------------------------------------------

struct DsoQuery {
  Day as_of = kNoDay;             // kNoDay: the latest business date.
  std::int32_t window_days = 90;  // N.
  std::string creditor_id;        // Empty: every creditor.
};

// Days sales outstanding per currency:
//   dso_days = outstanding_minor(as_of) * N / sales_minor(as_of - N + 1 .. as_of)
// with integer division (rounded down); sales are the amounts of invoices
// issued in the window. No sales in the window: dso_days is absent.
struct DsoFigure {
  std::int64_t outstanding_minor = 0;
  std::int64_t sales_minor = 0;
  std::optional<std::int64_t> dso_days;
  bool operator==(const DsoFigure&) const = default;
};
struct DsoReport {
  Day as_of = kNoDay;
  std::int32_t window_days = 0;
  std::map<std::string, DsoFigure> by_currency;
};

Status PortfolioDso(const store::Store& store, const rocksdb::Snapshot* snapshot, const DsoQuery& query,
                    DsoReport* report);

// AgeingAsOf and, for the same resolved date, creditor and currency, the DSO
// over window_days, in one scan of the debt rows (what the ageing endpoint
// serves). dso->by_currency holds the query's currency only when it has one.
Status AgeingWithDso(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                     std::int32_t window_days, AgeingReport* report, DsoReport* dso);

// ---- Risk ------------------------------------------------------------------

struct RiskReason {
  std::string code;  // "R01".."R10" (docs/risk.md).
  std::string text;  // e.g. "share of invoices paid late".
  std::uint32_t points = 0;
};

// Score 0..1000, 1000 the riskiest (docs/risk.md).
struct RiskReport {
  std::string debtor_key;
  std::uint32_t partition = 0;
  std::uint32_t score = 0;
  std::string segment;              // core::SegmentName of the debtor under the policy in force.
  std::vector<RiskReason> reasons;  // The 3 largest contributions (non-zero), ties by code.
  Day as_of = kNoDay;               // The day the score was computed for.
};

// NotFound when the debtor has no risk row.
Status DebtorRisk(const store::Store& store, const rocksdb::Snapshot* snapshot, const std::string& debtor_key,
                  RiskReport* report);

// The n riskiest debtors across partitions: score descending, then debtor key.
Status TopRiskyDebtors(const store::Store& store, const rocksdb::Snapshot* snapshot, std::size_t n,
                       std::vector<RiskReport>* reports);

// Every debtor's risk, in key order (the `risk` export).
Status AllRisks(const store::Store& store, const rocksdb::Snapshot* snapshot, std::vector<RiskReport>* reports);

// ---- Step effectiveness ----------------------------------------------------

struct StepEffectiveness {
  std::uint32_t level = 0;
  std::string channel;        // Channel enum name without prefix, lower case: "email", "letter", ...
  std::uint64_t reached = 0;  // ReminderSent events at this level and channel.
  std::uint64_t paid_7 = 0;   // Debts closed as PAID within 7 days after the step.
  std::uint64_t paid_30 = 0;  // ... within 30 days.
  std::map<std::string, std::int64_t> recovered_minor;  // Payments within 30 days after the step, per currency.
};

struct EffectivenessReport {
  std::vector<StepEffectiveness> steps;  // By (level, channel).
};

Status Effectiveness(const store::Store& store, const rocksdb::Snapshot* snapshot, EffectivenessReport* report);

// The latest business date over the partitions (kNoDay if none closed).
Status LatestBusinessDate(const store::Store& store, const rocksdb::Snapshot* snapshot, Day* day);

}  // namespace relance::projections
