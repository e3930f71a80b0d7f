// Bad input on relance.events is dead-lettered, never fatal, never dropped
// (DESIGN §2, §3): after a valid published log, records produced by hand to
// one debtor's partition: garbage bytes, broken JSON (content-type
// application/json), JSON naming an unknown event type, and a valid JSON
// payment in the wrong currency for an existing debt. Each lands on
// relance.rejected with its original key and bytes and the headers
// relance.reason, relance.source.topic/partition/offset; the valid events
// produced after them are applied. The database ends with the digest of a
// file replay of the valid events only (bad records take offsets, not state),
// and the engine's log stays one structured line per entry.
// The portfolio is seeded: RELANCE_SEED=<seed> replays a run.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/kafka/topics.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {
namespace {

constexpr int kDebtors = 200;
constexpr int kDays = 30;  // 2025-01-01 .. 2025-01-30.
constexpr char kDebtor[] = "DR-BADINPUT-1";
constexpr char kDebt[] = "DR-BADINPUT-1-INV-1";
constexpr std::int64_t kInvoiceMinor = 50'000;
constexpr std::int64_t kJsonPaymentMinor = 20'000;
constexpr std::int64_t kBinaryPaymentMinor = 5'000;
// Starts with a tag of field number 0, which no protobuf parser accepts.
constexpr char kGarbage[] = "\x07\x00garbage\xff\xfe not an event";
constexpr char kMalformed[] = "REJECTION_REASON_MALFORMED";
constexpr char kCurrencyMismatch[] = "REJECTION_REASON_CURRENCY_MISMATCH";

using Headers = std::vector<std::pair<std::string, std::string>>;

struct BadRecord {
  const char* what;
  std::string value;
  Headers headers;
  const char* reason;
  std::int64_t offset = -1;
};

TEST_CASE("engine: bad records are dead-lettered with their bytes and origin, the valid ones after them applied",
          "[integration][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  GenSpec gen{kDebtors, kDays, seed % 1'000'000'007};
  gen.duplicates_per_mille = 0;  // No redelivery: relance.rejected holds only what this test sends.
  const std::string generated = GenLog(dir, "generated.pb", gen);

  // The published log: the portfolio, then an invoice of our own (EUR).
  std::vector<std::string> records = ReadRecords(generated);
  records.push_back(codec::EncodeBinary(Invoice("BADIN-1", kDebtor, kDebt, kInvoiceMinor, "2025-01-20", "2025-03-01")));
  const std::string published = dir.Sub("published.pb");
  WriteRecords(published, records);

  // The valid events produced after the bad ones: one as JSON, one binary.
  const v1::Event json_payment = Payment("BADIN-5", kDebtor, kDebt, "PAY-BADIN-5", kJsonPaymentMinor, "2025-01-31");
  const v1::Event binary_payment = Payment("BADIN-6", kDebtor, kDebt, "PAY-BADIN-6", kBinaryPaymentMinor, "2025-01-31");
  records.push_back(codec::EncodeBinary(json_payment));
  records.push_back(codec::EncodeBinary(binary_payment));
  const std::string valid = dir.Sub("valid.pb");
  WriteRecords(valid, records);
  const Reference ref = ReplayReference(dir, valid, "reference");
  REQUIRE(ref.rejected == 0);

  InProcessCluster cluster;
  Publish(dir, cluster.bootstraps, published);

  const Headers json = {{kafka::kContentTypeHeader, kafka::kContentTypeJson}};
  const Headers protobuf = {{kafka::kContentTypeHeader, kafka::kContentTypeProtobuf}};
  v1::Event wrong_currency = Payment("BADIN-4", kDebtor, kDebt, "PAY-BADIN-4", 1'000, "2025-01-31", "USD");
  std::vector<BadRecord> bad = {
      {"garbage bytes", std::string(kGarbage, sizeof(kGarbage) - 1), {}, kMalformed},
      {"broken JSON", R"({"event_id":"BADIN-2","debtor_key":"DR-BADINPUT-1","payment_rec)", json, kMalformed},
      {"JSON with an unknown event type",
       R"({"event_id":"BADIN-3","debtor_key":"DR-BADINPUT-1","debt_id":"DR-BADINPUT-1-INV-1",)"
       R"("schema_version":1,"invoice_teleported":{"planet":"Mars"}})",
       json, kMalformed},
      {"JSON payment in USD for a EUR debt", codec::EncodeJson(wrong_currency), json, kCurrencyMismatch},
  };
  const auto partition = static_cast<std::int32_t>(PartitionForKey(kDebtor, kPartitions));
  RecordProducer producer(cluster.bootstraps);
  for (BadRecord& b : bad) b.offset = producer.Send(kafka::kEventsTopic, partition, kDebtor, b.value, b.headers);
  producer.Send(kafka::kEventsTopic, partition, kDebtor, codec::EncodeJson(json_payment), json);
  producer.Send(kafka::kEventsTopic, partition, kDebtor, codec::EncodeBinary(binary_payment), protobuf);

  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "bad-input";
  spec.exit_when_idle_ms = 1500;
  std::string logs;
  const EngineCounters counters = RunEngineUntilIdle(dir, spec, "run", std::chrono::seconds(45), &logs);
  CHECK(counters.rejected == bad.size());
  CHECK(counters.undecodable == 3);
  // Each rejection is logged as one structured line, whatever its detail
  // holds (a JSON parser's message quotes the input, newlines included).
  const std::vector<std::string> unstructured = UnstructuredLogLines(logs);
  INFO("engine stderr:\n" << Tail(logs));
  CHECK(unstructured == std::vector<std::string>{});

  // Dead letters: one per bad record, found by its source offset.
  const std::vector<Record> rejected = ReadWholeTopic(cluster.bootstraps, kafka::kRejectedTopic);
  CHECK(rejected.size() == bad.size());
  std::map<std::string, const Record*> by_offset;
  for (const Record& r : rejected) by_offset[r.Header(kafka::kSourceOffsetHeader).value_or("?")] = &r;
  for (const BadRecord& b : bad) {
    INFO(b.what << " at partition " << partition << " offset " << b.offset);
    const auto it = by_offset.find(std::to_string(b.offset));
    REQUIRE(it != by_offset.end());
    const Record& r = *it->second;
    CHECK(r.value == b.value);
    CHECK(r.has_key);
    CHECK(r.key == kDebtor);
    CHECK(r.Header(kafka::kReasonHeader) == std::string(b.reason));
    CHECK(r.Header(kafka::kSourceTopicHeader) == std::string(kafka::kEventsTopic));
    CHECK(r.Header(kafka::kSourcePartitionHeader) == std::to_string(partition));
    CHECK(r.Header(kIdHeader).has_value());
    CHECK_FALSE(r.Header(kafka::kDetailHeader).value_or("").empty());
  }

  // The valid events after the bad ones were applied.
  const CliResult show = ToolOk({kCli, "show", "debt", kDebt, "--db", spec.db}, dir.Sub("show"));
  INFO(show.out);
  CHECK(Find(show.out, "\"paid_minor\": \"(\\d+)\"") == std::to_string(kJsonPaymentMinor + kBinaryPaymentMinor));
  CHECK(Find(show.out, "\"balance_minor\": \"(\\d+)\"") ==
        std::to_string(kInvoiceMinor - kJsonPaymentMinor - kBinaryPaymentMinor));
  CHECK(Find(show.out, "\"currency\": \"(\\w+)\"") == "EUR");
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
  // The refusal that named the debt is in its decision trail; the
  // undecodable records named none.
  const CliResult audit = ToolOk({kCli, "audit", "debt", kDebt, "--db", spec.db}, dir.Sub("audit"));
  INFO(audit.out);
  CHECK(audit.out.find("refused payment_received BADIN-4\n") != std::string::npos);
  CHECK(audit.out.find("currency_mismatch: ") != std::string::npos);
  CHECK(audit.out.find("BADIN-2") == std::string::npos);
}

}  // namespace
}  // namespace relance::testing::engine_it
