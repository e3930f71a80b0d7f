// Rebuilds the `projection` family from history alone: each debt's applied
// events (the `history` family) folded in order with the same functions the
// live Projector uses, then each debtor's risk from its DebtorState, and the
// ageing blocks and index summed from the new debt rows (ageing_cells.h). The
// result equals the live projection byte for byte (a test proves it).
//
// One partition at a time: its rows are dropped (DeleteRange per row kind)
// and rewritten in bounded batches. Rerunnable: a rebuild cut short is
// finished by running it again.
//
// Thread safety: the caller must be the only writer of the store.
#pragma once

#include <cstdint>

#include "engine/core/status.h"
#include "engine/store/store.h"

namespace relance::projections {

struct RebuildStats {
  std::uint32_t partitions = 0;
  std::uint64_t debts = 0;
  std::uint64_t history_events = 0;
  std::uint64_t debtors = 0;
  std::uint64_t mismatches = 0;  // Debts whose folded balance disagrees with their state.
};

Status RebuildProjections(store::Store* store, RebuildStats* stats);
Status RebuildPartition(store::Store* store, std::uint32_t partition, RebuildStats* stats);

}  // namespace relance::projections
