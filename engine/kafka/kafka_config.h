// Client settings for every Kafka connection Relance opens (publish, tick,
// the engine's consumer and producers): the bootstrap list and librdkafka
// properties, from a properties file and `-X key=value` flags, in that order.
// Anything librdkafka accepts goes through unchanged, so SASL, SSL and tuning
// reach the client without Relance knowing about them.
//
// Thread safety: plain values and free functions; no shared state.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/status.h"

namespace RdKafka {
class Conf;
}  // namespace RdKafka

namespace relance::kafka {

struct KafkaSettings {
  // Comma-separated host:port list (`--brokers`). Empty: a bootstrap.servers
  // property must say where the cluster is. Default empty.
  std::string brokers;
  // librdkafka properties in the order given; a later one overrides an
  // earlier one with the same key. Default none.
  std::vector<std::pair<std::string, std::string>> properties;
};

// The longest properties file LoadConfigFile reads, in lines: a guard against
// being pointed at a log file by mistake.
inline constexpr int kConfigFileLinesMax = 10'000;

// Appends one `key=value` (the text of a `-X` flag). The value may contain
// '='; spaces around the key and the value are dropped. InvalidArgument on a
// missing '=' or an empty key.
Status ParseProperty(std::string_view key_equals_value, KafkaSettings* settings);

// Appends the properties of a Java-style file: one `key=value` per line,
// lines starting with '#' and blank lines ignored. IoError if the file cannot
// be read; InvalidArgument naming the file and line of the first bad line.
Status LoadConfigFile(const std::string& path, KafkaSettings* settings);

// Sets every property on `conf` in order, then bootstrap.servers from
// `brokers` when it is not empty (the explicit flag wins over a file).
// InvalidArgument naming the key and librdkafka's reason when a property is
// refused (values are not echoed: they may be secrets), or when no bootstrap
// list is given at all.
Status ApplyTo(const KafkaSettings& settings, RdKafka::Conf* conf);

// A client setting the engine's correctness rests on (offsets kept in its
// own database, cooperative rebalancing, idempotent and murmur2-partitioned
// output), with why.
struct PinnedSetting {
  std::string_view key;
  std::string_view value;
  std::string_view why;
};
inline constexpr PinnedSetting kEngineConsumerPins[] = {
    {"enable.auto.commit", "false", "the consumed offset is committed with the state, in the engine's database"},
    {"enable.auto.offset.store", "false", "the consumed offset is committed with the state, in the engine's database"},
    {"auto.offset.reset", "earliest", "a partition without state is rebuilt from the beginning of the log"},
    {"partition.assignment.strategy", "cooperative-sticky", "the engine's rebalance callback assigns incrementally"},
    {"group.id", "", "the group is set with --group"},
    {"group.instance.id", "", "the static member id is set with --instance-id"},
    {"statistics.interval.ms", "1000", "readiness reads the client's statistics (health.h)"},
};
inline constexpr PinnedSetting kEngineProducerPins[] = {
    {"enable.idempotence", "true", "outbox records are produced once, in order, per partition"},
    {"partitioner", "murmur2_random", "a debtor's output must land where its input did"},
};

// InvalidArgument naming the first setting of `settings` (from --config or
// -X) that changes a pinned one, and why it is pinned; a setting equal to
// the pinned value passes. An empty pinned value refuses the key whatever
// its value.
Status RefusePinned(const KafkaSettings& settings, const PinnedSetting* pins, std::size_t count);

}  // namespace relance::kafka
