// `relance bench dayclose` with small numbers: each closed day visits exactly
// the debts due that day, in both cases (K due per day, then 10x on the same
// portfolio), so the bench measures what it says. Its timings are not checked.
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>

#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

TEST_CASE("bench dayclose visits exactly the debts due each day", "[e2e][bench]") {
  TempDir dir;
  const CliResult result = RunCli(
      {kCli, "bench", "dayclose", "--debts", "2000", "--due-per-day", "20", "--days", "3", "--dir", dir.Sub("work")},
      dir.Sub("bench"));
  INFO(result.out << result.err);
  REQUIRE(result.exit_code == 0);
  const std::regex day_line(R"(day (\d{4}-\d{2}-\d{2}): due (\d+), visited (\d+), actions (\d+), [0-9.]+ ms)");
  std::multiset<std::uint64_t> due_counts;
  for (auto it = std::sregex_iterator(result.out.begin(), result.out.end(), day_line); it != std::sregex_iterator();
       ++it) {
    const std::uint64_t due = std::stoull((*it)[2].str());
    const std::uint64_t visited = std::stoull((*it)[3].str());
    const std::uint64_t actions = std::stoull((*it)[4].str());
    INFO((*it)[0].str());
    CHECK(visited == due);
    CHECK(actions == due / 5);  // One hand-over per debtor of five due debts.
    due_counts.insert(due);
  }
  CHECK(due_counts.count(20) == 3);
  CHECK(due_counts.count(200) == 3);
  CHECK(due_counts.size() == 6);
  CHECK_THAT(result.out, Catch::Contains("2000 timers in the index"));
}

TEST_CASE("bench dayclose refuses more due debts than the portfolio holds", "[e2e][bench]") {
  TempDir dir;
  const CliResult result =
      RunCli({kCli, "bench", "dayclose", "--debts", "100", "--due-per-day", "50", "--days", "3"}, dir.Sub("bench"));
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("cannot hold"));
}

}  // namespace
}  // namespace relance::testing
