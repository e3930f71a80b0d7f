// A commit that fails (the disk is full) ends `relance run` with a non-zero
// exit, and its exit figures count only what was committed (issue: faults
// from outside, item 10): the batch whose commit failed is reported apart,
// never as applied. The disk fills for real, as far as the engine can tell:
// the child runs under a file size limit (ulimit -f, SIGXFSZ ignored), so
// RocksDB's write-ahead log write fails with EFBIG.
#include <catch2/catch.hpp>
#include <string>

#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

// Messages whose commit is in the database: the sum of the stored offsets
// (every partition starts at 0 and the log has no gap).
std::uint64_t CommittedMessages(const std::string& db) {
  store::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<store::Store> store;
  const Status opened = store::Store::Open(db, options, &store);
  INFO(opened.ToString());
  REQUIRE(opened.ok());
  std::uint64_t total = 0;
  for (std::uint32_t p = 0; p < kPartitions; ++p) {
    std::string value;
    bool found = false;
    REQUIRE(store->Get(store::Family::kMeta, store::OffsetKey(p), &value, &found).ok());
    if (found) total += store::DecodeBig64(value);
  }
  return total;
}

TEST_CASE("engine: a commit that fails on a full disk is not counted as applied in the exit figures",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = GenLog(dir, "log.pb", {400, 90, seed % 1'000'000'007});
  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, log);
  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "disk-full";
  spec.batch = 100;  // Many small commits: some succeed before the log file reaches the limit.
  spec.exit_when_idle_ms = 1500;
  std::string command = "trap '' XFSZ; ulimit -f 600; exec";  // 300 KiB per file.
  for (const std::string& arg : EngineArgs(spec)) command += " '" + arg + "'";
  const CliResult full = Tool({"/bin/sh", "-c", command}, dir.Sub("full"), seconds(90));
  INFO("exit " << full.exit_code << "\nstdout:\n" << full.out << "\nstderr:\n" << Tail(full.err));
  REQUIRE(full.exit_code != 0);
  const EngineCounters counters = ParseCounters(full.out);
  const std::uint64_t committed = CommittedMessages(spec.db);
  CHECK(committed > 0);  // Some commits went through before the disk filled.
  CHECK(counters.messages == committed);
  CHECK(counters.applied + counters.rejected == committed);
  CHECK(CountOf(full.out, "not committed: the last batch's (\\d+) messages") > 0);

  // With room again, the next run goes on from what was committed and
  // reaches the file replay's state.
  const Reference ref = ReplayReference(dir, log, "reference");
  spec.group = "disk-full-after";
  RunEngineUntilIdle(dir, spec, "after", seconds(90));
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
}

}  // namespace
}  // namespace relance::testing::engine_it
