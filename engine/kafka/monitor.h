// A window onto a running engine for other threads of its process: the
// embedded query API reads counters, lag and readiness from it, and learns
// when the engine's store opens and is about to close.
//
// The engine thread publishes a copy of its counters after every commit and
// every lag update (a few times a second at most when busy); readers take a
// copy under the same mutex. Nothing here decides anything for the engine:
// it only describes.
//
// Thread safety: Publish*, StoreOpened and StoreClosing are called by the
// engine thread; Snapshot by any thread. The hooks run on the engine thread.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/kafka/runtime.h"

namespace relance::store {
class Store;
}

namespace relance::kafka {

// A partition is "caught up" when its lag is at most this many messages.
inline constexpr std::int64_t kReadyLagMessagesMax = 1'000;

struct PartitionLag {
  std::int32_t partition = 0;
  // Messages between the next offset to read and the high watermark; -1 while
  // the watermark is unknown (no fetch answered yet).
  std::int64_t lag = -1;
  // The partition's last closed business day in the engine's state; kNoDay
  // before its first DayClosed or while the store is not open.
  Day business_date = kNoDay;
};

struct EngineSnapshot {
  EngineStats stats;
  std::vector<PartitionLag> lag;       // Assigned partitions, in partition order.
  std::uint64_t outbox_in_flight = 0;  // Produced, not yet acknowledged.
  std::uint64_t outbox_pending = 0;    // Written in RocksDB, not yet produced.
  std::uint64_t outbox_parked = 0;     // In the parked range of RocksDB now, all runs (outbox.h).
  bool store_open = false;
  bool running = false;  // Between Start and the end of Shutdown.
  // Partitions assigned and every one known and within kReadyLagMessagesMax.
  bool caught_up = false;
  // Why the engine cannot keep up whatever its lag says (health.h): no
  // broker up, a partition without a leader or stalled. Empty when healthy.
  std::string unhealthy;
  int brokers_up = -1;  // At the client's last statistics; -1: none yet.
  std::vector<std::int32_t> stalled_partitions;
};

class EngineMonitor {
 public:
  // Called once the store is open, before any event is applied; and just
  // before it closes (after the last commit). Both optional.
  std::function<void(store::Store*)> on_store_open;
  std::function<void()> on_store_closing;

  void Publish(const EngineSnapshot& snapshot) {
    std::lock_guard<std::mutex> lock(mutex_);
    snapshot_ = snapshot;
  }
  EngineSnapshot Snapshot() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return snapshot_;
  }

 private:
  mutable std::mutex mutex_;
  EngineSnapshot snapshot_;
};

}  // namespace relance::kafka
