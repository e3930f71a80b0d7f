// `relance demo`, the README's first command, as a newcomer runs it: the
// summary on stdout, the engine's and the embedded Kafka's log lines in the
// file the demo names, not mixed into what one reads.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

std::size_t CountLines(const std::string& text, const std::string& containing = "") {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) n += line.find(containing) != std::string::npos ? 1 : 0;
  return n;
}

TEST_CASE("e2e: the demo prints its summary and sends its log lines to the file it names", "[e2e][demo]") {
  TempDir dir;
  const std::string demo_dir = dir.Sub("demo");
  const CliResult demo = RunCli(
      {kCli, "demo", "--debtors", "200", "--days", "90", "--partitions", "4", "--dir", demo_dir}, dir.Sub("run"));
  INFO(demo.out);
  INFO(demo.err);
  REQUIRE(demo.exit_code == 0);
  CHECK(demo.out.find("SAME") != std::string::npos);
  // The file it names, in the kept directory.
  const std::string log_file = demo_dir + "/demo.log";
  CHECK(demo.out.find("log lines of the engine and of the embedded Kafka: " + log_file) != std::string::npos);
  const std::string log = ReadFile(log_file);
  // The engine logged there: its start, every partition it was given, the
  // deliberate duplicates it rejected.
  CHECK(CountLines(log, "msg=\"engine started\"") == 1);
  CHECK(CountLines(log, "msg=\"partition assigned\"") >= 4);
  CHECK(CountLines(log, "REJECTION_REASON_DUPLICATE_EVENT") >= 1);
  // The count the summary gives is the file's.
  std::smatch m;
  REQUIRE(std::regex_search(demo.out, m, std::regex("log: ([0-9]+) lines in ")));
  CHECK(std::stoull(m[1].str()) == CountLines(log));
  // Nothing of it on stdout or stderr: stderr holds progress lines only.
  CHECK(CountLines(demo.out, "ts=") == 0);
  CHECK(CountLines(demo.err, "ts=") == 0);
  CHECK(CountLines(demo.err) == CountLines(demo.err, "engine: "));
}

}  // namespace
}  // namespace relance::testing
