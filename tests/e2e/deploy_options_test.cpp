// The options every deployment sets (issue 14, deployment and personal
// data): each option can come from a RELANCE_* environment variable, the
// command line winning; the files the tool creates (a database, a folder of
// letters) are its user's alone unless --umask says otherwise; the log can
// be JSON.
#include <fmt/format.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/e2e/cli_process.h"
#include "tests/support/actions.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

namespace fs = std::filesystem;
constexpr const char* kCli = RELANCE_BINARY;
constexpr mode_t kGroupOther = 0077;

// The permission bits of `root` and of everything below it that have any of
// `bits` set, as "path mode" lines (empty: none).
std::string PathsWithBits(const fs::path& root, mode_t bits) {
  std::string found;
  const auto check = [&](const fs::path& path) {
    struct stat info {};
    REQUIRE(::lstat(path.c_str(), &info) == 0);
    if ((info.st_mode & bits) != 0) found += fmt::format("{} {:o}\n", path.string(), info.st_mode & 07777);
  };
  check(root);
  for (const auto& entry : fs::recursive_directory_iterator(root)) check(entry.path());
  return found;
}

// The tool must not rely on the umask it inherits: the tests start it with
// the usual 022, under which files come out world-readable.
class InheritedUmask {
 public:
  explicit InheritedUmask(mode_t mask) : previous_(::umask(mask)) {}
  ~InheritedUmask() { ::umask(previous_); }

 private:
  mode_t previous_;
};

std::string GenerateLog(const TempDir& dir) {
  const std::string log = dir.Sub("log.pb");
  const CliResult gen = RunCli({kCli, "gen", "--debtors", "20", "--days", "40", "--out", log}, dir.Sub("gen"));
  INFO(gen.err);
  REQUIRE(gen.exit_code == 0);
  return log;
}

TEST_CASE("a database and a folder of letters are created without group or other permissions", "[e2e][deploy]") {
  TempDir dir;
  InheritedUmask inherited(022);
  const std::string log = GenerateLog(dir);
  const std::string db = dir.Sub("db");
  const CliResult replay = RunCli({kCli, "replay", "--input", log, "--db", db}, dir.Sub("replay"));
  INFO(replay.err);
  REQUIRE(replay.exit_code == 0);
  CHECK(PathsWithBits(db, kGroupOther).empty());

  const std::string actions_db = dir.Sub("actions-db");
  v1::Action action = MakeAction("A-1", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous");
  AddItem(&action, "12345", "2026-10-01", "2026-10-31", 123456);
  StoreActions(actions_db, {action});
  const std::string out = dir.Sub("letters");
  const CliResult letters =
      RunCli({kCli, "letters", "--db", actions_db, "--date", "2026-11-23", "--out", out}, dir.Sub("letters"));
  INFO(letters.err);
  REQUIRE(letters.exit_code == 0);
  REQUIRE(fs::is_directory(out));
  CHECK_FALSE(fs::is_empty(out));
  CHECK(PathsWithBits(out, kGroupOther).empty());
}

TEST_CASE("the umask option at 027 opens what the tool creates to the group, never to others", "[e2e][deploy]") {
  TempDir dir;
  InheritedUmask inherited(022);
  const std::string log = GenerateLog(dir);
  const std::string db = dir.Sub("db");
  const CliResult replay = RunCli({kCli, "replay", "--umask", "027", "--input", log, "--db", db}, dir.Sub("replay"));
  INFO(replay.err);
  REQUIRE(replay.exit_code == 0);
  CHECK(PathsWithBits(db, 0007).empty());
  CHECK(PathsWithBits(db, 0040) != "");  // Group-readable: the flag did something.
  for (const char* bad : {"8", "1000", "rw", ""}) {
    CAPTURE(bad);
    CHECK(RunCli({kCli, "--umask", bad, "digest", "--db", db}, dir.Sub("bad-umask")).exit_code == 2);
  }
}

TEST_CASE("every option can come from RELANCE_<NAME>, the command line winning", "[e2e][deploy]") {
  TempDir dir;
  const std::string log = GenerateLog(dir);
  // Required options from the environment alone. RELANCE_BROKERS is a host
  // list here, mock-kafka's --brokers an integer: only the options of the
  // command being run read the environment.
  const std::string from_env = dir.Sub("db-env");
  const CliResult replay =
      RunCli({kCli, "replay"}, dir.Sub("replay"),
             {"RELANCE_INPUT=" + log, "RELANCE_DB=" + from_env, "RELANCE_BROKERS=kafka-1:9092", "RELANCE_VERIFY=true"});
  INFO(replay.err);
  REQUIRE(replay.exit_code == 0);
  CHECK(fs::is_directory(from_env));
  CHECK(replay.out.find("verify: ") != std::string::npos);  // --verify, a flag, from RELANCE_VERIFY.

  const std::string from_flag = dir.Sub("db-flag");
  const CliResult digest = RunCli({kCli, "replay", "--input", log, "--db", from_flag}, dir.Sub("flag"),
                                  {"RELANCE_DB=" + dir.Sub("db-unused")});
  REQUIRE(digest.exit_code == 0);
  CHECK(fs::is_directory(from_flag));
  CHECK_FALSE(fs::exists(dir.Sub("db-unused")));

  // The main app's options too, and a bad value from the environment is a
  // usage error like a bad flag.
  CHECK(RunCli({kCli, "digest", "--db", from_env}, dir.Sub("bad-env"), {"RELANCE_LOG_FORMAT=xml"}).exit_code == 2);
}

TEST_CASE("the json log format writes one JSON object per log line, with an ISO-8601 timestamp", "[e2e][deploy]") {
  TempDir dir;
  const std::string actions_db = dir.Sub("actions-db");
  // An unknown template is logged at level warn (letters_test.cpp).
  v1::Action action = MakeAction("A-1", v1::ACTION_KIND_REMINDER, "2026-11-23", "phone.v2", v1::CHANNEL_PHONE);
  AddItem(&action, "12345", "2026-10-01", "2026-10-31", 123456);
  StoreActions(actions_db, {action});
  const std::vector<std::string> args = {kCli, "letters", "--db", actions_db, "--date", "2026-11-23", "--out"};
  std::vector<std::string> json = args;
  json.insert(json.end(), {dir.Sub("out-json"), "--log-format", "json"});
  const CliResult run = RunCli(json, dir.Sub("json"));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err,
             Catch::Matches("(\\{\"ts\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\",\"level\":\"warn\","
                            "\"msg\":\"[^\"]*\".*\\}\\n)+"));
  // --log-level error drops the warning; the environment sets it as well.
  std::vector<std::string> quiet = args;
  quiet.push_back(dir.Sub("out-quiet"));
  const CliResult silent = RunCli(quiet, dir.Sub("quiet"), {"RELANCE_LOG_LEVEL=error"});
  REQUIRE(silent.exit_code == 0);
  CHECK(silent.err.find("level=warn") == std::string::npos);
  CHECK(RunCli(quiet, dir.Sub("loud")).err.find("level=warn") != std::string::npos);
}

}  // namespace
}  // namespace relance::testing
