// `relance run --json-output`: transitions and actions as protobuf-JSON, the
// format Kafka Connect's JsonConverter reads without a schema registry
// (deploy/kafka-connect/). Every record must parse back into its message,
// say what it is in its headers, and the counts must be the file replay's.
#include <google/protobuf/util/json_util.h>

#include <catch2/catch.hpp>
#include <string>

#include "engine/kafka/topics.h"
#include "relance/v1/actions.pb.h"
#include "relance/v1/outcomes.pb.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

template <typename Message>
std::size_t CountParsed(const std::vector<Record>& records, const std::string& type_name) {
  std::size_t parsed = 0;
  for (const Record& r : records) {
    INFO(r.value);
    CHECK(r.Header(kafka::kContentTypeHeader) == std::string(kafka::kContentTypeJson));
    CHECK(r.Header("relance.type") == type_name);
    Message message;
    if (google::protobuf::util::JsonStringToMessage(r.value, &message).ok()) ++parsed;
  }
  return parsed;
}

TEST_CASE("engine: --json-output produces transitions and actions as protobuf-JSON", "[integration][engine]") {
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {300, 60, TestSeed() % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  REQUIRE(ref.actions > 0);
  MockKafkaProcess kafka(dir, kPartitions);
  Publish(dir, kafka.bootstraps, log, false);
  EngineSpec spec;
  spec.brokers = kafka.bootstraps;
  spec.db = dir.Sub("engine");
  spec.exit_when_idle_ms = 1500;
  spec.json_output = true;
  RunEngineUntilIdle(dir, spec, "run");
  // The state does not depend on the output format.
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  CheckOutboxTopics(kafka.bootstraps, ref);
  const std::vector<Record> transitions = ReadWholeTopic(kafka.bootstraps, kafka::kTransitionsTopic);
  const std::vector<Record> actions = ReadWholeTopic(kafka.bootstraps, kafka::kActionsTopic);
  CHECK(CountParsed<v1::Transition>(transitions, "relance.v1.Transition") == transitions.size());
  CHECK(CountParsed<v1::Action>(actions, "relance.v1.Action") == actions.size());
  // One field as a warehouse would read it: proto names, dates as objects.
  REQUIRE_FALSE(actions.empty());
  CHECK_THAT(actions.front().value, Catch::Contains("\"action_id\"") && Catch::Contains("\"debtor_key\""));
  CHECK(kafka.Stop() == 0);
}

}  // namespace
}  // namespace relance::testing::engine_it
