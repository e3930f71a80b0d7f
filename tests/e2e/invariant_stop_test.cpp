// The money invariants are checked in release builds too, on every debt a
// batch changed, before the batch is committed (StateCache::CheckDirtyDebts):
// a state the store hands back broken (a bug of an earlier version, a damaged
// disk) stops `relance replay` with a message naming the debt and the sums,
// and nothing of the batch is committed, so the damage does not spread to the
// decisions, the history or the read side. Once the state is repaired, the
// same command resumes where it stopped.
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;
constexpr std::uint32_t kPartitions = 8;
const std::string kDebtor = "DR-INV";
const std::string kDebt = "D-INV";

void WriteLog(const std::string& path, const std::vector<v1::Event>& events) {
  std::string error;
  auto writer = codec::LogWriter::Open(path, codec::Format::kJsonLines, &error);
  INFO(error);
  REQUIRE(writer);
  for (const v1::Event& event : events) writer->WriteRaw(codec::EncodeJson(event));
  REQUIRE(writer->Close());
}

std::string DebtKey() { return store::EntityKey(PartitionForKey(kDebtor, kPartitions), kDebt); }

core::Debt ReadDebt(const std::string& db) {
  std::unique_ptr<store::Store> store;
  store::StoreOptions options;
  options.read_only = true;
  REQUIRE(store::Store::Open(db, options, &store).ok());
  std::string value;
  bool found = false;
  REQUIRE(store->Get(store::Family::kDebt, DebtKey(), &value, &found).ok());
  REQUIRE(found);
  core::Debt debt;
  REQUIRE(debt.ParseFromString(value));
  return debt;
}

void WriteDebt(const std::string& db, const core::Debt& debt) {
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(db, store::StoreOptions{}, &store).ok());
  rocksdb::WriteBatch batch;
  batch.Put(store->handle(store::Family::kDebt), DebtKey(), debt.SerializeAsString());
  REQUIRE(store->Write(&batch).ok());
}

CliResult Replay(const std::string& log, const std::string& db, const std::string& threads,
                 const std::string& scratch) {
  return RunCli(
      {kCli, "replay", "--input", log, "--db", db, "--partitions", std::to_string(kPartitions), "--threads", threads},
      scratch);
}

TEST_CASE("a debt whose money invariants break stops the replay before its batch is committed", "[e2e]") {
  const std::string threads = GENERATE("1", "2");
  CAPTURE(threads);
  TempDir dir;
  const std::string log = dir.Sub("events.jsonl"), db = dir.Sub("db");
  const v1::Event invoice = Invoice("e-invoice", kDebtor, kDebt, 100'000, "2026-01-05", "2026-02-04");
  WriteLog(log, {invoice});
  const CliResult first = Replay(log, db, threads, dir.Sub("first"));
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);

  // The stored state says 900.00 is owed on a 1,000.00 invoice nothing was paid on.
  core::Debt good = ReadDebt(db);
  REQUIRE(good.balance_minor() == 100'000);
  core::Debt broken = good;
  broken.set_balance_minor(90'000);
  WriteDebt(db, broken);

  // A payment on it, and an invoice of another debtor in the same batch.
  WriteLog(log, {invoice, Payment("e-pay", kDebtor, kDebt, "P-1", 30'000, "2026-02-10"),
                 Invoice("e-other", "DR-OTHER", "D-OTHER", 5'000, "2026-01-06", "2026-02-05")});
  const CliResult stopped = Replay(log, db, threads, dir.Sub("stopped"));
  INFO(stopped.out << stopped.err);
  CHECK(stopped.exit_code != 0);
  CHECK_THAT(stopped.err, Catch::Contains("invariant broken") && Catch::Contains("debt " + kDebt) &&
                              Catch::Contains("balance 60000 != issued 100000 - paid 30000") &&
                              Catch::Contains("nothing of this batch is committed"));
  // Nothing of the batch was committed: the payment is not booked, the
  // other debtor's invoice is not there, and the rerun reads both again.
  CHECK(ReadDebt(db).paid_minor() == 0);
  CHECK(ReadDebt(db).balance_minor() == 90'000);
  const CliResult again = Replay(log, db, threads, dir.Sub("again"));
  INFO(again.out << again.err);
  CHECK(again.exit_code == stopped.exit_code);
  CHECK_THAT(again.err, Catch::Contains("invariant broken"));

  // Repaired, the same command resumes after the invoice and applies both.
  WriteDebt(db, good);
  const CliResult resumed = Replay(log, db, threads, dir.Sub("resumed"));
  INFO(resumed.out << resumed.err);
  CHECK(resumed.exit_code == 0);
  CHECK_THAT(resumed.out, Catch::Contains("records: 2 read, 1 skipped"));
  const core::Debt paid = ReadDebt(db);
  CHECK(paid.paid_minor() == 30'000);
  CHECK(paid.balance_minor() == 70'000);
}

}  // namespace
}  // namespace relance::testing
