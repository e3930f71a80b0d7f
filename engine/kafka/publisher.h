// Puts input facts on a Kafka topic the way the engine expects to read them
// (DESIGN §2): an idempotent producer, partitioned by murmur2 of the debtor
// key exactly as PartitionForKey (hash.h) and the file replay route them, with
// a content-type header on every record. Used by `relance publish` (a log
// file) and `relance tick` (a DayClosed on every partition).
//
// Ordering: records are produced in log order; the idempotent producer keeps
// that order within each partition through retries. Events without a debtor
// key that concern every partition (DayClosed, PolicyPublished) are copied to
// every partition explicitly, so each partition sees them in log order
// relative to its own events.
//
// Delivery is at least once: a publish that fails half-way may have
// delivered a prefix of the log. Publishing the log again is safe, because
// the engine rejects an event id it has already applied as a duplicate.
//
// Thread safety: a Publisher belongs to one thread; the free functions are
// reentrant.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "engine/codec/event_codec.h"
#include "engine/core/civil_date.h"
#include "engine/core/status.h"
#include "engine/kafka/kafka_config.h"

namespace relance::kafka {

struct PublishStats {
  std::uint64_t records = 0;               // Log records read (a DayClosed counts once).
  std::uint64_t undecodable = 0;           // Records sent as they were, keyless, to partition 0.
  std::uint64_t oversize = 0;              // Records above kEventBytesMax: not sent (a broker refuses them).
  std::uint64_t first_oversize_index = 0;  // Index in the log of the first one.
  std::uint64_t messages = 0;              // Messages acknowledged by the cluster.
  std::uint64_t bytes = 0;                 // Value bytes acknowledged.
  std::uint32_t partitions = 0;            // Partitions of the topic.
  double seconds = 0;                      // From connecting to the last acknowledgement.
};

// Producer properties set before the user's (KafkaSettings) ones.
inline constexpr int kPublishLingerMs = 5;
inline constexpr int kPublishQueueMessagesMax = 1'000'000;
// How long the first metadata request may take before the cluster counts as
// unreachable.
inline constexpr int kMetadataTimeoutMs = 10'000;

// One idempotent producer bound to one topic.
class Publisher {
 public:
  // Partition argument of Send: let murmur2 of the key choose.
  static constexpr std::int32_t kPartitionByKey = -1;

  // Connects, and reads the topic's partition count from the cluster.
  // NotFound if the topic does not exist (it is never auto-created);
  // InvalidArgument for settings librdkafka refuses or a partitioner other
  // than murmur2_random; IoError (retryable) if the cluster is unreachable.
  static Status Open(const KafkaSettings& settings, const std::string& topic, std::unique_ptr<Publisher>* out);
  ~Publisher();
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  std::int32_t partition_count() const;
  const std::string& topic() const;

  // Queues one message, waiting while the local queue is full. An empty key
  // is sent as no key. REQUIRES: partition is kPartitionByKey with a
  // non-empty key, or in [0, partition_count()).
  // Fails after a delivery error or a fatal producer error.
  Status Send(std::int32_t partition, std::string_view key, std::string_view value, const char* content_type);

  // Waits for every delivery report; an error if any message was not
  // delivered. Adds messages, bytes, partitions and seconds to *stats.
  Status Flush(PublishStats* stats);

 private:
  struct State;
  explicit Publisher(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Publishes every record of a log file in log order (see the header comment
// for routing). Binary records are sent as application/x-protobuf, JSON lines
// as application/json; with send_as_json, binary input is re-encoded as
// protobuf-JSON. Records that cannot be decoded are published anyway,
// keyless to partition 0, so that the engine dead-letters them. The reading
// rules are LogReader's, the file replay's: an oversize record (above
// kEventBytesMax), which a replay rejects MALFORMED, is not sent since a
// broker would refuse it; it is named on stderr, counted in stats->oversize,
// the rest is published and then InvalidArgument says how many were left
// out. A broken frame publishes what precedes it, then returns Corruption
// naming its byte offset and record index.
// With `progress`, prints a line on stderr every second and at the end.
Status PublishLog(const KafkaSettings& settings, const std::string& topic, const std::string& input_path,
                  codec::Format format, bool send_as_json, PublishStats* stats, bool progress);

// The DayClosed event of `day`, as the generator and a file replay know it:
// event_id "day-YYYY-MM-DD", event time 23:59:59 UTC that day.
v1::Event DayClosedEvent(Day day);

// Publishes DayClosedEvent(day) (binary) once on every partition of `topic`:
// the same event id everywhere, since the engine keeps idempotency per
// partition. Publishing the same day twice is harmless (a duplicate).
Status PublishDayClosed(const KafkaSettings& settings, const std::string& topic, Day day, PublishStats* stats);

// Keyless events that concern every partition: DayClosed, PolicyPublished
// and CalendarPublished. PublishLog copies them to every partition.
bool IsEveryPartitionEvent(const v1::Event& event);

// Publishes one such event (binary) once on every partition of `topic`, as
// PublishDayClosed does; a second publication is rejected by the engine as a
// duplicate of its event id. REQUIRES: IsEveryPartitionEvent(event).
Status PublishToEveryPartition(const KafkaSettings& settings, const std::string& topic, const v1::Event& event,
                               PublishStats* stats);

}  // namespace relance::kafka
