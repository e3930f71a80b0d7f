// The engine through Kafka faults (DESIGN §3, §8), injected with the mock
// cluster's API while `relance run` consumes: retriable errors on Fetch
// (each broker, some with slow answers), OffsetCommit and Produce requests
// (the outbox relay's, and the publisher's), then a broker down for two
// seconds and up again, with the log published in three pieces around the
// faults. The engine must ride them out: its database converges on the
// digest of a file replay, no offset is skipped, a SIGTERM stops it cleanly,
// and the outbox topics hold every transition and dead letter id exactly
// once by content. A second test resets the consumer's position
// (OFFSET_OUT_OF_RANGE): nothing is processed twice.
//
// The broker taken down and the error mix are seeded: RELANCE_SEED=<seed>
// replays a run.
#include <fmt/format.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "engine/kafka/topics.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr int kDebtors = 1'000;
constexpr int kDays = 90;
constexpr int kBatch = 50;
constexpr auto kBrokerDownFor = std::chrono::seconds(2);
// Kafka protocol ApiKeys (not in librdkafka's public headers).
constexpr std::int16_t kApiProduce = 0;
constexpr std::int16_t kApiFetch = 1;
constexpr std::int16_t kApiOffsetCommit = 8;

// `count` errors drawn from `choices`, pushed for the next requests of `api`.
std::string PushErrors(rd_kafka_mock_cluster_t* mock, std::int16_t api, int count,
                       const std::vector<rd_kafka_resp_err_t>& choices, Prng& rng) {
  std::vector<rd_kafka_resp_err_t> errors;
  std::string names;
  for (int i = 0; i < count; ++i) {
    errors.push_back(rng.Pick(choices));
    names += fmt::format(" {}", rd_kafka_err2name(errors.back()));
  }
  rd_kafka_mock_push_request_errors_array(mock, api, errors.size(), errors.data());
  return fmt::format("api {}:{};", api, names);
}

// On each broker, `count` Fetch errors drawn from `choices`, each answered
// after a random delay (0-200 ms). Only the engine fetches while they wait:
// once the broker's stack is empty, the engine has met every one of them.
std::string PushFetchErrorsOnEveryBroker(rd_kafka_mock_cluster_t* mock, int count,
                                         const std::vector<rd_kafka_resp_err_t>& choices, Prng& rng) {
  std::string names;
  for (std::int32_t broker = 1; broker <= kMockBrokers; ++broker) {
    for (int i = 0; i < count; ++i) {
      const rd_kafka_resp_err_t err = rng.Pick(choices);
      const int rtt_ms = static_cast<int>(rng.Between(0, 200));
      REQUIRE(rd_kafka_mock_broker_push_request_error_rtts(mock, broker, kApiFetch, 1, err, rtt_ms) ==
              RD_KAFKA_RESP_ERR_NO_ERROR);
      names += fmt::format(" b{}:{}+{}ms", broker, rd_kafka_err2name(err), rtt_ms);
    }
  }
  return fmt::format("fetch:{};", names);
}

// The mock picks partition leaders at random and may leave a broker without
// any relance.events partition, which no Fetch then reaches (its injected
// errors would wait forever): every broker leads some.
void SpreadLeaders(rd_kafka_mock_cluster_t* mock) {
  for (std::int32_t p = 0; p < kPartitions; ++p) {
    REQUIRE(rd_kafka_mock_partition_set_leader(mock, kafka::kEventsTopic, p, 1 + p % kMockBrokers) ==
            RD_KAFKA_RESP_ERR_NO_ERROR);
  }
}

std::size_t FetchErrorsLeft(rd_kafka_mock_cluster_t* mock) {
  std::size_t left = 0;
  for (std::int32_t broker = 1; broker <= kMockBrokers; ++broker) {
    std::size_t count = 0;
    REQUIRE(rd_kafka_mock_broker_error_stack_cnt(mock, broker, kApiFetch, &count) == RD_KAFKA_RESP_ERR_NO_ERROR);
    left += count;
  }
  return left;
}

TEST_CASE("engine: retriable request errors and a broker outage lose nothing", "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  Prng rng(DeriveSeed(seed, 6));
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {kDebtors, kDays, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  const std::vector<std::string> pieces = SplitLog(log, 3);

  InProcessCluster cluster;
  rd_kafka_mock_cluster_t* mock = cluster.mock->raw();
  SpreadLeaders(mock);
  Publish(dir, cluster.bootstraps, pieces[0]);

  // Errors waiting for the engine's first fetches and offset commits.
  std::string faults;
  faults +=
      PushFetchErrorsOnEveryBroker(mock, 3,
                                   {RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE,
                                    RD_KAFKA_RESP_ERR_KAFKA_STORAGE_ERROR},
                                   rng);
  faults += PushErrors(mock, kApiOffsetCommit, 6,
                       {RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
                        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT},
                       rng);
  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "faults";
  spec.batch = kBatch;
  Child engine(EngineArgs(spec), dir.Sub("engine"));
  engine.WaitForStderr("msg=\"partition assigned\"", std::chrono::seconds(30));
  REQUIRE(WaitUntil([&] { return TryDebtCount(dir, spec.db) > 0; }, std::chrono::seconds(20),
                    std::chrono::milliseconds(100)));

  // Errors on the produce path (the outbox relay and the publisher), while
  // the second piece is published and consumed.
  faults += PushErrors(mock, kApiProduce, 10,
                       {RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
                        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT},
                       rng);
  faults += PushFetchErrorsOnEveryBroker(
      mock, 2, {RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE}, rng);
  Publish(dir, cluster.bootstraps, pieces[1]);

  // A broker outage while the engine works on the second piece.
  const auto broker = static_cast<std::int32_t>(rng.Between(1, kMockBrokers));
  faults += fmt::format(" broker {} down for {} s;", broker, kBrokerDownFor.count());
  INFO("faults:" << faults);
  REQUIRE(rd_kafka_mock_broker_set_down(mock, broker) == RD_KAFKA_RESP_ERR_NO_ERROR);
  std::this_thread::sleep_for(kBrokerDownFor);
  REQUIRE(rd_kafka_mock_broker_set_up(mock, broker) == RD_KAFKA_RESP_ERR_NO_ERROR);
  Publish(dir, cluster.bootstraps, pieces[2]);

  std::string last;
  const auto start = Clock::now();
  const bool converged = WaitUntil(
      [&] {
        last = TryDbDigest(dir, spec.db);
        return last == ref.digest || !engine.Running();
      },
      std::chrono::seconds(45), std::chrono::milliseconds(250));
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  INFO("after " << took << " ms: digest " << last << ", reference " << ref.digest << "\nstderr:\n"
                << Tail(engine.Err()));
  REQUIRE(engine.Running());
  engine.Signal(SIGTERM);
  const int exit_code = engine.Wait(std::chrono::seconds(30));
  INFO("stdout:\n" << engine.Out());
  CHECK(exit_code == 0);
  CHECK(converged);
  CHECK(FetchErrorsLeft(mock) == 0);  // The engine met every injected Fetch error.
  CHECK(ParseCounters(engine.Out()).offset_gaps == 0);
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  CheckOutboxTopics(cluster.bootstraps, ref);
}

// A consumer offset reset. A Fetch answered OFFSET_OUT_OF_RANGE makes
// librdkafka reset the position by auto.offset.reset (the engine sets
// "earliest"); a real broker answers so for an offset beyond the log's end,
// after an unclean leader election truncated it, or a topic recreated under
// the same name. The engine knows from RocksDB where each partition stands:
// a message below that offset is already applied and must not be processed
// again (a second dead letter, a stored offset moved backwards), whatever the
// client library does with its position.
TEST_CASE("engine: a consumer offset reset (OFFSET_OUT_OF_RANGE) does not make it process the log twice",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {kDebtors, kDays, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");

  InProcessCluster cluster;
  rd_kafka_mock_cluster_t* mock = cluster.mock->raw();
  SpreadLeaders(mock);
  Publish(dir, cluster.bootstraps, log);
  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "offset-reset";
  spec.batch = kBatch;
  Child engine(EngineArgs(spec), dir.Sub("engine"));
  engine.WaitForStderr("msg=\"partition assigned\"", std::chrono::seconds(30));
  REQUIRE(WaitUntil([&] { return TryDbDigest(dir, spec.db) == ref.digest; }, std::chrono::seconds(30),
                    std::chrono::milliseconds(250)));

  // Caught up. One OFFSET_OUT_OF_RANGE per broker, on the next fetch.
  for (std::int32_t broker = 1; broker <= kMockBrokers; ++broker) {
    REQUIRE(rd_kafka_mock_broker_push_request_error_rtts(
                mock, broker, kApiFetch, 1, RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE, 0) == RD_KAFKA_RESP_ERR_NO_ERROR);
  }
  REQUIRE(WaitUntil([&] { return FetchErrorsLeft(mock) == 0; }, std::chrono::seconds(10)));
  GroupProgress progress(cluster.bootstraps, spec.group);
  const std::int64_t end = progress.End();
  // Settled: the engine's committed offsets are back at the end, for a while.
  auto committed = [&progress] {
    std::int64_t sum = 0;
    for (std::int64_t offset : progress.Committed()) sum += offset;
    return sum;
  };
  std::this_thread::sleep_for(std::chrono::seconds(2));
  CHECK(WaitUntil([&] { return committed() == end; }, std::chrono::seconds(20), std::chrono::milliseconds(100)));

  engine.Signal(SIGTERM);
  const int exit_code = engine.Wait(std::chrono::seconds(30));
  const EngineCounters counters = ParseCounters(engine.Out());
  INFO("stdout:\n" << engine.Out() << "\nstderr:\n" << Tail(engine.Err(), 1500));
  CHECK(exit_code == 0);
  // The reset happened (the engine saw offsets again), and each offset was processed once.
  CHECK(CountOf(engine.Out(), "already applied, skipped: (\\d+)") > 0);
  CHECK(counters.messages == static_cast<std::uint64_t>(end));
  CHECK(counters.rejected == ref.rejected);
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  CheckOutboxTopics(cluster.bootstraps, ref);
}

}  // namespace
}  // namespace relance::testing::engine_it
