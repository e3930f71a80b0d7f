// An in-process Kafka cluster for tests, demos and laptops (DESIGN §8):
// librdkafka's mock cluster, real Kafka protocol over loopback TCP, with
// consumer groups, the idempotent producer and fault injection. Clients reach
// it through bootstraps() exactly as they would reach a real cluster.
//
// Limits of the mock in librdkafka 2.0.2 (measured): it keeps only the newest
// ~5 MiB of each partition; an idle fetch is held for the whole
// fetch.wait.max.ms (keep that small, ~10 ms, in consumers of the mock); a
// resumed partition can wait up to a second before it fetches again; the
// replication factor given at topic creation is ignored (every partition gets
// min(3, brokers) replicas); any topic a client asks about is created on the
// spot with 4 partitions, whatever allow.auto.create.topics says (a misspelt
// topic does not fail); destroying the cluster takes about a second; its API
// is experimental.
//
// Thread safety: the cluster runs on its own librdkafka threads; the methods
// of one MockCluster must not be called concurrently.
#pragma once

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <memory>
#include <string>

#include "engine/core/status.h"

namespace relance::kafka {

// Brokers a mock cluster may have: each is a listener and a thread.
inline constexpr int kMockBrokersMax = 16;

class MockCluster {
 public:
  // Starts `brokers` brokers (ids 1..brokers) listening on loopback ports.
  // REQUIRES: out != nullptr.
  static Status Start(int brokers, std::unique_ptr<MockCluster>* out);
  ~MockCluster();
  MockCluster(const MockCluster&) = delete;
  MockCluster& operator=(const MockCluster&) = delete;

  // The bootstrap.servers list, "127.0.0.1:port,...".
  std::string bootstraps() const;
  int broker_count() const { return broker_count_; }

  // Creates a topic with 1..kPartitionsMax partitions. InvalidArgument for a
  // bad name or count (the mock itself accepts a topic without partitions);
  // an error naming the topic if it exists already.
  Status CreateTopic(const std::string& name, int partitions);
  // Creates the four relance.* topics (topics.h), each with `partitions`.
  Status CreateRelanceTopics(int partitions);

  // For fault injection with the rd_kafka_mock_* functions (request errors,
  // broker down/up, round-trip delays). Owned by this object.
  rd_kafka_mock_cluster_t* raw() { return cluster_; }

 private:
  MockCluster(rd_kafka_t* handle, rd_kafka_mock_cluster_t* cluster, int broker_count)
      : handle_(handle), cluster_(cluster), broker_count_(broker_count) {}
  // The client handle the mock cluster is attached to (librdkafka requires
  // one); it never connects anywhere itself.
  rd_kafka_t* handle_;
  rd_kafka_mock_cluster_t* cluster_;
  int broker_count_;
};

}  // namespace relance::kafka
