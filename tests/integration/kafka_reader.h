// Test helpers that read a topic back with a plain librdkafka consumer, as
// any outside client would (every partition assigned from the beginning, read
// up to the high watermark seen at the start), and that say independently of
// the publisher where each record of a log must land. Header-only test code: REQUIREs
// on failures, and a truncated partition (the mock keeps only ~5 MiB, DESIGN
// §8) fails the test instead of passing silently.
#pragma once

#include <librdkafka/rdkafkacpp.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/transition_table.h"

namespace relance::testing {

struct ConsumedMessage {
  std::int64_t offset = -1;
  bool has_key = false;
  std::string key;
  std::string value;
  std::string content_type;  // "" when the header is absent.
};

// Messages of each partition, in offset order.
using TopicContents = std::vector<std::vector<ConsumedMessage>>;

// A consumer of the mock must not let an idle fetch wait long (DESIGN §8).
inline constexpr char kReaderFetchWaitMs[] = "10";
inline constexpr int kReaderMetadataTimeoutMs = 5'000;
inline constexpr int kReaderPollMs = 100;
inline constexpr auto kReaderDeadline = std::chrono::seconds(20);

inline void SetOrFail(RdKafka::Conf* conf, const std::string& key, const std::string& value) {
  std::string error;
  INFO(key << "=" << value << ": " << error);
  REQUIRE(conf->set(key, value, error) == RdKafka::Conf::CONF_OK);
}

inline ConsumedMessage ToConsumed(RdKafka::Message& message) {
  ConsumedMessage out;
  out.offset = message.offset();
  if (message.key_pointer() != nullptr) {
    out.has_key = true;
    out.key.assign(static_cast<const char*>(message.key_pointer()), message.key_len());
  }
  out.value.assign(static_cast<const char*>(message.payload()), message.len());
  if (RdKafka::Headers* headers = message.headers(); headers != nullptr) {
    const RdKafka::Headers::Header header = headers->get_last("content-type");
    if (header.err() == RdKafka::ERR_NO_ERROR && header.value() != nullptr) {
      out.content_type.assign(static_cast<const char*>(header.value()), header.value_size());
    }
  }
  return out;
}

// Reads partitions [0, partitions) of `topic` completely.
inline TopicContents ReadTopic(const std::string& bootstraps, const std::string& topic, int partitions) {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  SetOrFail(conf.get(), "bootstrap.servers", bootstraps);
  SetOrFail(conf.get(), "group.id", "relance-integration-reader");
  SetOrFail(conf.get(), "enable.auto.commit", "false");
  SetOrFail(conf.get(), "fetch.wait.max.ms", kReaderFetchWaitMs);
  std::string error;
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(conf.get(), error));
  INFO("consumer: " << error);
  REQUIRE(consumer);

  std::vector<std::int64_t> high(partitions, 0);
  std::vector<RdKafka::TopicPartition*> assignment;
  for (int p = 0; p < partitions; ++p) {
    std::int64_t low = 0;
    const RdKafka::ErrorCode err =
        consumer->query_watermark_offsets(topic, p, &low, &high[p], kReaderMetadataTimeoutMs);
    INFO(topic << " [" << p << "] watermarks: " << RdKafka::err2str(err));
    REQUIRE(err == RdKafka::ERR_NO_ERROR);
    INFO(topic << " [" << p << "] starts at offset " << low << ": the mock cluster dropped older messages");
    REQUIRE(low == 0);
    assignment.push_back(RdKafka::TopicPartition::create(topic, p, RdKafka::Topic::OFFSET_BEGINNING));
  }
  REQUIRE(consumer->assign(assignment) == RdKafka::ERR_NO_ERROR);
  RdKafka::TopicPartition::destroy(assignment);

  TopicContents contents(partitions);
  std::int64_t remaining = 0;
  for (int p = 0; p < partitions; ++p) remaining += high[p];
  const auto deadline = std::chrono::steady_clock::now() + kReaderDeadline;
  // Plain ifs, not a REQUIRE per message: thousands of assertions would
  // only bury the ones that matter in the summary.
  while (remaining > 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      FAIL(remaining << " messages of " << topic << " still unread at the deadline");
    }
    const std::unique_ptr<RdKafka::Message> message(consumer->consume(kReaderPollMs));
    if (message->err() == RdKafka::ERR__TIMED_OUT || message->err() == RdKafka::ERR__PARTITION_EOF) continue;
    if (message->err() != RdKafka::ERR_NO_ERROR) FAIL("consume from " << topic << ": " << message->errstr());
    const int p = message->partition();
    if (message->offset() >= high[p]) continue;  // Written after we looked: not ours to check.
    if (message->offset() != static_cast<std::int64_t>(contents[p].size())) {
      FAIL(topic << " [" << p << "] offset " << message->offset() << " after " << contents[p].size() << " messages");
    }
    contents[p].push_back(ToConsumed(*message));
    --remaining;
  }
  consumer->close();
  return contents;
}

struct ExpectedMessage {
  bool has_key = false;
  std::string key;
  std::string value;
};

using ExpectedContents = std::vector<std::vector<ExpectedMessage>>;

// Where each record of a log must land, written from the routing rules of
// DESIGN §2 and the file replay (not from the publisher's code): keyed events
// at PartitionForKey(key); keyless DayClosed and PolicyPublished on every
// partition; other keyless events at PartitionForKey(""); undecodable
// records keyless on partition 0; oversize records (above kEventBytesMax)
// nowhere. Values are the records as they are.
inline ExpectedContents ExpectedRouting(const std::string& log_path, codec::Format format, int partitions) {
  std::string error;
  const auto reader = codec::LogReader::Open(log_path, format, &error);
  INFO(error);
  REQUIRE(reader);
  ExpectedContents expected(partitions);
  codec::LogRecord record;
  bool end = false;
  v1::Event event;
  for (;;) {
    const Status read = reader->Next(&record, &end);
    INFO(read.ToString());
    REQUIRE(read.ok());
    if (end) break;
    if (record.oversize) continue;
    event.Clear();
    if (!reader->Decode(record, &event).empty()) {
      expected[0].push_back({false, {}, record.bytes});
      continue;
    }
    const std::string& key = event.debtor_key();
    if (key.empty() && core::IsPartitionLevel(core::KindOf(event))) {
      for (auto& partition : expected) partition.push_back({false, {}, record.bytes});
      continue;
    }
    expected[PartitionForKey(key, static_cast<std::uint32_t>(partitions))].push_back({!key.empty(), key, record.bytes});
  }
  return expected;
}

// "" when `actual` holds exactly `expected` in order, with `content_type`
// on every message; else the first difference, for the failure message.
inline std::string FirstDifference(const std::vector<ExpectedMessage>& expected,
                                   const std::vector<ConsumedMessage>& actual, const std::string& content_type) {
  for (std::size_t i = 0; i < expected.size() && i < actual.size(); ++i) {
    const ExpectedMessage& want = expected[i];
    const ConsumedMessage& got = actual[i];
    if (got.has_key != want.has_key || got.key != want.key) {
      return "message " + std::to_string(i) + ": key '" + got.key + "', expected '" + want.key + "'";
    }
    if (got.value != want.value) return "message " + std::to_string(i) + ": value differs (key '" + want.key + "')";
    if (got.content_type != content_type) {
      return "message " + std::to_string(i) + ": content-type '" + got.content_type + "'";
    }
  }
  if (expected.size() != actual.size()) {
    return std::to_string(actual.size()) + " messages, expected " + std::to_string(expected.size());
  }
  return {};
}

}  // namespace relance::testing
