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

}  // namespace
}  // namespace relance::testing
