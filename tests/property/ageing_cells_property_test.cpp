// The ageing cells (projections/ageing_cells.h) against the scan of every
// debt row, over generated portfolios (tools/gen), seeded: RELANCE_SEED=<n>
// replays a run.
//   - one log, cut at a random event (so that some debts changed after the
//     last DayClosed), replayed at several commit sizes and writer thread
//     counts: the cells answer what the scan answers, at the latest business
//     date and at other dates, for every creditor and currency filter and
//     several bucket bounds; and every replay holds the same cells;
//   - after a rebuild (of everything, of one partition, of a database whose
//     cells were dropped as on a database projected before they existed),
//     the cells still answer what the scan answers;
//   - on such a database the live projector keeps no cells for the
//     partitions that have debt rows (the query scans them), complete ones
//     for the others, and a rebuild gives the cells of a fresh replay.
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/replay/replayer.h"
#include "projections/keys.h"
#include "projections/projector.h"
#include "projections/query.h"
#include "projections/rebuild.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"

namespace relance::projections {
namespace {

// The log of a generated portfolio, cut after a random event (kept whole
// one time in four).
std::string WriteLog(const testing::TempDir& dir, std::uint64_t seed, std::uint32_t* partitions) {
  testing::Prng rng(seed);
  gen::GenOptions gen_options;
  gen_options.seed = seed;
  gen_options.debtors = 100 + rng.Below(300);
  gen_options.horizon_days = static_cast<int>(60 + rng.Below(300));
  std::vector<v1::Event> events;
  gen::Generate(gen_options, [&](const v1::Event& e) { events.push_back(e); });
  REQUIRE(events.size() > 10);
  const std::size_t keep = rng.Below(4) == 0 ? events.size() : events.size() / 2 + rng.Below(events.size() / 2);
  const std::string log = dir.Sub("log.pb");
  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  REQUIRE(writer);
  for (std::size_t i = 0; i < keep; ++i) writer->Write(events[i]);
  REQUIRE(writer->Close());
  *partitions = static_cast<std::uint32_t>(1 + rng.Below(16));
  INFO("debtors " << gen_options.debtors << ", days " << gen_options.horizon_days << ", events " << keep << " of "
                  << events.size() << ", partitions " << *partitions);
  return log;
}

// Replays `log` into `db` (opened, or reopened to go on from its cursor);
// stop_after: 0, or stop once that many new records were read.
std::unique_ptr<store::Store> Replay(const std::string& log, const std::string& db, std::uint32_t partitions,
                                     std::size_t batch_events, std::size_t threads, std::uint64_t stop_after = 0,
                                     std::size_t rows_kept = Projector::kRowsKeptMax) {
  std::unique_ptr<store::Store> store;
  store::StoreOptions store_options;
  store_options.bulk = true;
  REQUIRE(store::Store::Open(db, store_options, &store).ok());
  replay::ReplayOptions options;
  options.input = log;
  options.partitions = partitions;
  options.batch_events = batch_events;
  options.threads = threads;
  options.stop_after = stop_after;
  options.cache_entries = 256;
  options.rejections_logged_max = 0;
  options.projection_sink_factory = ProjectorFactory(rows_kept);
  replay::ReplayStats stats;
  const Status s = replay::Replay(store.get(), options, &stats);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

// Table files of the read side in level 0 (a replay compacts it: none).
std::uint64_t ProjectionLevel0Files(const store::Store& store) {
  std::string files;
  REQUIRE(store.db()->GetProperty(store.handle(store::Family::kProjection), "rocksdb.num-files-at-level0", &files));
  return std::stoull(files);
}

// Rows of the given kinds, key -> value.
std::map<std::string, std::string> Rows(const store::Store& store, std::initializer_list<char> kinds) {
  std::map<std::string, std::string> rows;
  auto it = store.NewIterator(store::Family::kProjection);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const std::string key = it->key().ToString();
    for (char kind : kinds) {
      if (key[0] == kind) rows[key] = it->value().ToString();
    }
  }
  REQUIRE(it->status().ok());
  return rows;
}

// The debts changed after the latest business date: what the cells correct.
std::size_t LateDebts(const store::Store& store, Day latest) {
  std::size_t late = 0;
  for (const auto& [key, value] : Rows(store, {kDebtRowKind})) {
    pb::DebtRow row;
    REQUIRE(row.ParseFromString(value));
    if (!row.deltas().empty() && row.deltas(row.deltas_size() - 1).day() > latest) ++late;
  }
  return late;
}

// The cells and the scan agree at `as_of`, for every filter and bounds.
void CheckCellsEqualScan(const store::Store& store, Day as_of) {
  AgeingQuery all;
  all.as_of = as_of;
  all.source = AgeingSource::kScan;
  AgeingReport everything;
  REQUIRE(AgeingAsOf(store, nullptr, all, &everything).ok());
  std::set<std::string> creditors = {"no-such-creditor"}, currencies = {"XXX"};
  for (const auto& [creditor_currency, b] : everything.by_creditor) {
    creditors.insert(creditor_currency.first);
    currencies.insert(creditor_currency.second);
  }
  std::vector<std::string> creditor_filters = {""}, currency_filters = {""};
  // Every currency, and up to 4 creditors (the first, the last, the absent).
  for (const auto& c : currencies) currency_filters.push_back(c);
  creditor_filters.push_back(*creditors.begin());
  creditor_filters.push_back(*creditors.rbegin());
  creditor_filters.push_back(*std::next(creditors.begin(), static_cast<long>(creditors.size() / 2)));
  const std::vector<std::vector<std::int32_t>> bounds = {DefaultBucketBounds(), {1}, {7, 14, 400}, {}};
  for (const auto& creditor : creditor_filters) {
    for (const auto& currency : currency_filters) {
      for (const auto& b : bounds) {
        AgeingQuery query;
        query.as_of = as_of;
        query.creditor_id = creditor;
        query.currency = currency;
        query.bucket_bounds = b;
        query.by_debtor = false;
        INFO("as of " << as_of << ", creditor '" << creditor << "', currency '" << currency << "', bounds "
                      << b.size());
        AgeingReport scan, cells;
        DsoReport scan_dso, cells_dso;
        query.source = AgeingSource::kScan;
        REQUIRE(AgeingWithDso(store, nullptr, query, 90, &scan, &scan_dso).ok());
        query.source = AgeingSource::kCells;
        REQUIRE(AgeingWithDso(store, nullptr, query, 90, &cells, &cells_dso).ok());
        CHECK_FALSE(scan.from_cells);
        CHECK(cells.from_cells);
        CHECK(cells.as_of == scan.as_of);
        CHECK(cells.bucket_labels == scan.bucket_labels);
        CHECK(cells.portfolio == scan.portfolio);
        CHECK(cells.by_creditor == scan.by_creditor);
        CHECK(cells_dso.by_currency == scan_dso.by_currency);
      }
    }
  }
}

Day Latest(const store::Store& store) {
  Day latest = kNoDay;
  REQUIRE(LatestBusinessDate(store, nullptr, &latest).ok());
  REQUIRE(latest != kNoDay);
  return latest;
}

void CheckDates(const store::Store& store) {
  const Day latest = Latest(store);
  for (Day as_of : {latest, latest - 1, latest - 30, latest - 200, latest + 3}) CheckCellsEqualScan(store, as_of);
  // At the latest business date the cells answer by themselves (kAuto).
  AgeingQuery query;
  query.by_debtor = false;
  AgeingReport report;
  REQUIRE(AgeingAsOf(store, nullptr, query, &report).ok());
  CHECK(report.from_cells);
  query.as_of = latest - 1;
  AgeingReport past;
  REQUIRE(AgeingAsOf(store, nullptr, query, &past).ok());
  CHECK_FALSE(past.from_cells);
}

TEST_CASE("ageing cells: equal the scan at every commit size and thread count, with changes after the business date",
          "[projections][property][ageing]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  testing::TempDir dir;
  std::uint32_t partitions = 0;
  const std::string log = WriteLog(dir, seed, &partitions);
  std::map<std::string, std::string> first_cells;
  int run = 0;
  struct Case {
    std::size_t batch;
    std::size_t threads;
    std::size_t rows_kept;  // By the projector across commits.
  };
  std::vector<Case> cases;
  for (const std::size_t batch : {std::size_t{1}, std::size_t{37}, std::size_t{1'000'000}}) {
    for (const std::size_t threads : {std::size_t{1}, std::size_t{2}}) {
      cases.push_back({batch, threads, Projector::kRowsKeptMax});
    }
  }
  // Rows dropped after most commits: those the commit did not use (one event
  // per commit), or all of them (a commit used more than the bound).
  cases.push_back({1, 2, 8});
  cases.push_back({37, 1, 8});
  for (const auto& [batch, threads, rows_kept] : cases) {
    INFO("batch " << batch << ", threads " << threads << ", rows kept " << rows_kept);
    auto store = Replay(log, dir.Sub("db-" + std::to_string(run++)), partitions, batch, threads, 0, rows_kept);
    // The dates checked include some after which debts changed, so the
    // cells' correction is exercised whether the log was cut or not.
    CHECK(LateDebts(*store, Latest(*store) - 30) > 0);
    // The aggregate queries iterate a read side left in one sorted run.
    CHECK(ProjectionLevel0Files(*store) == 0);
    CheckDates(*store);
    const auto cells = Rows(*store, {kAgeingBlockKind, kLateDebtKind});
    CHECK_FALSE(cells.empty());
    if (first_cells.empty()) first_cells = cells;
    CHECK(cells == first_cells);
  }
}

TEST_CASE("ageing cells: a rebuild, of everything or of one partition, keeps them equal to the scan",
          "[projections][property][ageing]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  testing::TempDir dir;
  std::uint32_t partitions = 0;
  const std::string log = WriteLog(dir, seed, &partitions);
  auto store = Replay(log, dir.Sub("db"), partitions, 500, 2);
  const auto live = Rows(*store, {kAgeingBlockKind, kLateDebtKind});

  // As on a database projected before the cells existed: none, no marker.
  // The query scans those partitions; the live projector leaves them alone.
  rocksdb::WriteBatch drop;
  for (char kind : {kAgeingBlockKind, kLateDebtKind}) {
    drop.DeleteRange(store->handle(store::Family::kProjection), std::string(1, kind),
                     std::string(1, static_cast<char>(kind + 1)));
  }
  REQUIRE(store->Write(&drop).ok());
  REQUIRE(Rows(*store, {kAgeingBlockKind, kLateDebtKind}).empty());
  CheckCellsEqualScan(*store, Latest(*store));

  RebuildStats stats;
  REQUIRE(RebuildPartition(store.get(), 0, &stats).ok());
  CheckCellsEqualScan(*store, Latest(*store));
  REQUIRE(RebuildProjections(store.get(), &stats).ok());
  CHECK(stats.mismatches == 0);
  CHECK(Rows(*store, {kAgeingBlockKind, kLateDebtKind}) == live);
  CheckDates(*store);
  // One partition again, over cells in place.
  REQUIRE(RebuildPartition(store.get(), partitions - 1, &stats).ok());
  CHECK(Rows(*store, {kAgeingBlockKind, kLateDebtKind}) == live);
}

TEST_CASE("ageing cells: a database projected before they existed is scanned, left alone live, and rebuilt",
          "[projections][property][ageing]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  testing::TempDir dir;
  std::uint32_t partitions = 0;
  const std::string log = WriteLog(dir, seed, &partitions);
  const auto whole = Rows(*Replay(log, dir.Sub("whole"), partitions, 200, 1), {kAgeingBlockKind, kLateDebtKind});

  // The first half of the log, then its cells dropped: as a database
  // projected by an older binary.
  const std::string db = dir.Sub("db");
  std::set<std::uint32_t> projected_before;  // Partitions with debt rows and no cells.
  {
    auto store = Replay(log, db, partitions, 200, 1, 1'000);
    rocksdb::WriteBatch drop;
    for (char kind : {kAgeingBlockKind, kLateDebtKind}) {
      drop.DeleteRange(store->handle(store::Family::kProjection), std::string(1, kind),
                       std::string(1, static_cast<char>(kind + 1)));
    }
    REQUIRE(store->Write(&drop).ok());
    for (const auto& [key, value] : Rows(*store, {kDebtRowKind})) projected_before.insert(RowPartition(key));
  }
  REQUIRE_FALSE(projected_before.empty());
  // The rest of the log: the projector keeps no cells for those partitions
  // (the answers come from their scan), and complete ones for the others,
  // which had no debt row yet.
  auto store = Replay(log, db, partitions, 200, 1);
  std::map<std::string, std::string> expected;
  for (const auto& [key, value] : whole) {
    if (projected_before.count(RowPartition(key)) == 0) expected[key] = value;
  }
  CHECK(Rows(*store, {kAgeingBlockKind, kLateDebtKind}) == expected);
  CheckCellsEqualScan(*store, Latest(*store));
  RebuildStats stats;
  REQUIRE(RebuildProjections(store.get(), &stats).ok());
  CHECK(Rows(*store, {kAgeingBlockKind, kLateDebtKind}) == whole);
  CheckDates(*store);
}

}  // namespace
}  // namespace relance::projections
