// SIGTERM in every phase of a consumer group member's life ends `relance
// run` cleanly (issue: faults from outside, item 8): exit 0, everything it
// read applied and committed, and a restart that reaches the same state as a
// file replay. SIGTERM during a rebalance once aborted inside the client
// library (librdkafka 2.0.2's cooperative-sticky assignor asserts when a
// consumer is destroyed after its JoinGroup response and before its first
// SyncGroup response: exit 134).
//
// The phases are made long on purpose with the mock cluster's response
// delays (rd_kafka_mock_broker_push_request_error_rtts), and found in the
// engine's log with `-X debug=cgrp`, whose lines the engine forwards.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>

#include "tests/integration/engine_harness.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr std::int16_t kJoinGroupApiKey = 11;
constexpr std::int16_t kSyncGroupApiKey = 14;
constexpr int kDelayMs = 6000;

// The next `count` requests of `api_key` to every broker are answered after
// kDelayMs (no error).
void DelayResponses(rd_kafka_mock_cluster_t* mock, std::int16_t api_key, int count) {
  for (std::int32_t broker = 1; broker <= kMockBrokers; ++broker) {
    for (int i = 0; i < count; ++i) {
      REQUIRE(rd_kafka_mock_broker_push_request_error_rtts(mock, broker, api_key, 1, RD_KAFKA_RESP_ERR_NO_ERROR,
                                                           kDelayMs) == RD_KAFKA_RESP_ERR_NO_ERROR);
    }
  }
}

struct Phase {
  const char* name;
  std::int16_t delayed_api_key;  // -1: none.
  const char* stop_when;         // Regex on the engine's stderr.
  int then_ms;                   // And this long after.
};

TEST_CASE("engine: SIGTERM while joining, rebalancing, consuming or committing exits 0 and loses nothing",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = GenLog(dir, "log.pb", {300, 60, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, log);

  const Phase phase = GENERATE(
      // JoinGroup sent, no answer yet: the group is not joined.
      Phase{"joining", kJoinGroupApiKey, "Joining group", 500},
      // JoinGroup answered, SyncGroup not: the window that aborted.
      Phase{"rebalancing", kSyncGroupApiKey, "JoinGroup response: GenerationId", 500},
      // Partitions just assigned, the first fetches on their way.
      Phase{"consuming", -1, "partition assigned", 0},
      // Batches of 200 events applied and committed one after the other.
      Phase{"committing", -1, "partition assigned", 700});
  INFO("phase " << phase.name);
  if (phase.delayed_api_key >= 0) DelayResponses(cluster.mock->raw(), phase.delayed_api_key, 4);

  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = std::string("shutdown-") + phase.name;  // A fresh group per phase.
  spec.batch = 200;                                    // Many commits.
  spec.properties = {"debug=cgrp"};
  {
    Child engine(EngineArgs(spec), dir.Sub(std::string("stopped-") + phase.name));
    engine.WaitForStderr(phase.stop_when, seconds(30));
    std::this_thread::sleep_for(milliseconds(phase.then_ms));
    engine.Signal(SIGTERM);
    const int code = engine.Wait(seconds(40));
    INFO("exit " << code << "\nstdout:\n" << Tail(engine.Out()) << "\nstderr:\n" << Tail(engine.Err()));
    CHECK(code == 0);
    CHECK(engine.Err().find("Assertion") == std::string::npos);
    // In the window, the engine waited for the assignment, then left.
    if (std::string(phase.name) == "rebalancing") {
      CHECK(engine.Err().find("waiting for the group's first assignment") != std::string::npos);
    }
  }
  // The next run, in another group, reads on from what was committed and
  // reaches the file replay's state.
  spec.group += "-after";
  spec.properties.clear();
  RunEngineUntilIdle(dir, spec, std::string("after-") + phase.name, seconds(90));
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
}

}  // namespace
}  // namespace relance::testing::engine_it
