// Dead letters on relance.rejected (DESIGN §2): the original record's key
// and bytes, with why it was refused and where it came from in headers, made
// to fit the topic.
//
// Any size may arrive on relance.events (a broker accepts what its own limit
// allows, which need not be the engine's), but a dead letter heavier than
// what the producer or the topic accepts can never be delivered: before the
// bound below, a ~1 MB record of random bytes made the engine fail at every
// commit and stopped everything behind it. So the value is cut to what the
// limits leave once the key and headers are counted (produce_limits.h), the
// key and the free-text detail to fixed bounds (limits.h), and headers keep
// the original's size and SHA-256. The original stays readable where it is,
// at relance.source.topic/partition/offset.
//
// Headers of every dead letter: relance.reason, relance.detail,
// relance.source.topic, relance.source.partition, relance.source.offset,
// content-type (when the original had one), relance.original.size and
// relance.original.sha256 (of the original value); when the value or the
// key was cut: relance.truncated=true, and when the key was cut,
// relance.original.key.size and relance.original.key.sha256.
//
// Thread safety: plain functions of their arguments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "relance/v1/outcomes.pb.h"

namespace relance::kafka {

// The record a dead letter stands for.
struct DeadLetterSource {
  std::string_view topic;
  std::int32_t partition = 0;
  std::int64_t offset = 0;
  std::optional<std::string_view> key;  // None: the record had no key.
  std::string_view value;
  std::string_view content_type;  // Empty: no content-type header.
};

// The dead letter of `source`, for relance.rejected. It weighs at most
// record_bytes_max (RecordWireBytes) unless its key and headers alone weigh
// more (a limit under a few KiB): then its value is empty, and the relay
// parks it if the producer refuses it still.
v1::OutboxRecord MakeDeadLetter(const DeadLetterSource& source, v1::RejectionReason reason, std::string_view detail,
                                std::size_t record_bytes_max);

// `text` when it has at most bytes_max bytes; otherwise its beginning, cut
// on a UTF-8 character boundary, and " [cut: N bytes]" with its length, all
// within bytes_max. For values that go into headers and log lines.
// REQUIRES: bytes_max >= kCutMarkerBytesMax.
std::string BoundedText(std::string_view text, std::size_t bytes_max);
// The longest marker BoundedText appends.
inline constexpr std::size_t kCutMarkerBytesMax = 40;

}  // namespace relance::kafka
