// Gaps are not passed over (issue: faults from outside). Events deleted from
// relance.events under the engine (retention, a truncation) leave a hole
// between the offset the engine stored and the first one the topic still
// has. A receivables ledger must not jump it: the partition stops (nothing
// after the hole is applied, the run exits 4 with the partition named, the
// next run stays stopped), until an operator accepts the gap with
// `relance run --accept-gap P`, which logs what is lost and goes on.
//
// The truncation is real: librdkafka's mock cluster keeps at most 5 MB per
// partition and deletes the oldest message sets beyond that, moving the
// log's start offset, as a broker's retention does.
#include <librdkafka/rdkafkacpp.h>

#include <catch2/catch.hpp>
#include <string>

#include "engine/kafka/topics.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr int kFillers = 7;
constexpr std::size_t kFillerBytes = 900 * 1024;  // Seven of them pass the mock's 5 MB.

std::int64_t LowWatermark(const std::string& bootstraps, std::int32_t partition) {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  SetConf(conf.get(), "bootstrap.servers", bootstraps);
  std::string error;
  std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), error));
  REQUIRE(client);
  std::int64_t low = -1, high = -1;
  REQUIRE(client->query_watermark_offsets(kafka::kEventsTopic, partition, &low, &high, 10'000) ==
          RdKafka::ERR_NO_ERROR);
  return low;
}

TEST_CASE("engine: a partition whose events were deleted under it stops until an operator accepts the gap",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = GenLog(dir, "log.pb", {200, 30, seed % 1'000'000'007});
  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, log);
  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "gap";
  spec.exit_when_idle_ms = 1500;
  RunEngineUntilIdle(dir, spec, "first");
  const std::string digest_before = VerifiedDigest(dir, spec.db);

  // Records the engine has not read, big enough for the cluster to delete
  // the oldest ones, the first the engine would read next among them.
  Prng rng(seed);
  std::int64_t first_filler = -1;
  {
    RecordProducer producer(cluster.bootstraps);
    for (int i = 0; i < kFillers; ++i) {
      std::string value(kFillerBytes, '\0');
      for (char& c : value) c = static_cast<char>(rng.Next());
      const std::int64_t offset = producer.Send(kafka::kEventsTopic, 0, "", value);
      if (i == 0) first_filler = offset;
    }
  }
  const std::int64_t log_start = LowWatermark(cluster.bootstraps, 0);
  INFO("first filler at " << first_filler << ", partition 0 now starts at " << log_start);
  REQUIRE(log_start > first_filler);  // Events the engine never read are gone.

  // A group of its own for each run: the engine resumes from its database,
  // never from the group's offsets, and a fresh group spares the wait for
  // the last member's session in the mock cluster.
  spec.group = "gap-stopped";
  const CliResult stopped = Tool(EngineArgs(spec), dir.Sub("stopped"), seconds(60));
  INFO("stdout:\n" << stopped.out << "\nstderr:\n" << Tail(stopped.err));
  CHECK(stopped.exit_code == 4);
  CHECK(stopped.out.find("stopped at a gap in the log") != std::string::npos);
  CHECK(Find(stopped.err, "msg=\"partition stopped: offsets missing[^\"]*\" partition=0 missing_from=(\\d+)") ==
        std::to_string(first_filler));
  CHECK(Find(stopped.err, "partition=0 missing_from=\\d+ missing_to=(\\d+)") == std::to_string(log_start - 1));
  CHECK(ParseCounters(stopped.out).messages == 0);  // Nothing past the hole was applied.
  CHECK(VerifiedDigest(dir, spec.db) == digest_before);

  // The next run remembers: still stopped, without reading anything.
  spec.group = "gap-again";
  const CliResult again = Tool(EngineArgs(spec), dir.Sub("again"), seconds(60));
  INFO("stdout:\n" << again.out << "\nstderr:\n" << Tail(again.err));
  CHECK(again.exit_code == 4);
  CHECK(again.err.find("partition stopped at a gap found earlier") != std::string::npos);
  CHECK(ParseCounters(again.out).messages == 0);

  // The operator accepts the gap: what is lost is logged, the rest applied
  // (the fillers are not events: dead-lettered).
  spec.group = "gap-accepted";
  std::vector<std::string> args = EngineArgs(spec);
  args.insert(args.end(), {"--accept-gap", "0"});
  const CliResult accepted = Tool(args, dir.Sub("accepted"), seconds(60));
  INFO("stdout:\n" << accepted.out << "\nstderr:\n" << Tail(accepted.err));
  CHECK(accepted.exit_code == 0);
  CHECK(Find(accepted.err, "msg=\"gap accepted by the operator[^\"]*\" partition=0 missing_from=(\\d+)") ==
        std::to_string(first_filler));
  const EngineCounters counters = ParseCounters(accepted.out);
  CHECK(counters.messages == static_cast<std::uint64_t>(first_filler + kFillers - log_start));
  CHECK(counters.undecodable == counters.messages);
  CHECK(counters.lag == 0);

  // Accepted once, for good: the next run goes on as usual.
  spec.group = "gap-after";
  RunEngineUntilIdle(dir, spec, "after");
}

}  // namespace
}  // namespace relance::testing::engine_it
