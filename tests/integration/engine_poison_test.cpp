// One bad message never stops the engine (DESIGN §3; issue 15). A record of
// a megabyte of random bytes on relance.events used to be dead-lettered with
// all its bytes; the producer refused the dead letter (message.max.bytes),
// the engine stopped, and after every restart it stopped again at the next
// commit, everything behind the record stuck in the outbox. Now a dead
// letter is cut to fit, with the original's size and SHA-256 in headers.
// RELANCE_SEED=<seed> replays a run.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/kafka/topics.h"
#include "engine/store/sha256.h"
#include "tests/integration/engine_harness.h"
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

TEST_CASE(
    "engine: a megabyte of random bytes is dead-lettered cut to fit with its size and hash, the events after it "
    "applied",
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
}

}  // namespace
}  // namespace relance::testing::engine_it
