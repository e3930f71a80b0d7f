// Properties of the read side over generated portfolios (tools/gen), seeded:
// RELANCE_SEED=<n> replays a run.
//   - ageing as of the business date: the buckets add up to the open debts'
//     balances (DebtState.balance_minor from the `debt` family), per
//     currency, per creditor and per debtor;
//   - the live fold never disagrees with the engine's balances;
//   - rebuilding the projection family from history gives the live one,
//     byte for byte.
#include <catch2/catch.hpp>
#include <map>
#include <memory>

#include "engine/codec/event_codec.h"
#include "engine/core/ledger.h"
#include "engine/replay/replayer.h"
#include "engine/store/digest.h"
#include "projections/projector.h"
#include "projections/query.h"
#include "projections/rebuild.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"

namespace relance::projections {
namespace {

// Counts the fold's disagreements with the engine when the replay ends.
class CountingProjector : public Projector {
 public:
  CountingProjector(store::Store* store, std::uint64_t* mismatches) : Projector(store), mismatches_(mismatches) {}
  ~CountingProjector() override { *mismatches_ += mismatches(); }

 private:
  std::uint64_t* mismatches_;
};

std::map<std::string, std::string> ProjectionFamily(const store::Store& store) {
  std::map<std::string, std::string> rows;
  auto it = store.NewIterator(store::Family::kProjection);
  for (it->SeekToFirst(); it->Valid(); it->Next()) rows[it->key().ToString()] = it->value().ToString();
  REQUIRE(it->status().ok());
  return rows;
}

struct Portfolio {
  std::unique_ptr<store::Store> store;
  std::uint64_t mismatches = 0;
};

void Build(const testing::TempDir& dir, std::uint64_t seed, Portfolio* out) {
  testing::Prng rng(seed);
  gen::GenOptions gen_options;
  gen_options.seed = seed;
  gen_options.debtors = 100 + rng.Below(400);
  gen_options.horizon_days = static_cast<int>(60 + rng.Below(300));
  const std::string log = dir.Sub("log.pb");
  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  REQUIRE(writer);
  gen::Generate(gen_options, [&](const v1::Event& e) { writer->Write(e); });
  REQUIRE(writer->Close());
  store::StoreOptions store_options;
  store_options.bulk = true;
  REQUIRE(store::Store::Open(dir.Sub("db"), store_options, &out->store).ok());
  replay::ReplayOptions options;
  options.input = log;
  options.partitions = static_cast<std::uint32_t>(1 + rng.Below(16));
  options.batch_events = 1 + rng.Below(5'000);  // Rows cross commits.
  options.cache_entries = 64 + rng.Below(10'000);
  options.rejections_logged_max = 0;
  std::uint64_t* mismatches = &out->mismatches;
  options.projection_sink_factory = [mismatches](store::Store* store) -> std::unique_ptr<replay::ProjectionSink> {
    return std::make_unique<CountingProjector>(store, mismatches);
  };
  replay::ReplayStats stats;
  const Status s = replay::Replay(out->store.get(), options, &stats);
  INFO(s.ToString());
  REQUIRE(s.ok());
  INFO("debtors " << gen_options.debtors << ", days " << gen_options.horizon_days << ", partitions "
                  << options.partitions << ", batch " << options.batch_events);
}

TEST_CASE("projections: ageing buckets add up to the debts' balances as of the business date",
          "[projections][property]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  testing::TempDir dir;
  Portfolio portfolio;
  Build(dir, seed, &portfolio);
  CHECK(portfolio.mismatches == 0);
  const store::Store& store = *portfolio.store;

  std::map<std::string, std::int64_t> by_currency;
  std::map<std::pair<std::string, std::string>, std::int64_t> by_creditor, by_debtor;
  auto it = store.NewIterator(store::Family::kDebt);
  core::Debt debt;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    REQUIRE(debt.ParseFromString(std::string_view(it->value().data(), it->value().size())));
    if (core::IsClosed(debt.status())) continue;
    by_currency[debt.currency()] += debt.balance_minor();
    by_creditor[{debt.creditor_id(), debt.currency()}] += debt.balance_minor();
    by_debtor[{debt.debtor_key(), debt.currency()}] += debt.balance_minor();
  }
  AgeingReport report;
  REQUIRE(AgeingAsOf(store, nullptr, AgeingQuery(), &report).ok());
  std::map<std::string, std::int64_t> ageing_currency;
  for (const auto& [currency, b] : report.portfolio) {
    std::int64_t sum = 0;
    for (std::int64_t amount : b.buckets_minor) sum += amount;
    CHECK(sum == b.total_minor);
    if (b.total_minor != 0) ageing_currency[currency] = b.total_minor;
  }
  for (auto c = by_currency.begin(); c != by_currency.end();) c = c->second == 0 ? by_currency.erase(c) : std::next(c);
  CHECK(ageing_currency == by_currency);
  for (const auto& [key, b] : report.by_creditor) CHECK(b.total_minor == by_creditor[key]);
  for (const auto& [key, b] : report.by_debtor) CHECK(b.total_minor == by_debtor[key]);
}

TEST_CASE("projections: the one-scan ageing with DSO equals AgeingAsOf and PortfolioDso", "[projections][property]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  testing::TempDir dir;
  Portfolio portfolio;
  Build(dir, seed, &portfolio);
  const store::Store& store = *portfolio.store;
  AgeingReport latest;
  REQUIRE(AgeingAsOf(store, nullptr, AgeingQuery(), &latest).ok());
  REQUIRE_FALSE(latest.by_creditor.empty());
  const auto& [some_creditor, some_currency] = latest.by_creditor.begin()->first;

  for (const Day as_of : {kNoDay, latest.as_of - 45, latest.as_of - 200}) {
    for (int filter = 0; filter < 4; ++filter) {
      AgeingQuery query;
      query.as_of = as_of;
      if (filter & 1) query.creditor_id = some_creditor;
      if (filter & 2) query.currency = some_currency;
      INFO("as of " << as_of << ", creditor " << query.creditor_id << ", currency " << query.currency);
      AgeingReport expected;
      REQUIRE(AgeingAsOf(store, nullptr, query, &expected).ok());
      DsoQuery dso_query;
      dso_query.as_of = as_of;
      dso_query.creditor_id = query.creditor_id;
      DsoReport expected_dso;
      REQUIRE(PortfolioDso(store, nullptr, dso_query, &expected_dso).ok());
      if (!query.currency.empty())
        std::erase_if(expected_dso.by_currency, [&](const auto& c) { return c.first != query.currency; });

      query.by_debtor = false;
      AgeingReport report;
      DsoReport dso;
      REQUIRE(AgeingWithDso(store, nullptr, query, dso_query.window_days, &report, &dso).ok());
      CHECK(report.as_of == expected.as_of);
      CHECK(report.bucket_labels == expected.bucket_labels);
      CHECK(report.portfolio == expected.portfolio);
      CHECK(report.by_creditor == expected.by_creditor);
      CHECK(report.by_debtor.empty());
      CHECK_FALSE((expected.by_debtor.empty() && !expected.portfolio.empty()));
      CHECK(dso.as_of == expected_dso.as_of);
      CHECK(dso.window_days == expected_dso.window_days);
      CHECK(dso.by_currency == expected_dso.by_currency);
    }
  }
}

TEST_CASE("projections: a rebuild from history equals the live projection byte for byte", "[projections][property]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  testing::TempDir dir;
  Portfolio portfolio;
  Build(dir, seed, &portfolio);
  const std::map<std::string, std::string> live = ProjectionFamily(*portfolio.store);
  REQUIRE_FALSE(live.empty());
  store::DigestResult before;
  REQUIRE(store::ComputeDigest(*portfolio.store, &before).ok());

  RebuildStats stats;
  REQUIRE(RebuildProjections(portfolio.store.get(), &stats).ok());
  CHECK(stats.mismatches == 0);
  const std::map<std::string, std::string> rebuilt = ProjectionFamily(*portfolio.store);
  CHECK(rebuilt.size() == live.size());
  std::size_t different = 0;
  for (const auto& [key, value] : live) {
    const auto other = rebuilt.find(key);
    if (other == rebuilt.end() || other->second != value) ++different;
  }
  CHECK(different == 0);
  store::DigestResult after;
  REQUIRE(store::ComputeDigest(*portfolio.store, &after).ok());
  CHECK(after.sha256_hex == before.sha256_hex);
}

}  // namespace
}  // namespace relance::projections
