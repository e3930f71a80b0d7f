// Mistyped paths (issue 15 item 10, issue 14 defect 8): reading a database
// that is not there answers "no database at ..." with a non-zero exit and
// leaves no empty directory behind; replaying a directory, or a file that is
// not there, says so before any database is created.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

TEST_CASE("reading a database that is not there fails clearly and creates nothing", "[e2e][cli]") {
  TempDir dir;
  const std::string missing = dir.Sub("no-such-db");
  for (const auto& args : {std::vector<std::string>{kCli, "digest", "--db", missing},
                           std::vector<std::string>{kCli, "show", "debt", "D1", "--db", missing},
                           std::vector<std::string>{kCli, "export", "ageing", "--db", missing}}) {
    CAPTURE(args[1]);
    const CliResult result = RunCli(args, dir.Sub("run-" + args[1]));
    CHECK(result.exit_code != 0);
    CHECK(result.err.find("no database at " + missing + ": no such directory") != std::string::npos);
    CHECK(result.err.find("CURRENT") == std::string::npos);  // No RocksDB internals.
    CHECK_FALSE(std::filesystem::exists(missing));
  }
  // A directory that exists but holds no database is named as such, and
  // stays as it was.
  const std::string empty = dir.Sub("empty");
  std::filesystem::create_directories(empty);
  const CliResult result = RunCli({kCli, "digest", "--db", empty}, dir.Sub("empty-run"));
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("the directory holds no Relance database") != std::string::npos);
  CHECK(std::filesystem::is_empty(empty));
}

TEST_CASE("replaying a directory or a missing log is refused before a database is created", "[e2e][cli]") {
  TempDir dir;
  std::filesystem::create_directories(dir.Sub("a-directory"));
  for (const std::string& input : {dir.Sub("a-directory"), dir.Sub("missing.pb")}) {
    CAPTURE(input);
    const std::string db = dir.Sub("db");
    const CliResult result = RunCli({kCli, "replay", "--input", input, "--db", db}, dir.Sub("replay"));
    CHECK(result.exit_code == 2);
    CHECK((result.err.find("is a directory, not an event log") != std::string::npos ||
           result.err.find("cannot open") != std::string::npos));
    CHECK_FALSE(std::filesystem::exists(db));
  }
}

TEST_CASE("tick refuses a date too far after today, before it reaches the log", "[e2e][cli]") {
  TempDir dir;
  // No broker listens on port 9: the date is refused before any connection.
  const CliResult typo = RunCli({kCli, "tick", "--brokers", "127.0.0.1:9", "--date", "2199-12-31"}, dir.Sub("typo"));
  INFO(typo.out << typo.err);
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("--date 2199-12-31 is ") != std::string::npos);
  CHECK(typo.err.find("tick refuses more than 7 days ahead (--max-days-ahead N to allow it)") != std::string::npos);
  CHECK(typo.out.empty());
  const CliResult tight = RunCli(
      {kCli, "tick", "--brokers", "127.0.0.1:9", "--date", "2199-12-31", "--max-days-ahead", "0"}, dir.Sub("tight"));
  CHECK(tight.exit_code == 2);
  CHECK(tight.err.find("tick refuses more than 0 days ahead") != std::string::npos);
}

}  // namespace
}  // namespace relance::testing

namespace relance::testing {
namespace {

TEST_CASE("every usage error exits 2, wherever it is caught, --help and --version exit 0", "[e2e][cli]") {
  TempDir dir;
  const std::vector<std::vector<std::string>> usage_errors = {
      {kCli},                                                    // No subcommand.
      {kCli, "no-such-command"},                                 // Unknown subcommand.
      {kCli, "replay", "--input", "x.pb"},                       // A required option missing (CLI11: 106).
      {kCli, "replay", "--bogus"},                               // An unknown flag (CLI11: 109).
      {kCli, "gen", "--debtors", "abc", "--out", dir.Sub("x")},  // A bad value (CLI11: 105).
      {kCli, "replay", "--input", dir.Sub("missing.pb"), "--db", dir.Sub("db")},  // Invalid argument (ours).
  };
  int run = 0;
  for (const auto& args : usage_errors) {
    CAPTURE(args.size() > 1 ? args[1] : std::string("(none)"));
    const CliResult result = RunCli(args, dir.Sub("usage-" + std::to_string(run++)));
    CHECK(result.exit_code == 2);
  }
  CHECK(RunCli({kCli, "--help"}, dir.Sub("help")).exit_code == 0);
  const CliResult version = RunCli({kCli, "--version"}, dir.Sub("version"));
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out,
             Catch::Matches("relance \\d+\\.\\d+\\.\\d+ \\(protobuf .*, RocksDB .*, librdkafka .*\\)\\s*"));
}

}  // namespace
}  // namespace relance::testing
