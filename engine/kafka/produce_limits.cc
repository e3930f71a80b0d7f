#include "engine/kafka/produce_limits.h"

#include <fmt/format.h>
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <charconv>
#include <memory>

#include "engine/kafka/topics.h"

namespace relance::kafka {
namespace {

constexpr char kTopicLimitConfig[] = "max.message.bytes";
// The engine's own slack on the queue poll, past the request's timeout: the
// result of a request that timed out arrives a little after it.
constexpr int kDescribeResultSlackMs = 1'000;

Status ReadPositive(const RdKafka::Conf& conf, const char* name, std::int64_t* out) {
  std::string text;
  if (conf.get(name, text) != RdKafka::Conf::CONF_OK) return Status::Ok();  // Unset: the default stays.
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) {
    return Status::InvalidArgument(fmt::format("producer property {}={}: not a positive number", name, text));
  }
  *out = value;
  return Status::Ok();
}

// The value of max.message.bytes in one described resource, or an error.
Status TopicLimitOf(const rd_kafka_ConfigResource_t* resource, std::int64_t* bytes) {
  const char* topic = rd_kafka_ConfigResource_name(resource);
  if (rd_kafka_ConfigResource_error(resource) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    const char* reason = rd_kafka_ConfigResource_error_string(resource);
    return Status::IoError(fmt::format(
        "{}: {}", topic, reason != nullptr ? reason : rd_kafka_err2str(rd_kafka_ConfigResource_error(resource))));
  }
  std::size_t count = 0;
  const rd_kafka_ConfigEntry_t** entries = rd_kafka_ConfigResource_configs(resource, &count);
  for (std::size_t i = 0; i < count; ++i) {
    if (std::string_view(rd_kafka_ConfigEntry_name(entries[i])) != kTopicLimitConfig) continue;
    const char* text = rd_kafka_ConfigEntry_value(entries[i]);
    const std::string_view value = text != nullptr ? text : "";
    std::int64_t parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc() || end != value.data() + value.size() || parsed <= 0) {
      return Status::Corruption(fmt::format("{}: {}={}", topic, kTopicLimitConfig, value));
    }
    *bytes = parsed;
    return Status::Ok();
  }
  return Status::NotFound(fmt::format("{}: no {} in its configuration", topic, kTopicLimitConfig));
}

// The broker that answers a metadata request: any broker describes a topic's
// configuration, and one that answered is up. (librdkafka would otherwise
// wait for the controller, which the mock cluster never names.)
Status AnsweringBroker(rd_kafka_t* handle, int timeout_ms, std::int32_t* broker) {
  const rd_kafka_metadata_t* metadata = nullptr;
  const rd_kafka_resp_err_t err = rd_kafka_metadata(handle, /*all_topics=*/0, nullptr, &metadata, timeout_ms);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Status::IoError(fmt::format("metadata: {}", rd_kafka_err2str(err)), true);
  }
  *broker = metadata->orig_broker_id;
  rd_kafka_metadata_destroy(metadata);
  return Status::Ok();
}

}  // namespace

std::size_t ProduceLimits::RecordBytesMax(std::string_view topic) const {
  std::int64_t bytes = producer_message_bytes;
  if (auto it = topic_message_bytes.find(topic); it != topic_message_bytes.end()) bytes = std::min(bytes, it->second);
  return static_cast<std::size_t>(std::max<std::int64_t>(bytes, 0));
}

std::int64_t ProduceLimits::BatchBytesMax() const {
  std::int64_t batch = producer_batch_bytes;
  for (const auto& [topic, bytes] : topic_message_bytes) {
    if (!described.contains(topic)) continue;  // A guess is no reason to shrink every batch.
    batch = std::min(batch, bytes - static_cast<std::int64_t>(kRecordFramingBytes));
  }
  return std::max<std::int64_t>(batch, 1);
}

Status ReadProducerLimits(const RdKafka::Conf& conf, ProduceLimits* limits) {
  if (Status s = ReadPositive(conf, "message.max.bytes", &limits->producer_message_bytes); !s.ok()) return s;
  return ReadPositive(conf, "batch.size", &limits->producer_batch_bytes);
}

Status DescribeTopicLimits(rd_kafka_t* handle, const std::vector<std::string>& topics, int timeout_ms,
                           ProduceLimits* limits) {
  for (const std::string& topic : topics) limits->topic_message_bytes[topic] = kTopicMessageBytesFallback;
  if (topics.empty()) return Status::Ok();
  std::vector<rd_kafka_ConfigResource_t*> resources;
  for (const std::string& topic : topics) {
    resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.c_str()));
  }
  std::unique_ptr<rd_kafka_queue_t, decltype(&rd_kafka_queue_destroy)> queue(rd_kafka_queue_new(handle),
                                                                             rd_kafka_queue_destroy);
  std::unique_ptr<rd_kafka_AdminOptions_t, decltype(&rd_kafka_AdminOptions_destroy)> options(
      rd_kafka_AdminOptions_new(handle, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS), rd_kafka_AdminOptions_destroy);
  char error[256];
  std::int32_t broker = -1;
  if (Status s = AnsweringBroker(handle, timeout_ms, &broker); !s.ok()) {
    rd_kafka_ConfigResource_destroy_array(resources.data(), resources.size());
    return s;
  }
  if (rd_kafka_AdminOptions_set_request_timeout(options.get(), timeout_ms, error, sizeof(error)) !=
          RD_KAFKA_RESP_ERR_NO_ERROR ||
      rd_kafka_AdminOptions_set_broker(options.get(), broker, error, sizeof(error)) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    rd_kafka_ConfigResource_destroy_array(resources.data(), resources.size());
    return Status::InvalidArgument(std::string("DescribeConfigs options: ") + error);
  }
  rd_kafka_DescribeConfigs(handle, resources.data(), resources.size(), options.get(), queue.get());
  rd_kafka_ConfigResource_destroy_array(resources.data(), resources.size());
  std::unique_ptr<rd_kafka_event_t, decltype(&rd_kafka_event_destroy)> event(
      rd_kafka_queue_poll(queue.get(), timeout_ms + kDescribeResultSlackMs), rd_kafka_event_destroy);
  if (!event) return Status::IoError("DescribeConfigs: no answer in time", true);
  if (const rd_kafka_resp_err_t err = rd_kafka_event_error(event.get()); err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Status::IoError(fmt::format("DescribeConfigs: {}", rd_kafka_event_error_string(event.get())),
                           /*retryable=*/err == RD_KAFKA_RESP_ERR__TIMED_OUT);
  }
  const rd_kafka_DescribeConfigs_result_t* result = rd_kafka_event_DescribeConfigs_result(event.get());
  if (result == nullptr) return Status::IoError("DescribeConfigs: an unexpected answer", true);
  std::size_t count = 0;
  const rd_kafka_ConfigResource_t** described = rd_kafka_DescribeConfigs_result_resources(result, &count);
  Status first_failure;
  for (std::size_t i = 0; i < count; ++i) {
    std::int64_t bytes = 0;
    if (Status s = TopicLimitOf(described[i], &bytes); !s.ok()) {
      if (first_failure.ok()) first_failure = s;
      continue;
    }
    const std::string topic = rd_kafka_ConfigResource_name(described[i]);
    limits->topic_message_bytes[topic] = bytes;
    limits->described.insert(topic);
  }
  return first_failure;
}

std::size_t RecordWireBytes(const v1::OutboxRecord& record) {
  std::size_t bytes = record.key().size() + record.value().size() + kRecordFramingBytes;
  bytes += HeaderWireBytes(kIdHeader, record.id());
  for (const auto& header : record.headers()) bytes += HeaderWireBytes(header.name(), header.value());
  return bytes;
}

}  // namespace relance::kafka
