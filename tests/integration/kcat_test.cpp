// kcat, an outside Kafka client, against the mock cluster (DESIGN §8): it
// reads what the publisher wrote, and what it produces (protobuf-JSON with a
// content-type header) is read back and accepted by the engine's decoder.
// kcat must be installed: a missing kcat fails these tests, it never skips them.
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/publisher.h"
#include "engine/kafka/topics.h"
#include "tests/integration/child_process.h"
#include "tests/integration/kafka_reader.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"

namespace relance::testing {
namespace {

constexpr int kPartitions = 4;

std::unique_ptr<kafka::MockCluster> StartCluster() {
  std::unique_ptr<kafka::MockCluster> mock;
  REQUIRE(kafka::MockCluster::Start(1, &mock).ok());
  REQUIRE(mock->CreateRelanceTopics(kPartitions).ok());
  return mock;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

TEST_CASE("kcat reads what publish wrote, keys and headers included", "[integration][kafka]") {
  const std::string kcat = KcatPath();
  TempDir dir;
  const std::string log = dir.Sub("portfolio.pb");
  {
    std::string error;
    auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
    REQUIRE(writer);
    gen::GenOptions options;
    options.debtors = 100;
    options.horizon_days = 20;
    gen::Generate(options, [&](const v1::Event& event) { writer->Write(event); });
    REQUIRE(writer->Close());
  }
  const auto mock = StartCluster();
  kafka::KafkaSettings settings;
  settings.brokers = mock->bootstraps();
  kafka::PublishStats stats;
  const Status published =
      kafka::PublishLog(settings, kafka::kEventsTopic, log, codec::Format::kBinary, false, &stats, false);
  INFO(published.ToString());
  REQUIRE(published.ok());

  const ExpectedContents expected = ExpectedRouting(log, codec::Format::kBinary, kPartitions);
  const CliResult keys = RunChild({kcat, "-b", settings.brokers, "-C", "-t", kafka::kEventsTopic, "-p", "0", "-o",
                                   "beginning", "-e", "-q", "-f", "%k\\n"},
                                  dir.Sub("kcat-keys"));
  INFO(keys.err);
  REQUIRE(keys.exit_code == 0);
  const std::vector<std::string> lines = Lines(keys.out);
  REQUIRE(lines.size() == expected[0].size());
  std::size_t differing = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) differing += lines[i] == expected[0][i].key ? 0 : 1;
  CHECK(differing == 0);

  const CliResult headers = RunChild({kcat, "-b", settings.brokers, "-C", "-t", kafka::kEventsTopic, "-p", "0", "-o",
                                      "beginning", "-c", "1", "-q", "-f", "%h\\n"},
                                     dir.Sub("kcat-headers"));
  INFO(headers.err);
  REQUIRE(headers.exit_code == 0);
  CHECK(headers.out == std::string(kafka::kContentTypeHeader) + "=" + kafka::kContentTypeProtobuf + "\n");
}

TEST_CASE("kcat produces protobuf-JSON events that the engine decodes", "[integration][kafka]") {
  const std::string kcat = KcatPath();
  TempDir dir;
  const std::string debtor = "DR-000042";
  const std::vector<v1::Event> events = {
      Invoice("inv-42", debtor, "D-42", 125'000, "2025-01-02", "2025-02-01"),
      Reminder("rem-42", debtor, "D-42", 1, v1::CHANNEL_EMAIL, "2025-02-08"),
      Payment("pay-42", debtor, "D-42", "P-42", 125'000, "2025-02-10"),
  };
  const std::string input = dir.Sub("events.jsonl");
  {
    std::ofstream out(input);
    for (const v1::Event& event : events) out << codec::EncodeJson(event) << '\n';
    REQUIRE(out.good());
  }
  const auto mock = StartCluster();
  const std::string brokers = mock->bootstraps();
  // kcat's own default partitioner is consistent_random (CRC32): it must be
  // told to partition as the engine does.
  const CliResult produced = RunChild(
      {kcat, "-b", brokers, "-P", "-t", kafka::kEventsTopic, "-k", debtor, "-H",
       std::string(kafka::kContentTypeHeader) + "=" + kafka::kContentTypeJson, "-X", "partitioner=murmur2_random"},
      dir.Sub("kcat-produce"), input);
  INFO(produced.err);
  REQUIRE(produced.exit_code == 0);

  const TopicContents actual = ReadTopic(brokers, kafka::kEventsTopic, kPartitions);
  const std::uint32_t home = PartitionForKey(debtor, kPartitions);
  for (int p = 0; p < kPartitions; ++p) {
    INFO("partition " << p);
    CHECK(actual[p].size() == (static_cast<std::uint32_t>(p) == home ? events.size() : 0));
  }
  REQUIRE(actual[home].size() == events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const ConsumedMessage& message = actual[home][i];
    CHECK(message.key == debtor);
    CHECK(message.content_type == kafka::kContentTypeJson);
    v1::Event decoded;
    const std::string error = codec::DecodeJson(message.value, &decoded);
    INFO(message.value);
    CHECK(error.empty());
    CHECK(codec::EncodeBinary(decoded) == codec::EncodeBinary(events[i]));
  }
}

}  // namespace
}  // namespace relance::testing
