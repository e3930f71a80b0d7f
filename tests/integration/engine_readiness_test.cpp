// Readiness tells the truth (engine/kafka/health.h): `relance run --http`
// on an in-process mock cluster says ready once caught up, then not ready,
// with the reason, while every broker is down and while a partition has no
// leader, and ready again once the cluster is back. The lag alone would
// have stayed 0 through both: it is computed from cached watermarks.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <catch2/catch.hpp>
#include <string>

#include "engine/kafka/topics.h"
#include "tests/integration/engine_harness.h"
#include "tests/integration/http_support.h"

namespace relance::testing::http {
namespace {

using engine_it::WaitUntil;
using std::chrono::milliseconds;
using std::chrono::seconds;

// Polls /readyz until its status is `status`; returns the last body.
std::string WaitReady(httplib::Client& client, int status, seconds deadline) {
  Reply reply;
  const bool reached = WaitUntil(
      [&] {
        auto result = client.Get("/readyz");
        if (!result) return false;
        reply = {result->status, result->body, ""};
        return reply.status == status;
      },
      deadline, milliseconds(200));
  INFO("last /readyz: " << reply.status << " " << reply.body);
  REQUIRE(reached);
  return reply.body;
}

TEST_CASE("engine: /readyz says not ready, and why, while the brokers are down or a partition has no leader",
          "[integration][engine][http]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = engine_it::GenLog(dir, "log.pb", {200, 30, seed % 1'000'000'007});
  engine_it::InProcessCluster cluster;
  rd_kafka_mock_cluster_t* mock = cluster.mock->raw();
  engine_it::Publish(dir, cluster.bootstraps, log);

  engine_it::Child engine({kCli, "run", "--brokers", cluster.bootstraps, "--db", dir.Sub("engine"), "--group",
                           "readiness", "--http", "127.0.0.1:0"},
                          dir.Sub("engine"));
  engine.WaitForStderr("query API listening", seconds(20));
  const std::string port = Find(engine.Err(), "query API listening\" address=127\\.0\\.0\\.1:(\\d+)");
  REQUIRE(!port.empty());
  httplib::Client client("127.0.0.1", std::stoi(port));
  client.set_read_timeout(5, 0);
  INFO("engine stderr:\n" << engine_it::Tail(engine.Err()));
  WaitReady(client, 200, seconds(60));
  CHECK(MetricValue(Get(client, "/metrics").body, "relance_engine_healthy") == 1);

  SECTION("every broker down") {
    for (std::int32_t broker = 1; broker <= engine_it::kMockBrokers; ++broker) {
      REQUIRE(rd_kafka_mock_broker_set_down(mock, broker) == RD_KAFKA_RESP_ERR_NO_ERROR);
    }
    const std::string body = WaitReady(client, 503, seconds(30));
    CHECK(body.find("no broker reachable") != std::string::npos);
    const std::string metrics = Get(client, "/metrics").body;
    CHECK(MetricValue(metrics, "relance_engine_brokers_up") == 0);
    CHECK(MetricValue(metrics, "relance_engine_healthy") == 0);
    CHECK(engine.Running());  // Not ready is not dead: it waits for the cluster.
    for (std::int32_t broker = 1; broker <= engine_it::kMockBrokers; ++broker) {
      REQUIRE(rd_kafka_mock_broker_set_up(mock, broker) == RD_KAFKA_RESP_ERR_NO_ERROR);
    }
    WaitReady(client, 200, seconds(60));
    CHECK(Find(engine.Err(), "msg=\"(not ready)\" reason=\"no broker reachable") == "not ready");
  }
  SECTION("a partition without a leader") {
    REQUIRE(rd_kafka_mock_partition_set_leader(mock, kafka::kEventsTopic, 3, -1) == RD_KAFKA_RESP_ERR_NO_ERROR);
    const std::string body = WaitReady(client, 503, seconds(60));
    CHECK(body.find("partition 3 has had no leader") != std::string::npos);
    const std::string metrics = Get(client, "/metrics").body;
    CHECK(metrics.find("relance_engine_partition_stalled{partition=\"3\"} 1\n") != std::string::npos);
    CHECK(metrics.find("relance_engine_partition_stalled{partition=\"2\"} 0\n") != std::string::npos);
    REQUIRE(rd_kafka_mock_partition_set_leader(mock, kafka::kEventsTopic, 3, 1) == RD_KAFKA_RESP_ERR_NO_ERROR);
    WaitReady(client, 200, seconds(60));
  }
  engine.Signal(SIGTERM);
  CHECK(engine.Wait(seconds(30)) == 0);
}

}  // namespace
}  // namespace relance::testing::http
