// Settings the engine's correctness rests on cannot be overridden from
// --config or -X (issue 15 item 10): `-X enable.auto.commit=true` would let
// the group's offset run ahead of the state committed in the database.
#include <catch2/catch.hpp>
#include <iterator>
#include <string>

#include "engine/kafka/kafka_config.h"

namespace relance::kafka {
namespace {

Status Check(const std::string& property) {
  KafkaSettings settings;
  REQUIRE(ParseProperty(property, &settings).ok());
  if (Status s = RefusePinned(settings, kEngineConsumerPins, std::size(kEngineConsumerPins)); !s.ok()) return s;
  return RefusePinned(settings, kEngineProducerPins, std::size(kEngineProducerPins));
}

TEST_CASE("the engine refuses overrides of the settings it relies on, and says why", "[kafka][config]") {
  const Status auto_commit = Check("enable.auto.commit=true");
  CHECK(auto_commit.code() == Status::Code::kInvalidArgument);
  CHECK(auto_commit.message().find("enable.auto.commit=false") != std::string::npos);
  CHECK(auto_commit.message().find("committed with the state") != std::string::npos);
  for (const char* property :
       {"enable.auto.offset.store=true", "auto.offset.reset=latest", "partition.assignment.strategy=range",
        "group.id=other", "group.instance.id=relance-0", "enable.idempotence=false", "partitioner=consistent_random"}) {
    CAPTURE(property);
    CHECK_FALSE(Check(property).ok());
  }
}

TEST_CASE("the pinned value itself and unrelated settings pass", "[kafka][config]") {
  for (const char* property : {"enable.auto.commit=false", "auto.offset.reset=earliest", "enable.idempotence=true",
                               "security.protocol=SASL_SSL", "fetch.wait.max.ms=50", "linger.ms=20"}) {
    CAPTURE(property);
    CHECK(Check(property).ok());
  }
}

}  // namespace
}  // namespace relance::kafka
