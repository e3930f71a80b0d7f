// One bad message never stops the engine (DESIGN §3; issue 15). A record of
// a megabyte of random bytes on relance.events used to be dead-lettered with
// all its bytes; the producer refused the dead letter (message.max.bytes),
// the engine stopped, and after every restart it stopped again at the next
// commit, everything behind the record stuck in the outbox. Now a dead
// letter is cut to fit, with the original's size and SHA-256 in headers, and
// an outbox record the producer or a broker refuses for good is parked:
// moved out of the outbox, logged at level=error, counted in /metrics, never
// retried and never fatal, until an operator re-drives it.
// RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/kafka/topics.h"
#include "engine/store/keys.h"
#include "engine/store/sha256.h"
#include "engine/store/store.h"
#include "tests/integration/engine_harness.h"
#include "tests/integration/http_support.h"
#include "tests/support/builders.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr char kDebtor[] = "DR-POISON-1";
constexpr char kDebt[] = "DR-POISON-1-INV-1";
constexpr std::int64_t kInvoiceMinor = 50'000;
constexpr std::int64_t kPaymentMinor = 20'000;
// About a megabyte, as in the outage: as much as a producer with
// librdkafka's default message.max.bytes sends, key and headers aside.
constexpr std::size_t kPoisonBytes = 1'000'000;
constexpr char kMalformed[] = "REJECTION_REASON_MALFORMED";
constexpr char kParkedLog[] = "msg=\"outbox record parked: the brokers refused it for good\"";
// Kafka protocol ApiKey of Produce (not in librdkafka's public headers).
constexpr std::int16_t kApiProduce = 0;
// A record's framing and each header's two length varints, as the engine
// counts them (produce_limits.h), recounted here from the bytes read back.
constexpr std::size_t kRecordFramingBytes = 128;
constexpr std::size_t kHeaderFramingBytes = 10;

std::size_t WireBytes(const Record& r) {
  std::size_t bytes = r.key.size() + r.value.size() + kRecordFramingBytes;
  for (const auto& [name, value] : r.headers) bytes += name.size() + value.size() + kHeaderFramingBytes;
  return bytes;
}

std::string RandomBytes(std::uint64_t seed, std::size_t size) {
  Prng rng(seed);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(rng.Below(256));
  return bytes;
}

// What `relance outbox parked` lists: sequence number -> (topic, id, error name).
struct Parked {
  std::string topic, id, error;
};
std::map<std::uint64_t, Parked> ListParked(const TempDir& dir, const std::string& db) {
  const CliResult r = ToolOk({kCli, "outbox", "parked", "--db", db}, dir.Sub("parked"));
  static const std::regex line(R"re(seq=(\d+) topic=(\S+) id="([^"]*)" bytes=\d+ error=(\S+) detail="[^"]*")re");
  std::map<std::uint64_t, Parked> parked;
  for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), line); it != std::sregex_iterator(); ++it) {
    parked[std::stoull((*it)[1].str())] = {(*it)[2].str(), (*it)[3].str(), (*it)[4].str()};
  }
  INFO(r.out);
  REQUIRE(CountOf(r.out, "parked: (\\d+) records") == parked.size());
  return parked;
}

// The outbox record the engine wrote before dead letters were bounded: the
// whole original as its value. Put where that engine left it, as the next
// outbox record of a stopped engine's database.
void WriteUnboundedDeadLetter(const std::string& db, std::int32_t partition, std::int64_t offset,
                              const std::string& value, std::uint64_t* seq) {
  std::unique_ptr<store::Store> store = http::OpenStore(db, {});
  std::string next;
  bool found = false;
  REQUIRE(store->Get(store::Family::kMeta, store::kOutboxSequenceKey, &next, &found).ok());
  REQUIRE(found);
  *seq = store::DecodeBig64(next);
  v1::OutboxRecord record;
  record.set_topic(kafka::kRejectedTopic);
  record.set_id(fmt::format("{}/{}/{}/rejected", kafka::kEventsTopic, partition, offset));
  record.set_key(kDebtor);
  record.set_value(value);
  auto* reason = record.add_headers();
  reason->set_name(kafka::kReasonHeader);
  reason->set_value(kMalformed);
  rocksdb::WriteBatch batch;
  batch.Put(store->handle(store::Family::kOutbox), store::OutboxKey(*seq), record.SerializeAsString());
  batch.Put(store->handle(store::Family::kMeta), store::kOutboxSequenceKey, store::EncodeBig64(*seq + 1));
  REQUIRE(store->Write(&batch).ok());
}

TEST_CASE(
    "engine: a megabyte of random bytes is dead-lettered cut to fit with its size and hash, the events after it "
    "applied, and a restart goes on",
    "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  GenSpec gen{200, 30, seed % 1'000'000'007};
  gen.duplicates_per_mille = 0;  // relance.rejected holds only what this test sends.
  std::vector<std::string> records = ReadRecords(GenLog(dir, "generated.pb", gen));
  records.push_back(
      codec::EncodeBinary(Invoice("POISON-1", kDebtor, kDebt, kInvoiceMinor, "2025-01-20", "2025-03-01")));
  const std::string published = dir.Sub("published.pb");
  WriteRecords(published, records);
  const v1::Event payment = Payment("POISON-3", kDebtor, kDebt, "PAY-POISON-3", kPaymentMinor, "2025-01-31");
  records.push_back(codec::EncodeBinary(payment));
  const std::string valid = dir.Sub("valid.pb");
  WriteRecords(valid, records);
  const Reference ref = ReplayReference(dir, valid, "reference");
  REQUIRE(ref.rejected == 0);

  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, published);
  // The poison, then a valid payment behind it on the same partition. The
  // outside producer may send it: its limit is its own.
  const std::string poison = RandomBytes(DeriveSeed(seed, 15), kPoisonBytes);
  const auto partition = static_cast<std::int32_t>(PartitionForKey(kDebtor, kPartitions));
  RecordProducer producer(cluster.bootstraps, {{"message.max.bytes", "2000000"}});
  const std::int64_t poison_offset = producer.Send(kafka::kEventsTopic, partition, kDebtor, poison);
  producer.Send(kafka::kEventsTopic, partition, kDebtor, codec::EncodeBinary(payment));

  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "poison";
  std::string logs;
  const EngineCounters counters = RunEngineUntilIdle(dir, spec, "run", std::chrono::seconds(60), &logs);
  CHECK(counters.rejected == 1);
  CHECK(counters.undecodable == 1);
  CHECK(logs.find(kParkedLog) == std::string::npos);
  // The bound the engine took from its producer and the topic (the mock
  // cannot describe a topic's configuration: the fallback).
  const std::string bound_text = Find(logs, "topic=relance.rejected record_bytes_max=(\\d+)");
  INFO("engine stderr:\n" << Tail(logs));
  REQUIRE_FALSE(bound_text.empty());
  const std::size_t bound = std::stoull(bound_text);
  CHECK(bound <= 1'000'000);

  const std::vector<Record> rejected = ReadWholeTopic(cluster.bootstraps, kafka::kRejectedTopic);
  REQUIRE(rejected.size() == 1);
  const Record& letter = rejected[0];
  CHECK(letter.Header(kafka::kSourceOffsetHeader) == std::to_string(poison_offset));
  CHECK(letter.Header(kafka::kSourcePartitionHeader) == std::to_string(partition));
  CHECK(letter.Header(kafka::kReasonHeader) == std::string(kMalformed));
  CHECK(letter.Header(kafka::kOriginalSizeHeader) == std::to_string(kPoisonBytes));
  CHECK(letter.Header(kafka::kOriginalSha256Header) == store::Sha256Hex(poison));
  CHECK(letter.Header(kafka::kTruncatedHeader) == std::string("true"));
  CHECK(letter.key == kDebtor);
  CHECK(WireBytes(letter) <= bound);
  CHECK(letter.value.size() > bound / 2);  // The value took the room the headers left.
  CHECK(letter.value == poison.substr(0, letter.value.size()));

  // The payment behind the poison was applied.
  const CliResult show = ToolOk({kCli, "show", "debt", kDebt, "--db", spec.db}, dir.Sub("show"));
  INFO(show.out);
  CHECK(Find(show.out, "\"paid_minor\": \"(\\d+)\"") == std::to_string(kPaymentMinor));
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);

  // The database of the engine before the fix, as it stopped: the whole
  // poison as a dead letter in the outbox. The restart parks it, not fatal.
  std::uint64_t seq = 0;
  WriteUnboundedDeadLetter(spec.db, partition, poison_offset, poison, &seq);
  // A fresh group: the mock cluster holds a departed member's partitions
  // for the whole session timeout. Offsets come from RocksDB anyway.
  spec.group = "poison-restart";
  std::string restart_logs;
  RunEngineUntilIdle(dir, spec, "restart", std::chrono::seconds(60), &restart_logs);
  INFO("restart stderr:\n" << Tail(restart_logs));
  CHECK(restart_logs.find(std::string("level=error ") + kParkedLog + fmt::format(" outbox_seq={} ", seq)) !=
        std::string::npos);
  CHECK(Find(restart_logs, kParkedLog + std::string(" .*topic=(\\S+)")) == kafka::kRejectedTopic);
  CHECK(Find(restart_logs, kParkedLog + std::string(" .*error=(\\S+)")) == "MSG_SIZE_TOO_LARGE");
  const std::map<std::uint64_t, Parked> parked = ListParked(dir, spec.db);
  REQUIRE(parked.size() == 1);
  CHECK(parked.begin()->first == seq);
  CHECK(parked.begin()->second.topic == kafka::kRejectedTopic);
  CHECK(parked.begin()->second.error == "MSG_SIZE_TOO_LARGE");
  CHECK(ReadWholeTopic(cluster.bootstraps, kafka::kRejectedTopic).size() == 1);
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
}

// Leaders of relance.events on brokers 1 and 2, of the output topics on
// broker 3: the publisher never produces to broker 3, so an error pushed
// there meets the engine's outbox relay and nobody else.
void SplitLeaders(rd_kafka_mock_cluster_t* mock) {
  for (std::int32_t p = 0; p < kPartitions; ++p) {
    REQUIRE(rd_kafka_mock_partition_set_leader(mock, kafka::kEventsTopic, p, 1 + p % 2) == RD_KAFKA_RESP_ERR_NO_ERROR);
    for (const char* topic : {kafka::kTransitionsTopic, kafka::kActionsTopic, kafka::kRejectedTopic}) {
      REQUIRE(rd_kafka_mock_partition_set_leader(mock, topic, p, 3) == RD_KAFKA_RESP_ERR_NO_ERROR);
    }
  }
}

TEST_CASE(
    "engine: outbox records a broker refuses for good are parked and counted, the others produced, and a "
    "re-drive delivers them",
    "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = GenLog(dir, "portfolio.pb", {300, 30, seed % 1'000'000'007});
  const Reference ref = ReplayReference(dir, log, "reference");
  const std::vector<std::string> pieces = SplitLog(log, 2);

  InProcessCluster cluster;
  rd_kafka_mock_cluster_t* mock = cluster.mock->raw();
  SplitLeaders(mock);
  Publish(dir, cluster.bootstraps, pieces[0]);
  // The engine's first Produce request is refused: MESSAGE_TOO_LARGE is
  // what a broker answers for a batch over the topic's max.message.bytes.
  REQUIRE(rd_kafka_mock_broker_push_request_error_rtts(mock, 3, kApiProduce, 1, RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE,
                                                       0) == RD_KAFKA_RESP_ERR_NO_ERROR);
  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "parking";
  std::vector<std::string> args = EngineArgs(spec);
  args.insert(args.end(), {"--http", "127.0.0.1:0"});
  Child engine(args, dir.Sub("engine"));
  engine.WaitForStderr("msg=\"query API listening\"", std::chrono::seconds(20));
  const int port = std::stoi(Find(engine.Err(), "address=127\\.0\\.0\\.1:(\\d+)"));
  engine.WaitForStderr(kParkedLog, std::chrono::seconds(30));

  // The engine goes on: the rest of the log is applied and produced.
  Publish(dir, cluster.bootstraps, pieces[1]);
  httplib::Client client("127.0.0.1", port);
  std::string metrics;
  const bool settled = WaitUntil(
      [&] {
        if (TryDbDigest(dir, spec.db) != ref.digest) return false;
        metrics = http::Get(client, "/metrics").body;
        return http::MetricValue(metrics, "relance_engine_outbox_depth") == 0;
      },
      std::chrono::seconds(45), std::chrono::milliseconds(250));
  INFO("metrics:\n" << metrics << "\nstderr:\n" << Tail(engine.Err()));
  REQUIRE(settled);
  const double parked_total = http::MetricValue(metrics, "relance_engine_outbox_parked_total");
  CHECK(parked_total >= 1);
  CHECK(http::MetricValue(metrics, "relance_engine_outbox_parked_records") == parked_total);
  engine.Signal(SIGTERM);
  CHECK(engine.Wait(std::chrono::seconds(30)) == 0);
  CHECK(CountOf(engine.Out(), "outbox: \\d+ produced, \\d+ acknowledged, (\\d+) parked") ==
        static_cast<std::uint64_t>(parked_total));

  // Each parked record is missing from its topic, and only those: the
  // parked and the delivered ids of a topic are what the reference produced.
  const std::map<std::uint64_t, Parked> parked = ListParked(dir, spec.db);
  CHECK(parked.size() == static_cast<std::size_t>(parked_total));
  std::map<std::string, std::set<std::string>> parked_ids;
  for (const auto& [seq, p] : parked) {
    CHECK(p.error == "MSG_SIZE_TOO_LARGE");
    parked_ids[p.topic].insert(p.id);
  }
  for (const auto& [topic, expected] :
       {std::pair{kafka::kTransitionsTopic, ref.transitions}, std::pair{kafka::kActionsTopic, ref.actions},
        std::pair{kafka::kRejectedTopic, ref.rejected}}) {
    const std::vector<Record> records = ReadWholeTopic(cluster.bootstraps, topic);
    const OutboxIds ids = CheckOutboxIds(records);
    INFO(topic << ": " << ids.by_id.size() << " ids delivered, " << parked_ids[topic].size() << " parked; "
               << ids.first_problem);
    CHECK(ids.without_id == 0);
    CHECK(ids.conflicts == 0);
    for (const std::string& id : parked_ids[topic]) CHECK(ids.by_id.count(id) == 0);
    CHECK(ids.by_id.size() + parked_ids[topic].size() == expected);
  }

  // The operator's re-drive: back in the outbox, produced by the next run.
  const CliResult redrive = ToolOk({kCli, "outbox", "redrive", "--db", spec.db}, dir.Sub("redrive"));
  CHECK(CountOf(redrive.out, "redriven: (\\d+) records") == parked.size());
  spec.group = "parking-redrive";  // A fresh group, as above.
  RunEngineUntilIdle(dir, spec, "after-redrive");
  CHECK(ListParked(dir, spec.db).empty());
  CheckOutboxTopics(cluster.bootstraps, ref);
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
}

}  // namespace
}  // namespace relance::testing::engine_it
