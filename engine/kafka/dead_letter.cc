#include "engine/kafka/dead_letter.h"

#include <fmt/format.h>

#include <cassert>

#include "engine/core/limits.h"
#include "engine/kafka/produce_limits.h"
#include "engine/kafka/topics.h"
#include "engine/store/sha256.h"

namespace relance::kafka {
namespace {

static_assert(kDeadLetterDetailBytesMax >= kCutMarkerBytesMax && kDeadLetterContentTypeBytesMax >= kCutMarkerBytesMax,
              "BoundedText needs room for its marker");

constexpr char kTrue[] = "true";

// The longest prefix of `text` of at most bytes_max bytes that does not end
// inside a UTF-8 sequence (a header or log line that is valid UTF-8 stays so).
std::string_view Utf8Prefix(std::string_view text, std::size_t bytes_max) {
  if (text.size() <= bytes_max) return text;
  std::size_t end = bytes_max;
  // A continuation byte (10xxxxxx) at the cut belongs to the character before it.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

void AddHeader(v1::OutboxRecord* record, std::string_view name, std::string value) {
  auto* header = record->add_headers();
  header->set_name(std::string(name));
  header->set_value(std::move(value));
}

}  // namespace

std::string BoundedText(std::string_view text, std::size_t bytes_max) {
  assert(bytes_max >= kCutMarkerBytesMax);
  if (text.size() <= bytes_max) return std::string(text);
  const std::string marker = fmt::format(" [cut: {} bytes]", text.size());
  std::string out(Utf8Prefix(text, bytes_max - marker.size()));
  out += marker;
  return out;
}

v1::OutboxRecord MakeDeadLetter(const DeadLetterSource& source, v1::RejectionReason reason, std::string_view detail,
                                std::size_t record_bytes_max) {
  v1::OutboxRecord record;
  record.set_topic(kRejectedTopic);
  record.set_id(fmt::format("{}/{}/{}/rejected", source.topic, source.partition, source.offset));
  AddHeader(&record, kReasonHeader, v1::RejectionReason_Name(reason));
  AddHeader(&record, kDetailHeader, BoundedText(detail, kDeadLetterDetailBytesMax));
  AddHeader(&record, kSourceTopicHeader, std::string(source.topic));
  AddHeader(&record, kSourcePartitionHeader, std::to_string(source.partition));
  AddHeader(&record, kSourceOffsetHeader, std::to_string(source.offset));
  if (!source.content_type.empty()) {
    AddHeader(&record, kContentTypeHeader, BoundedText(source.content_type, kDeadLetterContentTypeBytesMax));
  }
  AddHeader(&record, kOriginalSizeHeader, std::to_string(source.value.size()));
  AddHeader(&record, kOriginalSha256Header, store::Sha256Hex(source.value));
  bool key_cut = false;
  if (source.key) {
    // The key keeps the dead letter in the original's partition (same hash),
    // unless it had to be cut.
    key_cut = source.key->size() > kDeadLetterKeyBytesMax;
    record.set_key(std::string(source.key->substr(0, kDeadLetterKeyBytesMax)));
    if (key_cut) {
      AddHeader(&record, kOriginalKeySizeHeader, std::to_string(source.key->size()));
      AddHeader(&record, kOriginalKeySha256Header, store::Sha256Hex(*source.key));
    }
  }
  // The value takes what the key and headers leave, the truncation flag
  // counted whether it is needed or not.
  const std::size_t framing = RecordWireBytes(record) + HeaderWireBytes(kTruncatedHeader, kTrue);
  const std::size_t room = record_bytes_max > framing ? record_bytes_max - framing : 0;
  const bool value_cut = source.value.size() > room;
  record.set_value(std::string(source.value.substr(0, room)));
  if (value_cut || key_cut) AddHeader(&record, kTruncatedHeader, kTrue);
  return record;
}

}  // namespace relance::kafka
