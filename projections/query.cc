#include "projections/query.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <tuple>

#include "engine/core/hash.h"
#include "engine/core/segment.h"
#include "engine/store/keys.h"
#include "projections/ageing_cells.h"
#include "projections/checked_sum.h"
#include "projections/debt_fold.h"
#include "projections/keys.h"
#include "projections/risk.h"
#include "relance/v1/state.pb.h"

namespace relance::projections {
namespace {

Status ReadOne(const store::Store& store, const rocksdb::Snapshot* snapshot, store::Family family,
               const std::string& key, std::string* value, bool* found) {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot;
  const rocksdb::Status s = store.db()->Get(read, store.handle(family), key, value);
  *found = s.ok();
  if (s.IsNotFound()) return Status::Ok();
  return store::FromRocks(s);
}

Status PartitionCount(const store::Store& store, const rocksdb::Snapshot* snapshot, std::uint32_t* partitions) {
  std::string value;
  bool found = false;
  if (Status s = ReadOne(store, snapshot, store::Family::kMeta, std::string(store::kPartitionCountKey), &value, &found);
      !s.ok()) {
    return s;
  }
  if (!found || value.size() != 4) return Status::NotFound("not a Relance database (no partition count)");
  *partitions = 0;
  for (char c : value) *partitions = (*partitions << 8) | static_cast<unsigned char>(c);
  return Status::Ok();
}

Status CheckBounds(const std::vector<std::int32_t>& bounds) {
  if (bounds.size() > kBucketBoundsMax) {
    return Status::InvalidArgument(fmt::format("at most {} bucket bounds", kBucketBoundsMax));
  }
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    if (bounds[i] <= 0 || bounds[i] > kBucketBoundMaxDays || (i > 0 && bounds[i] <= bounds[i - 1])) {
      return Status::InvalidArgument(
          fmt::format("bucket bounds must be days from 1 to {}, strictly increasing", kBucketBoundMaxDays));
    }
  }
  return Status::Ok();
}

std::size_t BucketOf(const std::vector<std::int32_t>& bounds, std::int32_t days_past_due) {
  if (days_past_due <= 0) return 0;
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    if (days_past_due <= bounds[i]) return i + 1;
  }
  return bounds.size() + 1;
}

// Calls fn(row) for every debt row in [first, limit), in key order.
template <typename Fn>
Status ForEachDebtRowIn(const store::Store& store, const rocksdb::Snapshot* snapshot, const std::string& first,
                        const std::string& limit, Fn&& fn) {
  const rocksdb::Slice upper(limit);
  auto it = store.NewIterator(store::Family::kProjection, snapshot, &upper);
  pb::DebtRow row;
  for (it->Seek(first); it->Valid(); it->Next()) {
    if (!row.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("debt row " + it->key().ToString());
    }
    fn(row);
  }
  return store::FromRocks(it->status());
}

// Calls fn(row) for every debt row, in key order.
template <typename Fn>
Status ForEachDebtRow(const store::Store& store, const rocksdb::Snapshot* snapshot, Fn&& fn) {
  return ForEachDebtRowIn(store, snapshot, std::string(1, kDebtRowKind),
                          std::string(1, static_cast<char>(kDebtRowKind + 1)), std::forward<Fn>(fn));
}

Status ResolveAsOf(const store::Store& store, const rocksdb::Snapshot* snapshot, Day requested, Day* as_of) {
  *as_of = requested;
  if (requested != kNoDay) return Status::Ok();
  if (Status s = LatestBusinessDate(store, snapshot, as_of); !s.ok()) return s;
  if (*as_of == kNoDay) return Status::InvalidArgument("no business day closed yet: give an as-of date");
  return Status::Ok();
}

bool Selected(const AgeingQuery& query, const pb::DebtRow& row) {
  return (query.creditor_id.empty() || row.creditor_id() == query.creditor_id) &&
         (query.debtor_key.empty() || row.debtor_key() == query.debtor_key) &&
         (query.currency.empty() || row.currency() == query.currency);
}

// A debt's outstanding balance, and its amount as a sale when it was issued
// in the DSO window [window_first, day].
// False when a total would pass int64 (checked_sum.h).
[[nodiscard]] bool AddToDso(DsoFigure* f, const pb::DebtRow& row, std::int64_t outstanding_minor, Day window_first,
                            Day day) {
  if (!AddChecked(&f->outstanding_minor, outstanding_minor)) return false;
  if (row.issue_day() >= window_first && row.issue_day() <= day) return AddChecked(&f->sales_minor, row.issued_minor());
  return true;
}

[[nodiscard]] bool AddToBuckets(AgeingBuckets* b, std::size_t buckets, std::size_t bucket, std::int64_t amount_minor) {
  if (b->buckets_minor.empty()) b->buckets_minor.assign(buckets, 0);
  if (!AddChecked(&b->buckets_minor[bucket], amount_minor) || !AddChecked(&b->total_minor, amount_minor)) return false;
  ++b->debts;
  return true;
}

std::string ChannelName(std::int32_t channel) {
  std::string name = v1::Channel_Name(static_cast<v1::Channel>(channel));
  if (name.empty()) return fmt::format("channel_{}", channel);
  name = name.substr(std::string_view("CHANNEL_").size());
  std::transform(name.begin(), name.end(), name.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

Status FillRisk(const store::Store& store, const rocksdb::Snapshot* snapshot, std::uint32_t partition,
                const pb::RiskRow& row, RiskReport* report) {
  report->debtor_key = row.debtor_key();
  report->partition = partition;
  report->score = row.score();
  report->as_of = row.as_of_day();
  std::array<std::uint32_t, kRiskSignalCount> points{};
  for (const auto& c : row.contributions()) {
    if (c.code() >= 1 && c.code() <= kRiskSignalCount) points[c.code() - 1] = c.points();
  }
  report->reasons.clear();
  for (std::uint32_t code : TopReasons(points)) {
    report->reasons.push_back({RiskCode(code), std::string(RiskSignals()[code - 1].text), points[code - 1]});
  }
  // The segment is the engine's (core/segment.h) under the policy in force.
  std::string value;
  bool found = false;
  core::Debtor debtor;
  if (Status s = ReadOne(store, snapshot, store::Family::kDebtor, store::EntityKey(partition, row.debtor_key()), &value,
                         &found);
      !s.ok()) {
    return s;
  }
  if (found && !debtor.ParseFromString(value)) return Status::Corruption("debtor " + row.debtor_key());
  v1::PartitionMeta meta;
  if (Status s = ReadOne(store, snapshot, store::Family::kMeta, store::PartitionMetaKey(partition), &value, &found);
      !s.ok()) {
    return s;
  }
  if (found && !meta.ParseFromString(value)) return Status::Corruption("partition record");
  const auto thresholds = core::SegmentThresholds::From(meta.policy().segments());
  report->segment = std::string(core::SegmentName(core::SegmentOf(debtor, thresholds)));
  return Status::Ok();
}

}  // namespace

std::vector<std::int32_t> DefaultBucketBounds() { return {30, 60, 90, 120}; }

std::vector<std::string> BucketLabels(const std::vector<std::int32_t>& bounds) {
  std::vector<std::string> labels = {"not_yet_due"};
  std::int32_t low = 1;
  for (std::int32_t bound : bounds) {
    labels.push_back(fmt::format("{}_{}", low, bound));
    low = bound + 1;
  }
  labels.push_back(bounds.empty() ? "past_due" : fmt::format("over_{}", bounds.back()));
  return labels;
}

Status ParseBucketBounds(std::string_view text, std::vector<std::int32_t>* bounds) {
  bounds->clear();
  if (text.empty()) return Status::InvalidArgument("bucket bounds: expected days like 30,60,90,120");
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = text.find(',', start);
    const std::string_view part = text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
    // Digits only: from_chars would take a sign, and reports an overflow.
    std::int32_t value = 0;
    const char* end = part.data() + part.size();
    const bool digit_first = !part.empty() && part[0] >= '0' && part[0] <= '9';
    const auto parsed = std::from_chars(part.data(), end, value);
    if (!digit_first || parsed.ptr != end || parsed.ec != std::errc()) {
      return Status::InvalidArgument(fmt::format("bucket bounds: '{}' is not a number of days", part));
    }
    if (bounds->size() == kBucketBoundsMax) {
      return Status::InvalidArgument(fmt::format("at most {} bucket bounds", kBucketBoundsMax));
    }
    bounds->push_back(value);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return CheckBounds(*bounds);
}

Status LatestBusinessDate(const store::Store& store, const rocksdb::Snapshot* snapshot, Day* day) {
  *day = kNoDay;
  const std::string first(1, 'P');
  const std::string limit(1, 'Q');
  const rocksdb::Slice upper(limit);
  auto it = store.NewIterator(store::Family::kMeta, snapshot, &upper);
  v1::PartitionMeta meta;
  for (it->Seek(first); it->Valid(); it->Next()) {
    if (!meta.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("partition record");
    }
    const std::optional<Day> d = ToDay(meta.business_date());
    if (d && *d != kNoDay) *day = std::max(*day, *d);
  }
  return store::FromRocks(it->status());
}

Status DebtsAsOf(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query, Day* as_of,
                 std::vector<DebtAgeingRow>* rows) {
  if (Status s = CheckBounds(query.bucket_bounds); !s.ok()) return s;
  if (Status s = ResolveAsOf(store, snapshot, query.as_of, as_of); !s.ok()) return s;
  const Day day = *as_of;
  return ForEachDebtRow(store, snapshot, [&](const pb::DebtRow& row) {
    if (!Selected(query, row)) return;
    const std::int64_t outstanding = OutstandingAsOf(row, day);
    if (outstanding == 0) return;
    DebtAgeingRow out;
    out.debt_id = row.debt_id();
    out.creditor_id = row.creditor_id();
    out.debtor_key = row.debtor_key();
    out.currency = row.currency();
    out.issue_date = row.issue_day();
    out.due_date = row.due_day();
    out.issued_minor = row.issued_minor();
    out.outstanding_minor = outstanding;
    out.days_past_due = day - row.due_day();
    out.bucket = BucketOf(query.bucket_bounds, out.days_past_due);
    rows->push_back(std::move(out));
  });
}

namespace {

// Ageing (and DSO when dso != nullptr) over one scan; report->as_of and
// dso->as_of must be resolved. No per-debt row is kept.
Status ScanAgeing(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                  AgeingReport* report, DsoReport* dso) {
  report->bucket_bounds = query.bucket_bounds;
  report->bucket_labels = BucketLabels(query.bucket_bounds);
  report->from_cells = false;
  const std::size_t buckets = report->bucket_labels.size();
  const Day day = report->as_of;
  const Day window_first = dso != nullptr ? day - dso->window_days + 1 : day;
  bool fits = true;
  Status s = ForEachDebtRow(store, snapshot, [&](const pb::DebtRow& row) {
    if (!fits || !Selected(query, row)) return;
    const std::int64_t outstanding = OutstandingAsOf(row, day);
    if (dso != nullptr) fits = AddToDso(&dso->by_currency[row.currency()], row, outstanding, window_first, day);
    if (outstanding == 0) return;
    const std::size_t bucket = BucketOf(query.bucket_bounds, day - row.due_day());
    fits = fits && AddToBuckets(&report->portfolio[row.currency()], buckets, bucket, outstanding);
    fits =
        fits && AddToBuckets(&report->by_creditor[{row.creditor_id(), row.currency()}], buckets, bucket, outstanding);
    if (query.by_debtor) {
      fits = fits && AddToBuckets(&report->by_debtor[{row.debtor_key(), row.currency()}], buckets, bucket, outstanding);
    }
  });
  if (!s.ok()) return s;
  return fits ? Status::Ok() : TotalTooLarge("ageing");
}

void FinishDso(DsoReport* report) {
  for (auto& [currency, f] : report->by_currency) {
    // Integer days, rounded down, computed in 128 bits: outstanding * N can
    // pass int64 when the totals are near their bound.
    if (f.sales_minor > 0) {
      const Int128 days = static_cast<Int128>(f.outstanding_minor) * report->window_days / f.sales_minor;
      f.dso_days = days > INT64_MAX ? INT64_MAX : static_cast<std::int64_t>(days);
    }
  }
}

// ---- Ageing from the cells (ageing_cells.h) ---------------------------------

// What the selected debts of one (currency, creditor) add up to as of one
// date, per bucket: the amount they owe and how many owe something.
struct GroupTotals {
  std::vector<Int128> amount_minor;  // Per bucket.
  std::vector<std::int64_t> debts;   // Per bucket.
};

struct CellTotals {
  const AgeingQuery* query = nullptr;
  Day day = kNoDay;
  Day window_first = kNoDay;
  std::size_t buckets = 0;
  std::map<std::pair<std::string, std::string>, GroupTotals> groups;  // (currency, creditor)
  std::map<std::string, Int128> sales_minor;                          // Every currency of a selected debt.

  GroupTotals& Group(const std::string& currency, const std::string& creditor_id) {
    auto [it, inserted] = groups.try_emplace({currency, creditor_id});
    if (inserted) {
      it->second.amount_minor.assign(buckets, 0);
      it->second.debts.assign(buckets, 0);
    }
    return it->second;
  }
  void AddDue(GroupTotals* group, Day due_day, Int128 amount_minor, std::int64_t debts_owing) {
    const std::size_t bucket = BucketOf(query->bucket_bounds, day - due_day);
    group->amount_minor[bucket] += amount_minor;
    group->debts[bucket] += debts_owing;
  }
  // One debt owing `outstanding_minor` (sign -1: taken off).
  void AddDebt(const pb::DebtRow& row, std::int64_t outstanding_minor, int sign) {
    if (outstanding_minor == 0) return;
    AddDue(&Group(row.currency(), row.creditor_id()), row.due_day(), static_cast<Int128>(sign) * outstanding_minor,
           sign);
  }
  bool InWindow(Day issue_day) const { return issue_day >= window_first && issue_day <= day; }
};

// A row of a partition without blocks, as the scan takes it.
void AddScannedRow(CellTotals* totals, const pb::DebtRow& row) {
  totals->AddDebt(row, OutstandingAsOf(row, totals->day), +1);
  Int128& sales = totals->sales_minor[row.currency()];
  if (totals->InWindow(row.issue_day())) sales += row.issued_minor();
}

// A debt changed after the date: the blocks hold its balance with every
// change; take that off and add its balance as of the date.
void CorrectLateRow(CellTotals* totals, const pb::DebtRow& row) {
  totals->AddDebt(row, row.outstanding_minor(), -1);
  totals->AddDebt(row, OutstandingAsOf(row, totals->day), +1);
}

void AddBlock(CellTotals* totals, const pb::AgeingBlock& block) {
  GroupTotals* group = nullptr;
  Int128* sales = nullptr;
  for (int i = 0; i < block.day_offsets_size(); ++i) {
    const Day day = block.first_day() + static_cast<Day>(block.day_offsets(i));
    if (block.due_debts(i) != 0) {
      if (group == nullptr) group = &totals->Group(block.currency(), block.creditor_id());
      totals->AddDue(group, day, DueOutstanding(block, i), static_cast<std::int64_t>(block.due_debts(i)));
    }
    if (block.issued_debts(i) == 0) continue;
    if (sales == nullptr) sales = &totals->sales_minor[block.currency()];
    if (totals->InWindow(day)) *sales += Issued(block, i);
  }
}

bool BlockSelected(const AgeingQuery& query, const pb::AgeingBlock& block) {
  return (query.creditor_id.empty() || block.creditor_id() == query.creditor_id) &&
         (query.currency.empty() || block.currency() == query.currency);
}

// One partition into *totals: its blocks, corrected for the debts changed
// after the date (a range of the 'l' index); a partition without the marker
// (projected before blocks existed) is scanned instead.
Status AddPartitionCells(const store::Store& store, const rocksdb::Snapshot* snapshot, std::uint32_t partition,
                         CellTotals* totals) {
  const AgeingQuery& query = *totals->query;
  std::string value;
  bool marked = false;
  if (Status s = ReadOne(store, snapshot, store::Family::kProjection, AgeingMarkerKey(partition), &value, &marked);
      !s.ok()) {
    return s;
  }
  if (!marked) {
    return ForEachDebtRowIn(store, snapshot, KindPrefix(kDebtRowKind, partition),
                            KindPrefix(kDebtRowKind, partition + 1), [&](const pb::DebtRow& row) {
                              if (Selected(query, row)) AddScannedRow(totals, row);
                            });
  }
  {
    const std::string limit = KindPrefix(kAgeingBlockKind, partition + 1);
    const rocksdb::Slice upper(limit);
    auto it = store.NewIterator(store::Family::kProjection, snapshot, &upper);
    pb::AgeingBlock block;
    const std::string marker = AgeingMarkerKey(partition);
    for (it->Seek(marker); it->Valid(); it->Next()) {
      if (it->key().size() == marker.size()) continue;
      if (!block.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())) || !Consistent(block)) {
        return Status::Corruption("ageing block " + it->key().ToString());
      }
      if (BlockSelected(query, block)) AddBlock(totals, block);
    }
    if (!it->status().ok()) return store::FromRocks(it->status());
  }
  const std::string limit = KindPrefix(kLateDebtKind, partition + 1);
  const rocksdb::Slice upper(limit);
  auto it = store.NewIterator(store::Family::kProjection, snapshot, &upper);
  pb::DebtRow row;
  for (it->Seek(LateDebtFirstKey(partition, totals->day + 1)); it->Valid(); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    const std::string debt_key = DebtRowKey(partition, LateDebtId(key));
    bool found = false;
    if (Status s = ReadOne(store, snapshot, store::Family::kProjection, debt_key, &value, &found); !s.ok()) return s;
    if (!found || !row.ParseFromString(value)) return Status::Corruption("late debt without its row: " + debt_key);
    if (Selected(query, row)) CorrectLateRow(totals, row);
  }
  return store::FromRocks(it->status());
}

[[nodiscard]] bool ToInt64(Int128 value, std::int64_t* out) {
  if (value > INT64_MAX || value < INT64_MIN) return false;
  *out = static_cast<std::int64_t>(value);
  return true;
}

// The report (and DSO) from the totals, as the scan would have added them.
Status ReportFromTotals(const CellTotals& totals, AgeingReport* report, DsoReport* dso) {
  for (const auto& [currency_creditor, group] : totals.groups) {
    const auto& [currency, creditor_id] = currency_creditor;
    std::int64_t debts = 0;
    for (std::size_t b = 0; b < totals.buckets; ++b) {
      if (group.debts[b] < 0 || (group.debts[b] == 0 && group.amount_minor[b] != 0)) {
        return Status::Corruption(fmt::format("ageing blocks of {} {}: {} debts owe {}", creditor_id, currency,
                                              group.debts[b], static_cast<std::int64_t>(group.amount_minor[b])));
      }
      debts += group.debts[b];
    }
    if (debts == 0) continue;  // Nobody in the group owes anything as of the date.
    for (AgeingBuckets* out : {&report->portfolio[currency], &report->by_creditor[{creditor_id, currency}]}) {
      if (out->buckets_minor.empty()) out->buckets_minor.assign(totals.buckets, 0);
      for (std::size_t b = 0; b < totals.buckets; ++b) {
        std::int64_t amount_minor = 0;
        if (!ToInt64(group.amount_minor[b], &amount_minor) || !AddChecked(&out->buckets_minor[b], amount_minor) ||
            !AddChecked(&out->total_minor, amount_minor)) {
          return TotalTooLarge("ageing");
        }
      }
      out->debts += static_cast<std::uint64_t>(debts);
    }
  }
  if (dso == nullptr) return Status::Ok();
  for (const auto& [currency, sales_minor] : totals.sales_minor) {
    DsoFigure& f = dso->by_currency[currency];
    if (!ToInt64(sales_minor, &f.sales_minor)) return TotalTooLarge("ageing");
    const auto portfolio = report->portfolio.find(currency);
    if (portfolio != report->portfolio.end()) f.outstanding_minor = portfolio->second.total_minor;
  }
  return Status::Ok();
}

// Ageing (and DSO when dso != nullptr) from the cells; as ScanAgeing.
Status CellAgeing(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                  AgeingReport* report, DsoReport* dso) {
  report->bucket_bounds = query.bucket_bounds;
  report->bucket_labels = BucketLabels(query.bucket_bounds);
  report->from_cells = true;
  std::uint32_t partitions = 0;
  if (Status s = PartitionCount(store, snapshot, &partitions); !s.ok()) return s;
  CellTotals totals;
  totals.query = &query;
  totals.day = report->as_of;
  totals.window_first = dso != nullptr ? totals.day - dso->window_days + 1 : totals.day;
  totals.buckets = report->bucket_labels.size();
  for (std::uint32_t p = 0; p < partitions; ++p) {
    if (Status s = AddPartitionCells(store, snapshot, p, &totals); !s.ok()) return s;
  }
  return ReportFromTotals(totals, report, dso);
}

// Whether the cells answer: kAuto at the latest business date only (where
// few debts changed after the date), without per-debtor figures.
Status UseCells(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query, Day day,
                bool* use) {
  *use = false;
  const bool possible = !query.by_debtor && query.debtor_key.empty();
  switch (query.source) {
    case AgeingSource::kScan:
      return Status::Ok();
    case AgeingSource::kCells:
      if (!possible) return Status::InvalidArgument("the ageing cells hold no per-debtor figure");
      *use = true;
      return Status::Ok();
    case AgeingSource::kAuto:
      break;
  }
  if (!possible) return Status::Ok();
  if (query.as_of == kNoDay) {  // Resolved to the latest business date.
    *use = true;
    return Status::Ok();
  }
  Day latest = kNoDay;
  if (Status s = LatestBusinessDate(store, snapshot, &latest); !s.ok()) return s;
  *use = latest != kNoDay && latest == day;
  return Status::Ok();
}

// The scan or the cells, as UseCells says.
Status Ageing(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
              AgeingReport* report, DsoReport* dso) {
  bool cells = false;
  if (Status s = UseCells(store, snapshot, query, report->as_of, &cells); !s.ok()) return s;
  return cells ? CellAgeing(store, snapshot, query, report, dso) : ScanAgeing(store, snapshot, query, report, dso);
}
}  // namespace

Status AgeingAsOf(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                  AgeingReport* report) {
  if (Status s = CheckBounds(query.bucket_bounds); !s.ok()) return s;
  if (Status s = ResolveAsOf(store, snapshot, query.as_of, &report->as_of); !s.ok()) return s;
  return Ageing(store, snapshot, query, report, nullptr);
}

Status AgeingWithDso(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                     std::int32_t window_days, AgeingReport* report, DsoReport* dso) {
  if (window_days <= 0) return Status::InvalidArgument("the DSO window must be at least one day");
  if (Status s = CheckBounds(query.bucket_bounds); !s.ok()) return s;
  if (Status s = ResolveAsOf(store, snapshot, query.as_of, &report->as_of); !s.ok()) return s;
  dso->as_of = report->as_of;
  dso->window_days = window_days;
  if (Status s = Ageing(store, snapshot, query, report, dso); !s.ok()) return s;
  FinishDso(dso);
  return Status::Ok();
}

Status PortfolioDso(const store::Store& store, const rocksdb::Snapshot* snapshot, const DsoQuery& query,
                    DsoReport* report) {
  if (query.window_days <= 0) return Status::InvalidArgument("the DSO window must be at least one day");
  if (Status s = ResolveAsOf(store, snapshot, query.as_of, &report->as_of); !s.ok()) return s;
  report->window_days = query.window_days;
  const Day day = report->as_of;
  const Day window_first = day - query.window_days + 1;
  bool fits = true;
  Status s = ForEachDebtRow(store, snapshot, [&](const pb::DebtRow& row) {
    if (!fits || (!query.creditor_id.empty() && row.creditor_id() != query.creditor_id)) return;
    fits = AddToDso(&report->by_currency[row.currency()], row, OutstandingAsOf(row, day), window_first, day);
  });
  if (!s.ok()) return s;
  if (!fits) return TotalTooLarge("DSO");
  FinishDso(report);
  return Status::Ok();
}

Status DebtorRisk(const store::Store& store, const rocksdb::Snapshot* snapshot, const std::string& debtor_key,
                  RiskReport* report) {
  std::uint32_t partitions = 0;
  if (Status s = PartitionCount(store, snapshot, &partitions); !s.ok()) return s;
  const std::uint32_t partition = PartitionForKey(debtor_key, partitions);
  std::string value;
  bool found = false;
  if (Status s =
          ReadOne(store, snapshot, store::Family::kProjection, RiskRowKey(partition, debtor_key), &value, &found);
      !s.ok()) {
    return s;
  }
  if (!found) return Status::NotFound("no risk for debtor " + debtor_key);
  pb::RiskRow row;
  if (!row.ParseFromString(value)) return Status::Corruption("risk row of " + debtor_key);
  return FillRisk(store, snapshot, partition, row, report);
}

Status TopRiskyDebtors(const store::Store& store, const rocksdb::Snapshot* snapshot, std::size_t n,
                       std::vector<RiskReport>* reports) {
  std::uint32_t partitions = 0;
  if (Status s = PartitionCount(store, snapshot, &partitions); !s.ok()) return s;
  // The n first of each partition's index (a prefix scan), then merged.
  std::vector<std::pair<std::uint32_t, std::string>> candidates;  // (score, debtor)
  std::vector<std::uint32_t> partition_of;
  for (std::uint32_t p = 0; p < partitions; ++p) {
    const std::string first = KindPrefix(kRiskIndexKind, p);
    const std::string limit = KindPrefix(kRiskIndexKind, p + 1);
    const rocksdb::Slice upper(limit);
    auto it = store.NewIterator(store::Family::kProjection, snapshot, &upper);
    std::size_t taken = 0;
    for (it->Seek(first); it->Valid() && taken < n; it->Next(), ++taken) {
      const std::string_view key(it->key().data(), it->key().size());
      candidates.emplace_back(RiskIndexScore(key), std::string(RiskIndexDebtor(key)));
      partition_of.push_back(p);
    }
    if (!it->status().ok()) return store::FromRocks(it->status());
  }
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (candidates[a].first != candidates[b].first) return candidates[a].first > candidates[b].first;
    return candidates[a].second < candidates[b].second;
  });
  if (order.size() > n) order.resize(n);
  for (std::size_t i : order) {
    RiskReport report;
    if (Status s = DebtorRisk(store, snapshot, candidates[i].second, &report); !s.ok()) return s;
    reports->push_back(std::move(report));
  }
  return Status::Ok();
}

Status AllRisks(const store::Store& store, const rocksdb::Snapshot* snapshot, std::vector<RiskReport>* reports) {
  const std::string first(1, kRiskRowKind);
  const std::string limit(1, static_cast<char>(kRiskRowKind + 1));
  const rocksdb::Slice upper(limit);
  auto it = store.NewIterator(store::Family::kProjection, snapshot, &upper);
  pb::RiskRow row;
  for (it->Seek(first); it->Valid(); it->Next()) {
    if (!row.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("risk row");
    }
    RiskReport report;
    const std::string_view key(it->key().data(), it->key().size());
    if (Status s = FillRisk(store, snapshot, RowPartition(key), row, &report); !s.ok()) return s;
    reports->push_back(std::move(report));
  }
  return store::FromRocks(it->status());
}

Status Effectiveness(const store::Store& store, const rocksdb::Snapshot* snapshot, EffectivenessReport* report) {
  const std::string first(1, kStepRowKind);
  const std::string limit(1, static_cast<char>(kStepRowKind + 1));
  const rocksdb::Slice upper(limit);
  auto it = store.NewIterator(store::Family::kProjection, snapshot, &upper);
  std::map<std::pair<std::uint32_t, std::int32_t>, pb::StepRow> merged;
  pb::StepRow row;
  for (it->Seek(first); it->Valid(); it->Next()) {
    if (!row.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("step row");
    }
    AddStepRow(row, &merged[{row.level(), row.channel()}]);
  }
  if (!it->status().ok()) return store::FromRocks(it->status());
  for (const auto& [level_channel, step] : merged) {
    StepEffectiveness out;
    out.level = step.level();
    out.channel = ChannelName(step.channel());
    out.reached = step.reached();
    out.paid_7 = step.paid_7();
    out.paid_30 = step.paid_30();
    for (const auto& a : step.recovered()) out.recovered_minor[a.currency()] = a.amount_minor();
    report->steps.push_back(std::move(out));
  }
  return Status::Ok();
}

}  // namespace relance::projections
