#include "engine/kafka/mock_cluster.h"

#include <fmt/format.h>

#include "engine/core/limits.h"
#include "engine/kafka/topics.h"

namespace relance::kafka {
namespace {

// Ignored by librdkafka 2.0.2's mock (replicas are min(3, brokers)); 1 says
// what we mean and stays right where a later mock honours it.
constexpr int kMockReplicationFactor = 1;
constexpr std::size_t kErrorTextBytes = 512;
// The anchor handle has no bootstrap.servers by design; its notice about it
// (level 5) is noise, warnings and errors still show.
constexpr char kAnchorLogLevel[] = "4";

}  // namespace

Status MockCluster::Start(int brokers, std::unique_ptr<MockCluster>* out) {
  if (brokers < 1 || brokers > kMockBrokersMax) {
    return Status::InvalidArgument(fmt::format("mock cluster brokers must be 1..{}, not {}", kMockBrokersMax, brokers));
  }
  char error[kErrorTextBytes] = {};
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "log_level", kAnchorLogLevel, error, sizeof(error)) != RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(conf);
    return Status::InvalidArgument(std::string("mock cluster handle: ") + error);
  }
  // rd_kafka_new takes ownership of conf on success only.
  rd_kafka_t* handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof(error));
  if (handle == nullptr) {
    rd_kafka_conf_destroy(conf);
    return Status::IoError(std::string("mock cluster handle: ") + error);
  }
  rd_kafka_mock_cluster_t* cluster = rd_kafka_mock_cluster_new(handle, brokers);
  if (cluster == nullptr) {
    rd_kafka_destroy(handle);
    return Status::IoError(fmt::format("cannot start a mock Kafka cluster of {} brokers (listeners?)", brokers));
  }
  out->reset(new MockCluster(handle, cluster, brokers));
  return Status::Ok();
}

MockCluster::~MockCluster() {
  // The cluster first: it is attached to the handle.
  rd_kafka_mock_cluster_destroy(cluster_);
  rd_kafka_destroy(handle_);
}

std::string MockCluster::bootstraps() const { return rd_kafka_mock_cluster_bootstraps(cluster_); }

Status MockCluster::CreateTopic(const std::string& name, int partitions) {
  if (name.empty()) return Status::InvalidArgument("topic name is empty");
  if (partitions < 1 || static_cast<std::uint32_t>(partitions) > kPartitionsMax) {
    return Status::InvalidArgument(
        fmt::format("topic {}: partitions must be 1..{}, not {}", name, kPartitionsMax, partitions));
  }
  const rd_kafka_resp_err_t err =
      rd_kafka_mock_topic_create(cluster_, name.c_str(), partitions, kMockReplicationFactor);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Status::InvalidArgument(fmt::format("creating topic {}: {}", name, rd_kafka_err2str(err)));
  }
  return Status::Ok();
}

Status MockCluster::CreateRelanceTopics(int partitions) {
  for (const char* topic : kRelanceTopics) {
    if (Status status = CreateTopic(topic, partitions); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace relance::kafka
