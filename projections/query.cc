#include "projections/query.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <memory>

#include "engine/core/hash.h"
#include "engine/core/segment.h"
#include "engine/store/keys.h"
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

// Calls fn(row) for every debt row, in key order, until fn returns false.
template <typename Fn>
Status ForEachDebtRow(const store::Store& store, const rocksdb::Snapshot* snapshot, Fn&& fn) {
  const std::string first(1, kDebtRowKind);
  const std::string limit(1, static_cast<char>(kDebtRowKind + 1));
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
  v1::DebtorState debtor;
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

// GCC's 128-bit integer (__extension__: not ISO C++, said once here).
__extension__ using Int128 = __int128;

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

}  // namespace

Status AgeingAsOf(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                  AgeingReport* report) {
  if (Status s = CheckBounds(query.bucket_bounds); !s.ok()) return s;
  if (Status s = ResolveAsOf(store, snapshot, query.as_of, &report->as_of); !s.ok()) return s;
  return ScanAgeing(store, snapshot, query, report, nullptr);
}

Status AgeingWithDso(const store::Store& store, const rocksdb::Snapshot* snapshot, const AgeingQuery& query,
                     std::int32_t window_days, AgeingReport* report, DsoReport* dso) {
  if (window_days <= 0) return Status::InvalidArgument("the DSO window must be at least one day");
  if (Status s = CheckBounds(query.bucket_bounds); !s.ok()) return s;
  if (Status s = ResolveAsOf(store, snapshot, query.as_of, &report->as_of); !s.ok()) return s;
  dso->as_of = report->as_of;
  dso->window_days = window_days;
  if (Status s = ScanAgeing(store, snapshot, query, report, dso); !s.ok()) return s;
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
