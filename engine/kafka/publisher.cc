#include "engine/kafka/publisher.h"

#include <fmt/format.h>
#include <librdkafka/rdkafkacpp.h>

#include <cassert>
#include <chrono>
#include <cstdio>

#include "engine/core/hash.h"
#include "engine/core/limits.h"
#include "engine/core/transition_table.h"
#include "engine/kafka/topics.h"

namespace relance::kafka {
namespace {

using Clock = std::chrono::steady_clock;

// The engine routes by murmur2 (hash.h); any other partitioner would put a
// debtor's events where the engine does not look for them.
constexpr char kPartitioner[] = "murmur2_random";
// While librdkafka's queue is full: wait this long for deliveries, at most
// this many times (5 minutes, the default message.timeout.ms).
constexpr int kQueueFullWaitMs = 50;
constexpr int kQueueFullRetriesMax = 6'000;
// Serve delivery reports every so many sends, so a failure stops us early.
constexpr std::uint64_t kPollEverySends = 1'000;
// Flush in slices, at most this many (10 minutes: past message.timeout.ms,
// after which every message has a delivery report, good or bad).
constexpr int kFlushSliceMs = 1'000;
constexpr int kFlushSlicesMax = 600;
constexpr std::int64_t kMsPerDay = 86'400'000;
// DayClosed is stamped at 23:59:59 of its day, as the generator does.
constexpr std::int64_t kDayClosedOffsetMs = kMsPerDay - 1'000;
constexpr std::uint32_t kSchemaVersion = 1;
constexpr auto kProgressInterval = std::chrono::seconds(1);
// The progress line looks at the clock once per so many records.
constexpr std::uint64_t kProgressCheckEveryRecords = 1'024;
// Oversize records named on stderr, at most (all are counted).
constexpr std::uint64_t kOversizeLoggedMax = 20;

// Counts delivery reports; called on the thread that polls.
class DeliveryCounter : public RdKafka::DeliveryReportCb {
 public:
  void dr_cb(RdKafka::Message& message) override {
    if (message.err() == RdKafka::ERR_NO_ERROR) {
      ++delivered;
      bytes += message.len();
      return;
    }
    if (failed++ == 0) first_error = fmt::format("partition {}: {}", message.partition(), message.errstr());
  }
  std::uint64_t delivered = 0;
  std::uint64_t bytes = 0;
  std::uint64_t failed = 0;
  std::string first_error;
};

Status SetProperty(RdKafka::Conf* conf, const std::string& key, const std::string& value) {
  std::string error;
  if (conf->set(key, value, error) != RdKafka::Conf::CONF_OK) {
    return Status::InvalidArgument(fmt::format("producer property {}={}: {}", key, value, error));
  }
  return Status::Ok();
}

// Relance's producer defaults, then the user's settings over them.
Status BuildConf(const KafkaSettings& settings, DeliveryCounter* counter, RdKafka::Conf* conf) {
  for (const auto& [key, value] : settings.properties) {
    if (key == "partitioner" && value != kPartitioner) {
      return Status::InvalidArgument(fmt::format(
          "partitioner={} would send debtors where the engine does not read them; keep {}", value, kPartitioner));
    }
  }
  const std::pair<const char*, std::string> defaults[] = {
      {"enable.idempotence", "true"},
      {"partitioner", kPartitioner},
      {"linger.ms", std::to_string(kPublishLingerMs)},
      {"queue.buffering.max.messages", std::to_string(kPublishQueueMessagesMax)},
      // A misspelt topic must fail, not appear with the broker's default size.
      {"allow.auto.create.topics", "false"},
  };
  for (const auto& [key, value] : defaults) {
    if (Status s = SetProperty(conf, key, value); !s.ok()) return s;
  }
  std::string error;
  if (conf->set("dr_cb", counter, error) != RdKafka::Conf::CONF_OK) {
    return Status::InvalidArgument("producer delivery callback: " + error);
  }
  return ApplyTo(settings, conf);
}

// The partition count of `topic`, from a metadata request.
Status ReadPartitionCount(RdKafka::Producer* producer, RdKafka::Topic* topic, const std::string& where,
                          std::int32_t* partitions) {
  RdKafka::Metadata* raw = nullptr;
  const RdKafka::ErrorCode err = producer->metadata(false, topic, &raw, kMetadataTimeoutMs);
  if (err != RdKafka::ERR_NO_ERROR) {
    return Status::IoError(
        fmt::format("cannot read metadata of {} from {}: {}", topic->name(), where, RdKafka::err2str(err)),
        /*retryable=*/true);
  }
  const std::unique_ptr<RdKafka::Metadata> metadata(raw);
  for (const RdKafka::TopicMetadata* found : *metadata->topics()) {
    if (found->topic() != topic->name()) continue;
    if (found->err() == RdKafka::ERR_UNKNOWN_TOPIC_OR_PART) {
      return Status::NotFound(fmt::format("topic {} does not exist on {}", topic->name(), where));
    }
    if (found->err() != RdKafka::ERR_NO_ERROR) {
      return Status::IoError(fmt::format("topic {}: {}", topic->name(), RdKafka::err2str(found->err())), true);
    }
    const std::size_t count = found->partitions()->size();
    if (count == 0 || count > kPartitionsMax) {
      return Status::InvalidArgument(
          fmt::format("topic {} has {} partitions; Relance needs 1..{}", topic->name(), count, kPartitionsMax));
    }
    *partitions = static_cast<std::int32_t>(count);
    return Status::Ok();
  }
  return Status::NotFound(fmt::format("topic {} does not exist on {}", topic->name(), where));
}

}  // namespace

struct Publisher::State {
  std::string topic_name;
  std::string where;  // For messages: the bootstrap list or "the configured cluster".
  DeliveryCounter counter;
  std::unique_ptr<RdKafka::Producer> producer;
  std::unique_ptr<RdKafka::Topic> topic;
  std::int32_t partitions = 0;
  std::uint64_t sent = 0;
  Clock::time_point started;

  // Non-ok once a message failed or the idempotent producer hit a fatal error.
  Status Health() {
    std::string reason;
    if (producer->fatal_error(reason) != RdKafka::ERR_NO_ERROR) {
      return Status::IoError(fmt::format("fatal producer error on {}: {}", topic_name, reason));
    }
    if (counter.failed > 0) {
      return Status::IoError(fmt::format("{} of {} messages not delivered to {} ({}); first: {}", counter.failed, sent,
                                         topic_name, where, counter.first_error),
                             /*retryable=*/true);
    }
    return Status::Ok();
  }
};

Publisher::Publisher(std::unique_ptr<State> state) : state_(std::move(state)) {}
Publisher::~Publisher() = default;

std::int32_t Publisher::partition_count() const { return state_->partitions; }
const std::string& Publisher::topic() const { return state_->topic_name; }

Status Publisher::Open(const KafkaSettings& settings, const std::string& topic, std::unique_ptr<Publisher>* out) {
  auto state = std::make_unique<State>();
  state->topic_name = topic;
  state->where = settings.brokers.empty() ? "the configured cluster" : settings.brokers;
  state->started = Clock::now();
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  if (Status s = BuildConf(settings, &state->counter, conf.get()); !s.ok()) return s;
  std::string error;
  state->producer.reset(RdKafka::Producer::create(conf.get(), error));
  if (!state->producer) return Status::InvalidArgument("cannot create the Kafka producer: " + error);
  state->topic.reset(RdKafka::Topic::create(state->producer.get(), topic, nullptr, error));
  if (!state->topic) return Status::InvalidArgument(fmt::format("topic {}: {}", topic, error));
  if (Status s = ReadPartitionCount(state->producer.get(), state->topic.get(), state->where, &state->partitions);
      !s.ok()) {
    return s;
  }
  out->reset(new Publisher(std::move(state)));
  return Status::Ok();
}

Status Publisher::Send(std::int32_t partition, std::string_view key, std::string_view value, const char* content_type) {
  State& s = *state_;
  assert(partition == kPartitionByKey ? !key.empty() : (partition >= 0 && partition < s.partitions));
  if (s.sent % kPollEverySends == 0) {
    s.producer->poll(0);
    if (Status health = s.Health(); !health.ok()) return health;
  }
  const std::int32_t target = partition == kPartitionByKey ? RdKafka::Topic::PARTITION_UA : partition;
  RdKafka::Headers* headers = RdKafka::Headers::create();
  headers->add(kContentTypeHeader, content_type);
  for (int attempt = 0;; ++attempt) {
    const RdKafka::ErrorCode err = s.producer->produce(
        s.topic_name, target, RdKafka::Producer::RK_MSG_COPY, const_cast<char*>(value.data()), value.size(),
        key.empty() ? nullptr : key.data(), key.size(), /*timestamp=*/0, headers, /*msg_opaque=*/nullptr);
    if (err == RdKafka::ERR_NO_ERROR) break;  // librdkafka owns the headers now.
    if (err != RdKafka::ERR__QUEUE_FULL || attempt == kQueueFullRetriesMax) {
      delete headers;
      return Status::IoError(
          fmt::format("producing to {} partition {}: {}", s.topic_name, partition, RdKafka::err2str(err)),
          err == RdKafka::ERR__QUEUE_FULL);
    }
    s.producer->poll(kQueueFullWaitMs);
    if (Status health = s.Health(); !health.ok()) {
      delete headers;
      return health;
    }
  }
  ++s.sent;
  return Status::Ok();
}

Status Publisher::Flush(PublishStats* stats) {
  State& s = *state_;
  int slices = 0;
  while (s.producer->flush(kFlushSliceMs) != RdKafka::ERR_NO_ERROR) {
    if (++slices == kFlushSlicesMax) {
      return Status::IoError(fmt::format("{} messages to {} still unacknowledged after {} s", s.producer->outq_len(),
                                         s.topic_name, kFlushSlicesMax * kFlushSliceMs / 1000),
                             /*retryable=*/true);
    }
  }
  if (Status health = s.Health(); !health.ok()) return health;
  stats->messages += s.counter.delivered;
  stats->bytes += s.counter.bytes;
  stats->partitions = static_cast<std::uint32_t>(s.partitions);
  stats->seconds += std::chrono::duration<double>(Clock::now() - s.started).count();
  return Status::Ok();
}

namespace {

// Prints "publish: N records, R records/s" on stderr once a second.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled), started_(Clock::now()), last_(started_) {}
  void Update(std::uint64_t records) {
    if (!enabled_ || records % kProgressCheckEveryRecords != 0) return;
    const Clock::time_point now = Clock::now();
    if (now - last_ < kProgressInterval) return;
    last_ = now;
    std::fprintf(stderr, "publish: %llu records, %.0f records/s\n", static_cast<unsigned long long>(records),
                 static_cast<double>(records) / std::chrono::duration<double>(now - started_).count());
  }
  void Done(const PublishStats& stats) const {
    if (!enabled_) return;
    std::fprintf(stderr, "publish: done, %llu records, %llu messages in %.2f s\n",
                 static_cast<unsigned long long>(stats.records), static_cast<unsigned long long>(stats.messages),
                 stats.seconds);
  }

 private:
  bool enabled_;
  Clock::time_point started_;
  Clock::time_point last_;
};

// Sends one log record where the file replay would apply it (replayer.cc):
// keyed events by murmur2 of the key, keyless partition-level events
// (IsEveryPartitionEvent) to every partition, other keyless events where
// PartitionForKey("") says, undecodable records to partition 0.
// REQUIRES: the record is not oversize (its bytes were not read).
Status SendRecord(Publisher& publisher, const codec::LogReader& reader, const codec::LogRecord& record,
                  bool send_as_json, v1::Event* event, PublishStats* stats) {
  const bool json_input = reader.format() == codec::Format::kJsonLines;
  const char* content_type = json_input ? kContentTypeJson : kContentTypeProtobuf;
  event->Clear();
  if (!reader.Decode(record, event).empty()) {
    ++stats->undecodable;
    return publisher.Send(0, {}, record.bytes, content_type);
  }
  std::string reencoded;
  std::string_view value = record.bytes;
  if (send_as_json && !json_input) {
    reencoded = codec::EncodeJson(*event);
    value = reencoded;
    content_type = kContentTypeJson;
  }
  const std::string& key = event->debtor_key();
  if (!key.empty()) return publisher.Send(Publisher::kPartitionByKey, key, value, content_type);
  if (!IsEveryPartitionEvent(*event)) {
    const auto partition =
        static_cast<std::int32_t>(PartitionForKey(key, static_cast<std::uint32_t>(publisher.partition_count())));
    return publisher.Send(partition, {}, value, content_type);
  }
  for (std::int32_t partition = 0; partition < publisher.partition_count(); ++partition) {
    if (Status s = publisher.Send(partition, {}, value, content_type); !s.ok()) return s;
  }
  return Status::Ok();
}

// An oversize record is a rejected record, as in a file replay, but it
// cannot be dead-lettered by the engine: a broker refuses a message that
// large. So it is named here and counted, and the publish goes on.
void ReportOversize(const codec::LogRecord& record, PublishStats* stats) {
  if (stats->oversize++ == 0) stats->first_oversize_index = record.index;
  if (stats->oversize > kOversizeLoggedMax) return;
  std::fprintf(stderr, "publish: record %llu at byte %llu: %llu bytes, above the event limit of %zu: not sent\n",
               static_cast<unsigned long long>(record.index), static_cast<unsigned long long>(record.byte_offset),
               static_cast<unsigned long long>(record.length_bytes), kEventBytesMax);
}

}  // namespace

Status PublishLog(const KafkaSettings& settings, const std::string& topic, const std::string& input_path,
                  codec::Format format, bool send_as_json, PublishStats* stats, bool progress) {
  std::string error;
  const std::unique_ptr<codec::LogReader> reader = codec::LogReader::Open(input_path, format, &error);
  if (!reader) return Status::IoError(error);
  std::unique_ptr<Publisher> publisher;
  if (Status s = Publisher::Open(settings, topic, &publisher); !s.ok()) return s;
  ProgressLine progress_line(progress);
  codec::LogRecord record;
  bool end = false;
  Status read;
  v1::Event event;
  for (;;) {
    read = reader->Next(&record, &end);
    if (!read.ok() || end) break;
    if (record.oversize) {
      ReportOversize(record, stats);
    } else if (Status s = SendRecord(*publisher, *reader, record, send_as_json, &event, stats); !s.ok()) {
      return s;
    }
    progress_line.Update(++stats->records);
  }
  // What was sent before a broken frame or next to an oversize record is
  // delivered first: publishing again after a repair is safe (duplicates
  // are rejected by event id), losing it silently is not.
  if (Status s = publisher->Flush(stats); !s.ok()) return s;
  progress_line.Done(*stats);
  const std::string not_sent =
      stats->oversize == 0
          ? std::string()
          : fmt::format(" ({} of them above the event limit of {} bytes, not sent; the first is record {})",
                        stats->oversize, kEventBytesMax, stats->first_oversize_index);
  if (!read.ok()) {
    return Status::Corruption(
        fmt::format("{}; the {} records before it were published{}", read.message(), stats->records, not_sent));
  }
  if (stats->oversize > 0) {
    return Status::InvalidArgument(
        fmt::format("{}: {} records read, {} not published: above the event limit of {} bytes (the first is record "
                    "{}); every other record was published",
                    input_path, stats->records, stats->oversize, kEventBytesMax, stats->first_oversize_index));
  }
  return Status::Ok();
}

v1::Event DayClosedEvent(Day day) {
  v1::Event event;
  event.set_event_id("day-" + FormatDay(day));
  event.set_event_time_ms(static_cast<std::int64_t>(day) * kMsPerDay + kDayClosedOffsetMs);
  event.set_schema_version(kSchemaVersion);
  SetCivil(day, event.mutable_day_closed()->mutable_business_date());
  return event;
}

Status PublishDayClosed(const KafkaSettings& settings, const std::string& topic, Day day, PublishStats* stats) {
  return PublishToEveryPartition(settings, topic, DayClosedEvent(day), stats);
}

bool IsEveryPartitionEvent(const v1::Event& event) {
  return event.debtor_key().empty() && core::IsPartitionLevel(core::KindOf(event));
}

Status PublishToEveryPartition(const KafkaSettings& settings, const std::string& topic, const v1::Event& event,
                               PublishStats* stats) {
  assert(IsEveryPartitionEvent(event));
  std::unique_ptr<Publisher> publisher;
  if (Status s = Publisher::Open(settings, topic, &publisher); !s.ok()) return s;
  const std::string value = codec::EncodeBinary(event);
  for (std::int32_t partition = 0; partition < publisher->partition_count(); ++partition) {
    if (Status s = publisher->Send(partition, {}, value, kContentTypeProtobuf); !s.ok()) return s;
  }
  ++stats->records;
  return publisher->Flush(stats);
}

}  // namespace relance::kafka
