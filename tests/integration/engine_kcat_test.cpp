// An outside producer feeds the engine (DESIGN §2, §8): kcat publishes
// protobuf-JSON events, one per line on its stdin, with the header
// content-type=application/json and the debtor key, first an invoice, then
// payments and a credit note (and one redelivery). The engine applies them:
// `relance show debt` shows the balance they imply, and the database has the
// digest of a file replay of the same JSON lines.
//
// Routing: the engine and the file replay put a debtor in partition
// murmur2(key) % N (PartitionForKey, the Java client's default). kcat's own
// default partitioner is CRC32-based (consistent_random) and picks another
// partition for many keys: the first test sets murmur2_random, the second
// checks that a record kcat misroutes is dead-lettered WRONG_PARTITION.
#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
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

constexpr std::int64_t kInvoiceMinor = 120'000;
constexpr std::int64_t kFirstPaymentMinor = 30'000;
constexpr std::int64_t kCreditNoteMinor = 15'000;
constexpr std::int64_t kSecondPaymentMinor = 25'000;

void WriteLines(const std::string& path, const std::vector<v1::Event>& events) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const v1::Event& e : events) out << codec::EncodeJson(e) << '\n';
  REQUIRE(out.good());
}

// kcat -P: one message per line of `lines_path` (its stdin), keyed, with
// the JSON content-type; `extra` adds options (e.g. the partitioner).
void KcatProduce(const TempDir& dir, const std::string& brokers, const std::string& key, const std::string& lines_path,
                 const std::vector<std::string>& extra) {
  std::vector<std::string> args = {Kcat(), "-P",
                                   "-b",   brokers,
                                   "-t",   kafka::kEventsTopic,
                                   "-k",   key,
                                   "-H",   std::string(kafka::kContentTypeHeader) + "=" + kafka::kContentTypeJson};
  args.insert(args.end(), extra.begin(), extra.end());
  ToolOk(args, dir.Sub("kcat"), kToolDeadline, lines_path);
}

// A debtor's events: the invoice, then two payments, a credit note and a
// redelivery of the first payment (refused as a duplicate).
struct DebtorEvents {
  std::string debtor, debt;
  std::vector<v1::Event> invoice, others;

  explicit DebtorEvents(const std::string& key) : debtor(key), debt(key + "-INV-1") {
    invoice = {Invoice(key + "-1", debtor, debt, kInvoiceMinor, "2025-02-01", "2025-03-03")};
    const v1::Event first = Payment(key + "-2", debtor, debt, "PAY-" + key + "-2", kFirstPaymentMinor, "2025-02-10");
    others = {first, CreditNote(key + "-3", debtor, debt, kCreditNoteMinor, "2025-02-12"),
              Payment(key + "-4", debtor, debt, "PAY-" + key + "-4", kSecondPaymentMinor, "2025-02-20"), first};
  }
};

TEST_CASE("engine: JSON events produced by kcat (murmur2 partitioner) are applied", "[integration][engine]") {
  TempDir dir;
  InProcessCluster cluster;
  const DebtorEvents events("DR-KCAT-000001");
  WriteLines(dir.Sub("invoice.jsonl"), events.invoice);
  WriteLines(dir.Sub("others.jsonl"), events.others);
  std::vector<v1::Event> all = events.invoice;
  all.insert(all.end(), events.others.begin(), events.others.end());
  WriteLines(dir.Sub("all.jsonl"), all);
  const Reference ref = ReplayReference(dir, dir.Sub("all.jsonl"), "reference");
  REQUIRE(ref.rejected == 1);  // The redelivery.

  const std::vector<std::string> murmur2 = {"-X", "topic.partitioner=murmur2_random"};
  KcatProduce(dir, cluster.bootstraps, events.debtor, dir.Sub("invoice.jsonl"), murmur2);
  KcatProduce(dir, cluster.bootstraps, events.debtor, dir.Sub("others.jsonl"), murmur2);

  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "kcat";
  spec.exit_when_idle_ms = 1500;
  const EngineCounters counters = RunEngineUntilIdle(dir, spec, "run");
  CHECK(counters.messages == all.size());
  CHECK(counters.applied == all.size() - 1);
  CHECK(counters.undecodable == 0);

  const CliResult debt = ToolOk({kCli, "show", "debt", events.debt, "--db", spec.db}, dir.Sub("show-debt"));
  INFO(debt.out);
  CHECK(Find(debt.out, "\"issued_minor\": \"(\\d+)\"") == std::to_string(kInvoiceMinor));
  CHECK(Find(debt.out, "\"paid_minor\": \"(\\d+)\"") == std::to_string(kFirstPaymentMinor + kSecondPaymentMinor));
  CHECK(Find(debt.out, "\"credited_minor\": \"(\\d+)\"") == std::to_string(kCreditNoteMinor));
  CHECK(Find(debt.out, "\"balance_minor\": \"(\\d+)\"") ==
        std::to_string(kInvoiceMinor - kFirstPaymentMinor - kCreditNoteMinor - kSecondPaymentMinor));
  ToolOk({kCli, "show", "debtor", events.debtor, "--db", spec.db}, dir.Sub("show-debtor"));
  CHECK(VerifiedDigest(dir, spec.db) == ref.digest);
}

// kcat without -X topic.partitioner=murmur2_random: for this key, CRC32 and
// murmur2 pick different partitions. The engine must not keep such a
// debtor's state in a partition its key does not route to (where
// `show debtor`, payments produced by `relance publish` and a file replay
// never look, and where a replay of the log would not put it): it
// dead-letters the record, REJECTION_REASON_WRONG_PARTITION.
TEST_CASE("engine: a keyed event on a partition its key does not route to is dead-lettered, not applied there",
          "[integration][engine]") {
  TempDir dir;
  InProcessCluster cluster;
  const DebtorEvents events("DR-KCAT-02");  // murmur2 -> 5, CRC32 -> 6 (of 8): checked below.
  WriteLines(dir.Sub("invoice.jsonl"), events.invoice);
  KcatProduce(dir, cluster.bootstraps, events.debtor, dir.Sub("invoice.jsonl"), {});

  const std::vector<Record> produced = ReadWholeTopic(cluster.bootstraps, kafka::kEventsTopic);
  REQUIRE(produced.size() == 1);
  const auto routed = static_cast<std::int32_t>(PartitionForKey(events.debtor, kPartitions));
  INFO("kcat's default partitioner put " << events.debtor << " in partition " << produced[0].partition
                                         << "; the engine routes it to partition " << routed);
  REQUIRE(produced[0].partition != routed);

  EngineSpec spec;
  spec.brokers = cluster.bootstraps;
  spec.db = dir.Sub("engine");
  spec.group = "kcat-misrouted";
  spec.exit_when_idle_ms = 1500;
  const EngineCounters counters = RunEngineUntilIdle(dir, spec, "run");
  CHECK(counters.applied == 0);
  CHECK(counters.rejected == 1);
  const std::vector<Record> rejected = ReadWholeTopic(cluster.bootstraps, kafka::kRejectedTopic);
  REQUIRE(rejected.size() == 1);
  CHECK(rejected[0].Header(kafka::kReasonHeader) == std::string("REJECTION_REASON_WRONG_PARTITION"));
  CHECK(rejected[0].Header(kafka::kSourcePartitionHeader) == std::to_string(produced[0].partition));
  CHECK(rejected[0].value == produced[0].value);
  const CliResult debt = Tool({kCli, "show", "debt", events.debt, "--db", spec.db}, dir.Sub("show-debt"));
  INFO("show debt:\n" << debt.out << debt.err);
  CHECK(debt.exit_code != 0);  // No state for the debt anywhere.
}

}  // namespace
}  // namespace relance::testing::engine_it
