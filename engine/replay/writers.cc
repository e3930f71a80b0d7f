#include "engine/replay/writers.h"

#include <algorithm>
#include <utility>

#include "engine/replay/applier.h"
#include "engine/replay/worker_pool.h"
#include "engine/store/write_batches.h"

namespace relance::replay {

// A transition or action of the window, tagged with its record and partition.
template <typename Message>
struct Collected {
  std::size_t record = 0;
  std::uint32_t partition = 0;
  Message message;
};

// One writer: its partitions' Applier, read side and batch part.
struct Writer {
  Writer(store::Store* store, std::size_t cache_entries) : applier(store, cache_entries) {}
  Applier applier;
  std::unique_ptr<ProjectionSink> projection_sink;
  std::vector<RecordOutcome> outcomes;  // Per record of the current window.
  std::vector<const v1::Event*> prefetch;
  // The record and partition being applied, for the output sinks.
  std::size_t current_record = 0;
  std::uint32_t current_partition = 0;
  std::vector<Collected<v1::Transition>> transitions;
  std::vector<Collected<v1::Action>> actions;
  std::size_t next_transition = 0;  // Read positions of TakeOutputs.
  std::size_t next_action = 0;
  rocksdb::WriteBatch batch;  // This writer's part of a commit.
  Status status;
};

Writers::Writers(store::Store* store) : store_(store) {}
// Each writer frees its states and rows on its own thread: millions of
// small blocks, a few percent of a replay when freed one after the other.
Writers::~Writers() {
  if (pool_ != nullptr && writers_.size() > 1) pool_->Run([&](std::size_t index) { writers_[index].reset(); });
}

std::size_t Writers::threads() const { return writers_.size(); }

Status Writers::Open(const WritersOptions& options) {
  // A database keeps the partition count it was created with.
  std::uint32_t partitions = 0;
  if (Status s = store_->UsePartitions(options.partitions, &partitions); !s.ok()) return s;
  const std::size_t threads = WriterThreads(options.threads, partitions);
  // The state cache is shared out: memory stays bounded by cache_entries.
  const std::size_t cache_per_writer = std::max<std::size_t>(options.cache_entries / threads, 1);
  collect_outputs_ = options.collect_outputs;
  for (std::size_t w = 0; w < threads; ++w) {
    auto writer = std::make_unique<Writer>(store_, cache_per_writer);
    if (Status s = writer->applier.Open(partitions); !s.ok()) return s;
    if (options.projection_sink_factory) {
      writer->projection_sink = options.projection_sink_factory(store_);
      writer->applier.set_projection_sink(writer->projection_sink.get());
    }
    if (collect_outputs_) {
      Writer* self = writer.get();
      writer->applier.set_transition_sink([self](const v1::Transition& t) {
        self->transitions.push_back({self->current_record, self->current_partition, t});
      });
      writer->applier.set_action_sink([self](std::uint32_t partition, const v1::Action& action) {
        self->actions.push_back({self->current_record, partition, action});
      });
    }
    writers_.push_back(std::move(writer));
  }
  partitions_ = partitions;
  pool_ = std::make_unique<WorkerPool>(writers_.size());
  return Status::Ok();
}

Status Writers::ApplyOn(std::size_t index, const std::vector<WindowRecord>& window) {
  Writer& writer = *writers_[index];
  const auto workers = static_cast<std::uint32_t>(writers_.size());
  writer.transitions.clear();
  writer.actions.clear();
  writer.next_transition = 0;
  writer.next_action = 0;
  // Read every state the window names on this writer's partitions in one
  // MultiGet per family.
  writer.prefetch.clear();
  for (const WindowRecord& record : window) {
    if (record.event != nullptr && record.last_partition == record.first_partition + 1 &&
        record.first_partition % workers == index) {
      writer.prefetch.push_back(record.event);
    }
  }
  if (Status s = writer.applier.Prefetch(writer.prefetch); !s.ok()) return s;
  writer.outcomes.assign(window.size(), RecordOutcome());
  for (std::size_t i = 0; i < window.size(); ++i) {
    const WindowRecord& record = window[i];
    if (record.event == nullptr) continue;
    RecordOutcome& outcome = writer.outcomes[i];
    writer.current_record = i;
    // This writer's partitions in the record's range, in partition order.
    const std::uint32_t skip =
        (static_cast<std::uint32_t>(index) + workers - record.first_partition % workers) % workers;
    for (std::uint32_t p = record.first_partition + skip; p < record.last_partition; p += workers) {
      if (record.applied_before != nullptr && (*record.applied_before)[p]) continue;
      writer.current_partition = p;
      bool accepted = false;
      if (Status s = writer.applier.Apply(p, *record.event, record.history_bytes, &accepted, &outcome.rejection);
          !s.ok()) {
        return s;
      }
      if (accepted) {
        outcome.accepted = true;
      } else {
        outcome.rejected_partition = p;
      }
    }
  }
  return Status::Ok();
}

void Writers::ForEachShared(std::size_t count, const std::function<void(std::size_t)>& item) {
  const std::size_t threads = writers_.size();
  auto share = [&](std::size_t thread) {
    for (std::size_t i = thread; i < count; i += threads) item(i);
  };
  if (threads == 1) return share(0);
  pool_->Run(share);
}

Status Writers::ApplyWindow(const std::vector<WindowRecord>& window) {
  if (writers_.size() == 1) return ApplyOn(0, window);
  pool_->Run([&](std::size_t index) { writers_[index]->status = ApplyOn(index, window); });
  return FirstFailure();
}

// The lowest writer's failure, so that the message does not depend on which
// thread finished first.
Status Writers::FirstFailure() const {
  for (const auto& writer : writers_) {
    if (!writer->status.ok()) return writer->status;
  }
  return Status::Ok();
}

RecordOutcome Writers::Outcome(std::size_t i) const {
  if (writers_.size() == 1) return writers_[0]->outcomes[i];
  RecordOutcome merged;
  const RecordOutcome* refused = nullptr;
  for (const auto& writer : writers_) {
    const RecordOutcome& outcome = writer->outcomes[i];
    merged.accepted = merged.accepted || outcome.accepted;
    if (outcome.rejected_partition >= 0 &&
        (refused == nullptr || outcome.rejected_partition > refused->rejected_partition)) {
      refused = &outcome;
    }
  }
  if (refused != nullptr) {
    merged.rejected_partition = refused->rejected_partition;
    merged.rejection = refused->rejection;
  }
  return merged;
}

void Writers::TakeOutputs(std::size_t i, RecordOutputs* outputs) {
  outputs->transitions.clear();
  outputs->actions.clear();
  if (!collect_outputs_) return;
  std::vector<std::pair<std::uint32_t, v1::Transition>> transitions;
  std::size_t contributors = 0;
  for (const auto& writer : writers_) {
    const std::size_t transitions_before = transitions.size();
    const std::size_t actions_before = outputs->actions.size();
    for (; writer->next_transition < writer->transitions.size() &&
           writer->transitions[writer->next_transition].record == i;
         ++writer->next_transition) {
      auto& collected = writer->transitions[writer->next_transition];
      transitions.emplace_back(collected.partition, std::move(collected.message));
    }
    for (; writer->next_action < writer->actions.size() && writer->actions[writer->next_action].record == i;
         ++writer->next_action) {
      auto& collected = writer->actions[writer->next_action];
      outputs->actions.emplace_back(collected.partition, std::move(collected.message));
    }
    if (transitions.size() != transitions_before || outputs->actions.size() != actions_before) ++contributors;
  }
  // A record applied on several writers' partitions: back in partition order
  // (each writer's share is in partition order already).
  if (contributors > 1) {
    const auto by_partition = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::stable_sort(transitions.begin(), transitions.end(), by_partition);
    std::stable_sort(outputs->actions.begin(), outputs->actions.end(), by_partition);
  }
  outputs->transitions.reserve(transitions.size());
  for (auto& [partition, transition] : transitions) outputs->transitions.push_back(std::move(transition));
}

Status Writers::FlushTo(rocksdb::WriteBatch* batch, const store::MetaRecords& meta_tail) {
  // A batch is sized once from an estimate: grown Put after Put, its buffer
  // was copied again at each doubling, and the copies and the page faults of
  // the new buffers were a tenth of a bulk replay.
  if (writers_.size() == 1) {
    // One writer writes the batch in key order, the cursor in its place: no
    // copy (merged with the cursor and sorted, the copy was 7% of a replay).
    if (batch->Count() == 0) *batch = rocksdb::WriteBatch(writers_[0]->applier.FlushBytesEstimate());
    return writers_[0]->applier.FlushTo(batch, meta_tail);
  }
  // Each writer serialises its partitions into its own part, in key order
  // and in parallel; the parts are joined into one atomic write, a few
  // sorted runs that the memtable takes as fast as one sorted batch
  // (store/write_batches.h). Merged into one run, they cost a pass over
  // every record on the caller's thread while the other writers waited
  // (0.19 s of its 3.5 s in a two-thread replay of 302k events).
  pool_->Run([&](std::size_t index) { FlushPart(index, {}); });
  if (Status s = FirstFailure(); !s.ok()) return s;
  std::vector<const rocksdb::WriteBatch*> parts;
  for (const auto& writer : writers_) parts.push_back(&writer->batch);
  rocksdb::WriteBatch tail;
  for (const auto& [key, value] : meta_tail) tail.Put(store_->handle(store::Family::kMeta), key, value);
  if (tail.Count() > 0) parts.push_back(&tail);
  *batch = store::JoinBatches(parts);
  // The parts are copied: give their memory back before the write (a batch
  // is a sizeable share of a replay's peak RSS).
  for (const auto& writer : writers_) writer->batch = rocksdb::WriteBatch();
  return Status::Ok();
}

Status Writers::WriteParts(const PartitionRecords& partition_records,
                           const std::function<Status(std::size_t)>& write_gate) {
  const auto workers = static_cast<std::uint32_t>(writers_.size());
  pool_->Run([&](std::size_t index) {
    store::MetaRecords records;
    for (auto p = static_cast<std::uint32_t>(index); p < partitions_; p += workers) partition_records(p, &records);
    FlushPart(index, records);
  });
  if (Status s = FirstFailure(); !s.ok()) {
    for (const auto& writer : writers_) writer->batch = rocksdb::WriteBatch();
    return s;
  }
  pool_->Run([&](std::size_t index) {
    Writer& writer = *writers_[index];
    writer.status = write_gate ? write_gate(index) : Status::Ok();
    if (writer.status.ok()) writer.status = store_->Write(&writer.batch);
    writer.batch = rocksdb::WriteBatch();  // Its memory back at once.
  });
  return FirstFailure();
}

// A batch sized once from the estimate, then this writer's part in it.
void Writers::FlushPart(std::size_t index, const store::MetaRecords& records) {
  Writer& writer = *writers_[index];
  writer.batch = rocksdb::WriteBatch(writer.applier.FlushBytesEstimate());
  writer.status = writer.applier.FlushTo(&writer.batch, records);
}

void Writers::Committed() {
  for (const auto& writer : writers_) writer->applier.Committed();
}

std::size_t Writers::DirtyCount() const {
  std::size_t dirty = 0;
  for (const auto& writer : writers_) dirty += writer->applier.dirty_count();
  return dirty;
}

std::size_t Writers::PendingBytes() const {
  std::size_t bytes = 0;
  for (const auto& writer : writers_) bytes += writer->applier.pending_bytes();
  return bytes;
}

Day Writers::business_date(std::uint32_t partition) const {
  // Partition p belongs to writer p % threads: only its Applier saw the
  // partition's DayClosed events.
  return writers_[partition % writers_.size()]->applier.business_date(partition);
}

std::uint64_t Writers::transitions() const {
  std::uint64_t n = 0;
  for (const auto& writer : writers_) n += writer->applier.transitions();
  return n;
}

std::uint64_t Writers::actions() const {
  std::uint64_t n = 0;
  for (const auto& writer : writers_) n += writer->applier.actions();
  return n;
}

std::uint64_t Writers::day_visits() const {
  std::uint64_t n = 0;
  for (const auto& writer : writers_) n += writer->applier.day_visits();
  return n;
}

std::uint64_t Writers::cache_hits() const {
  std::uint64_t n = 0;
  for (const auto& writer : writers_) n += writer->applier.cache_hits();
  return n;
}

std::uint64_t Writers::cache_misses() const {
  std::uint64_t n = 0;
  for (const auto& writer : writers_) n += writer->applier.cache_misses();
  return n;
}

}  // namespace relance::replay
