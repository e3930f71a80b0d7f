// The engine service: one member of a consumer group on relance.events.
//
// Loop (DESIGN §3): poll a batch -> decode (binary, or protobuf-JSON when the
// content-type header says so) -> Applier (the pure core through the state
// cache) -> one RocksDB WriteBatch holding the states, their history, the
// timers, the partition records, the next offset of each partition and the
// outbox records (transitions, dead letters) -> commit -> relay the outbox
// with an idempotent producer, deleting each record once acknowledged
// (outbox.h: a record the brokers refuse for good is parked, not retried).
// Dead letters are cut to fit relance.rejected (dead_letter.h).
//
// Exactly-once effect: on assignment a partition resumes at the offset stored
// in RocksDB (or from its beginning when this instance has no state for it),
// never at the group's committed offset, which is committed for lag
// monitoring only. A crash at any point neither loses nor double-applies an
// event; outbox records may be produced twice, with the same id.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/status.h"
#include "engine/kafka/kafka_config.h"
#include "engine/kafka/topics.h"
#include "engine/replay/projection_sink.h"
#include "relance/v1/outcomes.pb.h"

namespace relance::kafka {

class EngineMonitor;  // monitor.h

struct EngineOptions {
  KafkaSettings kafka;
  std::string group = "relance";
  // Static group membership (Kafka's group.instance.id, KIP-345): an id
  // stable per instance (a StatefulSet pod's name, the host's name). A
  // member restarted with the same id, within the session timeout, is given
  // its partitions back without a rebalance, and a stopped one keeps them
  // until the timeout instead of handing them over at once. Empty: dynamic
  // membership. Default: empty.
  std::string instance_id;
  std::string topic = kEventsTopic;
  std::string db;
  // States kept in memory (see ReplayOptions). Default: 400,000.
  std::size_t cache_entries = 400'000;
  // Writer threads, each owning the partitions p with p % threads == its
  // index (replay/writers.h); the state does not depend on it. 0: the
  // machine's cores. Default: 0.
  std::size_t threads = 0;
  // Events per commit, at most. Default: 50,000.
  std::size_t batch_events_max = 50'000;
  // Bytes of message payload per commit, at most (about: the message that
  // reaches the bound ends the batch). The batch in hand is held in memory
  // until its commit, and an event may take up to 1 MiB: 50,000 of them
  // would be 50 GiB. 0: no bound. Default: 64 MiB.
  std::size_t batch_bytes_max = std::size_t{64} << 20;
  // How long a poll waits for the first message of a batch. Default: 100 ms.
  int poll_timeout_ms = 100;
  // How long a batch keeps gathering after its first message. Default: 200 ms.
  int batch_linger_ms = 200;
  // Stop once every assigned partition is read to its end, nothing arrived
  // for this long and the outbox is empty (demo, tests). 0: run until
  // stopped. Default: 0.
  int exit_when_idle_ms = 0;
  // fsync the WAL at each commit. Default: false (a killed process loses
  // nothing; a machine crash may lose the last commits, which are re-read).
  bool sync = false;
  // The read side kept in the same batches (projections::ProjectorFactory()).
  // Default: none.
  replay::ProjectionSinkFactory projection_sink_factory;
  // When set, the engine publishes its counters and lag there and calls its
  // store hooks (the embedded query API). Must outlive RunEngine. Default: none.
  EngineMonitor* monitor = nullptr;
  // Transitions and actions as protobuf-JSON (proto field names, one object
  // per record, content-type application/json) instead of binary protobuf:
  // what Kafka Connect's JsonConverter reads without a schema registry
  // (deploy/kafka-connect/). Dead letters keep the original bytes (cut to
  // fit the topic: dead_letter.h). Default: false.
  bool json_output = false;
  // Partitions whose gap the operator accepts: a partition stops when the
  // events after its stored offset were deleted from the topic (retention, a
  // truncation); on these partitions this run passes over the gap instead,
  // logging what is lost. Default: none.
  std::vector<std::int32_t> accept_gap_partitions;
};

inline constexpr int kRejectionReasonSlots = v1::RejectionReason_ARRAYSIZE;
// Upper bounds of the commit latency buckets, in microseconds (a histogram:
// bucket i counts commits of at most kCommitMicrosBounds[i] and more than the
// bound before; the last slot counts the slower ones).
inline constexpr std::array<std::uint64_t, 11> kCommitMicrosBounds = {
    1'000, 2'500, 5'000, 10'000, 25'000, 50'000, 100'000, 250'000, 500'000, 1'000'000, 2'500'000};

// Messages, applied, rejected and undecodable count what was committed: a
// batch whose commit failed is in uncommitted_messages only.
struct EngineStats {
  std::uint64_t messages = 0;
  std::uint64_t applied = 0;
  std::uint64_t rejected = 0;
  std::array<std::uint64_t, kRejectionReasonSlots> rejected_by_reason{};
  std::uint64_t undecodable = 0;           // Also counted as rejected MALFORMED.
  std::uint64_t uncommitted_messages = 0;  // Of the batch whose commit failed, ending the run.
  std::uint64_t transitions = 0;
  std::uint64_t batches = 0;
  // The largest batch gathered (--batch, --batch-mib): its messages, and its
  // bytes of message keys and payloads.
  std::uint64_t batch_messages_largest = 0;
  std::uint64_t batch_bytes_largest = 0;
  std::uint64_t commit_micros_total = 0;
  std::uint64_t commit_micros_max = 0;
  std::array<std::uint64_t, kCommitMicrosBounds.size() + 1> commit_micros_buckets{};
  std::uint64_t outbox_produced = 0;
  std::uint64_t outbox_delivered = 0;
  // Refused for good by the producer or a broker, moved to the parked range
  // (outbox.h) in this run.
  std::uint64_t outbox_parked = 0;
  std::uint64_t offset_gaps = 0;             // Messages missing between two offsets (log truncated).
  std::uint64_t rewound_skipped = 0;         // Messages skipped because RocksDB says they were applied.
  std::uint64_t partitions_stopped = 0;      // Times a partition stopped at a gap (see accept_gap_partitions).
  std::vector<std::int32_t> stopped_at_gap;  // Partitions still stopped at the end of the run.
  std::int64_t lag = 0;                      // Sum over assigned partitions at the last look (about every second).
  double seconds = 0;
  // From the first message consumed to the last commit: the time spent
  // working, without joining the group or waiting idle at the end.
  double active_seconds = 0;
};

// Runs until *stop becomes true (SIGTERM/SIGINT), or until idle when
// options.exit_when_idle_ms is set. Finishes the batch in hand, flushes the
// outbox, commits and leaves the group before returning.
Status RunEngine(const EngineOptions& options, const std::atomic<bool>& stop, EngineStats* stats);

std::string FormatEngineStats(const EngineStats& stats);

}  // namespace relance::kafka
