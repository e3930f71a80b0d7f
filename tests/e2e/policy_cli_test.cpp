// `relance policy` and `relance calendar` driven as a user would: the
// shipped French policy validates, broken copies are reported at the line
// and column of the faulty field, and publishing appends the event to a log.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "engine/codec/event_codec.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;
const std::string kPolicy = std::string(RELANCE_SOURCE_DIR) + "/deploy/policies/fr-default.json";
const std::string kCalendar = std::string(RELANCE_SOURCE_DIR) + "/deploy/calendars/fr.json";

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  REQUIRE(out.good());
}

// The shipped policy with the first `from` replaced by `to`; *where is the
// "line:column" of `key` within the replacement, as the CLI must report it.
std::string Broken(const std::string& from, const std::string& to, const std::string& key, std::string* where) {
  std::string text = ReadFile(kPolicy);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  const std::size_t key_at = at + to.find(key);
  const std::size_t line_start = text.rfind('\n', key_at) + 1;
  const long line = std::count(text.begin(), text.begin() + static_cast<long>(key_at), '\n') + 1;
  *where = std::to_string(line) + ":" + std::to_string(key_at - line_start + 1);
  return text;
}

CliResult Validate(const TempDir& dir, const std::string& name, const std::string& text) {
  const std::string path = dir.Sub(name);
  WriteFile(path, text);
  return RunCli({kCli, "policy", "validate", path}, dir.Sub(name));
}

TEST_CASE("policy validate accepts the shipped French policy", "[e2e][policy]") {
  TempDir dir;
  const CliResult result = RunCli({kCli, "policy", "validate", kPolicy}, dir.Sub("ok"));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("policy fr-default version 1") && Catch::Contains("valid"));
}

TEST_CASE("policy validate places a wrongly typed field at its line", "[e2e][policy]") {
  TempDir dir;
  std::string where;
  const std::string text =
      Broken("{\"day_offset\": 14, \"level\": 2,", "{\"day_offset\": 14, \"level\": \"two\",", "\"level\"", &where);
  const CliResult result = Validate(dir, "typed.json", text);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err,
             Catch::Contains("typed.json:" + where + ": field \"ladders[3].steps[2].level\": invalid value"));
}

TEST_CASE("policy validate places an unknown field at its line", "[e2e][policy]") {
  TempDir dir;
  std::string where;
  const std::string text = Broken("\"cooldown_days\": 2,", "\"cooldown_dayz\": 2,", "\"cooldown_dayz\"", &where);
  const CliResult result = Validate(dir, "unknown.json", text);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("unknown.json:" + where + ": field \"contact.cooldown_dayz\": unknown field"));
}

TEST_CASE("policy validate places semantic errors at their line", "[e2e][policy]") {
  TempDir dir;
  std::string where;
  const std::string text = Broken("\"limitation_years\": 5", "\"limitation_years\": 50", "\"limitation", &where);
  const CliResult result = Validate(dir, "semantic.json", text);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err,
             Catch::Contains("semantic.json:" + where + ": field \"debtor_rules[0].limitation_years\": 50 is not in"));
  CHECK_THAT(result.err, Catch::Contains("1 error"));
}

TEST_CASE("policy validate places a JSON syntax error at its line", "[e2e][policy]") {
  TempDir dir;
  std::string where;
  const std::string text = Broken("\"version\": 1,\n", "\"version\": 1\n", "\n", &where);
  const CliResult result = Validate(dir, "syntax.json", text);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("syntax.json:4:3: expected ',' or '}'"));
}

TEST_CASE("policy and calendar publish append partition-level events to a log", "[e2e][policy]") {
  TempDir dir;
  const std::string log = dir.Sub("events.jsonl");
  CHECK(RunCli({kCli, "calendar", "publish", kCalendar, "--out", log}, dir.Sub("cal")).exit_code == 0);
  const CliResult policy = RunCli({kCli, "policy", "publish", kPolicy, "--out", log}, dir.Sub("pol"));
  INFO(policy.err);
  CHECK(policy.exit_code == 0);
  std::string error;
  auto reader = codec::LogReader::Open(log, codec::Format::kJsonLines, &error);
  REQUIRE(reader);
  codec::LogRecord record;
  bool end = false;
  v1::Event event;
  REQUIRE(reader->Next(&record, &end).ok());
  REQUIRE_FALSE(end);
  REQUIRE(reader->Decode(record, &event).empty());
  CHECK(event.event_id().rfind("calendar:FR:", 0) == 0);
  CHECK(event.calendar_published().holidays_size() == 77);
  REQUIRE(reader->Next(&record, &end).ok());
  REQUIRE_FALSE(end);
  REQUIRE(reader->Decode(record, &event).empty());
  CHECK(event.event_id() == "policy:fr-default:1");
  CHECK(event.debtor_key().empty());
  CHECK(event.policy_published().policy().ladders_size() == 5);
  REQUIRE(reader->Next(&record, &end).ok());
  CHECK(end);
}

TEST_CASE("publish needs a destination and a valid file", "[e2e][policy]") {
  TempDir dir;
  CHECK(RunCli({kCli, "policy", "publish", kPolicy}, dir.Sub("none")).exit_code == 2);
  const std::string broken = dir.Sub("broken.json");
  WriteFile(broken, "{\"policy_id\": \"x\", \"version\": 0}");
  const CliResult result = RunCli({kCli, "policy", "publish", broken, "--out", dir.Sub("log.jsonl")}, dir.Sub("b"));
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("broken.json:1:20: field \"version\""));
  CHECK(ReadFile(dir.Sub("log.jsonl")).empty());
}

}  // namespace
}  // namespace relance::testing
