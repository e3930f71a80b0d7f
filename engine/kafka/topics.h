// The Kafka contract of Relance (DESIGN §2): topic names and the record
// headers the engine reads and writes. Producers and consumers outside this
// repository (kcat, Kafka Connect, other services) rely on these strings, so
// they never change.
#pragma once

#include <array>

namespace relance::kafka {

// Input facts, keyed by debtor key (DayClosed and PolicyPublished: no key,
// one copy per partition).
inline constexpr char kEventsTopic[] = "relance.events";
// What is due now (reminders, formal notices, hand-overs), keyed by debtor key.
inline constexpr char kActionsTopic[] = "relance.actions";
// Per-debt state changes for outside read models, keyed by debtor key.
inline constexpr char kTransitionsTopic[] = "relance.transitions";
// Dead letters: the original bytes and key, with the reason in headers.
inline constexpr char kRejectedTopic[] = "relance.rejected";

// Every topic the engine uses, in the order above.
inline constexpr std::array<const char*, 4> kRelanceTopics = {kEventsTopic, kActionsTopic, kTransitionsTopic,
                                                              kRejectedTopic};

// How the value is encoded. Absent means binary protobuf.
inline constexpr char kContentTypeHeader[] = "content-type";
inline constexpr char kContentTypeProtobuf[] = "application/x-protobuf";
inline constexpr char kContentTypeJson[] = "application/json";

// Dead-letter headers on relance.rejected: why the record was refused
// (a RejectionReason name or a decoding failure), a human-readable detail,
// and where the original record came from.
inline constexpr char kReasonHeader[] = "relance.reason";
inline constexpr char kDetailHeader[] = "relance.detail";
inline constexpr char kSourceTopicHeader[] = "relance.source.topic";
inline constexpr char kSourcePartitionHeader[] = "relance.source.partition";
inline constexpr char kSourceOffsetHeader[] = "relance.source.offset";
// A dead letter is cut to fit relance.rejected (dead_letter.h): the size and
// SHA-256 (hex) of the original value, on every dead letter; "true" when the
// value or the key was cut; the size and SHA-256 of the original key, when
// it was cut.
inline constexpr char kOriginalSizeHeader[] = "relance.original.size";
inline constexpr char kOriginalSha256Header[] = "relance.original.sha256";
inline constexpr char kTruncatedHeader[] = "relance.truncated";
inline constexpr char kOriginalKeySizeHeader[] = "relance.original.key.size";
inline constexpr char kOriginalKeySha256Header[] = "relance.original.key.sha256";

// The stable id of every record the engine produces (outbox.h): a redelivery
// carries the same id, so consumers deduplicate.
inline constexpr char kIdHeader[] = "relance.id";

}  // namespace relance::kafka
