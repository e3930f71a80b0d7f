// The engine SIGKILLed while it consumes (DESIGN §3, exactly-once effect):
// `relance run --batch 50` on one database is killed at random moments 3 to
// 5 times and restarted, then stopped once mid-stream with SIGTERM (it
// drains, commits and exits 0); a last run with --exit-when-idle finishes.
// The runs take turns at 1, 2 and 3 writer threads, the last one 4. The
// database must end with the digest of a file replay, and the outbox topics
// (relance.transitions, relance.rejected), read back by a plain consumer,
// must hold every record with a relance.id header, each id with one content
// only (redeliveries of identical bytes are allowed: at-least-once), and
// exactly the ids of the replay's transitions and rejections: nothing lost,
// nothing applied twice.
//
// Each run joins a consumer group of its own. The engine never resumes from
// the group's committed offsets, only from those in RocksDB, so a fresh
// group changes nothing for it, and shows it (a group without committed
// offsets starts at the beginning). It also spares each restart the wait for
// the killed member's session to expire in the mock cluster (5-10 s).
//
// Kill points are seeded: RELANCE_SEED=<seed> replays a run (as far as the
// timing of processes allows).
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "tests/integration/engine_harness.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr int kDebtors = 2'000;
constexpr int kDays = 120;
constexpr int kKillsMin = 3;
constexpr int kKillsMax = 5;
constexpr int kBatch = 50;
// Run k of K kills (and one SIGTERM) is stopped once the offsets reached
// pass a random point of the k-th of K + 2 slices of the log (between 10%
// and 90% of the slice), then after a random delay of a few batches, so
// that kills land in every phase of the loop (gather, apply, WriteBatch,
// outbox relay), and the last run still has work to do.
constexpr int kTargetMinPercent = 10;
constexpr int kTargetMaxPercent = 90;
constexpr int kKillJitterMaxMs = 30;

TEST_CASE("engine: SIGKILLed at random moments and restarted, it ends in the state of a file replay",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  Prng rng(DeriveSeed(seed, 1));
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {kDebtors, kDays, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  REQUIRE(ref.rejected > 0);  // Redeliveries: the dead letters have something to show.

  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, log);

  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.batch = kBatch;
  const int kills = static_cast<int>(rng.Between(kKillsMin, kKillsMax));
  std::string story;
  int mid_run_kills = 0;
  // Offsets reached per partition, over all runs so far. A run commits its
  // fresh group's offsets only for partitions it has new messages in.
  std::vector<std::int64_t> known(kPartitions, 0);
  auto reached = [&known](GroupProgress& progress) {
    const std::vector<std::int64_t> committed = progress.Committed();
    std::int64_t sum = 0;
    for (std::size_t p = 0; p < known.size(); ++p) sum += std::max(known[p], committed[p]);
    return sum;
  };
  std::int64_t from = 0;
  for (int k = 0; k <= kills; ++k) {
    const bool graceful = k == kills;  // The last one: SIGTERM.
    spec.group = fmt::format("crash-{}", k);
    GroupProgress progress(cluster.bootstraps, spec.group);
    const std::int64_t end = progress.End();
    const std::int64_t target =
        std::max(from + 1, end * (100 * k + rng.Between(kTargetMinPercent, kTargetMaxPercent)) / (100 * (kills + 2)));
    const auto jitter = std::chrono::milliseconds(rng.Between(0, kKillJitterMaxMs));
    // Each run takes another writer thread count (1, 2, 3): the database one
    // run left is carried on by a run with another partition sharing.
    spec.threads = 1 + k % 3;
    Child engine(EngineArgs(spec), dir.Sub(fmt::format("run{}", k)));
    engine.WaitForStderr("msg=\"partition assigned\"", std::chrono::seconds(30));
    WaitUntil([&] { return reached(progress) >= target || !engine.Running(); }, std::chrono::seconds(20),
              std::chrono::milliseconds(1));
    std::this_thread::sleep_for(jitter);
    INFO("run " << k << " stderr:\n" << Tail(engine.Err()));
    REQUIRE(engine.Running());  // Without --exit-when-idle it never stops by itself.
    if (graceful) {
      engine.Signal(SIGTERM);
      const int exit_code = engine.Wait(std::chrono::seconds(30));
      INFO("stdout:\n" << engine.Out());
      CHECK(exit_code == 0);
      CHECK(ParseCounters(engine.Out()).offset_gaps == 0);
    } else {
      engine.Kill();
    }
    const std::vector<std::int64_t> committed = progress.Committed();
    for (std::size_t p = 0; p < known.size(); ++p) known[p] = std::max(known[p], committed[p]);
    from = reached(progress);
    if (from < end && !graceful) ++mid_run_kills;
    story += fmt::format(" run {} ({} threads) {} {} ms past offset sum {}: at {} of {};", k, spec.threads,
                         graceful ? "stopped (SIGTERM)" : "killed", jitter.count(), target, from, end);
  }
  INFO("kills:" << story);

  spec.group = "crash-final";
  spec.exit_when_idle_ms = 1500;
  spec.threads = 4;
  RunEngineUntilIdle(dir, spec, "final");

  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  const std::string outbox = CheckOutboxTopics(cluster.bootstraps, ref);
  WARN("seed " << seed << ", " << kills << " kills, " << mid_run_kills << " before the log's end:" << story << "\n"
               << outbox);
}

}  // namespace
}  // namespace relance::testing::engine_it
