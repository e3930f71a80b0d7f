// What one record may weigh on its way to a topic. Two limits stand in the
// way, and a record over either can never be delivered, however often it is
// retried:
//   - the producer's message.max.bytes: librdkafka refuses a bigger record
//     at produce() (MSG_SIZE_TOO_LARGE);
//   - the topic's max.message.bytes: the broker refuses a bigger batch
//     (MESSAGE_TOO_LARGE), and with it every record of that batch.
// The engine reads both at start (the topic's with DescribeConfigs, which
// needs the DescribeConfigs ACL and a broker that knows the request: the
// mock cluster does not), bounds its dead letters by them (dead_letter.h) and
// keeps its producer's batches under the topics' limits.
//
// Thread safety: plain values; DescribeTopicLimits blocks its caller.
#pragma once

#include <librdkafka/rdkafka.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/status.h"
#include "relance/v1/outcomes.pb.h"

namespace RdKafka {
class Conf;
}  // namespace RdKafka

namespace relance::kafka {

// librdkafka's defaults of message.max.bytes and batch.size.
inline constexpr std::int64_t kProducerMessageBytesDefault = 1'000'000;
inline constexpr std::int64_t kProducerBatchBytesDefault = 1'000'000;
// A topic's max.message.bytes when DescribeConfigs cannot read it (no ACL,
// an old broker, the mock cluster): half of Kafka's default (1,048,588), and
// under the default of every managed Kafka we know of. A dead letter cut
// there loses nothing: the original stays at its source offset.
inline constexpr std::int64_t kTopicMessageBytesFallback = 512 * 1024;
// The framing of one record beside its key, value and headers: librdkafka
// counts at most 36 bytes of varints and attributes per record
// (RD_KAFKAP_MESSAGE_V2_MAX_OVERHEAD), a broker 61 more for the batch header
// of a record that travels alone. 128 leaves room.
inline constexpr std::size_t kRecordFramingBytes = 128;
// Each header's name and value length, as varints of at most 5 bytes.
inline constexpr std::size_t kHeaderFramingBytes = 2 * 5;
// How long the engine waits for DescribeConfigs at start.
inline constexpr int kDescribeConfigsTimeoutMs = 5'000;

struct ProduceLimits {
  // The producer's message.max.bytes. Default: librdkafka's.
  std::int64_t producer_message_bytes = kProducerMessageBytesDefault;
  // The producer's batch.size. Default: librdkafka's.
  std::int64_t producer_batch_bytes = kProducerBatchBytesDefault;
  // max.message.bytes of each topic asked about: what DescribeConfigs said,
  // or kTopicMessageBytesFallback.
  std::map<std::string, std::int64_t, std::less<>> topic_message_bytes;
  // The topics whose limit DescribeConfigs read; the others have the fallback.
  std::set<std::string, std::less<>> described;

  // The most one record may weigh (RecordWireBytes) on `topic`: the smaller
  // of the producer's and the topic's limits (the producer's alone for a
  // topic never asked about).
  std::size_t RecordBytesMax(std::string_view topic) const;
  // The batch.size that keeps every batch under the smallest limit
  // DescribeConfigs read (a broker refuses a whole batch over the topic's
  // limit, neighbours of the big record included); the producer's own when
  // it is small enough already, or when no limit was read.
  std::int64_t BatchBytesMax() const;
};

// Reads message.max.bytes and batch.size from a producer configuration
// (the defaults when unset). InvalidArgument if one is not a number.
Status ReadProducerLimits(const RdKafka::Conf& conf, ProduceLimits* limits);

// Sets every topic's limit to kTopicMessageBytesFallback, then asks the
// cluster through `handle` (any client: it only sends DescribeConfigs) for
// max.message.bytes of each. Returns the first failure, for the log: topics
// left with the fallback are still usable, so the caller goes on.
Status DescribeTopicLimits(rd_kafka_t* handle, const std::vector<std::string>& topics, int timeout_ms,
                           ProduceLimits* limits);

// The most bytes `record` can weigh against message.max.bytes or
// max.message.bytes once produced: key, value, every header with the
// relance.id one the outbox relay adds, and kRecordFramingBytes.
std::size_t RecordWireBytes(const v1::OutboxRecord& record);
// The weight one header adds to a record.
inline std::size_t HeaderWireBytes(std::string_view name, std::string_view value) {
  return name.size() + value.size() + kHeaderFramingBytes;
}

}  // namespace relance::kafka
