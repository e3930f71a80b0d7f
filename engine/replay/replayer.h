// Replays an event log file into the store: decode -> core -> one commit per
// batch of events holding the states, their history, the timer index, the
// partition records and the input cursor. Resumable: a second run on the
// same database continues after the last committed record, whether the first
// one finished, stopped or was killed. With several writer threads a commit
// is written in parts, one per writer, each atomic and carrying the cursor
// of its partitions: a part that a crash kept is not applied twice.
//
// The log is read by codec::LogReader, whose rules a publish follows too: a
// record that does not decode, or is above kEventBytesMax, is rejected
// MALFORMED and the replay goes on; a broken frame (a damaged length prefix, a
// cut file) ends the run with Corruption naming its byte offset and record
// index, after committing every record before it: a rerun on the same log
// fails the same way, a rerun on the repaired log resumes after them.
//
// Events are routed to partitions as a murmur2 Kafka producer would
// (hash.h), so a replay and a Kafka run of one log build the same state.
// DayClosed and PolicyPublished without a debtor key apply to every partition.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>

#include "engine/codec/event_codec.h"
#include "engine/core/status.h"
#include "engine/replay/projection_sink.h"
#include "engine/store/store.h"
#include "relance/v1/outcomes.pb.h"

namespace relance::replay {

struct ReplayOptions {
  std::string input;
  codec::Format format = codec::Format::kBinary;
  // Events per commit, at most. Default: 1,000,000 (the dirty bound below
  // usually commits first).
  std::size_t batch_events = 1'000'000;
  // About the bytes of a commit, at most: a commit happens once the dirty
  // states, their new history and the read side's rows reach it (the
  // batches are a large share of the peak RSS; each commit rewrites every
  // state it changed, so fewer, larger commits write less). 0: no bound.
  // Default: 256 MiB.
  std::size_t batch_bytes = std::size_t{256} << 20;
  // Partitions of a new database (0: the database's, 64 for a new one).
  std::uint32_t partitions = 0;
  // Stop (after committing) once this many new records were read; 0: no limit.
  std::uint64_t stop_after = 0;
  // Debt and debtor states kept in memory. A commit happens when half of
  // them are dirty (a dirty state cannot be evicted), so memory is bounded
  // by this number, not by the portfolio (about 2 KiB per state, plus
  // RocksDB's memtables and block cache). Default: 400,000.
  std::size_t cache_entries = 400'000;
  // A progress line on stderr about twice a second.
  bool progress = false;
  // Writer threads, each owning the partitions p with p % threads == its
  // index, its share of the state cache and its read-side rows; the digest
  // does not depend on it. 0: the machine's cores. Default: 0.
  std::size_t threads = 0;
  // Rejections printed to stderr, at most. Default: 20.
  std::size_t rejections_logged_max = 20;
  // The read side kept in the same batches (projections::ProjectorFactory()).
  // Default: none.
  ProjectionSinkFactory projection_sink_factory;
  // Tests: asked before each writer thread's part of a commit is written
  // (Writers::WriteParts); an error leaves that part unwritten, as a crash
  // would, and ends the replay with it.
  std::function<Status(std::size_t writer)> write_gate;
};

inline constexpr int kRejectionReasonCount = v1::RejectionReason_ARRAYSIZE;

struct ReplayStats {
  std::uint64_t records = 0;  // Read from the input, this run.
  std::uint64_t skipped = 0;  // Already applied by an earlier run.
  std::uint64_t applied = 0;
  std::uint64_t rejected = 0;
  std::array<std::uint64_t, kRejectionReasonCount> rejected_by_reason{};
  std::uint64_t transitions = 0;
  std::uint64_t day_visits = 0;  // Debts looked at by DayClosed (timer index hits).
  std::uint64_t actions = 0;     // Dunning actions the DayClosed reviews produced.
  std::uint64_t batches = 0;
  std::uint64_t threads = 0;  // Writer threads used.
  std::uint64_t cache_hits = 0;
  std::uint64_t cache_misses = 0;
  bool stopped_early = false;
  // Stopped at a broken frame of the log (Replay's error says where); the
  // records before it were applied and committed.
  bool input_broken = false;
  double seconds = 0;
};

// Applies the log in options.input to `store`.
Status Replay(store::Store* store, const ReplayOptions& options, ReplayStats* stats);

}  // namespace relance::replay
