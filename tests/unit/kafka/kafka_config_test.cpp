// Kafka client settings (engine/kafka/kafka_config.h): `-X key=value`,
// properties files with line numbers in errors, and librdkafka's verdict on
// each key, later settings overriding earlier ones.
#include "engine/kafka/kafka_config.h"

#include <librdkafka/rdkafkacpp.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <string>

#include "tests/support/temp_dir.h"

namespace relance::kafka {
namespace {

using Properties = std::vector<std::pair<std::string, std::string>>;

std::string Get(RdKafka::Conf* conf, const std::string& key) {
  std::string value;
  REQUIRE(conf->get(key, value) == RdKafka::Conf::CONF_OK);
  return value;
}

TEST_CASE("ParseProperty splits at the first '='", "[kafka][config]") {
  KafkaSettings settings;
  REQUIRE(ParseProperty("linger.ms=5", &settings).ok());
  REQUIRE(ParseProperty(" sasl.jaas.config = a=b c=d ", &settings).ok());
  REQUIRE(ParseProperty("client.id=", &settings).ok());
  CHECK(settings.properties == Properties{{"linger.ms", "5"}, {"sasl.jaas.config", "a=b c=d"}, {"client.id", ""}});
}

TEST_CASE("ParseProperty refuses a missing '=' or key", "[kafka][config]") {
  KafkaSettings settings;
  const Status no_equals = ParseProperty("linger.ms", &settings);
  CHECK(no_equals.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(no_equals.message(), Catch::Contains("linger.ms") && Catch::Contains("no '='"));
  const Status no_key = ParseProperty(" =5", &settings);
  CHECK(no_key.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(no_key.message(), Catch::Contains("empty key"));
  CHECK(settings.properties.empty());
}

TEST_CASE("LoadConfigFile reads key=value lines, skipping comments and blanks", "[kafka][config]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("client.properties");
  std::ofstream(path) << "# Confluent Cloud\n\nsecurity.protocol=SASL_SSL\r\n  # indented comment\n"
                         "sasl.mechanisms = PLAIN\nsasl.password=p=ss\n";
  KafkaSettings settings;
  REQUIRE(ParseProperty("linger.ms=1", &settings).ok());
  const Status status = LoadConfigFile(path, &settings);
  INFO(status.ToString());
  REQUIRE(status.ok());
  CHECK(settings.properties == Properties{{"linger.ms", "1"},
                                          {"security.protocol", "SASL_SSL"},
                                          {"sasl.mechanisms", "PLAIN"},
                                          {"sasl.password", "p=ss"}});
}

TEST_CASE("LoadConfigFile names the file and line of a bad line, and loads nothing", "[kafka][config]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("bad.properties");
  std::ofstream(path) << "# settings\nlinger.ms=5\n\nsecurity.protocol SASL_SSL\n";
  KafkaSettings settings;
  const Status status = LoadConfigFile(path, &settings);
  CHECK(status.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(status.message(), Catch::Contains(path + ":4:"));
  CHECK(settings.properties.empty());

  const Status missing = LoadConfigFile(dir.Sub("absent.properties"), &settings);
  CHECK(missing.code() == Status::Code::kIoError);
  CHECK_THAT(missing.message(), Catch::Contains("absent.properties"));
}

TEST_CASE("ApplyTo sets every property in order, --brokers last", "[kafka][config]") {
  KafkaSettings settings;
  settings.brokers = "flag:9092";
  for (const char* property :
       {"bootstrap.servers=file:9092", "linger.ms=7", "linger.ms=9", "security.protocol=SASL_SSL",
        "sasl.mechanisms=PLAIN", "sasl.username=u", "sasl.password=secret"}) {
    REQUIRE(ParseProperty(property, &settings).ok());
  }
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  const Status status = ApplyTo(settings, conf.get());
  INFO(status.ToString());
  REQUIRE(status.ok());
  CHECK(Get(conf.get(), "linger.ms") == "9");
  CHECK(Get(conf.get(), "bootstrap.servers") == "flag:9092");
  CHECK(Get(conf.get(), "security.protocol") == "sasl_ssl");
  CHECK(Get(conf.get(), "sasl.username") == "u");
}

TEST_CASE("ApplyTo names a refused key without echoing its value", "[kafka][config]") {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  KafkaSettings settings;
  settings.brokers = "localhost:9092";
  REQUIRE(ParseProperty("sasl.pasword=hunter2", &settings).ok());
  const Status unknown = ApplyTo(settings, conf.get());
  CHECK(unknown.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(unknown.message(), Catch::Contains("sasl.pasword"));
  CHECK_THAT(unknown.message(), !Catch::Contains("hunter2"));

  KafkaSettings bad_value;
  bad_value.brokers = "localhost:9092";
  REQUIRE(ParseProperty("linger.ms=soon", &bad_value).ok());
  CHECK_THAT(ApplyTo(bad_value, conf.get()).message(), Catch::Contains("linger.ms"));

  KafkaSettings nowhere;
  CHECK_THAT(ApplyTo(nowhere, conf.get()).message(), Catch::Contains("no Kafka brokers"));
  REQUIRE(ParseProperty("bootstrap.servers=b:9092", &nowhere).ok());
  CHECK(ApplyTo(nowhere, conf.get()).ok());
}

}  // namespace
}  // namespace relance::kafka
