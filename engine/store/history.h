// The history family: each debt's applied events, its audit trail.
//
// Key p|debt_id|0x00|first_seq (keys.h). A value is a chunk of one or more
// consecutive events of that debt, each as a varint length then the event's
// canonical binary encoding; the events of a chunk have sequence numbers
// first_seq, first_seq + 1, ... Chunks are what one commit appended, so their
// boundaries depend on batching: readers (and the digest) see the logical
// entries (seq, event), which do not.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace relance::store {

void AppendHistoryRecord(std::string* chunk, std::string_view event_bytes);

// Calls fn(seq, event_bytes) for each record of a chunk; false if malformed.
bool ForEachHistoryRecord(std::string_view chunk, std::uint64_t first_seq,
                          const std::function<void(std::uint64_t, std::string_view)>& fn);

// The first sequence number of a history key.
std::uint64_t HistoryKeySeq(std::string_view key);

}  // namespace relance::store
