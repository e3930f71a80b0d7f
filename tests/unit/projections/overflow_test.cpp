// Read-side totals never wrap (issue 15 item 7): 9,300 invoices at the
// per-event maximum (kAmountMinorMax, 10^15 minor units) add up past int64.
// The unchecked sums wrapped to a negative total (UBSan: signed integer
// overflow in query.cc); the ageing, the DSO and the portfolio summary now
// refuse with a message that says why and how to narrow the query, and a
// narrower query that fits gives the exact total.
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "engine/codec/event_codec.h"
#include "engine/core/limits.h"
#include "engine/replay/replayer.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "projections/query.h"
#include "projections/summary.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr int kInvoices = 9'300;  // 9,300 x 10^15 > 2^63 - 1 (about 9.22 x 10^18).
constexpr int kCreditors = 93;    // 100 invoices each: 10^17, far within int64.

std::unique_ptr<store::Store> HugePortfolio(const TempDir& dir) {
  const std::string log = dir.Sub("huge.pb");
  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  REQUIRE(writer);
  for (int i = 0; i < kInvoices; ++i) {
    const std::string n = std::to_string(i);
    v1::Event e = Invoice("inv-" + n, "DR-" + n, "D-" + n, kAmountMinorMax, "2026-01-01", "2026-01-31");
    e.set_creditor_id("C" + std::to_string(i % kCreditors));
    writer->Write(e);
  }
  writer->Write(DayClosedEvent("day-2026-02-15", "2026-02-15"));
  REQUIRE(writer->Close());
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(dir.Sub("db"), store::StoreOptions(), &store).ok());
  replay::ReplayOptions options;
  options.input = log;
  options.partitions = 4;
  options.rejections_logged_max = 0;
  options.projection_sink_factory = projections::ProjectorFactory();
  replay::ReplayStats stats;
  const Status s = replay::Replay(store.get(), options, &stats);
  INFO(s.ToString());
  REQUIRE(s.ok());
  REQUIRE(stats.rejected == 0);
  return store;
}

TEST_CASE("portfolio totals past int64 are refused, never wrapped, a narrower query gives the exact total",
          "[projections][overflow]") {
  TempDir dir;
  const auto store = HugePortfolio(dir);
  projections::AgeingQuery query;
  query.as_of = DayOf("2026-02-15");
  projections::AgeingReport report;
  const Status whole = projections::AgeingAsOf(*store, nullptr, query, &report);
  CHECK(whole.code() == Status::Code::kInvalidArgument);
  CHECK(whole.message().find("passes 9,223,372,036,854,775,807 minor units") != std::string::npos);

  projections::AgeingReport with_dso;
  projections::DsoReport dso;
  CHECK_FALSE(projections::AgeingWithDso(*store, nullptr, query, 90, &with_dso, &dso).ok());
  projections::DsoQuery dso_query;
  dso_query.as_of = query.as_of;
  projections::DsoReport portfolio_dso;
  CHECK_FALSE(projections::PortfolioDso(*store, nullptr, dso_query, &portfolio_dso).ok());

  projections::PortfolioSummary summary;
  CHECK_FALSE(projections::SummarisePortfolio(*store, &summary).ok());

  // One creditor: 100 invoices, 10^17 minor units, exact; DSO in 128 bits.
  query.creditor_id = "C7";
  projections::AgeingReport narrow;
  projections::DsoReport narrow_dso;
  REQUIRE(projections::AgeingWithDso(*store, nullptr, query, 90, &narrow, &narrow_dso).ok());
  REQUIRE(narrow.portfolio.count("EUR") == 1);
  CHECK(narrow.portfolio.at("EUR").total_minor == 100 * kAmountMinorMax);
  CHECK(narrow.portfolio.at("EUR").debts == 100);
  REQUIRE(narrow_dso.by_currency.count("EUR") == 1);
  CHECK(narrow_dso.by_currency.at("EUR").dso_days == 90);
}

}  // namespace
}  // namespace relance::testing
