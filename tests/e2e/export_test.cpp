// `relance export` and `relance projections rebuild` driven as a user would:
// a generated log replayed by the CLI, then each export's header and a few
// values checked against the database read directly.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/store/digest.h"
#include "projections/query.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

std::vector<std::string> Fields(const std::string& line) {  // No quoted commas in these rows.
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (std::getline(in, field, ',')) fields.push_back(field);
  if (!line.empty() && line.back() == ',') fields.push_back("");
  return fields;
}

TEST_CASE("e2e: exports of a replayed portfolio, and a rebuild that changes nothing", "[e2e][projections]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = dir.Sub("log.pb"), db = dir.Sub("db");
  const CliResult gen = RunCli(
      {kCli, "gen", "--debtors", "300", "--days", "150", "--seed", std::to_string(seed % 1'000'000'007), "--out", log},
      dir.Sub("gen"));
  REQUIRE(gen.exit_code == 0);
  const CliResult replay = RunCli({kCli, "replay", "--input", log, "--db", db, "--partitions", "8"}, dir.Sub("replay"));
  INFO(replay.err);
  REQUIRE(replay.exit_code == 0);
  const std::string digest = DigestOf(replay.out);

  const CliResult ageing = RunCli({kCli, "export", "ageing", "--db", db, "--format", "csv"}, dir.Sub("ageing"));
  INFO(ageing.err);
  REQUIRE(ageing.exit_code == 0);
  REQUIRE(ageing.out.find("\r\n") != std::string::npos);  // RFC 4180 line ends.
  const std::vector<std::string> lines = Lines(ageing.out);
  REQUIRE(lines.size() > 1);
  CHECK(lines[0] ==
        "as_of,scope,id,currency,bucket_not_yet_due_minor,bucket_not_yet_due,bucket_1_30_minor,bucket_1_30,"
        "bucket_31_60_minor,bucket_31_60,bucket_61_90_minor,bucket_61_90,bucket_91_120_minor,bucket_91_120,"
        "bucket_over_120_minor,bucket_over_120,total_minor,total,debts");

  // The portfolio rows against the query API on the same database.
  std::unique_ptr<store::Store> store;
  store::StoreOptions read_only;
  read_only.read_only = true;
  REQUIRE(store::Store::Open(db, read_only, &store).ok());
  projections::AgeingReport report;
  REQUIRE(projections::AgeingAsOf(*store, nullptr, projections::AgeingQuery(), &report).ok());
  std::size_t portfolio_rows = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::vector<std::string> f = Fields(lines[i]);
    REQUIRE(f.size() == 19);
    CHECK(f[0] == FormatDay(report.as_of));
    if (f[1] != "portfolio") continue;
    ++portfolio_rows;
    const projections::AgeingBuckets& b = report.portfolio.at(f[3]);
    CHECK(f[16] == std::to_string(b.total_minor));
    CHECK(f[18] == std::to_string(b.debts));
    if (f[3] == "JPY") CHECK(f[17] == f[16]);  // No minor unit.
    if (f[3] == "EUR") CHECK(f[17].find('.') == f[17].size() - 3);
  }
  CHECK(portfolio_rows == report.portfolio.size());

  // The same table as French Excel opens it: the same cells, a BOM first,
  // semicolons between them and decimal commas in the amounts.
  const CliResult excel =
      RunCli({kCli, "export", "ageing", "--db", db, "--csv-dialect", "excel-fr"}, dir.Sub("ageing_excel"));
  INFO(excel.err);
  REQUIRE(excel.exit_code == 0);
  REQUIRE(excel.out.rfind("\xEF\xBB\xBF", 0) == 0);
  const std::vector<std::string> excel_lines = Lines(excel.out.substr(3));
  REQUIRE(excel_lines.size() == lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string expected = lines[i];
    // Decimal points become commas in the amounts (odd columns from 5), then ';' separates.
    std::vector<std::string> f = Fields(expected);
    for (std::size_t c = 5; i > 0 && c < 18; c += 2) std::replace(f[c].begin(), f[c].end(), '.', ',');
    expected.clear();
    for (std::size_t c = 0; c < f.size(); ++c) expected += (c ? ";" : "") + f[c];
    CHECK(excel_lines[i] == expected);
  }
  CHECK(RunCli({kCli, "export", "ageing", "--db", db, "--csv-dialect", "excel"}, dir.Sub("bad_dialect")).exit_code ==
        2);

  const std::string as_of = FormatDay(report.as_of - 30);
  const CliResult debts = RunCli(
      {kCli, "export", "debts", "--db", db, "--format", "jsonl", "--as-of", as_of, "--out", dir.Sub("debts.jsonl")},
      dir.Sub("debts"));
  REQUIRE(debts.exit_code == 0);
  const std::vector<std::string> debt_lines = Lines(ReadFile(dir.Sub("debts.jsonl")));
  REQUIRE_FALSE(debt_lines.empty());
  CHECK(debt_lines[0].rfind("{\"as_of\":\"" + as_of + "\",\"debt_id\":", 0) == 0);
  CHECK(debt_lines[0].find("\"balance_minor\":") != std::string::npos);

  const CliResult risk = RunCli({kCli, "export", "risk", "--db", db}, dir.Sub("risk"));
  REQUIRE(risk.exit_code == 0);
  const std::vector<std::string> risk_lines = Lines(risk.out);
  CHECK(risk_lines[0] ==
        "debtor_key,score,segment,as_of,reason_1_code,reason_1_text,reason_1_points,reason_2_code,reason_2_text,"
        "reason_2_points,reason_3_code,reason_3_text,reason_3_points");
  CHECK(risk_lines.size() == 1 + 300);  // Every debtor.
  const std::vector<std::string> first = Fields(risk_lines[1]);
  projections::RiskReport first_risk;
  REQUIRE(projections::DebtorRisk(*store, nullptr, first[0], &first_risk).ok());
  CHECK(first[1] == std::to_string(first_risk.score));
  CHECK(first[2] == first_risk.segment);

  const CliResult effectiveness = RunCli({kCli, "export", "effectiveness", "--db", db}, dir.Sub("effectiveness"));
  REQUIRE(effectiveness.exit_code == 0);
  CHECK(Lines(effectiveness.out)[0] == "level,channel,reached,paid_7,paid_30,currency,recovered_minor,recovered");

  // Buckets of one's own: the columns follow, the totals do not move.
  const CliResult custom = RunCli({kCli, "export", "ageing", "--db", db, "--buckets", "15,45"}, dir.Sub("custom"));
  INFO(custom.err);
  REQUIRE(custom.exit_code == 0);
  const std::vector<std::string> custom_lines = Lines(custom.out);
  CHECK(custom_lines[0] ==
        "as_of,scope,id,currency,bucket_not_yet_due_minor,bucket_not_yet_due,bucket_1_15_minor,bucket_1_15,"
        "bucket_16_45_minor,bucket_16_45,bucket_over_45_minor,bucket_over_45,total_minor,total,debts");
  for (std::size_t i = 1; i < custom_lines.size(); ++i) {
    const std::vector<std::string> f = Fields(custom_lines[i]);
    REQUIRE(f.size() == 15);
    if (f[1] != "portfolio") continue;
    const projections::AgeingBuckets& b = report.portfolio.at(f[3]);
    CHECK(f[12] == std::to_string(b.total_minor));
    CHECK(std::stoll(f[4]) + std::stoll(f[6]) + std::stoll(f[8]) + std::stoll(f[10]) == b.total_minor);
  }
  const CliResult debts_custom =
      RunCli({kCli, "export", "debts", "--db", db, "--buckets", "15,45"}, dir.Sub("debts_custom"));
  REQUIRE(debts_custom.exit_code == 0);
  for (const std::string& line : Lines(debts_custom.out)) {
    if (line.rfind("as_of", 0) == 0) continue;
    const std::string bucket = Fields(line)[8];
    CHECK((bucket == "not_yet_due" || bucket == "1_15" || bucket == "16_45" || bucket == "over_45"));
  }

  const CliResult bad = RunCli({kCli, "export", "ageing", "--db", db, "--as-of", "yesterday"}, dir.Sub("bad"));
  CHECK(bad.exit_code == 2);
  // The risk and effectiveness tables have no history: a past date is
  // refused, never answered with today's figures.
  for (const std::string kind : {"effectiveness", "risk"}) {
    const CliResult past = RunCli({kCli, "export", kind, "--db", db, "--as-of", "2024-01-31"}, dir.Sub("past-" + kind));
    INFO(kind << ": " << past.err);
    CHECK(past.exit_code == 2);
    CHECK(past.out.empty());
    CHECK(past.err.find("--as-of applies to ageing and debts") != std::string::npos);
  }
  const CliResult bad_buckets = RunCli({kCli, "export", "ageing", "--db", db, "--buckets", "45,15"}, dir.Sub("badb"));
  CHECK(bad_buckets.exit_code == 2);
  CHECK(bad_buckets.err.find("strictly increasing") != std::string::npos);
  store.reset();

  const CliResult rebuild = RunCli({kCli, "projections", "rebuild", "--db", db}, dir.Sub("rebuild"));
  INFO(rebuild.out << rebuild.err);
  REQUIRE(rebuild.exit_code == 0);
  CHECK(rebuild.out.find(" 0 mismatches") != std::string::npos);
  const CliResult after = RunCli({kCli, "digest", "--db", db}, dir.Sub("digest"));
  REQUIRE(after.exit_code == 0);
  CHECK(DigestOf(after.out) == digest);
}

}  // namespace
}  // namespace relance::testing
