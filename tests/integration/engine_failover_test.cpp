// Two engine instances in one consumer group (DESIGN §5), each with its own
// database, share 8 partitions. Once both have applied something, one is
// SIGKILLed; the rest of the log is published. When the group notices
// (session timeout), the survivor is assigned the dead one's partitions and,
// having no state for them, rebuilds them from offset 0 (the log is the
// truth). Its database alone must then hold every partition: the digest of a
// file replay of the whole log. Stopped with SIGTERM, it drains and exits 0.
// The outbox topics hold each transition and dead letter id once, whichever
// instance (or both) produced it.
//
// Which instance dies is seeded: RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <set>
#include <string>

#include "tests/integration/engine_harness.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr int kDebtors = 1'000;
constexpr int kDays = 90;
constexpr int kBatch = 50;
// Short sessions so that the group notices the dead member within seconds.
// Not below 4 s: the mock cluster holds a first JoinGroup for 3 s and drops
// a member whose session expires meanwhile (its join then hangs).
constexpr char kSessionTimeout[] = "session.timeout.ms=4000";
constexpr char kHeartbeat[] = "heartbeat.interval.ms=400";

TEST_CASE("engine: when one of two instances is killed, the survivor takes over and rebuilds its partitions",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  Prng rng(DeriveSeed(seed, 3));
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {kDebtors, kDays, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  const std::vector<std::string> halves = SplitLog(log, 2);

  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, halves[0]);

  EngineSpec spec[2];
  for (int i = 0; i < 2; ++i) {
    spec[i].brokers = cluster.bootstraps;
    spec[i].db = dir.Sub(fmt::format("db-{}", i));
    spec[i].group = "failover";
    spec[i].batch = kBatch;
    spec[i].properties = {kSessionTimeout, kHeartbeat};
  }
  Child engine0(EngineArgs(spec[0]), dir.Sub("engine-0"));
  Child engine1(EngineArgs(spec[1]), dir.Sub("engine-1"));
  Child* engines[2] = {&engine0, &engine1};
  for (Child* engine : engines) engine->WaitForStderr("msg=\"partition assigned\"", std::chrono::seconds(30));
  const bool both_applied =
      WaitUntil([&] { return TryDebtCount(dir, spec[0].db) > 0 && TryDebtCount(dir, spec[1].db) > 0; },
                std::chrono::seconds(20), std::chrono::milliseconds(100));
  INFO("engine 0 stderr:\n" << Tail(engine0.Err()) << "\nengine 1 stderr:\n" << Tail(engine1.Err()));
  REQUIRE(both_applied);

  const int victim = static_cast<int>(rng.Below(2));
  const int survivor = 1 - victim;
  const std::set<int> victim_held = HeldPartitions(engines[victim]->Err());
  const std::set<int> survivor_held = HeldPartitions(engines[survivor]->Err());
  INFO("before the kill: engine " << victim << " held " << Describe(victim_held) << ", engine " << survivor << " held "
                                  << Describe(survivor_held));
  CHECK_FALSE(victim_held.empty());
  CHECK_FALSE(survivor_held.empty());
  engines[victim]->Kill();
  Publish(dir, cluster.bootstraps, halves[1]);

  // The survivor converges on the whole log: poll its database (read-only).
  Child& alive = *engines[survivor];
  std::string last;
  const auto start = Clock::now();
  const bool converged = WaitUntil(
      [&] {
        last = TryDbDigest(dir, spec[survivor].db);
        return last == ref.digest || !alive.Running();
      },
      std::chrono::seconds(45), std::chrono::milliseconds(250));
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  INFO("survivor (engine " << survivor << ") after " << took << " ms: digest " << last << ", reference " << ref.digest
                           << "\nstderr:\n"
                           << Tail(alive.Err()));
  REQUIRE(alive.Running());
  // What it holds now (stopping revokes everything).
  const std::string err = alive.Err();
  const std::set<int> held = HeldPartitions(err);
  const std::set<int> rebuilt = RebuiltPartitions(err);
  alive.Signal(SIGTERM);
  const int exit_code = alive.Wait(std::chrono::seconds(30));
  INFO("survivor stdout:\n" << alive.Out());
  CHECK(exit_code == 0);
  CHECK(converged);

  INFO("survivor held " << Describe(held) << " before it was stopped; rebuilt from offset 0: " << Describe(rebuilt));
  CHECK(held == std::set<int>{0, 1, 2, 3, 4, 5, 6, 7});
  const EngineCounters counters = ParseCounters(alive.Out());
  CHECK(counters.offset_gaps == 0);
  CHECK(VerifiedDigest(dir, spec[survivor].db) == ref.digest);
  CheckOutboxTopics(cluster.bootstraps, ref);
}

}  // namespace
}  // namespace relance::testing::engine_it
