// Key layout of the RocksDB families (DESIGN §4). Every key starts with the
// partition as 2 big-endian bytes, so a partition's data is one contiguous
// range that can be dropped or rebuilt on its own. Ids never contain a NUL
// byte (core/validate.cc), which makes NUL a safe separator.
//
//   debt     p | debt_id                      -> v1.DebtState
//   debtor   p | debtor_key                   -> v1.DebtorState
//   history  p | debt_id | 0x00 | seq (BE64)  -> v1.Event (canonical binary)
//   timer    p | day+2^31 (BE32) | debt_id    -> empty
//   meta     'P' | p                          -> v1.PartitionMeta
//            'C' | source                     -> cursor (next offset of that input)
//            'N'                              -> partition count (BE32)
//            'O' | p                          -> next Kafka offset of partition p (BE64)
//            'S'                              -> next outbox sequence number (BE64)
//            'F' | p | debtor_key | 0x00 | 'e' | hash (BE64)
//            'F' | p | debtor_key | 0x00 | 'p' | payment_id
//                                             -> empty: an event id (its Fnv1a64) or a payment
//                                                id that left the debtor's idempotency windows
//                                                (core::ForgottenId), recognised for good. In
//                                                `meta` rather than a family of its own, so that
//                                                databases written before it still open read-only.
//            'J' | p | debt_id | 0x00 | n (BE32) -> v1.RejectedEntry: the n-th refused event that
//                                                named this existing debt (its decision trail)
//   outbox   seq (BE64)                       -> v1.OutboxRecord, deleted once delivered
//            0xFF | seq (BE64)                -> v1.ParkedRecord: refused for good by the
//                                                brokers, set aside (kafka/outbox.h)
//   action   day+2^31 (BE32) | p | action_id  -> v1.Action (every action produced, kept:
//                                                letters are rendered from it, and it is evidence)
//   projection  kind byte | p | ...           -> read-side aggregates (projections/)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/core/civil_date.h"

namespace relance::store {

void AppendPartition(std::string* key, std::uint32_t partition);
std::uint32_t PartitionOf(std::string_view key);

std::string EntityKey(std::uint32_t partition, std::string_view id);
// The id of an EntityKey (what follows its partition).
inline std::string_view EntityId(std::string_view key) { return key.substr(2); }
std::string HistoryKey(std::uint32_t partition, std::string_view debt_id, std::uint64_t seq);
std::string HistoryPrefix(std::uint32_t partition, std::string_view debt_id);
std::string TimerKey(std::uint32_t partition, Day day, std::string_view debt_id);
// First key after every timer of `partition` at or before `day`.
std::string TimerLimit(std::uint32_t partition, Day day);
std::string TimerPrefix(std::uint32_t partition);
// Debt id of a timer key.
std::string_view TimerDebtId(std::string_view key);
// The review day of a TimerKey.
Day TimerDay(std::string_view key);

std::string PartitionMetaKey(std::uint32_t partition);
// Forgotten ids: the meta keys a partition state's digest covers besides 'P'.
inline constexpr char kForgottenPrefix = 'F';
std::string ForgottenEventKey(std::uint32_t partition, std::string_view debtor_key, std::uint64_t event_hash);
std::string ForgottenPaymentKey(std::uint32_t partition, std::string_view debtor_key, std::string_view payment_id);
// Refused events of a debt's trail. Not in the digest: a refusal changes no
// state, and a log with bad records digests as the same log without them.
inline constexpr char kRejectedPrefix = 'J';
std::string RejectedPrefix(std::uint32_t partition, std::string_view debt_id);
std::string RejectedKey(std::uint32_t partition, std::string_view debt_id, std::uint32_t index);
std::string CursorKey(std::string_view source);
// How far `partition` got in `source` when a commit is written in parts
// (one per writer thread, with its partitions' cursors; the cursor of the
// whole is written after them): CursorKey(source), '@', the partition in 5
// digits.
std::string PartitionCursorKey(std::string_view source, std::uint32_t partition);
inline constexpr std::string_view kPartitionCountKey = "N";
// The layout of the stored records, written with the partition count (4
// bytes, big-endian). Absent: format 1. Format 2: a history entry is a
// v1::HistoryEntry (the event and the balance changes it made to its debt),
// where format 1 held the event alone, which the read side cannot fold
// without the core's changes: a database of another format is refused
// (Store::UsePartitions), and rebuilt by replaying its log.
inline constexpr std::string_view kStoreFormatKey = "V";
inline constexpr std::uint32_t kStoreFormat = 2;
std::string OffsetKey(std::uint32_t partition);
// A partition stopped at a gap in its Kafka log: "<first missing> <next>"
// (kafka/runtime.cc). An input record, like the offsets: not in the digest.
std::string GapKey(std::uint32_t partition);
inline constexpr std::string_view kOutboxSequenceKey = "S";
std::string OutboxKey(std::uint64_t seq);
// Parked records live in the outbox family, after every record to produce:
// no new column family, so that databases written before parking existed
// still open read-only (RocksDB refuses a read-only open that names a
// family the database lacks). Sequence numbers stay below 2^56, so a record
// to produce starts with 0x00 and a parked one with 0xFF.
inline constexpr std::uint64_t kOutboxSequenceMax = (std::uint64_t{1} << 56) - 1;
inline constexpr char kParkedPrefix = '\xff';
// The first key after every record to produce (an iterator's upper bound).
inline constexpr std::string_view kOutboxLimit = "\xff";
std::string ParkedKey(std::uint64_t seq);
// The outbox sequence number of a parked record's key.
std::uint64_t ParkedSeq(std::string_view key);
// Actions are keyed by day first, so the actions of one day (all partitions)
// are one contiguous range.
std::string ActionKey(Day day, std::uint32_t partition, std::string_view action_id);
std::string ActionDayPrefix(Day day);
std::string EncodeBig64(std::uint64_t v);
std::uint64_t DecodeBig64(std::string_view bytes);

}  // namespace relance::store
