// The engine end to end, as a user runs it on a laptop (DESIGN §3, §8):
// `relance mock-kafka` with 8 partitions, `relance gen`, `relance publish`
// (binary, and protobuf-JSON with --as-json), `relance run --exit-when-idle`.
// The engine's database must end with the digest of `relance replay
// --partitions 8` of the same file, pass `digest --verify`, and have relayed
// every transition and dead letter exactly once (by id). The thread count
// changes nothing: at 1, 2 and 4 writer threads the engine publishes the same
// transitions and actions, record for record. A static member
// (--instance-id) works as a dynamic one.
// The portfolio is seeded: RELANCE_SEED=<seed> replays a run.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <string>

#include "engine/kafka/topics.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr int kDebtors = 1'000;
constexpr int kDays = 90;

// Returns what the engine published on relance.transitions and relance.actions.
// With an `instance_id`, the engine is a static group member (--instance-id).
std::string PublishAndRun(std::uint64_t seed, bool as_json, int threads, const std::string& instance_id = "") {
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run), publish "
               << (as_json ? "--as-json" : "binary") << ", " << threads << " writer threads");
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {kDebtors, kDays, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  REQUIRE(ref.actions > 0);  // The generated log publishes the French policy: dunning happens.

  MockKafkaProcess kafka(dir, kPartitions);
  Publish(dir, kafka.bootstraps, log, as_json);

  // The messages carry the content-type the engine decodes them by.
  const std::vector<Record> events = ReadWholeTopic(kafka.bootstraps, kafka::kEventsTopic);
  REQUIRE_FALSE(events.empty());
  std::size_t wrong_type = 0;
  for (const Record& r : events) {
    if (r.Header(kafka::kContentTypeHeader) != (as_json ? kafka::kContentTypeJson : kafka::kContentTypeProtobuf))
      ++wrong_type;
  }
  CHECK(wrong_type == 0);

  EngineSpec spec;
  spec.brokers = kafka.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "end-to-end";
  spec.exit_when_idle_ms = 1500;
  spec.threads = threads;
  spec.instance_id = instance_id;
  const EngineCounters counters = RunEngineUntilIdle(dir, spec, "run");
  CHECK(counters.messages == events.size());
  CHECK(counters.undecodable == 0);
  CHECK(counters.rejected == ref.rejected);

  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  CheckOutboxTopics(kafka.bootstraps, ref);
  std::string content = OutboxContent(kafka.bootstraps);
  CHECK(kafka.Stop() == 0);
  return content;
}

TEST_CASE("engine: a log published to 8 partitions ends in the state of a file replay with 8 partitions",
          "[integration][engine]") {
  // Filled section by section (Catch2 runs the test case once per section).
  // One portfolio for every section, so that their outputs compare.
  static const std::uint64_t seed = TestSeed();
  static std::map<int, std::string> published_by_threads;
  SECTION("binary protobuf, 1 writer thread") { published_by_threads[1] = PublishAndRun(seed, false, 1); }
  SECTION("binary protobuf, 2 writer threads") { published_by_threads[2] = PublishAndRun(seed, false, 2); }
  SECTION("binary protobuf, 4 writer threads") {
    published_by_threads[4] = PublishAndRun(seed, false, 4);
    REQUIRE(published_by_threads.size() == 3);
    REQUIRE_FALSE(published_by_threads[1].empty());
    CHECK(published_by_threads[2] == published_by_threads[1]);
    CHECK(published_by_threads[4] == published_by_threads[1]);
  }
  SECTION("protobuf-JSON (publish --as-json), 3 writer threads, a static group member") {
    PublishAndRun(seed, true, 3, "relance-0");
  }
}

// The batch in hand is held in memory until it commits: --batch-mib bounds
// its bytes whatever the event count, and the state does not depend on it.
TEST_CASE("engine: a batch ends at --batch-mib MiB of messages, and the state is the same", "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  // About 4 MiB of events.
  const std::string log = GenLog(dir, "portfolio.pb", {8 * kDebtors, kDays, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  MockKafkaProcess kafka(dir, kPartitions);
  Publish(dir, kafka.bootstraps, log);
  std::uint64_t total = 0;
  std::uint64_t largest = 0;
  for (const Record& r : ReadWholeTopic(kafka.bootstraps, kafka::kEventsTopic)) {
    const std::uint64_t bytes = r.key.size() + r.value.size();
    total += bytes;
    largest = std::max(largest, bytes);
  }
  constexpr std::uint64_t kMib = 1 << 20;
  REQUIRE(total > 3 * kMib);  // Enough for several batches of 1 MiB.

  EngineSpec spec;
  spec.brokers = kafka.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "batch-mib";
  spec.batch = 1'000'000;  // Only the bytes end a batch (or the linger).
  spec.batch_mib = 1;
  std::string err;
  const EngineCounters counters = RunEngineUntilIdle(dir, spec, "run", seconds(60), &err);
  INFO("total " << total << " bytes, largest message " << largest << " bytes, " << counters.batches
                << " batches, the largest of " << counters.batch_bytes_largest << " bytes");
  CHECK(counters.batch_bytes_largest > 0);
  // The message that reaches the bound ends its batch.
  CHECK(counters.batch_bytes_largest < kMib + largest);
  CHECK(counters.batches >= total / (kMib + largest));
  CHECK(counters.rejected == ref.rejected);
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  CHECK(kafka.Stop() == 0);
}

}  // namespace
}  // namespace relance::testing::engine_it
