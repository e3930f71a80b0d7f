#include "engine/kafka/runtime.h"

#include <fmt/format.h>
#include <google/protobuf/util/json_util.h>
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/limits.h"
#include "engine/kafka/dead_letter.h"
#include "engine/kafka/health.h"
#include "engine/kafka/log.h"
#include "engine/kafka/monitor.h"
#include "engine/kafka/outbox.h"
#include "engine/kafka/produce_limits.h"
#include "engine/replay/writers.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"

namespace relance::kafka {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kMetadataTimeoutMs = 10'000;
constexpr int kFlushTimeoutMs = 30'000;
constexpr int kWatermarkTimeoutMs = 2'000;
constexpr int kFetchWaitMaxMs = 10;  // The mock cluster holds an idle fetch this long.
constexpr auto kErrorLogInterval = std::chrono::seconds(5);
// How often the loop looks at the (cached) watermarks to keep the lag current.
constexpr auto kLagInterval = std::chrono::seconds(1);
// How long a stopping engine waits for its first assignment once the group
// answered its JoinGroup (CloseConsumer).
constexpr auto kFirstSyncWait = std::chrono::seconds(20);

std::uint64_t Micros(Clock::duration d) {
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(d).count());
}

// One consumed message, decoded.
struct Incoming {
  std::unique_ptr<RdKafka::Message> message;
  v1::Event event;
  std::string decode_error;
  std::string canonical;  // The binary encoding of a JSON message (what history keeps).
  // Set when the message is in another partition than its debtor's.
  std::string wrong_partition;
};

std::string ContentType(RdKafka::Message& m);

class Engine : public RdKafka::RebalanceCb, public RdKafka::DeliveryReportCb, public RdKafka::EventCb {
 public:
  Engine(const EngineOptions& options, const std::atomic<bool>& stop, EngineStats* stats)
      : options_(options), stop_(stop), stats_(stats) {}
  ~Engine() override;

  Status Start();
  Status Loop();
  Status Shutdown();
  void CloseConsumer();

  // RdKafka callbacks (called from consume()/poll() on this thread).
  void rebalance_cb(RdKafka::KafkaConsumer* consumer, RdKafka::ErrorCode err,
                    std::vector<RdKafka::TopicPartition*>& partitions) override;
  void dr_cb(RdKafka::Message& message) override;
  void event_cb(RdKafka::Event& event) override;

 private:
  Status OpenStore();
  Status ReadTopicPartitions(std::int32_t* partitions);
  Status MakeClients();
  Status ReadProduceLimits(RdKafka::Conf* producer_conf);
  Status GatherBatch();
  Status ProcessBatch();
  bool OnGap(std::int32_t partition, std::int64_t expected, std::int64_t got);
  void StayStoppedAtGap(std::int32_t partition);
  bool GapAccepted(std::int32_t partition) const;
  void StopAtGap(std::int32_t partition, std::int64_t expected, std::int64_t got);
  void AddOutputs(const RdKafka::Message& m);
  // Touches nothing but `in`: the writer threads decode a batch together.
  static void Decode(Incoming* in);
  void DeadLetter(const Incoming& in, v1::RejectionReason reason, const std::string& detail);
  void SetOutputValue(const google::protobuf::Message& message, v1::OutboxRecord* record) const;
  Status Commit();
  Status RelayRecovered();
  bool CaughtUp();
  void UpdateLag();
  void PublishToMonitor();
  void CommitGroupOffsets();
  std::int64_t StoredOffset(std::int32_t partition);

  const EngineOptions& options_;
  const std::atomic<bool>& stop_;
  EngineStats* stats_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<OutboxRelay> outbox_;
  std::unique_ptr<replay::Writers> writers_;
  std::vector<replay::WindowRecord> window_;  // The batch in hand, as the writers see it.
  replay::RecordOutputs outputs_;             // Of one record, reused.
  std::unique_ptr<RdKafka::KafkaConsumer> consumer_;
  std::unique_ptr<RdKafka::Producer> producer_;  // Destroyed before outbox_, which its reports reach.
  ProduceLimits produce_limits_;
  std::vector<Incoming> batch_;
  std::map<std::int32_t, std::int64_t> next_offsets_;  // Of the batch in hand, per partition.
  std::map<std::int32_t, std::int64_t> assigned_;      // Partition -> next offset to read.
  Clock::time_point last_message_ = Clock::now();
  Clock::time_point first_message_{};
  Clock::time_point last_commit_{};
  Clock::time_point last_error_log_{};
  Clock::time_point last_lag_{};
  Clock::time_point start_ = Clock::now();
  std::map<std::int32_t, std::int64_t> lag_;  // Per assigned partition, -1 unknown.
  HealthTracker health_;
  // Partitions stopped at a gap (OnGap): (first missing offset, next offset there).
  std::map<std::int32_t, std::pair<std::int64_t, std::int64_t>> stopped_;
  std::set<std::int32_t> gap_accepted_;              // This run, by the operator.
  std::map<std::int32_t, std::string> gap_records_;  // For the next commit; "" deletes.
  std::string unhealthy_;                            // Why the engine is not healthy (health.h), empty when it is.
  bool running_ = false;
  // The figures of the messages handled since the last commit, added to
  // stats_ once the commit that holds them succeeded.
  struct BatchCounts {
    std::uint64_t messages = 0, applied = 0, rejected = 0, undecodable = 0;
    std::array<std::uint64_t, kRejectionReasonSlots> rejected_by_reason{};
  };
  BatchCounts uncommitted_;
  bool client_debug_ = false;  // `-X debug=...`: the client library's log lines are wanted.
  bool synced_ = false;        // The rebalance callback ran at least once (CloseConsumer).
};

// Leaves the group and destroys the consumer, in an order librdkafka 2.0.2
// survives. Its cooperative-sticky assignor creates its state at the first
// SyncGroup answer and asserts that state when the consumer is destroyed
// (the process aborts, exit 134) if the group answered the JoinGroup but not
// yet the SyncGroup: a SIGTERM during a long rebalance did it (fixed in
// librdkafka 2.3.0). The member id is set by the JoinGroup answer, so with
// one and no rebalance callback yet, the engine serves the consumer until
// the first assignment comes (nothing it reads then is applied: the next run
// reads on from the database's offsets), bounded by kFirstSyncWait; past
// it, the consumer is left to the process's exit, never destroyed, and the
// group drops the member when its session times out.
void Engine::CloseConsumer() {
  if (!consumer_) return;
  if (!synced_ && !consumer_->memberid().empty()) {
    Log(LogLevel::kInfo, "waiting for the group's first assignment before leaving it");
    const auto deadline = Clock::now() + kFirstSyncWait;
    while (!synced_ && Clock::now() < deadline) {
      std::unique_ptr<RdKafka::Message> ignored(consumer_->consume(100));
    }
    if (!synced_) {
      Log(LogLevel::kWarn, "leaving the consumer group without closing the consumer",
          "reason=\"no assignment within {} s of the group's JoinGroup answer\"",
          std::chrono::duration_cast<std::chrono::seconds>(kFirstSyncWait).count());
      static_cast<void>(consumer_.release());
      return;
    }
  }
  consumer_->close();  // Leaves the group.
  consumer_.reset();
}

Engine::~Engine() {
  CloseConsumer();
  if (options_.monitor != nullptr && store_) {
    running_ = false;
    PublishToMonitor();
    // Readers in other threads let go of the store before it closes.
    if (options_.monitor->on_store_closing) options_.monitor->on_store_closing();
  }
}

Status Engine::OpenStore() {
  store::StoreOptions store_options;
  store_options.sync = options_.sync;
  if (Status s = store::Store::Open(options_.db, store_options, &store_); !s.ok()) return s;
  outbox_ = std::make_unique<OutboxRelay>(store_.get(), stats_);
  return outbox_->Open();
}

Status Engine::ReadTopicPartitions(std::int32_t* partitions) {
  std::string error;
  std::unique_ptr<RdKafka::Topic> topic(RdKafka::Topic::create(producer_.get(), options_.topic, nullptr, error));
  if (!topic) return Status::InvalidArgument("topic " + options_.topic + ": " + error);
  RdKafka::Metadata* raw = nullptr;
  const RdKafka::ErrorCode err = producer_->metadata(false, topic.get(), &raw, kMetadataTimeoutMs);
  std::unique_ptr<RdKafka::Metadata> metadata(raw);
  if (err != RdKafka::ERR_NO_ERROR) {
    return Status::IoError("metadata of " + options_.topic + ": " + RdKafka::err2str(err), true);
  }
  if (metadata->topics()->empty() || metadata->topics()->at(0)->err() != RdKafka::ERR_NO_ERROR) {
    return Status::NotFound("topic " + options_.topic + " does not exist");
  }
  *partitions = static_cast<std::int32_t>(metadata->topics()->at(0)->partitions()->size());
  return Status::Ok();
}

Status Engine::MakeClients() {
  std::string error;
  auto set = [&error](RdKafka::Conf* conf, const std::string& key, const std::string& value) -> Status {
    if (conf->set(key, value, error) != RdKafka::Conf::CONF_OK) return Status::InvalidArgument(key + ": " + error);
    return Status::Ok();
  };
  // Settings the engine's exactly-once effect rests on cannot be overridden.
  if (Status s = RefusePinned(options_.kafka, kEngineConsumerPins, std::size(kEngineConsumerPins)); !s.ok()) return s;
  if (Status s = RefusePinned(options_.kafka, kEngineProducerPins, std::size(kEngineProducerPins)); !s.ok()) return s;
  // The consumer first: it asks the cluster for the topics' limits, which
  // the producer's batches must respect.
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"group.id", options_.group},
                                                        {"enable.auto.commit", "false"},
                                                        {"enable.auto.offset.store", "false"},
                                                        {"auto.offset.reset", "earliest"},
                                                        {"partition.assignment.strategy", "cooperative-sticky"},
                                                        {"fetch.wait.max.ms", std::to_string(kFetchWaitMaxMs)},
                                                        {"statistics.interval.ms", std::to_string(kStatsIntervalMs)}}) {
    if (Status s = set(conf.get(), key, value); !s.ok()) return s;
  }
  if (!options_.instance_id.empty()) {
    if (Status s = set(conf.get(), "group.instance.id", options_.instance_id); !s.ok()) return s;
  }
  if (Status s = ApplyTo(options_.kafka, conf.get()); !s.ok()) return s;
  for (const auto& [key, value] : options_.kafka.properties)
    client_debug_ = key == "debug" ? !value.empty() : client_debug_;
  if (conf->set("rebalance_cb", static_cast<RdKafka::RebalanceCb*>(this), error) != RdKafka::Conf::CONF_OK ||
      conf->set("event_cb", static_cast<RdKafka::EventCb*>(this), error) != RdKafka::Conf::CONF_OK) {
    return Status::InvalidArgument(error);
  }
  consumer_.reset(RdKafka::KafkaConsumer::create(conf.get(), error));
  if (!consumer_) return Status::InvalidArgument("consumer: " + error);

  std::unique_ptr<RdKafka::Conf> producer_conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"enable.idempotence", "true"},
                                                        {"partitioner", "murmur2_random"},
                                                        {"linger.ms", "5"},
                                                        {"queue.buffering.max.messages", "1000000"}}) {
    if (Status s = set(producer_conf.get(), key, value); !s.ok()) return s;
  }
  if (Status s = ApplyTo(options_.kafka, producer_conf.get()); !s.ok()) return s;
  if (Status s = ReadProduceLimits(producer_conf.get()); !s.ok()) return s;
  if (producer_conf->set("dr_cb", static_cast<RdKafka::DeliveryReportCb*>(this), error) != RdKafka::Conf::CONF_OK ||
      producer_conf->set("event_cb", static_cast<RdKafka::EventCb*>(this), error) != RdKafka::Conf::CONF_OK) {
    return Status::InvalidArgument(error);
  }
  producer_.reset(RdKafka::Producer::create(producer_conf.get(), error));
  if (!producer_) return Status::InvalidArgument("producer: " + error);
  outbox_->set_producer(producer_.get());
  return Status::Ok();
}

// What one record may weigh on each output topic (produce_limits.h): the
// bound of the dead letters, and a batch.size under the topics' limits.
Status Engine::ReadProduceLimits(RdKafka::Conf* producer_conf) {
  if (Status s = ReadProducerLimits(*producer_conf, &produce_limits_); !s.ok()) return s;
  const std::vector<std::string> topics = {kTransitionsTopic, kActionsTopic, kRejectedTopic};
  if (Status s = DescribeTopicLimits(consumer_->c_ptr(), topics, kDescribeConfigsTimeoutMs, &produce_limits_);
      !s.ok()) {
    Log(LogLevel::kWarn, "topic limits not described: the fallback applies", "max_message_bytes={} error=\"{}\"",
        kTopicMessageBytesFallback, Quoted(s.ToString()));
  }
  if (const std::int64_t batch = produce_limits_.BatchBytesMax(); batch < produce_limits_.producer_batch_bytes) {
    // A broker refuses a whole batch over the topic's limit, with every
    // record in it: smaller batches keep one big record from taking its
    // neighbours down with it.
    Log(LogLevel::kWarn, "producer batch.size lowered under a topic's max.message.bytes", "from={} to={}",
        produce_limits_.producer_batch_bytes, batch);
    std::string error;
    if (producer_conf->set("batch.size", std::to_string(batch), error) != RdKafka::Conf::CONF_OK) {
      return Status::InvalidArgument("batch.size: " + error);
    }
    produce_limits_.producer_batch_bytes = batch;
  }
  for (const std::string& topic : topics) {
    Log(LogLevel::kInfo, "produce limits", "topic={} record_bytes_max={} topic_max_message_bytes={} described={}",
        topic, produce_limits_.RecordBytesMax(topic), produce_limits_.topic_message_bytes[topic],
        produce_limits_.described.contains(topic));
  }
  return Status::Ok();
}

Status Engine::Start() {
  if (Status s = OpenStore(); !s.ok()) return s;
  if (Status s = MakeClients(); !s.ok()) return s;
  std::int32_t partitions = 0;
  if (Status s = ReadTopicPartitions(&partitions); !s.ok()) return s;
  writers_ = std::make_unique<replay::Writers>(store_.get());
  replay::WritersOptions writers;
  // The database's partitions are the topic's: keys route the same way.
  writers.partitions = static_cast<std::uint32_t>(partitions);
  writers.threads = options_.threads;
  writers.cache_entries = options_.cache_entries;
  writers.collect_outputs = true;
  writers.projection_sink_factory = options_.projection_sink_factory;
  if (Status s = writers_->Open(writers); !s.ok()) return s;
  // After the partition count is settled: readers route keys with it.
  if (options_.monitor != nullptr && options_.monitor->on_store_open) options_.monitor->on_store_open(store_.get());
  if (Status s = RelayRecovered(); !s.ok()) return s;
  const RdKafka::ErrorCode err = consumer_->subscribe({options_.topic});
  if (err != RdKafka::ERR_NO_ERROR) return Status::IoError("subscribe: " + RdKafka::err2str(err), true);
  Log(LogLevel::kInfo, "engine started", "topic={} partitions={} group={} db={} threads={}", options_.topic, partitions,
      options_.group, options_.db, writers_->threads());
  running_ = true;
  PublishToMonitor();
  return Status::Ok();
}

std::int64_t Engine::StoredOffset(std::int32_t partition) {
  std::string value;
  bool found = false;
  if (!store_->Get(store::Family::kMeta, store::OffsetKey(static_cast<std::uint32_t>(partition)), &value, &found)
           .ok() ||
      !found) {
    return RdKafka::Topic::OFFSET_BEGINNING;
  }
  return static_cast<std::int64_t>(store::DecodeBig64(value));
}

void Engine::rebalance_cb(RdKafka::KafkaConsumer* consumer, RdKafka::ErrorCode err,
                          std::vector<RdKafka::TopicPartition*>& partitions) {
  synced_ = true;  // A SyncGroup was answered: the assignor's state exists (CloseConsumer).
  if (err == RdKafka::ERR__ASSIGN_PARTITIONS) {
    for (auto* tp : partitions) {
      const std::int64_t offset = StoredOffset(tp->partition());
      tp->set_offset(offset);
      assigned_[tp->partition()] = offset;
      lag_[tp->partition()] = -1;
      health_.OnProgress(tp->partition(), Clock::now());
      Log(LogLevel::kInfo, "partition assigned", "partition={} resume={}", tp->partition(),
          offset == RdKafka::Topic::OFFSET_BEGINNING ? std::string("beginning (rebuild)") : std::to_string(offset));
    }
    std::unique_ptr<RdKafka::Error> error(consumer->incremental_assign(partitions));
    if (error) Log(LogLevel::kError, "assign failed", "error=\"{}\"", Quoted(error->str()));
    for (auto* tp : partitions) StayStoppedAtGap(tp->partition());
    return;
  }
  // Revoked or lost: commit what was applied for them first.
  if (Status s = ProcessBatch(); !s.ok())
    Log(LogLevel::kError, "commit before revoke failed", "error=\"{}\"", Quoted(s.ToString()));
  for (auto* tp : partitions) {
    assigned_.erase(tp->partition());
    lag_.erase(tp->partition());
    health_.Forget(tp->partition());
    stopped_.erase(tp->partition());
    Log(LogLevel::kInfo, "partition revoked", "partition={}", tp->partition());
  }
  std::unique_ptr<RdKafka::Error> error(consumer->incremental_unassign(partitions));
  if (error) Log(LogLevel::kError, "unassign failed", "error=\"{}\"", Quoted(error->str()));
}

void Engine::dr_cb(RdKafka::Message& message) { outbox_->OnDelivery(message); }

void Engine::event_cb(RdKafka::Event& event) {
  if (event.type() == RdKafka::Event::EVENT_STATS) {
    if (auto stats = ParseClientStats(event.str(), options_.topic)) health_.OnStats(*stats, Clock::now());
    return;
  }
  if (event.type() == RdKafka::Event::EVENT_LOG) {
    // The client library's own lines, when `-X debug=...` asked for them
    // (without it, its errors come as EVENT_ERROR, below, rate-limited),
    // each a structured line like ours.
    if (!client_debug_) return;
    Log(event.severity() <= RdKafka::Event::EVENT_SEVERITY_WARNING ? LogLevel::kWarn : LogLevel::kInfo, "kafka log",
        "facility={} detail=\"{}\"", event.fac(), Quoted(event.str()));
    return;
  }
  if (event.type() != RdKafka::Event::EVENT_ERROR) return;
  const auto now = Clock::now();
  if (now - last_error_log_ < kErrorLogInterval && !event.fatal()) return;  // No log flood during an outage.
  last_error_log_ = now;
  Log(event.fatal() ? LogLevel::kError : LogLevel::kWarn, "kafka", "error=\"{}\" detail=\"{}\"",
      RdKafka::err2str(event.err()), Quoted(event.str()));
}

// The content-type header's value, empty when absent.
std::string ContentType(RdKafka::Message& m) {
  RdKafka::Headers* headers = m.headers();
  if (headers == nullptr) return {};
  const RdKafka::Headers::Header h = headers->get_last(kContentTypeHeader);
  if (h.err() != RdKafka::ERR_NO_ERROR || h.value() == nullptr) return {};
  return std::string(static_cast<const char*>(h.value()), h.value_size());
}

void Engine::Decode(Incoming* in) {
  RdKafka::Message& m = *in->message;
  std::string_view bytes(static_cast<const char*>(m.payload()), m.len());
  const bool json = ContentType(m) == kContentTypeJson;
  in->decode_error = json ? codec::DecodeJson(bytes, &in->event) : codec::DecodeBinary(bytes, &in->event);
  if (in->decode_error.empty() && json) in->canonical = codec::EncodeBinary(in->event);
}

// The value of a transition or action record, in the configured format,
// with headers saying what it is (content-type, relance.type).
void Engine::SetOutputValue(const google::protobuf::Message& message, v1::OutboxRecord* record) const {
  std::string value;
  if (options_.json_output) {
    google::protobuf::util::JsonPrintOptions print;
    print.preserve_proto_field_names = true;
    print.always_print_primitive_fields = true;
    // Printing a valid message never fails; an empty value would be refused downstream.
    (void)google::protobuf::util::MessageToJsonString(message, &value, print);
  } else {
    value = codec::DeterministicBytes(message);
  }
  record->set_value(std::move(value));
  auto* type = record->add_headers();
  type->set_name(kContentTypeHeader);
  type->set_value(options_.json_output ? kContentTypeJson : kContentTypeProtobuf);
  auto* name = record->add_headers();
  name->set_name("relance.type");
  name->set_value(message.GetTypeName());
}

// The original's bytes and key, cut to fit relance.rejected (dead_letter.h).
void Engine::DeadLetter(const Incoming& in, v1::RejectionReason reason, const std::string& detail) {
  RdKafka::Message& m = *in.message;
  const std::string topic = m.topic_name();
  const std::string content_type = ContentType(m);
  DeadLetterSource source;
  source.topic = topic;
  source.partition = m.partition();
  source.offset = m.offset();
  if (m.key_pointer() != nullptr) source.key = std::string_view(static_cast<const char*>(m.key_pointer()), m.key_len());
  source.value = std::string_view(static_cast<const char*>(m.payload()), m.len());
  source.content_type = content_type;
  outbox_->Add(MakeDeadLetter(source, reason, detail, produce_limits_.RecordBytesMax(kRejectedTopic)));
  ++uncommitted_.rejected;
  ++uncommitted_.rejected_by_reason[static_cast<std::size_t>(reason)];
  Log(LogLevel::kWarn, "rejected", "partition={} offset={} reason={} bytes={} detail=\"{}\"", m.partition(), m.offset(),
      v1::RejectionReason_Name(reason), m.len(), Quoted(BoundedText(detail, kDeadLetterDetailBytesMax)));
}

Status Engine::GatherBatch() {
  int timeout = options_.poll_timeout_ms;
  Clock::time_point deadline{};
  std::size_t bytes = 0;
  while (batch_.size() < options_.batch_events_max &&
         (options_.batch_bytes_max == 0 || bytes < options_.batch_bytes_max) && !stop_.load()) {
    std::unique_ptr<RdKafka::Message> message(consumer_->consume(timeout));
    if (message->err() == RdKafka::ERR__TIMED_OUT) break;
    // After the first message, gather for at most batch_linger_ms: bigger
    // batches coalesce more state writes into one commit.
    if (deadline == Clock::time_point{}) deadline = Clock::now() + std::chrono::milliseconds(options_.batch_linger_ms);
    timeout = static_cast<int>(std::max<std::int64_t>(
        0, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count()));
    if (message->err() != RdKafka::ERR_NO_ERROR) {
      if (message->err() != RdKafka::ERR__PARTITION_EOF) {
        Log(LogLevel::kWarn, "consume", "error=\"{}\"", Quoted(message->errstr()));
      }
      break;
    }
    const std::int32_t p = message->partition();
    auto it = assigned_.find(p);
    if (it != assigned_.end() && it->second >= 0 && message->offset() < it->second) {
      // The consumer went back (an offset reset, a seek by the client
      // library): RocksDB says these are applied already. Exactly once.
      ++stats_->rewound_skipped;
      if (stats_->rewound_skipped == 1 || Clock::now() - last_error_log_ > kErrorLogInterval) {
        last_error_log_ = Clock::now();
        Log(LogLevel::kWarn, "consumer went back: skipping offsets already applied", "partition={} offset={} next={}",
            p, message->offset(), it->second);
      }
      continue;
    }
    if (stopped_.count(p) != 0) continue;  // Fetched before the pause took effect.
    if (it != assigned_.end() && message->offset() > std::max<std::int64_t>(it->second, 0) &&
        (it->second >= 0 || it->second == RdKafka::Topic::OFFSET_BEGINNING)) {
      // Offsets skipped. Stop the partition unless they are only markers.
      const std::int64_t expected = std::max<std::int64_t>(it->second, 0);
      if (OnGap(p, expected, message->offset())) continue;
    }
    if (it != assigned_.end()) it->second = message->offset() + 1;
    bytes += message->len() + (message->key() != nullptr ? message->key()->size() : 0);
    Incoming& in = batch_.emplace_back();
    in.message = std::move(message);
    last_message_ = Clock::now();
    if (first_message_ == Clock::time_point{}) first_message_ = last_message_;
  }
  stats_->batch_messages_largest = std::max<std::uint64_t>(stats_->batch_messages_largest, batch_.size());
  stats_->batch_bytes_largest = std::max<std::uint64_t>(stats_->batch_bytes_largest, bytes);
  return Status::Ok();
}

// A partition this database stopped at a gap in an earlier run stays
// stopped, unless the operator accepts the gap in this one.
void Engine::StayStoppedAtGap(std::int32_t partition) {
  std::string value;
  bool found = false;
  if (!store_->Get(store::Family::kMeta, store::GapKey(static_cast<std::uint32_t>(partition)), &value, &found).ok() ||
      !found) {
    return;
  }
  long long expected = 0, got = 0;
  if (std::sscanf(value.c_str(), "%lld %lld", &expected, &got) != 2) return;
  if (GapAccepted(partition)) return;  // The gap comes again at its offsets and is accepted then (OnGap).
  Log(LogLevel::kError, "partition stopped at a gap found earlier: nothing is applied until an operator accepts it",
      "partition={} missing_from={} missing_to={}", partition, expected, got - 1);
  StopAtGap(partition, expected, got);
}

bool Engine::GapAccepted(std::int32_t partition) const {
  return std::find(options_.accept_gap_partitions.begin(), options_.accept_gap_partitions.end(), partition) !=
         options_.accept_gap_partitions.end();
}

// Counts the partition as stopped at offsets [expected, got) and pauses it.
void Engine::StopAtGap(std::int32_t partition, std::int64_t expected, std::int64_t got) {
  stopped_[partition] = {expected, got};
  ++stats_->partitions_stopped;
  std::vector<RdKafka::TopicPartition*> pause = {RdKafka::TopicPartition::create(options_.topic, partition)};
  (void)consumer_->pause(pause);
  RdKafka::TopicPartition::destroy(pause);
}

// Offsets [expected, got) of `partition` were skipped. When the log still
// begins at or before `expected`, they are records the consumer never
// returns (transaction markers): counted, logged, and the partition goes on.
// When the log now begins after `expected`, events were deleted under the
// engine (retention, a truncation): a ledger must not pass over them, so the
// partition stops (paused, recorded in the database, not ready) until an
// operator accepts the gap (EngineOptions::accept_gap_partitions). Returns
// true when the partition stopped.
bool Engine::OnGap(std::int32_t partition, std::int64_t expected, std::int64_t got) {
  ++stats_->offset_gaps;
  std::int64_t low = -1, high = -1;
  const bool known = consumer_->query_watermark_offsets(options_.topic, partition, &low, &high, kWatermarkTimeoutMs) ==
                     RdKafka::ERR_NO_ERROR;
  if (known && low <= expected) {
    Log(LogLevel::kWarn, "offsets skipped that the log still holds (transaction markers): going on",
        "partition={} expected={} got={} log_start={}", partition, expected, got, low);
    return false;
  }
  if (GapAccepted(partition) && !gap_accepted_.count(partition)) {
    gap_accepted_.insert(partition);
    gap_records_[partition] = "";  // Deleted at the next commit.
    Log(LogLevel::kWarn, "gap accepted by the operator: these offsets are lost, the partition goes on",
        "partition={} missing_from={} missing_to={} log_start={}", partition, expected, got - 1, low);
    return false;
  }
  gap_records_[partition] = fmt::format("{} {}", expected, got);
  Log(LogLevel::kError,
      "partition stopped: offsets missing, the log was truncated under the engine; nothing after them is applied "
      "until an operator accepts the gap (relance run --accept-gap PARTITION)",
      "partition={} missing_from={} missing_to={} log_start={}", partition, expected, got - 1,
      known ? std::to_string(low) : std::string("unknown"));
  StopAtGap(partition, expected, got);
  return true;
}

// Decodes the batch in hand, applies it on the writer threads, then, in
// message order, counts it and adds to the outbox what it produced.
Status Engine::ProcessBatch() {
  if (batch_.empty()) return Status::Ok();
  const std::uint32_t partitions = writers_->partitions();
  window_.assign(batch_.size(), replay::WindowRecord());
  // Decoded by every writer thread (message i by thread i % threads), as the
  // replay decodes its windows: each message is one thread's.
  writers_->ForEachShared(batch_.size(), [&](std::size_t i) { Decode(&batch_[i]); });
  for (std::size_t i = 0; i < batch_.size(); ++i) {
    Incoming& in = batch_[i];
    if (!in.decode_error.empty()) continue;
    const RdKafka::Message& m = *in.message;
    const auto partition = static_cast<std::uint32_t>(m.partition());
    if (partition >= partitions) return Status::InvalidArgument("partition beyond the database's count");
    // A debtor's events must all be in its partition, or its debts would be
    // split across partitions (and across instances).
    if (!in.event.debtor_key().empty()) {
      const std::uint32_t home = PartitionForKey(in.event.debtor_key(), partitions);
      if (home != partition) {
        in.wrong_partition =
            fmt::format("debtor '{}' belongs to partition {}, not {}: produce with partitioner=murmur2_random",
                        in.event.debtor_key(), home, partition);
        continue;
      }
    }
    replay::WindowRecord& record = window_[i];
    record.event = &in.event;
    record.history_bytes = in.canonical.empty() ? std::string_view(static_cast<const char*>(m.payload()), m.len())
                                                : std::string_view(in.canonical);
    record.first_partition = partition;
    record.last_partition = partition + 1;
  }
  if (Status s = writers_->ApplyWindow(window_); !s.ok()) return s;
  const auto now = Clock::now();
  for (const Incoming& in : batch_) health_.OnProgress(in.message->partition(), now);
  for (std::size_t i = 0; i < batch_.size(); ++i) {
    const Incoming& in = batch_[i];
    const RdKafka::Message& m = *in.message;
    ++uncommitted_.messages;
    next_offsets_[m.partition()] = m.offset() + 1;
    if (!in.decode_error.empty()) {
      ++uncommitted_.undecodable;
      DeadLetter(in, v1::REJECTION_REASON_MALFORMED, in.decode_error);
      continue;
    }
    if (!in.wrong_partition.empty()) {
      DeadLetter(in, v1::REJECTION_REASON_WRONG_PARTITION, in.wrong_partition);
      continue;
    }
    writers_->TakeOutputs(i, &outputs_);
    AddOutputs(m);
    const replay::RecordOutcome outcome = writers_->Outcome(i);
    if (outcome.accepted) {
      ++uncommitted_.applied;
    } else {
      DeadLetter(in, outcome.rejection.reason(), outcome.rejection.detail());
    }
  }
  batch_.clear();
  return Commit();
}

// The transitions and actions of message `m` (outputs_) into the outbox.
// Transition ids name the message and the transition's rank in it; actions
// carry their own deterministic id: a replay or a redelivery of the same
// DayClosed produces the same id, so consumers deduplicate.
void Engine::AddOutputs(const RdKafka::Message& m) {
  int rank = 0;
  for (const v1::Transition& t : outputs_.transitions) {
    v1::OutboxRecord record;
    record.set_topic(kTransitionsTopic);
    record.set_id(fmt::format("{}/{}/{}/t{}", options_.topic, m.partition(), m.offset(), rank++));
    record.set_key(t.debtor_key());
    SetOutputValue(t, &record);
    outbox_->Add(std::move(record));
  }
  for (const auto& [partition, action] : outputs_.actions) {
    v1::OutboxRecord record;
    record.set_topic(kActionsTopic);
    record.set_id(action.action_id());
    record.set_key(action.debtor_key());
    SetOutputValue(action, &record);
    outbox_->Add(std::move(record));
  }
}

// One WriteBatch: states, history, timers, partition records, the next offset
// of each partition and the new outbox records; delivered ones are deleted.
Status Engine::Commit() {
  rocksdb::WriteBatch batch;
  if (Status s = writers_->FlushTo(&batch); !s.ok()) {
    stats_->uncommitted_messages = uncommitted_.messages;
    return s;
  }
  for (const auto& [partition, offset] : next_offsets_) {
    batch.Put(store_->handle(store::Family::kMeta), store::OffsetKey(static_cast<std::uint32_t>(partition)),
              store::EncodeBig64(static_cast<std::uint64_t>(offset)));
  }
  for (const auto& [partition, value] : gap_records_) {
    const std::string key = store::GapKey(static_cast<std::uint32_t>(partition));
    if (value.empty()) {
      batch.Delete(store_->handle(store::Family::kMeta), key);
    } else {
      batch.Put(store_->handle(store::Family::kMeta), key, value);
    }
  }
  gap_records_.clear();
  if (Status s = outbox_->WriteTo(&batch); !s.ok()) return s;
  const auto start = Clock::now();
  Status s = store_->Write(&batch);
  const std::uint64_t micros = Micros(Clock::now() - start);
  if (!s.ok()) {
    stats_->uncommitted_messages = uncommitted_.messages;
    return s;
  }
  // What the batch applied and rejected counts from now on, not before: the
  // exit figures never include a batch whose commit failed.
  stats_->messages += uncommitted_.messages;
  stats_->applied += uncommitted_.applied;
  stats_->rejected += uncommitted_.rejected;
  stats_->undecodable += uncommitted_.undecodable;
  for (std::size_t r = 0; r < uncommitted_.rejected_by_reason.size(); ++r) {
    stats_->rejected_by_reason[r] += uncommitted_.rejected_by_reason[r];
  }
  uncommitted_ = {};
  ++stats_->batches;
  last_commit_ = Clock::now();
  stats_->commit_micros_total += micros;
  stats_->commit_micros_max = std::max(stats_->commit_micros_max, micros);
  const auto bucket = std::lower_bound(kCommitMicrosBounds.begin(), kCommitMicrosBounds.end(), micros);
  ++stats_->commit_micros_buckets[static_cast<std::size_t>(bucket - kCommitMicrosBounds.begin())];
  stats_->transitions = writers_->transitions();
  writers_->Committed();
  outbox_->Committed();
  CommitGroupOffsets();
  next_offsets_.clear();
  Status relayed = outbox_->Relay();
  PublishToMonitor();
  return relayed;
}

void Engine::CommitGroupOffsets() {
  if (next_offsets_.empty()) return;
  std::vector<RdKafka::TopicPartition*> offsets;
  for (const auto& [partition, offset] : next_offsets_) {
    offsets.push_back(RdKafka::TopicPartition::create(options_.topic, partition, offset));
  }
  (void)consumer_->commitAsync(offsets);  // For lag monitoring only: RocksDB holds the truth.
  RdKafka::TopicPartition::destroy(offsets);
}

// Records written but not acknowledged before a stop or a crash.
Status Engine::RelayRecovered() {
  std::uint64_t recovered = 0;
  if (Status s = outbox_->Recover(&recovered); !s.ok()) return s;
  if (recovered > 0) {
    Log(LogLevel::kInfo, "outbox records from an earlier run produced again", "count={}", recovered);
    // A failure here comes back at the first commit, whose relay tries again.
    if (Status s = outbox_->Relay(); !s.ok()) {
      Log(LogLevel::kWarn, "outbox records from an earlier run not produced yet", "error=\"{}\"", Quoted(s.ToString()));
    }
  }
  return Status::Ok();
}

bool Engine::CaughtUp() {
  if (assigned_.empty() || outbox_->in_flight() > 0 || outbox_->HasSettled()) return false;
  std::int64_t lag = 0;
  for (const auto& [partition, next] : assigned_) {
    if (stopped_.count(partition) != 0) continue;  // Waits for an operator, not for messages.
    std::int64_t low = 0, high = 0;
    if (consumer_->query_watermark_offsets(options_.topic, partition, &low, &high, kWatermarkTimeoutMs) !=
        RdKafka::ERR_NO_ERROR) {
      return false;
    }
    const std::int64_t position = next < 0 ? low : next;
    lag += std::max<std::int64_t>(0, high - position);
    lag_[partition] = std::max<std::int64_t>(0, high - position);
  }
  stats_->lag = lag;
  return lag == 0;
}

// The watermarks librdkafka caches from fetch responses: no broker round trip,
// so the loop can afford it every second.
void Engine::UpdateLag() {
  last_lag_ = Clock::now();
  std::int64_t total = 0;
  for (const auto& [partition, next] : assigned_) {
    std::int64_t low = -1, high = -1;
    std::int64_t lag = -1;
    if (consumer_->get_watermark_offsets(options_.topic, partition, &low, &high) == RdKafka::ERR_NO_ERROR &&
        high >= 0) {
      const std::int64_t position = next < 0 ? std::max<std::int64_t>(low, 0) : next;
      lag = std::max<std::int64_t>(0, high - position);
      total += lag;
    }
    lag_[partition] = lag;
  }
  stats_->lag = total;
  std::string unhealthy = health_.Unhealthy(lag_, last_lag_);
  if (!stopped_.empty()) {
    const auto& [partition, gap] = *stopped_.begin();
    unhealthy = fmt::format(
        "partition {} stopped at a gap in the log: offsets {} to {} are missing (relance run "
        "--accept-gap {} to go on without them){}",
        partition, gap.first, gap.second - 1, partition,
        stopped_.size() > 1 ? fmt::format(" (and {} more partitions)", stopped_.size() - 1) : "");
  }
  if (unhealthy != unhealthy_) {
    if (unhealthy.empty()) {
      Log(LogLevel::kInfo, "healthy again", "was=\"{}\"", Quoted(unhealthy_));
    } else {
      Log(LogLevel::kError, "not ready", "reason=\"{}\"", Quoted(unhealthy));
    }
    unhealthy_ = std::move(unhealthy);
  }
  PublishToMonitor();
}

void Engine::PublishToMonitor() {
  if (options_.monitor == nullptr) return;
  EngineSnapshot snapshot;
  snapshot.stats = *stats_;
  snapshot.stats.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  snapshot.store_open = store_ != nullptr;
  snapshot.running = running_;
  snapshot.outbox_in_flight = outbox_->in_flight();
  snapshot.outbox_pending = outbox_->pending();
  snapshot.outbox_parked = outbox_->parked_records();
  bool caught_up = !lag_.empty();
  for (const auto& [partition, lag] : lag_) {
    const bool known =
        writers_ != nullptr && partition >= 0 && static_cast<std::uint32_t>(partition) < writers_->partitions();
    snapshot.lag.push_back(
        {partition, lag, known ? writers_->business_date(static_cast<std::uint32_t>(partition)) : kNoDay});
    if (lag < 0 || lag > kReadyLagMessagesMax) caught_up = false;
  }
  snapshot.caught_up = caught_up;
  snapshot.unhealthy = unhealthy_;
  snapshot.brokers_up = health_.brokers_up();
  snapshot.stalled_partitions = health_.stalled();
  for (const auto& [partition, gap] : stopped_) snapshot.stalled_partitions.push_back(partition);
  options_.monitor->Publish(snapshot);
}

Status Engine::Loop() {
  while (!stop_.load()) {
    if (Clock::now() - last_lag_ >= kLagInterval) UpdateLag();
    if (Status s = GatherBatch(); !s.ok()) return s;
    const bool idle = batch_.empty();
    if (Status s = ProcessBatch(); !s.ok()) return s;
    producer_->poll(0);
    if (outbox_->HasSettled() && idle) {
      if (Status s = Commit(); !s.ok()) return s;  // Deletes delivered outbox records, parks refused ones.
    }
    if (options_.exit_when_idle_ms > 0 && idle &&
        Clock::now() - last_message_ > std::chrono::milliseconds(options_.exit_when_idle_ms) && CaughtUp()) {
      Log(LogLevel::kInfo, "caught up: every assigned partition is read to its end");
      break;
    }
  }
  return Status::Ok();
}

Status Engine::Shutdown() {
  // The batch in hand is applied and committed before anything closes.
  if (Status s = ProcessBatch(); !s.ok()) return s;
  const auto flush = producer_->flush(kFlushTimeoutMs);
  if (flush != RdKafka::ERR_NO_ERROR)
    Log(LogLevel::kWarn, "outbox not fully acknowledged", "in_flight={}", outbox_->in_flight());
  if (Status s = Commit(); !s.ok()) return s;  // Deletes what was acknowledged.
  // Before leaving the group, whose revocation forgets them.
  for (const auto& [partition, gap] : stopped_) stats_->stopped_at_gap.push_back(partition);
  CloseConsumer();
  stats_->seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  stats_->transitions = writers_->transitions();
  if (first_message_ != Clock::time_point{}) {
    stats_->active_seconds = std::chrono::duration<double>(last_commit_ - first_message_).count();
  }
  return store_->Flush();
}

}  // namespace

Status RunEngine(const EngineOptions& options, const std::atomic<bool>& stop, EngineStats* stats) {
  Engine engine(options, stop, stats);
  if (Status s = engine.Start(); !s.ok()) return s;
  if (Status s = engine.Loop(); !s.ok()) {
    Log(LogLevel::kError, "engine stopped on an error", "error=\"{}\"", Quoted(s.ToString()));
    return s;
  }
  return engine.Shutdown();
}

std::string FormatEngineStats(const EngineStats& stats) {
  std::string out = fmt::format(
      "messages: {}   applied: {}   rejected: {} (undecodable {})   transitions: {}\n"
      "batches: {} (largest: {} messages, {} bytes)   commit latency: avg {:.2f} ms, max {:.2f} ms   outbox: {} "
      "produced, {} acknowledged, {} parked\n"
      "offset gaps: {}   already applied, skipped: {}   lag at exit: {}   time: {:.2f} s, of which active {:.2f} s: "
      "{:.0f} messages/s\n",
      stats.messages, stats.applied, stats.rejected, stats.undecodable, stats.transitions, stats.batches,
      stats.batch_messages_largest, stats.batch_bytes_largest,
      stats.batches ? static_cast<double>(stats.commit_micros_total) / static_cast<double>(stats.batches) / 1000.0
                    : 0.0,
      static_cast<double>(stats.commit_micros_max) / 1000.0, stats.outbox_produced, stats.outbox_delivered,
      stats.outbox_parked, stats.offset_gaps, stats.rewound_skipped, stats.lag, stats.seconds, stats.active_seconds,
      stats.active_seconds > 0 ? static_cast<double>(stats.messages) / stats.active_seconds : 0.0);
  if (stats.uncommitted_messages != 0) {
    out +=
        fmt::format("not committed: the last batch's {} messages (its commit failed; the next run reads them again)\n",
                    stats.uncommitted_messages);
  }
  for (int reason = 1; reason < kRejectionReasonSlots; ++reason) {
    const auto count = stats.rejected_by_reason[static_cast<std::size_t>(reason)];
    if (count != 0) {
      out += fmt::format("  rejected {:<40} {}\n", v1::RejectionReason_Name(static_cast<v1::RejectionReason>(reason)),
                         count);
    }
  }
  if (!stats.stopped_at_gap.empty()) {
    std::string partitions;
    for (std::int32_t p : stats.stopped_at_gap) partitions += (partitions.empty() ? "" : ", ") + std::to_string(p);
    out += fmt::format("stopped at a gap in the log (relance run --accept-gap P to go on without it): partitions {}\n",
                       partitions);
  }
  return out;
}

}  // namespace relance::kafka
