// The publisher against an in-process mock cluster (DESIGN §2, §8): every
// record lands where the engine (and a file replay) looks for it, in log
// order, with its content-type; DayClosed, PolicyPublished and
// CalendarPublished reach every partition; the idempotent producer survives
// injected broker errors without duplicates.
// Each test reads the topic back with a plain librdkafka consumer.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/limits.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/publisher.h"
#include "engine/kafka/topics.h"
#include "tests/e2e/cli_process.h"
#include "tests/integration/child_process.h"
#include "tests/integration/kafka_reader.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"

namespace relance::testing {
namespace {

constexpr int kMockBrokers = 3;
constexpr int kPartitions = 8;
constexpr std::uint64_t kDebtors = 500;
constexpr int kDays = 60;
// Kafka protocol ApiKey of Produce (not in librdkafka's public headers).
constexpr std::int16_t kApiKeyProduce = 0;

struct Cluster {
  std::unique_ptr<kafka::MockCluster> mock;
  kafka::KafkaSettings settings;

  explicit Cluster(int partitions, const std::string& topic = kafka::kEventsTopic) {
    const Status started = kafka::MockCluster::Start(kMockBrokers, &mock);
    INFO(started.ToString());
    REQUIRE(started.ok());
    const Status created = mock->CreateTopic(topic, partitions);
    INFO(created.ToString());
    REQUIRE(created.ok());
    settings.brokers = mock->bootstraps();
  }
};

gen::GenStats WriteLog(const std::string& path, codec::Format format, std::uint64_t debtors, int days) {
  std::string error;
  auto writer = codec::LogWriter::Open(path, format, &error);
  INFO(error);
  REQUIRE(writer);
  gen::GenOptions options;
  options.debtors = debtors;
  options.horizon_days = days;
  const gen::GenStats stats = gen::Generate(options, [&](const v1::Event& event) { writer->Write(event); });
  REQUIRE(writer->Close());
  return stats;
}

std::uint64_t MessageCount(const ExpectedContents& expected) {
  std::uint64_t count = 0;
  for (const auto& partition : expected) count += partition.size();
  return count;
}

// Where the last record of a log starts.
std::uint64_t LastRecordOffset(const std::string& path) {
  std::string error;
  const auto reader = codec::LogReader::Open(path, codec::Format::kBinary, &error);
  REQUIRE(reader);
  codec::LogRecord record;
  bool end = false;
  std::uint64_t offset = 0;
  for (;;) {
    REQUIRE(reader->Next(&record, &end).ok());
    if (end) return offset;
    offset = record.byte_offset;
  }
}

void RequireSameContents(const ExpectedContents& expected, const TopicContents& actual, const char* content_type) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t p = 0; p < expected.size(); ++p) {
    INFO("partition " << p << ": " << FirstDifference(expected[p], actual[p], content_type));
    CHECK(FirstDifference(expected[p], actual[p], content_type).empty());
  }
}

TEST_CASE("publish puts each debtor's events in its murmur2 partition, in log order", "[integration][kafka]") {
  TempDir dir;
  const std::string log = dir.Sub("portfolio.pb");
  const gen::GenStats generated = WriteLog(log, codec::Format::kBinary, kDebtors, kDays);
  Cluster cluster(kPartitions);

  kafka::PublishStats stats;
  const Status published =
      kafka::PublishLog(cluster.settings, kafka::kEventsTopic, log, codec::Format::kBinary, false, &stats, false);
  INFO(published.ToString());
  REQUIRE(published.ok());
  const ExpectedContents expected = ExpectedRouting(log, codec::Format::kBinary, kPartitions);
  CHECK(stats.records == generated.events);
  CHECK(stats.messages == MessageCount(expected));
  CHECK(stats.partitions == static_cast<std::uint32_t>(kPartitions));
  CHECK(stats.undecodable == 0);

  const TopicContents actual = ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kPartitions);
  RequireSameContents(expected, actual, kafka::kContentTypeProtobuf);

  // The same facts, said directly: librdkafka's murmur2_random partitioner
  // agrees with PartitionForKey, and every partition closes every day in order.
  std::uint64_t keyed = 0, misplaced = 0;
  for (int p = 0; p < kPartitions; ++p) {
    std::vector<Day> closed;
    for (const ConsumedMessage& message : actual[p]) {
      if (message.has_key) {
        ++keyed;
        if (PartitionForKey(message.key, kPartitions) != static_cast<std::uint32_t>(p)) ++misplaced;
        continue;
      }
      v1::Event event;
      REQUIRE(codec::DecodeBinary(message.value, &event).empty());
      if (event.has_day_closed()) closed.push_back(*ToDay(event.day_closed().business_date()));
    }
    INFO("partition " << p);
    REQUIRE(closed.size() == static_cast<std::size_t>(kDays));
    for (int day = 0; day < kDays; ++day) CHECK(closed[day] == gen::kDefaultStartDay + day);
  }
  CHECK(keyed == generated.events - generated.day_closed - 1);  // All but DayClosed and the one policy.
  CHECK(misplaced == 0);
}

TEST_CASE("publish --as-json sends protobuf-JSON that decodes to the same events", "[integration][kafka]") {
  constexpr int kJsonPartitions = 4;
  TempDir dir;
  const std::string log = dir.Sub("small.pb");
  WriteLog(log, codec::Format::kBinary, 50, 10);
  Cluster cluster(kJsonPartitions);
  kafka::PublishStats stats;
  const Status published =
      kafka::PublishLog(cluster.settings, kafka::kEventsTopic, log, codec::Format::kBinary, true, &stats, false);
  INFO(published.ToString());
  REQUIRE(published.ok());

  const ExpectedContents expected = ExpectedRouting(log, codec::Format::kBinary, kJsonPartitions);
  const TopicContents actual = ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kJsonPartitions);
  for (int p = 0; p < kJsonPartitions; ++p) {
    REQUIRE(actual[p].size() == expected[p].size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < actual[p].size(); ++i) {
      v1::Event event;
      const bool same = actual[p][i].content_type == kafka::kContentTypeJson &&
                        codec::DecodeJson(actual[p][i].value, &event).empty() &&
                        codec::EncodeBinary(event) == expected[p][i].value && actual[p][i].key == expected[p][i].key;
      if (!same) ++differing;
    }
    INFO("partition " << p);
    CHECK(differing == 0);
  }
}

TEST_CASE("publish sends undecodable and keyless records where the engine dead-letters them", "[integration][kafka]") {
  constexpr int kFewPartitions = 4;
  TempDir dir;
  const std::string log = dir.Sub("odd.jsonl");
  {
    std::string error;
    auto writer = codec::LogWriter::Open(log, codec::Format::kJsonLines, &error);
    REQUIRE(writer);
    writer->Write(Invoice("inv-1", "DR-000001", "D-1", 10'000, "2025-01-02", "2025-02-01"));
    writer->WriteRaw("{this is not protobuf-JSON");
    writer->Write(Invoice("inv-2", "", "D-2", 20'000, "2025-01-02", "2025-02-01"));  // No debtor key.
    writer->Write(DayClosedEvent("day-2025-01-02", "2025-01-02"));
    REQUIRE(writer->Close());
  }
  Cluster cluster(kFewPartitions);
  kafka::PublishStats stats;
  const Status published =
      kafka::PublishLog(cluster.settings, kafka::kEventsTopic, log, codec::Format::kJsonLines, false, &stats, false);
  INFO(published.ToString());
  REQUIRE(published.ok());
  CHECK(stats.records == 4);
  CHECK(stats.undecodable == 1);
  CHECK(stats.messages == 3 + kFewPartitions);

  const ExpectedContents expected = ExpectedRouting(log, codec::Format::kJsonLines, kFewPartitions);
  REQUIRE(expected[0].size() >= 2);
  CHECK(expected[0][0].value == "{this is not protobuf-JSON");
  RequireSameContents(expected, ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kFewPartitions),
                      kafka::kContentTypeJson);
}

TEST_CASE("publish of a truncated binary log publishes what precedes the damage, then fails", "[integration][kafka]") {
  constexpr int kFewPartitions = 2;
  TempDir dir;
  const std::string whole = dir.Sub("whole.pb");
  WriteLog(whole, codec::Format::kBinary, 20, 5);
  std::string bytes = ReadFile(whole);
  const std::string damaged = dir.Sub("damaged.pb");
  std::ofstream(damaged, std::ios::binary) << bytes.substr(0, bytes.size() - 3);  // Cut into the last record.

  Cluster cluster(kFewPartitions);
  kafka::PublishStats stats;
  const Status status =
      kafka::PublishLog(cluster.settings, kafka::kEventsTopic, damaged, codec::Format::kBinary, false, &stats, false);
  CHECK(status.code() == Status::Code::kCorruption);
  const std::uint64_t last_offset = LastRecordOffset(whole);
  CHECK_THAT(status.message(), Catch::Contains("damaged.pb: broken frame at byte " + std::to_string(last_offset)) &&
                                   Catch::Contains("the file ends") &&
                                   Catch::Contains("records before it were published"));
  const ExpectedContents complete = ExpectedRouting(whole, codec::Format::kBinary, kFewPartitions);
  CHECK(stats.messages == MessageCount(complete) - kFewPartitions);  // All but the last DayClosed.
}

TEST_CASE("publish leaves out oversize records, as a replay rejects them, sends the rest and fails at the end",
          "[integration][kafka]") {
  constexpr int kFewPartitions = 3;
  TempDir dir;
  for (const auto format : {codec::Format::kBinary, codec::Format::kJsonLines}) {
    const bool json = format == codec::Format::kJsonLines;
    CAPTURE(json);
    const std::string log = dir.Sub(json ? "big.jsonl" : "big.pb");
    v1::Event big = Invoice("inv-big", "DR-000002", "D-big", 10'000, "2025-01-02", "2025-02-01");
    big.mutable_invoice_issued()->set_debtor_name(std::string(kEventBytesMax, 'N'));
    {
      std::string error;
      auto writer = codec::LogWriter::Open(log, format, &error);
      REQUIRE(writer);
      writer->Write(Invoice("inv-1", "DR-000001", "D-1", 10'000, "2025-01-02", "2025-02-01"));
      writer->Write(big);
      writer->Write(Invoice("inv-2", "DR-000003", "D-2", 20'000, "2025-01-02", "2025-02-01"));
      writer->Write(DayClosedEvent("day-2025-01-02", "2025-01-02"));
      REQUIRE(writer->Close());
    }
    Cluster cluster(kFewPartitions);
    kafka::PublishStats stats;
    const Status status = kafka::PublishLog(cluster.settings, kafka::kEventsTopic, log, format, false, &stats, false);
    CHECK(status.code() == Status::Code::kInvalidArgument);
    CHECK_THAT(status.message(),
               Catch::Contains("4 records read, 1 not published") && Catch::Contains("the first is record 1"));
    CHECK(stats.records == 4);
    CHECK(stats.oversize == 1);
    CHECK(stats.first_oversize_index == 1);
    CHECK(stats.undecodable == 0);
    CHECK(stats.messages == 2 + kFewPartitions);  // Everything else was delivered.

    const ExpectedContents expected = ExpectedRouting(log, format, kFewPartitions);
    RequireSameContents(expected, ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kFewPartitions),
                        json ? kafka::kContentTypeJson : kafka::kContentTypeProtobuf);
  }
}

TEST_CASE("tick publishes the generator's DayClosed on every partition", "[integration][kafka]") {
  constexpr int kTickPartitions = 6;
  Cluster cluster(kTickPartitions);
  const Day first = gen::kDefaultStartDay;
  kafka::PublishStats stats;
  for (Day day = first; day < first + 2; ++day) {
    const Status ticked = kafka::PublishDayClosed(cluster.settings, kafka::kEventsTopic, day, &stats);
    INFO(ticked.ToString());
    REQUIRE(ticked.ok());
  }
  CHECK(stats.messages == 2 * kTickPartitions);
  CHECK(stats.partitions == static_cast<std::uint32_t>(kTickPartitions));

  // The generator's DayClosed events of the same days, byte for byte: a
  // Kafka run and a file replay see the same event ids.
  std::vector<std::string> generated;
  gen::GenOptions options;
  options.debtors = 1;
  options.horizon_days = 2;
  gen::Generate(options, [&](const v1::Event& event) {
    if (event.has_day_closed()) generated.push_back(codec::EncodeBinary(event));
  });
  REQUIRE(generated.size() == 2);
  CHECK(codec::EncodeBinary(kafka::DayClosedEvent(first)) == generated[0]);
  CHECK(kafka::DayClosedEvent(first).event_id() == "day-2025-01-01");

  const TopicContents actual = ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kTickPartitions);
  for (int p = 0; p < kTickPartitions; ++p) {
    INFO("partition " << p);
    REQUIRE(actual[p].size() == 2);
    CHECK_FALSE(actual[p][0].has_key);
    CHECK(actual[p][0].content_type == kafka::kContentTypeProtobuf);
    CHECK(actual[p][0].value == generated[0]);
    CHECK(actual[p][1].value == generated[1]);
  }
}

TEST_CASE("policy publish and calendar publish reach every partition", "[integration][kafka]") {
  constexpr int kPolicyPartitions = 5;
  Cluster cluster(kPolicyPartitions);
  TempDir dir;
  const std::string source = RELANCE_SOURCE_DIR;
  const CliResult policy = RunChild({RELANCE_BINARY, "policy", "publish", source + "/deploy/policies/fr-default.json",
                                     "--brokers", cluster.settings.brokers},
                                    dir.Sub("policy"));
  INFO(policy.err);
  REQUIRE(policy.exit_code == 0);
  const CliResult calendar = RunChild(
      {RELANCE_BINARY, "calendar", "publish", source + "/deploy/calendars/fr.json", "-b", cluster.settings.brokers},
      dir.Sub("calendar"));
  INFO(calendar.err);
  REQUIRE(calendar.exit_code == 0);

  const TopicContents actual = ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kPolicyPartitions);
  for (int p = 0; p < kPolicyPartitions; ++p) {
    INFO("partition " << p);
    REQUIRE(actual[p].size() == 2);
    v1::Event event;
    REQUIRE(codec::DecodeBinary(actual[p][0].value, &event).empty());
    CHECK(event.event_id() == "policy:fr-default:1");
    CHECK_FALSE(actual[p][0].has_key);
    REQUIRE(codec::DecodeBinary(actual[p][1].value, &event).empty());
    CHECK(event.has_calendar_published());
    CHECK(actual[p][1].value == actual[0][1].value);  // One event, the same bytes everywhere.
  }
}

TEST_CASE("publish survives injected produce errors without duplicates or reordering", "[integration][kafka]") {
  constexpr int kFaultPartitions = 4;
  TempDir dir;
  const std::string log = dir.Sub("faults.pb");
  WriteLog(log, codec::Format::kBinary, 200, 20);
  Cluster cluster(kFaultPartitions);
  // Retriable errors on the next Produce requests, whichever broker gets them.
  rd_kafka_mock_push_request_errors(cluster.mock->raw(), kApiKeyProduce, 6, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
                                    RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE,
                                    RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
                                    RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION);
  kafka::PublishStats stats;
  const Status published =
      kafka::PublishLog(cluster.settings, kafka::kEventsTopic, log, codec::Format::kBinary, false, &stats, false);
  INFO(published.ToString());
  REQUIRE(published.ok());
  const ExpectedContents expected = ExpectedRouting(log, codec::Format::kBinary, kFaultPartitions);
  CHECK(stats.messages == MessageCount(expected));
  RequireSameContents(expected, ReadTopic(cluster.settings.brokers, kafka::kEventsTopic, kFaultPartitions),
                      kafka::kContentTypeProtobuf);
}

TEST_CASE("publish refuses a missing topic, a foreign partitioner and a bad property", "[integration][kafka]") {
  Cluster cluster(2);
  TempDir dir;
  const std::string log = dir.Sub("tiny.pb");
  WriteLog(log, codec::Format::kBinary, 1, 1);
  kafka::PublishStats stats;

  // The 2.0.2 mock creates any topic a client asks about (4 partitions),
  // whatever allow.auto.create.topics says; a real cluster without
  // auto-creation answers UNKNOWN_TOPIC_OR_PART, which is what we make it say.
  rd_kafka_mock_topic_set_error(cluster.mock->raw(), "relance.evnets", RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
  const Status missing =
      kafka::PublishLog(cluster.settings, "relance.evnets", log, codec::Format::kBinary, false, &stats, false);
  CHECK(missing.code() == Status::Code::kNotFound);
  CHECK_THAT(missing.message(), Catch::Contains("relance.evnets"));

  kafka::KafkaSettings foreign = cluster.settings;
  REQUIRE(kafka::ParseProperty("partitioner=consistent_random", &foreign).ok());
  const Status partitioner =
      kafka::PublishLog(foreign, kafka::kEventsTopic, log, codec::Format::kBinary, false, &stats, false);
  CHECK(partitioner.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(partitioner.message(), Catch::Contains("murmur2_random"));

  kafka::KafkaSettings unknown = cluster.settings;
  REQUIRE(kafka::ParseProperty("no.such.property=1", &unknown).ok());
  const Status bad = kafka::PublishDayClosed(unknown, kafka::kEventsTopic, gen::kDefaultStartDay, &stats);
  CHECK(bad.code() == Status::Code::kInvalidArgument);
  CHECK_THAT(bad.message(), Catch::Contains("no.such.property"));
}

TEST_CASE("publish to an unreachable cluster fails with a retryable error", "[integration][kafka]") {
  kafka::KafkaSettings nowhere;
  nowhere.brokers = "127.0.0.1:1";  // Nothing listens on port 1.
  kafka::PublishStats stats;
  const auto started = std::chrono::steady_clock::now();
  const Status status = kafka::PublishDayClosed(nowhere, kafka::kEventsTopic, gen::kDefaultStartDay, &stats);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  INFO(status.ToString());
  CHECK(status.code() == Status::Code::kIoError);
  CHECK(status.retryable());
  CHECK_THAT(status.message(), Catch::Contains("127.0.0.1:1"));
  CHECK(elapsed < std::chrono::milliseconds(kafka::kMetadataTimeoutMs + 5'000));
}

TEST_CASE("MockCluster refuses what rd_kafka_mock_topic_create would accept", "[integration][kafka]") {
  std::unique_ptr<kafka::MockCluster> mock;
  CHECK(kafka::MockCluster::Start(0, &mock).code() == Status::Code::kInvalidArgument);
  REQUIRE(kafka::MockCluster::Start(1, &mock).ok());
  CHECK(mock->CreateTopic("t", 0).code() == Status::Code::kInvalidArgument);  // The mock would create it.
  CHECK(mock->CreateTopic("", 1).code() == Status::Code::kInvalidArgument);
  REQUIRE(mock->CreateRelanceTopics(2).ok());
  const Status again = mock->CreateTopic(kafka::kEventsTopic, 2);
  CHECK_FALSE(again.ok());
  CHECK_THAT(again.message(), Catch::Contains(kafka::kEventsTopic));
}

}  // namespace
}  // namespace relance::testing
