// Idempotency beyond the debtor's windows (issue 15, item 4): a debtor with
// thousands of payments not tied to a debt, and the oldest one redelivered.
// The debtor state keeps the newest 1,024 event ids and payment records; the
// ids that leave them are kept in the store (store/keys.h, forgotten ids) and
// looked up by the Applier. Money is never counted twice, whatever the
// commits, the cache evictions and the restarts in between. Real RocksDB.
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <string>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/limits.h"
#include "engine/replay/applier.h"
#include "engine/replay/replayer.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kDebtor = "DR-MANY";
constexpr int kPayments = 5000;

std::unique_ptr<store::Store> OpenStore(const std::string& dir) {
  std::unique_ptr<store::Store> s;
  const Status status = store::Store::Open(dir, store::StoreOptions(), &s);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return s;
}

v1::Event BigInvoice() { return Invoice("inv-D1", kDebtor, "D1", 1'000'000'000, "2026-01-01", "2026-01-31"); }

// Payment n: one cent, not tied to a debt (allocated to D1, the only one).
v1::Event NthPayment(int n) {
  return Payment("pay-" + std::to_string(n), kDebtor, "", "P-" + std::to_string(n), 1, "2026-02-01");
}

void AppendLog(const std::string& path, const std::vector<v1::Event>& events) {
  std::ofstream out(path, std::ios::app);
  for (const v1::Event& e : events) out << codec::EncodeJson(e) << '\n';
  REQUIRE(out.good());
}

replay::ReplayStats ReplayLog(store::Store* store, const std::string& log) {
  replay::ReplayOptions options;
  options.input = log;
  options.format = codec::Format::kJsonLines;
  options.partitions = 4;
  options.batch_events = 7;   // Many commits: redeliveries meet committed and pending ids.
  options.cache_entries = 2;  // States evicted and read back all along.
  options.threads = 2;
  options.rejections_logged_max = 0;
  replay::ReplayStats stats;
  const Status status = replay::Replay(store, options, &stats);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return stats;
}

core::Debt ReadDebt(const store::Store& store, std::uint32_t partition, const std::string& debt_id) {
  std::string value;
  bool found = false;
  REQUIRE(store.Get(store::Family::kDebt, store::EntityKey(partition, debt_id), &value, &found).ok());
  REQUIRE(found);
  core::Debt debt;
  REQUIRE(debt.ParseFromString(value));
  return debt;
}

std::uint64_t Duplicates(const replay::ReplayStats& stats) {
  return stats.rejected_by_reason[v1::REJECTION_REASON_DUPLICATE_EVENT];
}

TEST_CASE("the oldest of 5,000 unattached payments, redelivered, is a duplicate, across commits and restarts",
          "[replay][idempotency]") {
  TempDir tmp;
  const std::string log = tmp.Sub("payments.jsonl");
  const std::string db = tmp.Sub("db");
  const std::uint32_t partition = PartitionForKey(kDebtor, 4);
  std::vector<v1::Event> events{BigInvoice()};
  for (int n = 0; n < kPayments; ++n) events.push_back(NthPayment(n));
  events.push_back(NthPayment(0));  // The very same event, thousands of events later.
  // Another event for the same payment (a bank file imported twice).
  events.push_back(Payment("pay-0-again", kDebtor, "", "P-0", 1, "2026-02-01"));
  // Payment 4000 leaves both windows with payment 5024: redelivered right
  // after it, its id is most likely in the batch being built, not yet in the
  // store (the next test makes sure of that case).
  for (int n = kPayments; n <= kPayments + 24; ++n) events.push_back(NthPayment(n));
  events.push_back(NthPayment(kPayments + 24 - static_cast<int>(kDebtorEventHashesMax)));
  AppendLog(log, events);
  const int paid = kPayments + 25;
  {
    auto store = OpenStore(db);
    const replay::ReplayStats stats = ReplayLog(store.get(), log);
    CHECK(stats.applied == static_cast<std::uint64_t>(1 + paid));
    CHECK(Duplicates(stats) == 3);
    CHECK(stats.rejected == 3);
    CHECK(ReadDebt(*store, partition, "D1").paid_minor() == paid);
  }
  // After a restart: a new process reads the committed ids.
  AppendLog(log, {NthPayment(0), NthPayment(1), NthPayment(kPayments + 24)});
  auto store = OpenStore(db);
  const replay::ReplayStats stats = ReplayLog(store.get(), log);
  CHECK(stats.skipped == events.size());
  CHECK(stats.applied == 0);
  CHECK(Duplicates(stats) == 3);
  CHECK(ReadDebt(*store, partition, "D1").paid_minor() == paid);
}

TEST_CASE("ids forgotten in the uncommitted batch count as seen, and are committed with the debtor",
          "[replay][idempotency]") {
  TempDir tmp;
  auto store = OpenStore(tmp.Sub("db"));
  replay::Applier applier(store.get(), 2);
  REQUIRE(applier.Open(1).ok());
  auto apply = [&](const v1::Event& e) {
    bool accepted = false;
    v1::Rejection rejection;
    REQUIRE(applier.Apply(0, e, codec::EncodeBinary(e), &accepted, &rejection).ok());
    return accepted ? v1::REJECTION_REASON_UNSPECIFIED : rejection.reason();
  };
  REQUIRE(apply(BigInvoice()) == v1::REJECTION_REASON_UNSPECIFIED);
  const int count = static_cast<int>(kDebtorEventHashesMax) + 10;
  for (int n = 0; n < count; ++n) REQUIRE(apply(NthPayment(n)) == v1::REJECTION_REASON_UNSPECIFIED);
  // Nothing committed yet: the oldest ids are only in the pending batch.
  CHECK(apply(NthPayment(0)) == v1::REJECTION_REASON_DUPLICATE_EVENT);
  CHECK(apply(Payment("pay-9-again", kDebtor, "", "P-9", 1, "2026-02-01")) == v1::REJECTION_REASON_DUPLICATE_EVENT);
  // A payment tied to the debt is a duplicate by payment id too.
  CHECK(apply(Payment("pay-5-tied", kDebtor, "D1", "P-5", 1, "2026-02-01")) == v1::REJECTION_REASON_DUPLICATE_EVENT);
  rocksdb::WriteBatch batch;
  REQUIRE(applier.FlushTo(&batch).ok());
  REQUIRE(store->Write(&batch).ok());
  applier.Committed();
  // Ten event ids and ten payment ids left the windows: twenty keys, counted
  // by the debtor.
  std::uint64_t keys = 0;
  auto it = store->NewIterator(store::Family::kMeta);
  for (it->SeekToFirst(); it->Valid(); it->Next()) keys += it->key()[0] == store::kForgottenPrefix ? 1 : 0;
  CHECK(keys == 20);
  std::string value;
  bool found = false;
  REQUIRE(store->Get(store::Family::kDebtor, store::EntityKey(0, kDebtor), &value, &found).ok());
  core::Debtor debtor;
  REQUIRE(debtor.ParseFromString(value));
  CHECK(debtor.ids_forgotten() == 20);
  CHECK(ReadDebt(*store, 0, "D1").paid_minor() == count);
}

}  // namespace
}  // namespace relance::testing
