// The history family: each debt's applied events, its audit trail.
//
// Key p|debt_id|0x00|first_seq (keys.h). A value is a chunk of one or more
// consecutive entries of that debt, each as a varint length then a
// v1::HistoryEntry: the event's canonical binary encoding (field 1), then the
// balance changes the core made to this debt with it (field 2, in order);
// the entries of a chunk have sequence numbers first_seq, first_seq + 1, ...
// Chunks are what one commit appended, so their boundaries depend on
// batching: readers (and the digest) see the logical entries (seq, entry),
// which do not.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "engine/core/ledger.h"
#include "relance/v1/outcomes.pb.h"

namespace relance::store {

// What AppendHistoryEntry reuses from call to call (no allocation per entry).
struct HistoryScratch {
  v1::BalanceChange change;
  v1::Decision decision;
  std::string changes;
};

// Appends one entry: the event (its canonical bytes), the balance changes
// and the decisions of the debt at `debt_index` in outcome.touched_debts.
void AppendHistoryEntry(std::string* chunk, std::string_view event_bytes, const core::Outcome& outcome,
                        std::uint32_t debt_index, HistoryScratch* scratch);
// Parses an entry's bytes (what ForEachHistoryRecord hands out).
bool ParseHistoryEntry(std::string_view bytes, v1::HistoryEntry* entry);

// Calls fn(seq, entry_bytes) for each record of a chunk; false if malformed.
bool ForEachHistoryRecord(std::string_view chunk, std::uint64_t first_seq,
                          const std::function<void(std::uint64_t, std::string_view)>& fn);

// The first sequence number of a history key.
std::uint64_t HistoryKeySeq(std::string_view key);

}  // namespace relance::store
