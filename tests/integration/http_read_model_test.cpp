// The aggregate endpoints of the query API (ageing with DSO, risk, step
// effectiveness) over real HTTP, on a database built by replaying a generated
// log: each body equals what projections/query.h computes on the same
// database, the ageing totals equal the debts' own balances, filters and past
// dates agree with the library, and a database replayed without projections
// answers empty aggregates and "risk": null. RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "projections/api/projection_read_model.h"
#include "projections/query.h"
#include "tests/integration/http_support.h"

namespace relance::testing::http {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

constexpr int kDebtors = 300;
constexpr int kDays = 150;

std::int64_t Amount(const Value& value) {
  REQUIRE(value.has_string_value());  // Amounts are strings, as in the states.
  return std::stoll(value.string_value());
}

std::uint64_t Count(const Value& value) {
  REQUIRE(value.has_number_value());
  return static_cast<std::uint64_t>(value.number_value());
}

const Value& At(const Struct& object, const std::string& field) {
  INFO("field " << field);
  REQUIRE(object.fields().count(field) == 1);
  return object.fields().at(field);
}

void CheckBuckets(const Struct& served, const projections::AgeingBuckets& expected,
                  const std::vector<std::string>& labels) {
  const Struct& buckets = At(served, "buckets_minor").struct_value();
  REQUIRE(static_cast<std::size_t>(buckets.fields_size()) == labels.size());
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    INFO("bucket " << labels[i]);
    CHECK(Amount(At(buckets, labels[i])) == expected.buckets_minor[i]);
    sum += Amount(At(buckets, labels[i]));
  }
  CHECK(Amount(At(served, "total_minor")) == expected.total_minor);
  CHECK(sum == expected.total_minor);
  CHECK(Count(At(served, "debts")) == expected.debts);
}

// GET target equals AgeingAsOf and PortfolioDso with the same parameters.
void CheckAgeing(httplib::Client& client, const store::Store& store, const std::string& target,
                 const projections::AgeingQuery& query) {
  INFO("GET " << target);
  projections::AgeingReport expected;
  REQUIRE(projections::AgeingAsOf(store, nullptr, query, &expected).ok());
  projections::DsoQuery dso_query;
  dso_query.as_of = expected.as_of;
  dso_query.creditor_id = query.creditor_id;
  projections::DsoReport dso;  // The endpoint's DSO has the ageing's currency filter.
  REQUIRE(projections::PortfolioDso(store, nullptr, dso_query, &dso).ok());

  const Reply reply = Get(client, target);
  INFO(reply.body.substr(0, 2000));
  REQUIRE(reply.status == 200);
  const Struct parsed = ParseJson(reply.body);
  CHECK(At(parsed, "as_of").string_value() == FormatDay(expected.as_of));
  if (query.creditor_id.empty()) {
    CHECK(At(parsed, "creditor").has_null_value());
  } else {
    CHECK(At(parsed, "creditor").string_value() == query.creditor_id);
  }
  std::vector<std::string> labels;
  for (const Value& label : At(parsed, "buckets").list_value().values()) labels.push_back(label.string_value());
  CHECK(labels == expected.bucket_labels);

  const auto& portfolio = At(parsed, "portfolio").list_value().values();
  REQUIRE(static_cast<std::size_t>(portfolio.size()) == expected.portfolio.size());
  auto want = expected.portfolio.begin();
  for (const Value& row : portfolio) {
    INFO("portfolio " << want->first);
    CHECK(At(row.struct_value(), "currency").string_value() == want->first);
    CheckBuckets(row.struct_value(), want->second, expected.bucket_labels);
    ++want;
  }
  const auto& by_creditor = At(parsed, "by_creditor").list_value().values();
  REQUIRE(static_cast<std::size_t>(by_creditor.size()) == expected.by_creditor.size());
  auto want_creditor = expected.by_creditor.begin();
  for (const Value& row : by_creditor) {
    INFO("creditor " << want_creditor->first.first << " " << want_creditor->first.second);
    CHECK(At(row.struct_value(), "creditor_id").string_value() == want_creditor->first.first);
    CHECK(At(row.struct_value(), "currency").string_value() == want_creditor->first.second);
    CheckBuckets(row.struct_value(), want_creditor->second, expected.bucket_labels);
    ++want_creditor;
  }

  const Struct& served_dso = At(parsed, "dso").struct_value();
  CHECK(Count(At(served_dso, "window_days")) == static_cast<std::uint64_t>(dso.window_days));
  std::map<std::string, projections::DsoFigure> want_dso;
  for (const auto& [currency, figure] : dso.by_currency) {
    if (query.currency.empty() || currency == query.currency) want_dso[currency] = figure;
  }
  const auto& dso_rows = At(served_dso, "by_currency").list_value().values();
  REQUIRE(static_cast<std::size_t>(dso_rows.size()) == want_dso.size());
  auto want_figure = want_dso.begin();
  for (const Value& row : dso_rows) {
    const Struct& figure = row.struct_value();
    INFO("dso " << want_figure->first);
    CHECK(At(figure, "currency").string_value() == want_figure->first);
    CHECK(Amount(At(figure, "outstanding_minor")) == want_figure->second.outstanding_minor);
    CHECK(Amount(At(figure, "sales_minor")) == want_figure->second.sales_minor);
    if (want_figure->second.dso_days) {
      CHECK(Count(At(figure, "dso_days")) == static_cast<std::uint64_t>(*want_figure->second.dso_days));
    } else {
      CHECK(At(figure, "dso_days").has_null_value());
    }
    // The DSO's outstanding is the ageing total of the same currency.
    const auto total = expected.portfolio.find(want_figure->first);
    CHECK(want_figure->second.outstanding_minor == (total == expected.portfolio.end() ? 0 : total->second.total_minor));
    ++want_figure;
  }
}

void CheckRisk(const Struct& served, const projections::RiskReport& expected) {
  INFO("debtor " << expected.debtor_key);
  CHECK(At(served, "debtor_key").string_value() == expected.debtor_key);
  CHECK(Count(At(served, "partition")) == expected.partition);
  CHECK(Count(At(served, "score")) == expected.score);
  CHECK(At(served, "segment").string_value() == expected.segment);
  CHECK(!expected.segment.empty());
  CHECK(At(served, "as_of").string_value() == FormatDay(expected.as_of));
  const auto& reasons = At(served, "reasons").list_value().values();
  REQUIRE(static_cast<std::size_t>(reasons.size()) == expected.reasons.size());
  for (std::size_t i = 0; i < expected.reasons.size(); ++i) {
    const Struct& reason = reasons[static_cast<int>(i)].struct_value();
    CHECK(At(reason, "code").string_value() == expected.reasons[i].code);
    CHECK(At(reason, "code").string_value().size() == 3);  // "R01".."R10"
    CHECK(At(reason, "text").string_value() == expected.reasons[i].text);
    CHECK(Count(At(reason, "points")) == expected.reasons[i].points);
  }
}

TEST_CASE("http: ageing equals AgeingAsOf of the same database, filtered and in the past", "[http]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", kDebtors, kDays, seed % 1'000'000'007);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();

  projections::AgeingReport latest;
  REQUIRE(projections::AgeingAsOf(*store, nullptr, {}, &latest).ok());
  REQUIRE(latest.as_of != kNoDay);
  REQUIRE(!latest.portfolio.empty());
  REQUIRE(!latest.by_creditor.empty());

  // The buckets add up to the debts' outstanding balances as of the date.
  projections::AgeingQuery all_debts;
  Day as_of = kNoDay;
  std::vector<projections::DebtAgeingRow> rows;
  REQUIRE(projections::DebtsAsOf(*store, nullptr, all_debts, &as_of, &rows).ok());
  CHECK(as_of == latest.as_of);
  std::map<std::string, std::int64_t> outstanding;
  for (const auto& row : rows) outstanding[row.currency] += row.outstanding_minor;
  REQUIRE(outstanding.size() == latest.portfolio.size());
  for (const auto& [currency, buckets] : latest.portfolio) CHECK(buckets.total_minor == outstanding[currency]);

  // And, at a date after every event, to the engine's own balances (its
  // states, not the projection) of the debts not written off. At the latest business date they may differ:
  // the log's last day may hold events not closed by a DayClosed yet.
  std::map<std::string, std::int64_t> balances;
  std::map<std::string, std::uint64_t> open_debts;
  auto it = store->NewIterator(store::Family::kDebt);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    v1::DebtState debt;
    REQUIRE(debt.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
    // A written-off debt keeps its ledger balance but is no longer outstanding.
    if (debt.balance_minor() == 0 || debt.status() == v1::DEBT_STATUS_WRITTEN_OFF) continue;
    balances[debt.currency()] += debt.balance_minor();
    ++open_debts[debt.currency()];
  }
  REQUIRE(it->status().ok());
  projections::AgeingQuery later;
  later.as_of = latest.as_of + 3650;
  projections::AgeingReport final_balances;
  REQUIRE(projections::AgeingAsOf(*store, nullptr, later, &final_balances).ok());
  REQUIRE(final_balances.portfolio.size() == balances.size());
  for (const auto& [currency, buckets] : final_balances.portfolio) {
    INFO("currency " << currency);
    CHECK(buckets.total_minor == balances[currency]);
    CHECK(buckets.debts == open_debts[currency]);
  }
  CheckAgeing(client, *store, "/v1/ageing?as_of=" + FormatDay(later.as_of), later);

  CheckAgeing(client, *store, "/v1/ageing", {});
  const std::string currency = latest.portfolio.begin()->first;
  const std::string creditor = latest.by_creditor.rbegin()->first.first;
  projections::AgeingQuery by_currency;
  by_currency.currency = currency;
  CheckAgeing(client, *store, "/v1/ageing?currency=" + currency, by_currency);
  projections::AgeingQuery by_creditor;
  by_creditor.creditor_id = creditor;
  CheckAgeing(client, *store, "/v1/ageing?creditor=" + creditor, by_creditor);
  projections::AgeingQuery both = by_creditor;
  both.currency = currency;
  CheckAgeing(client, *store, "/v1/ageing?creditor=" + creditor + "&currency=" + currency, both);
  projections::AgeingQuery custom = by_currency;
  custom.bucket_bounds = {7, 45, 365};
  CheckAgeing(client, *store, "/v1/ageing?buckets=7,45,365&currency=" + currency, custom);
  custom.bucket_bounds = {1};
  CheckAgeing(client, *store, "/v1/ageing?buckets=1&currency=" + currency, custom);
  for (const char* bad : {"", "0", "20,10", "30,30", "30,,60", "30,60,", "x", "-5", "36501",
                          "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17"}) {
    const Reply reply = Get(client, std::string("/v1/ageing?buckets=") + bad);
    INFO("buckets=" << bad << " -> " << reply.body);
    CHECK(reply.status == 400);
    CHECK(ErrorCode(reply.body) == "bad_request");
  }
  for (int days_back : {1, 30, 75, 140, 400}) {
    projections::AgeingQuery past;
    past.as_of = latest.as_of - days_back;
    CheckAgeing(client, *store, "/v1/ageing?as_of=" + FormatDay(past.as_of), past);
    past.currency = currency;
    CheckAgeing(client, *store, "/v1/ageing?as_of=" + FormatDay(past.as_of) + "&currency=" + currency, past);
  }
  // The latest date given explicitly is the default.
  const Reply implicit = Get(client, "/v1/ageing");
  const Reply explicit_date = Get(client, "/v1/ageing?as_of=" + FormatDay(latest.as_of));
  CHECK(implicit.body == explicit_date.body);
  // An unknown creditor or currency: nothing outstanding, not an error.
  const Reply none = Get(client, "/v1/ageing?creditor=NO-SUCH-CREDITOR&currency=JPY");
  REQUIRE(none.status == 200);
  const Struct parsed = ParseJson(none.body);
  CHECK(At(parsed, "portfolio").list_value().values_size() == 0);
  CHECK(At(parsed, "currency").string_value() == "JPY");

  for (const std::string bad : {"as_of=2025-02-29", "as_of=2025-1-01", "as_of=", "as_of=2025-03-31T00:00",
                                "currency=eur", "creditor=", "as_of=2025-03-31&as_of=2025-03-30"}) {
    const Reply reply = Get(client, "/v1/ageing?" + bad);
    INFO(bad << " -> " << reply.body);
    CHECK(reply.status == 400);
    CHECK(ErrorCode(reply.body) == "bad_request");
  }
}

TEST_CASE("http: risk top and debtors' risk equal the risk projection", "[http]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", kDebtors, kDays, seed % 1'000'000'007);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();

  for (std::size_t n : {std::size_t{1}, std::size_t{5}, std::size_t{1000}}) {
    INFO("n " << n);
    std::vector<projections::RiskReport> expected;
    REQUIRE(projections::TopRiskyDebtors(*store, nullptr, n, &expected).ok());
    REQUIRE(expected.size() == std::min<std::size_t>(n, kDebtors));
    const Reply reply = Get(client, fmt::format("/v1/risk/top?n={}", n));
    REQUIRE(reply.status == 200);
    const Struct parsed = ParseJson(reply.body);
    CHECK(Count(At(parsed, "n")) == n);
    const auto& debtors = At(parsed, "debtors").list_value().values();
    REQUIRE(static_cast<std::size_t>(debtors.size()) == expected.size());
    for (int i = 0; i < debtors.size(); ++i) {
      CheckRisk(debtors[i].struct_value(), expected[static_cast<std::size_t>(i)]);
      if (i == 0) continue;
      // Score descending, then debtor key.
      const Struct& prev = debtors[i - 1].struct_value();
      const Struct& cur = debtors[i].struct_value();
      const double prev_score = At(prev, "score").number_value();
      const double score = At(cur, "score").number_value();
      CHECK(prev_score >= score);
      if (prev_score == score) {
        CHECK(At(prev, "debtor_key").string_value() < At(cur, "debtor_key").string_value());
      }
    }
  }
  // The default n.
  const Reply default_n = Get(client, "/v1/risk/top");
  REQUIRE(default_n.status == 200);
  CHECK(At(ParseJson(default_n.body), "debtors").list_value().values_size() == 10);

  // Every debtor's own page carries the same risk as the projection.
  std::vector<projections::RiskReport> all;
  REQUIRE(projections::AllRisks(*store, nullptr, &all).ok());
  REQUIRE(all.size() == kDebtors);
  bool some_reasons = false;
  for (std::size_t i = 0; i < all.size(); i += 11) {
    const Reply reply = Get(client, "/v1/debtors/" + all[i].debtor_key);
    REQUIRE(reply.status == 200);
    const Struct parsed = ParseJson(reply.body);
    REQUIRE(At(parsed, "risk").has_struct_value());
    CheckRisk(At(parsed, "risk").struct_value(), all[i]);
    some_reasons = some_reasons || !all[i].reasons.empty();
  }
  CHECK(some_reasons);

  // A debtor without a risk row: null, not an error.
  api::ProjectionReadModel model;
  api::ReadView view = served.source.Open();
  REQUIRE(view.valid());
  std::optional<std::string> risk = "unset";
  REQUIRE(model.DebtorRisk(view, "NO-SUCH-DEBTOR", &risk).ok());
  CHECK(!risk.has_value());
}

TEST_CASE("http: effectiveness equals Effectiveness() of the same database", "[http]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", kDebtors, kDays, seed % 1'000'000'007);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();

  projections::EffectivenessReport expected;
  REQUIRE(projections::Effectiveness(*store, nullptr, &expected).ok());
  REQUIRE(!expected.steps.empty());
  const Reply reply = Get(client, "/v1/effectiveness");
  REQUIRE(reply.status == 200);
  const Struct parsed = ParseJson(reply.body);
  const auto& steps = At(parsed, "steps").list_value().values();
  REQUIRE(static_cast<std::size_t>(steps.size()) == expected.steps.size());
  for (std::size_t i = 0; i < expected.steps.size(); ++i) {
    const Struct& step = steps[static_cast<int>(i)].struct_value();
    const projections::StepEffectiveness& want = expected.steps[i];
    INFO("level " << want.level << " channel " << want.channel);
    CHECK(Count(At(step, "level")) == want.level);
    CHECK(At(step, "channel").string_value() == want.channel);
    CHECK(Count(At(step, "reached")) == want.reached);
    CHECK(Count(At(step, "paid_7")) == want.paid_7);
    CHECK(Count(At(step, "paid_30")) == want.paid_30);
    const Struct& recovered = At(step, "recovered_minor").struct_value();
    REQUIRE(static_cast<std::size_t>(recovered.fields_size()) == want.recovered_minor.size());
    for (const auto& [currency, amount_minor] : want.recovered_minor) {
      CHECK(Amount(At(recovered, currency)) == amount_minor);
    }
  }
}

TEST_CASE("http: a database replayed without projections answers empty aggregates and null risk", "[http]") {
  TempDir dir;
  const std::string log = engine_it::GenLog(dir, "log.pb", {50, 40, 3});
  const std::string db = dir.Sub("bare");
  engine_it::ToolOk({kCli, "replay", "--input", log, "--db", db, "--partitions", std::to_string(engine_it::kPartitions),
                     "--no-projections"},
                    dir.Sub("replay"));
  auto store = OpenReadOnly(db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();

  const Reply ageing = Get(client, "/v1/ageing");
  REQUIRE(ageing.status == 200);
  const Struct parsed = ParseJson(ageing.body);
  CHECK(At(parsed, "as_of").has_string_value());
  CHECK(At(parsed, "portfolio").list_value().values_size() == 0);
  const Reply top = Get(client, "/v1/risk/top?n=5");
  REQUIRE(top.status == 200);
  CHECK(At(ParseJson(top.body), "debtors").list_value().values_size() == 0);
  CHECK(Get(client, "/v1/effectiveness").body == R"({"steps":[]})");

  auto it = store->NewIterator(store::Family::kDebtor);
  it->SeekToFirst();
  REQUIRE(it->Valid());
  v1::DebtorState debtor;
  REQUIRE(debtor.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
  const Reply reply = Get(client, "/v1/debtors/" + debtor.debtor_key());
  REQUIRE(reply.status == 200);
  CHECK(At(ParseJson(reply.body), "risk").has_null_value());
}

}  // namespace
}  // namespace relance::testing::http
