// The outbox family's two ranges (engine/kafka/outbox.h, store/keys.h):
// records to produce, and records the brokers refused for good, parked after
// them. The relay recovers only the first; an operator lists the parked ones
// and puts them back in the outbox under their own sequence numbers. What
// counts as refused for good.
#include "engine/kafka/outbox.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "engine/kafka/topics.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "tests/support/temp_dir.h"

namespace relance::kafka {
namespace {

v1::OutboxRecord Record(const std::string& id) {
  v1::OutboxRecord record;
  record.set_topic(kTransitionsTopic);
  record.set_id(id);
  record.set_key("DR-1");
  record.set_value("value of " + id);
  return record;
}

std::unique_ptr<store::Store> OpenStore(const testing::TempDir& dir) {
  std::unique_ptr<store::Store> store;
  const Status s = store::Store::Open(dir.Sub("db"), {}, &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

// Outbox records 0, 1, 2 and parked records 5 and 7, as the engine leaves them.
void Fill(store::Store* store) {
  rocksdb::WriteBatch batch;
  rocksdb::ColumnFamilyHandle* outbox = store->handle(store::Family::kOutbox);
  for (std::uint64_t seq : {0, 1, 2}) {
    batch.Put(outbox, store::OutboxKey(seq), Record("t" + std::to_string(seq)).SerializeAsString());
  }
  for (std::uint64_t seq : {5, 7}) {
    v1::ParkedRecord parked;
    *parked.mutable_record() = Record("t" + std::to_string(seq));
    parked.set_outbox_seq(seq);
    parked.set_error_code(RdKafka::ERR_MSG_SIZE_TOO_LARGE);
    parked.set_error("Broker: Message size too large");
    batch.Put(outbox, store::ParkedKey(seq), parked.SerializeAsString());
  }
  batch.Put(store->handle(store::Family::kMeta), store::kOutboxSequenceKey, store::EncodeBig64(8));
  REQUIRE(store->Write(&batch).ok());
}

std::vector<std::uint64_t> ParkedSeqs(const store::Store& store) {
  std::vector<v1::ParkedRecord> parked;
  REQUIRE(ListParked(store, 0, &parked).ok());
  std::vector<std::uint64_t> seqs;
  for (const auto& p : parked) seqs.push_back(p.outbox_seq());
  return seqs;
}

TEST_CASE("parked keys sort after every outbox key", "[kafka][outbox]") {
  CHECK(store::OutboxKey(store::kOutboxSequenceMax) < std::string(store::kOutboxLimit));
  CHECK(store::ParkedKey(0) >= std::string(store::kOutboxLimit));
  CHECK(store::OutboxKey(1) < store::OutboxKey(256));
  CHECK(store::ParkedKey(1) < store::ParkedKey(256));
  CHECK(store::ParkedSeq(store::ParkedKey(123'456'789)) == 123'456'789);
}

TEST_CASE("the relay recovers the records to produce and leaves the parked ones", "[kafka][outbox]") {
  testing::TempDir dir;
  auto store = OpenStore(dir);
  Fill(store.get());
  EngineStats stats;
  OutboxRelay relay(store.get(), &stats);
  REQUIRE(relay.Open().ok());
  CHECK(relay.parked_records() == 2);
  std::uint64_t recovered = 0;
  REQUIRE(relay.Recover(&recovered).ok());
  CHECK(recovered == 3);
  CHECK(relay.pending() == 3);

  // New records take the next sequence numbers, after the parked ones.
  relay.Add(Record("t8"));
  rocksdb::WriteBatch batch;
  REQUIRE(relay.WriteTo(&batch).ok());
  REQUIRE(store->Write(&batch).ok());
  std::string value;
  bool found = false;
  REQUIRE(store->Get(store::Family::kOutbox, store::OutboxKey(8), &value, &found).ok());
  CHECK(found);
  REQUIRE(store->Get(store::Family::kMeta, store::kOutboxSequenceKey, &value, &found).ok());
  CHECK(store::DecodeBig64(value) == 9);
}

TEST_CASE("a re-drive puts parked records back in the outbox under their own numbers", "[kafka][outbox]") {
  testing::TempDir dir;
  auto store = OpenStore(dir);
  Fill(store.get());
  CHECK(ParkedSeqs(*store) == std::vector<std::uint64_t>{5, 7});

  std::uint64_t moved = 0;
  const Status unknown = RedriveParked(store.get(), {7, 99}, &moved);
  CHECK(unknown.code() == Status::Code::kNotFound);
  CHECK(ParkedSeqs(*store) == std::vector<std::uint64_t>{5, 7});  // All or nothing.

  REQUIRE(RedriveParked(store.get(), {7}, &moved).ok());
  CHECK(moved == 1);
  CHECK(ParkedSeqs(*store) == std::vector<std::uint64_t>{5});
  std::string value;
  bool found = false;
  REQUIRE(store->Get(store::Family::kOutbox, store::OutboxKey(7), &value, &found).ok());
  REQUIRE(found);
  v1::OutboxRecord record;
  REQUIRE(record.ParseFromString(value));
  CHECK(record.id() == "t7");

  REQUIRE(RedriveParked(store.get(), {}, &moved).ok());
  CHECK(moved == 1);
  CHECK(ParkedSeqs(*store).empty());
  EngineStats stats;
  OutboxRelay relay(store.get(), &stats);
  REQUIRE(relay.Open().ok());
  CHECK(relay.parked_records() == 0);
  std::uint64_t recovered = 0;
  REQUIRE(relay.Recover(&recovered).ok());
  CHECK(recovered == 5);
}

TEST_CASE("permanent produce errors are the record's, not the connection's", "[kafka][outbox]") {
  for (const RdKafka::ErrorCode err :
       {RdKafka::ERR_MSG_SIZE_TOO_LARGE, RdKafka::ERR_RECORD_LIST_TOO_LARGE, RdKafka::ERR_INVALID_RECORD,
        RdKafka::ERR_TOPIC_AUTHORIZATION_FAILED, RdKafka::ERR__UNKNOWN_TOPIC}) {
    INFO(RdKafka::err2str(err));
    CHECK(IsPermanentProduceError(err));
  }
  for (const RdKafka::ErrorCode err :
       {RdKafka::ERR_NO_ERROR, RdKafka::ERR__MSG_TIMED_OUT, RdKafka::ERR__TRANSPORT, RdKafka::ERR__FATAL,
        RdKafka::ERR__QUEUE_FULL, RdKafka::ERR_NOT_ENOUGH_REPLICAS, RdKafka::ERR_OUT_OF_ORDER_SEQUENCE_NUMBER,
        RdKafka::ERR_CLUSTER_AUTHORIZATION_FAILED}) {
    INFO(RdKafka::err2str(err));
    CHECK_FALSE(IsPermanentProduceError(err));
  }
}

TEST_CASE("delivered outbox records are deleted by runs, and nothing else is", "[kafka][outbox]") {
  testing::TempDir dir;
  auto store = OpenStore(dir);
  Fill(store.get());  // 0, 1, 2 and parked 5, 7; now records 3 to 12 as well.
  rocksdb::ColumnFamilyHandle* outbox = store->handle(store::Family::kOutbox);
  rocksdb::WriteBatch more;
  for (std::uint64_t seq = 3; seq <= 12; ++seq) {
    more.Put(outbox, store::OutboxKey(seq), Record("t" + std::to_string(seq)).SerializeAsString());
  }
  REQUIRE(store->Write(&more).ok());

  // Acknowledged out of order, one twice: runs 1-4, 7, 9-11, and 0 and 6 kept.
  std::vector<std::uint64_t> delivered = {10, 2, 4, 1, 9, 3, 7, 11, 2};
  rocksdb::WriteBatch batch;
  DeleteOutboxRecords(&delivered, outbox, &batch);
  CHECK(delivered == std::vector<std::uint64_t>{1, 2, 3, 4, 7, 9, 10, 11});
  CHECK(batch.Count() == 3);  // Two ranges and one key.
  REQUIRE(store->Write(&batch).ok());

  std::vector<std::uint64_t> left;
  auto it = store->NewIterator(store::Family::kOutbox);
  for (it->Seek(store::OutboxKey(0)); it->Valid() && it->key().ToString() < std::string(store::kOutboxLimit);
       it->Next()) {
    v1::OutboxRecord record;
    REQUIRE(record.ParseFromString(it->value().ToString()));
    left.push_back(std::stoull(record.id().substr(1)));
  }
  REQUIRE(it->status().ok());
  CHECK(left == std::vector<std::uint64_t>{0, 5, 6, 8, 12});
  CHECK(ParkedSeqs(*store) == std::vector<std::uint64_t>{5, 7});

  std::vector<std::uint64_t> none;
  rocksdb::WriteBatch empty;
  DeleteOutboxRecords(&none, outbox, &empty);
  CHECK(empty.Count() == 0);
}

}  // namespace
}  // namespace relance::kafka
