// Readiness beyond the lag (engine/kafka/health.h): librdkafka's statistics
// as the engine reads them, and when brokers down, a partition without a
// leader or a partition behind without progress make the engine not ready.
#include "engine/kafka/health.h"

#include <catch2/catch.hpp>
#include <string>

namespace relance::kafka {
namespace {

using Clock = HealthTracker::Clock;
using std::chrono::seconds;

// A consumer's statistics document, cut to what matters and with the shape
// librdkafka gives it (bootstrap and internal brokers have node id -1; the
// partition -1 holds messages not yet assigned to one).
std::string Stats(const std::string& state1, const std::string& state2, int leader0) {
  return R"({"name":"rdkafka#consumer-1","type":"consumer","ts":1,"brokers":{)"
         R"("127.0.0.1:9092/bootstrap":{"name":"127.0.0.1:9092/bootstrap","nodeid":-1,"state":"UP"},)"
         R"(":0/internal":{"name":":0/internal","nodeid":-1,"state":"UP"},)"
         R"("127.0.0.1:9092/1":{"name":"127.0.0.1:9092/1","nodeid":1,"state":")" +
         state1 + R"("},"127.0.0.1:9093/2":{"nodeid":2,"state":")" + state2 +
         R"("}},"topics":{"relance.events":{"topic":"relance.events","partitions":{)"
         R"("0":{"partition":0,"leader":)" +
         std::to_string(leader0) +
         R"(,"fetch_state":"active"},"1":{"partition":1,"leader":2},"-1":{"partition":-1,"leader":-1}}},)"
         R"("other":{"partitions":{"0":{"partition":0,"leader":-1}}}}})";
}

TEST_CASE("health: librdkafka statistics give the brokers up and each partition's leader", "[unit][kafka]") {
  const auto stats = ParseClientStats(Stats("UP", "DOWN", -1), "relance.events");
  REQUIRE(stats);
  CHECK(stats->brokers == 2);  // Bootstrap and internal entries left out.
  CHECK(stats->brokers_up == 1);
  REQUIRE(stats->leaders.size() == 2);  // Partition -1 and the other topic left out.
  CHECK(stats->leaders.at(0) == -1);
  CHECK(stats->leaders.at(1) == 2);
  CHECK_FALSE(ParseClientStats(R"({"type":"producer","brokers":{}})", "relance.events"));
  CHECK_FALSE(ParseClientStats("not json", "relance.events"));
}

TEST_CASE("health: no broker up past the grace period makes the engine not ready, and it recovers", "[unit][kafka]") {
  HealthTracker health;
  const auto t0 = Clock::now();
  const std::map<std::int32_t, std::int64_t> lag = {{0, 0}, {1, 0}};
  health.OnStats(*ParseClientStats(Stats("UP", "UP", 1), "relance.events"), t0);
  CHECK(health.Unhealthy(lag, t0).empty());
  CHECK(health.brokers_up() == 2);
  health.OnStats(*ParseClientStats(Stats("DOWN", "DOWN", 1), "relance.events"), t0 + seconds(1));
  CHECK(health.brokers_up() == 0);
  // A reconnect is not an outage.
  CHECK(health.Unhealthy(lag, t0 + seconds(2)).empty());
  health.OnStats(*ParseClientStats(Stats("DOWN", "TRY_CONNECT", 1), "relance.events"), t0 + seconds(5));
  const std::string reason = health.Unhealthy(lag, t0 + kUnhealthyGrace + seconds(2));
  CHECK(reason == "no broker reachable for 6 s");
  health.OnStats(*ParseClientStats(Stats("UP", "DOWN", 1), "relance.events"), t0 + seconds(10));
  CHECK(health.Unhealthy(lag, t0 + seconds(10)).empty());
}

TEST_CASE("health: a partition without a leader, or behind without progress, is stalled", "[unit][kafka]") {
  HealthTracker health;
  const auto t0 = Clock::now();
  health.OnProgress(0, t0);
  health.OnProgress(1, t0);
  health.OnStats(*ParseClientStats(Stats("UP", "UP", -1), "relance.events"), t0);
  std::map<std::int32_t, std::int64_t> lag = {{0, 0}, {1, 0}};
  CHECK(health.Unhealthy(lag, t0 + seconds(1)).empty());
  CHECK(health.Unhealthy(lag, t0 + kUnhealthyGrace) == "partition 0 has had no leader for 5 s");
  CHECK(health.stalled() == std::vector<std::int32_t>{0});
  health.OnStats(*ParseClientStats(Stats("UP", "UP", 1), "relance.events"), t0 + seconds(6));
  CHECK(health.Unhealthy(lag, t0 + seconds(6)).empty());
  CHECK(health.stalled().empty());

  // Behind: ready while it moves, stalled once it has not moved for kStallAfter.
  lag[1] = 500;
  const auto t1 = t0 + seconds(7);
  health.OnProgress(1, t1);
  CHECK(health.Unhealthy(lag, t1 + kStallAfter - seconds(1)).empty());
  health.OnProgress(1, t1 + kStallAfter - seconds(1));
  CHECK(health.Unhealthy(lag, t1 + kStallAfter).empty());
  const std::string reason = health.Unhealthy(lag, t1 + 2 * kStallAfter);
  CHECK(reason == "partition 1 stalled: 500 messages behind, no progress for 16 s");
  CHECK(health.stalled() == std::vector<std::int32_t>{1});
  // Read to its end: healthy again.
  lag[1] = 0;
  CHECK(health.Unhealthy(lag, t1 + 2 * kStallAfter + seconds(1)).empty());
  // A revoked partition is forgotten.
  health.Forget(1);
  lag.erase(1);
  CHECK(health.Unhealthy(lag, t1 + 3 * kStallAfter).empty());
}

}  // namespace
}  // namespace relance::kafka
