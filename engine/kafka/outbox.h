// The engine's outbox relay (DESIGN §3): records written in a commit's
// WriteBatch (transitions, actions, dead letters) are produced after that
// commit by the engine's idempotent producer, and deleted from the outbox
// family once acknowledged, in a later batch. Delivery is at least once,
// with stable ids (header relance.id).
//
// A record the producer or the brokers refuse for good (IsPermanentProduceError:
// too large, not authorised, invalid) is parked: moved out of the outbox
// into the parked range of the same family (store/keys.h) in the WriteBatch
// that deletes it from the outbox, logged at level=error and counted. It is
// never retried and never fatal: before parking, one such record stopped
// the engine at every commit, with everything behind it. Any other failure
// (a delivery timeout, a fatal producer error) fails the run as it always
// did; the record stays in the outbox and is produced again at the next
// start. An operator lists parked records and puts them back in the outbox
// (ListParked, RedriveParked: `relance outbox parked|redrive`).
//
// Thread safety: one thread, the engine's. Delivery reports arrive through
// the producer's poll(), on that thread.
#pragma once

#include <librdkafka/rdkafkacpp.h>
#include <rocksdb/write_batch.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/status.h"
#include "engine/kafka/runtime.h"
#include "engine/store/store.h"
#include "relance/v1/outcomes.pb.h"

namespace relance::kafka {

// Whether the producer (at produce()) or a broker (in a delivery report)
// refused a record for a reason that sending the same bytes again cannot
// change. librdkafka itself retries what is retriable and reports a message
// only once it gives up; of what it reports, these concern the record, or
// its topic, rather than the connection or the producer's state.
bool IsPermanentProduceError(RdKafka::ErrorCode err);

class OutboxRelay {
 public:
  // REQUIRES: store and stats outlive the relay.
  OutboxRelay(store::Store* store, EngineStats* stats) : store_(store), stats_(stats) {}

  // Reads the next sequence number and counts the parked records.
  Status Open();
  // The producer records go through. REQUIRES: set before Relay; outlives the relay.
  void set_producer(RdKafka::Producer* producer) { producer_ = producer; }

  // A record for the next commit, under the next sequence number.
  void Add(v1::OutboxRecord record);
  // Adds to `batch`: the new records, the deletion of acknowledged ones, the
  // move of refused ones into the parked range, the next sequence number.
  Status WriteTo(rocksdb::WriteBatch* batch);
  // The batch WriteTo filled is committed: logs and counts what it parked.
  void Committed();
  // Produces the records of the last commit. IoError when the producer
  // fails otherwise than by refusing a record for good (see the header).
  Status Relay();
  // Queues the records an earlier run wrote and never saw acknowledged;
  // parked ones stay where they are.
  Status Recover(std::uint64_t* recovered);
  // A delivery report (the producer's dr_cb).
  void OnDelivery(const RdKafka::Message& message);

  // Acknowledged or refused records wait for a commit to leave the outbox.
  bool HasSettled() const { return !delivered_.empty() || !refused_.empty(); }
  std::uint64_t in_flight() const { return in_flight_; }
  std::uint64_t pending() const { return new_.size(); }
  // Records in the parked range now (all runs).
  std::uint64_t parked_records() const { return parked_records_; }

 private:
  struct Refused {
    std::uint64_t seq = 0;
    RdKafka::ErrorCode err = RdKafka::ERR_NO_ERROR;
    std::string error;
    std::optional<v1::OutboxRecord> record;  // None: read back from the outbox.
  };

  store::Store* store_;
  EngineStats* stats_;
  RdKafka::Producer* producer_ = nullptr;
  std::uint64_t next_seq_ = 0;
  std::vector<std::pair<std::uint64_t, v1::OutboxRecord>> new_;  // Written, not yet produced.
  std::vector<std::uint64_t> delivered_;                         // Acknowledged, to delete.
  std::vector<Refused> refused_;                                 // Refused for good, to park.
  std::vector<v1::ParkedRecord> parking_;                        // In the batch being committed.
  std::uint64_t in_flight_ = 0;
  std::uint64_t parked_records_ = 0;
  bool failed_ = false;  // A delivery failed otherwise: the run stops.
  std::string failure_;
};

// What an operator sees of the parked records (`relance outbox parked`),
// in outbox order; at most `limit` of them (0: all).
Status ListParked(const store::Store& store, std::size_t limit, std::vector<v1::ParkedRecord>* parked);

// Moves parked records back into the outbox under their own sequence
// numbers, in one WriteBatch: the next `relance run` produces them again
// (at least once, same ids). `seqs` empty: every parked record.
// REQUIRES: no engine has the database open (RocksDB's lock sees to it).
Status RedriveParked(store::Store* store, const std::vector<std::uint64_t>& seqs, std::uint64_t* moved);

// Adds to `batch` the deletion of the outbox records numbered `seqs` (any
// order, repeats allowed; left sorted and unique): one range deletion per run
// of consecutive numbers instead of a tombstone per record (a tombstone per
// delivered record was a twentieth of `bench kafka`'s CPU, in memtable
// inserts). A run's range holds only its records: a parked record's key is
// outside the range of sequence numbers (store/keys.h).
void DeleteOutboxRecords(std::vector<std::uint64_t>* seqs, rocksdb::ColumnFamilyHandle* outbox,
                         rocksdb::WriteBatch* batch);

}  // namespace relance::kafka
