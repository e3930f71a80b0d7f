#include "engine/kafka/outbox.h"

#include <fmt/format.h>
#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdlib>
#include <set>

#include "engine/kafka/log.h"
#include "engine/kafka/produce_limits.h"
#include "engine/kafka/topics.h"
#include "engine/store/keys.h"

namespace relance::kafka {
namespace {

// While librdkafka's queue is full, wait this long for deliveries to drain it.
constexpr int kQueueFullWaitMs = 10;

const char* ErrorName(RdKafka::ErrorCode err) { return rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(err)); }

}  // namespace

bool IsPermanentProduceError(RdKafka::ErrorCode err) {
  switch (err) {
    // Heavier than the producer's message.max.bytes (at produce()) or than
    // the topic's max.message.bytes (the broker's answer).
    case RdKafka::ERR_MSG_SIZE_TOO_LARGE:
    // Heavier than the broker's whole request or segment allows.
    case RdKafka::ERR_RECORD_LIST_TOO_LARGE:
    // The broker's record validation: a compacted topic without a key, ...
    case RdKafka::ERR_INVALID_RECORD:
    // CORRUPT_MESSAGE: what older brokers answer for the same cases;
    // librdkafka gives up on it at once.
    case RdKafka::ERR_INVALID_MSG:
    // The timestamp is out of the topic's accepted range.
    case RdKafka::ERR_INVALID_TIMESTAMP:
    // A message format too old for headers.
    case RdKafka::ERR_UNSUPPORTED_FOR_MESSAGE_FORMAT:
    // This client may not write the topic, or the topic cannot be written
    // (an internal one, a bad name), or it does not exist (the engine never
    // creates topics): each concerns the record's topic, and a re-drive
    // after the operator's fix delivers the record.
    case RdKafka::ERR_TOPIC_AUTHORIZATION_FAILED:
    case RdKafka::ERR_TOPIC_EXCEPTION:
    case RdKafka::ERR__UNKNOWN_TOPIC:
    case RdKafka::ERR__UNKNOWN_PARTITION:
      return true;
    default:
      // Timeouts (ERR__MSG_TIMED_OUT), transport failures and the fatal
      // errors of the idempotent producer say nothing against the record.
      return false;
  }
}

Status OutboxRelay::Open() {
  std::string value;
  bool found = false;
  if (Status s = store_->Get(store::Family::kMeta, store::kOutboxSequenceKey, &value, &found); !s.ok()) return s;
  if (found) next_seq_ = store::DecodeBig64(value);
  auto it = store_->NewIterator(store::Family::kOutbox);
  parked_records_ = 0;
  for (it->Seek(std::string(1, store::kParkedPrefix)); it->Valid(); it->Next()) ++parked_records_;
  if (Status s = store::FromRocks(it->status()); !s.ok()) return s;
  if (parked_records_ > 0) {
    Log(LogLevel::kWarn, "outbox records parked by earlier runs wait for an operator", "count={}", parked_records_);
  }
  return Status::Ok();
}

void OutboxRelay::Add(v1::OutboxRecord record) {
  // 2^56 records: at a million a second, two thousand years.
  if (next_seq_ > store::kOutboxSequenceMax) std::abort();
  new_.emplace_back(next_seq_++, std::move(record));
}

void DeleteOutboxRecords(std::vector<std::uint64_t>* seqs, rocksdb::ColumnFamilyHandle* outbox,
                         rocksdb::WriteBatch* batch) {
  std::sort(seqs->begin(), seqs->end());
  seqs->erase(std::unique(seqs->begin(), seqs->end()), seqs->end());
  for (std::size_t first = 0; first < seqs->size();) {
    std::size_t last = first;
    while (last + 1 < seqs->size() && (*seqs)[last + 1] == (*seqs)[last] + 1) ++last;
    if (last == first) {
      batch->Delete(outbox, store::OutboxKey((*seqs)[first]));
    } else {
      batch->DeleteRange(outbox, store::OutboxKey((*seqs)[first]), store::OutboxKey((*seqs)[last] + 1));
    }
    first = last + 1;
  }
}

Status OutboxRelay::WriteTo(rocksdb::WriteBatch* batch) {
  rocksdb::ColumnFamilyHandle* outbox = store_->handle(store::Family::kOutbox);
  std::string value;
  for (const auto& [seq, record] : new_) {
    record.SerializeToString(&value);
    batch->Put(outbox, store::OutboxKey(seq), value);
  }
  DeleteOutboxRecords(&delivered_, outbox, batch);
  delivered_.clear();
  for (Refused& refused : refused_) {
    v1::ParkedRecord parked;
    if (refused.record) {
      *parked.mutable_record() = std::move(*refused.record);
    } else {
      // Refused in a delivery report: the record is in the outbox, committed
      // before it was produced, unless a second copy of it (produced again
      // after a failed relay) was acknowledged and deleted first.
      bool found = false;
      if (Status s = store_->Get(store::Family::kOutbox, store::OutboxKey(refused.seq), &value, &found); !s.ok()) {
        return s;
      }
      if (!found || !parked.mutable_record()->ParseFromString(value)) {
        Log(LogLevel::kWarn, "refused outbox record not in the outbox: nothing to park", "outbox_seq={} found={}",
            refused.seq, found);
        continue;
      }
    }
    parked.set_outbox_seq(refused.seq);
    parked.set_error_code(static_cast<std::int32_t>(refused.err));
    parked.set_error(std::move(refused.error));
    parked.SerializeToString(&value);
    batch->Put(outbox, store::ParkedKey(refused.seq), value);
    batch->Delete(outbox, store::OutboxKey(refused.seq));
    parking_.push_back(std::move(parked));
  }
  refused_.clear();
  batch->Put(store_->handle(store::Family::kMeta), store::kOutboxSequenceKey, store::EncodeBig64(next_seq_));
  return Status::Ok();
}

void OutboxRelay::Committed() {
  for (const v1::ParkedRecord& parked : parking_) {
    const v1::OutboxRecord& record = parked.record();
    Log(LogLevel::kError, "outbox record parked: the brokers refused it for good",
        "outbox_seq={} id=\"{}\" topic={} bytes={} error={} detail=\"{}\"", parked.outbox_seq(), Quoted(record.id()),
        record.topic(), RecordWireBytes(record), ErrorName(static_cast<RdKafka::ErrorCode>(parked.error_code())),
        Quoted(parked.error()));
    ++stats_->outbox_parked;
    ++parked_records_;
  }
  parking_.clear();
}

Status OutboxRelay::Relay() {
  for (auto& [seq, record] : new_) {
    RdKafka::Headers* headers = RdKafka::Headers::create();
    headers->add(kIdHeader, record.id());
    for (const auto& h : record.headers()) headers->add(h.name(), h.value().data(), h.value().size());
    RdKafka::ErrorCode err;
    for (;;) {
      err = producer_->produce(record.topic(), RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                               const_cast<char*>(record.value().data()), record.value().size(), record.key().data(),
                               record.key().size(), 0, headers,
                               reinterpret_cast<void*>(static_cast<std::uintptr_t>(seq)));
      if (err != RdKafka::ERR__QUEUE_FULL) break;
      producer_->poll(kQueueFullWaitMs);  // Let deliveries drain the queue.
    }
    if (err == RdKafka::ERR_NO_ERROR) {  // librdkafka owns the headers now.
      ++in_flight_;
      ++stats_->outbox_produced;
      continue;
    }
    delete headers;
    if (!IsPermanentProduceError(err)) {
      return Status::IoError("produce to " + record.topic() + ": " + RdKafka::err2str(err), true);
    }
    refused_.push_back({seq, err, RdKafka::err2str(err), std::move(record)});
  }
  new_.clear();
  producer_->poll(0);
  if (failed_) return Status::IoError("outbox delivery failed: " + failure_, true);
  return Status::Ok();
}

Status OutboxRelay::Recover(std::uint64_t* recovered) {
  // Parked records sort after every record to produce: the bound keeps them out.
  const rocksdb::Slice limit(store::kOutboxLimit.data(), store::kOutboxLimit.size());
  auto it = store_->NewIterator(store::Family::kOutbox, nullptr, &limit);
  *recovered = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    v1::OutboxRecord record;
    const std::uint64_t seq = store::DecodeBig64(std::string_view(it->key().data(), it->key().size()));
    if (!record.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      // One damaged record must not keep the engine from starting: it stays
      // where it is, for an operator.
      Log(LogLevel::kError, "outbox record does not parse: left in the outbox", "outbox_seq={}", seq);
      continue;
    }
    new_.emplace_back(seq, std::move(record));
    ++*recovered;
  }
  return store::FromRocks(it->status());
}

void OutboxRelay::OnDelivery(const RdKafka::Message& message) {
  --in_flight_;
  const auto seq = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(message.msg_opaque()));
  if (message.err() == RdKafka::ERR_NO_ERROR) {
    ++stats_->outbox_delivered;
    delivered_.push_back(seq);
  } else if (IsPermanentProduceError(message.err())) {
    refused_.push_back({seq, message.err(), message.errstr(), std::nullopt});
  } else {
    // librdkafka retried already: this run stops, the record stays in the
    // outbox and is produced again at the next start.
    failed_ = true;
    failure_ = message.errstr();
  }
}

Status ListParked(const store::Store& store, std::size_t limit, std::vector<v1::ParkedRecord>* parked) {
  auto it = store.NewIterator(store::Family::kOutbox);
  for (it->Seek(std::string(1, store::kParkedPrefix)); it->Valid(); it->Next()) {
    if (limit != 0 && parked->size() == limit) break;
    v1::ParkedRecord record;
    if (!record.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption(fmt::format("parked record {} does not parse",
                                            store::ParkedSeq(std::string_view(it->key().data(), it->key().size()))));
    }
    parked->push_back(std::move(record));
  }
  return store::FromRocks(it->status());
}

Status RedriveParked(store::Store* store, const std::vector<std::uint64_t>& seqs, std::uint64_t* moved) {
  const std::set<std::uint64_t> wanted(seqs.begin(), seqs.end());
  rocksdb::ColumnFamilyHandle* outbox = store->handle(store::Family::kOutbox);
  rocksdb::WriteBatch batch;
  *moved = 0;
  auto it = store->NewIterator(store::Family::kOutbox);
  for (it->Seek(std::string(1, store::kParkedPrefix)); it->Valid(); it->Next()) {
    const std::uint64_t seq = store::ParkedSeq(std::string_view(it->key().data(), it->key().size()));
    if (!wanted.empty() && !wanted.contains(seq)) continue;
    v1::ParkedRecord parked;
    if (!parked.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption(fmt::format("parked record {} does not parse", seq));
    }
    batch.Put(outbox, store::OutboxKey(seq), parked.record().SerializeAsString());
    batch.Delete(outbox, it->key());
    ++*moved;
  }
  if (Status s = store::FromRocks(it->status()); !s.ok()) return s;
  if (*moved < wanted.size()) {
    return Status::NotFound(
        fmt::format("{} of the {} sequence numbers given are not parked", wanted.size() - *moved, wanted.size()));
  }
  return *moved == 0 ? Status::Ok() : store->Write(&batch);
}

}  // namespace relance::kafka
