// What the Applier tells the read side, without depending on it: the engine
// calls a ProjectionSink (implemented in projections/) after each accepted
// event and each DayClosed visit that changed a debt, and asks it to add its
// rows to the same WriteBatch as the states, so projections are never stale
// within an instance and commit atomically with the state they describe.
//
// The states passed are the ones after the change; the pointers are valid
// during the call only. A sink may read the store (its own family) and
// returns an error Status when a read fails: the batch must not be committed.
//
// Thread safety: called on the Applier's thread only.
#pragma once

#include <rocksdb/write_batch.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/core/ledger.h"
#include "engine/core/status.h"
#include "engine/store/row_handle.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::store {
class Store;
}  // namespace relance::store

namespace relance::replay {

using store::RowHandle;

// A debt or a debtor of a partition, by id (valid during the call), and the
// handle on its row the engine keeps with its state (nullptr: none).
struct RowRef {
  std::uint32_t partition;
  std::string_view id;
  RowHandle* row = nullptr;
};

// The handles on the rows of the states a call is about: `debts` in the
// order of its touched_debts (empty: none), and the debtor's (nullptr:
// none). A sink sets a handle when it looks a row up by key, and finds the
// row through it afterwards; the engine keeps them with the states, so a
// handle lives no longer than its state in the engine's cache.
struct RowHandles {
  const std::vector<RowHandle*>* debts = nullptr;
  RowHandle* debtor = nullptr;
};

class ProjectionSink {
 public:
  virtual ~ProjectionSink() = default;

  // The debts and debtors the coming calls are likely to touch (a window of
  // events, a closed day's due debtors): a sink may read their rows ahead,
  // in key order, in one MultiGet, instead of one Get each when first
  // needed. Optional; changes no row.
  virtual Status Prefetch(const std::vector<RowRef>& /*debts*/, const std::vector<RowRef>& /*debtors*/) {
    return Status::Ok();
  }

  // After an accepted debt- or debtor-level event on `partition`.
  // touched_debts: the debts it changed (core::Outcome::touched_debts, in
  // that order); balance_changes: what the core did to their balances
  // (core::Outcome::balance_changes, whose `debt` indexes touched_debts);
  // debtor: the event's debtor (nullptr when the event names none).
  // rows: the handles on their rows (RowHandles).
  virtual Status OnEvent(std::uint32_t partition, const v1::Event& event,
                         const std::vector<const core::Debt*>& touched_debts,
                         const std::vector<core::BalanceChange>& balance_changes, const core::Debtor* debtor,
                         const RowHandles& rows) = 0;

  // After a DayClosed (`day_closed`) visited a debt and changed it.
  virtual Status OnDayVisit(std::uint32_t partition, const v1::Event& day_closed,
                            const std::vector<const core::Debt*>& touched_debts, const core::Debtor* debtor,
                            const RowHandles& rows) = 0;

  // Adds every row changed since the last call to `batch`.
  virtual void FlushTo(rocksdb::WriteBatch* batch) = 0;
  // About the bytes the next FlushTo adds (to size the batch once).
  virtual std::size_t FlushBytesEstimate() const = 0;
};

// Makes the sink of a writer of `store` (the file replay and the Kafka
// runtime open their store themselves). An empty factory: no projections.
using ProjectionSinkFactory = std::function<std::unique_ptr<ProjectionSink>(store::Store* store)>;

}  // namespace relance::replay
