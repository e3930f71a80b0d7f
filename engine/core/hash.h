// Stable, platform-independent hashes. These values are persisted (idempotency
// sets) and decide partitions, so they must never change.
#pragma once

#include <cstdint>
#include <string_view>

namespace relance {

// FNV-1a, 64 bits: the idempotency fingerprint of an event id.
std::uint64_t Fnv1a64(std::string_view bytes);

// Kafka's murmur2 (the Java client's default partitioner, librdkafka's
// "murmur2_random" for non-empty keys).
std::uint32_t KafkaMurmur2(std::string_view key);

// The partition of a debtor key, identical to what a murmur2 producer chooses.
std::uint32_t PartitionForKey(std::string_view key, std::uint32_t partitions);

}  // namespace relance
