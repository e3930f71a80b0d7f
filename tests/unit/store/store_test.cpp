// The store layer: key order, the write-back cache, the timer index, the
// partition count, digest stability. Real RocksDB in a temporary directory.
#include "engine/store/store.h"

#include <catch2/catch.hpp>
#include <memory>

#include "engine/core/hash.h"
#include "engine/store/digest.h"
#include "engine/store/history.h"
#include "engine/store/keys.h"
#include "engine/store/state_cache.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

using namespace relance;
using namespace relance::testing;

namespace {

std::unique_ptr<store::Store> OpenStore(const std::string& dir, bool bulk = false) {
  store::StoreOptions options;
  options.bulk = bulk;
  std::unique_ptr<store::Store> s;
  const Status status = store::Store::Open(dir, options, &s);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return s;
}

// Applies an event through the cache like the replayer does.
bool ApplyCached(store::StateCache& cache, const v1::Event& e, std::uint32_t partition, Day business_date) {
  core::Context ctx;
  ctx.business_date = business_date;
  core::Outcome out;
  core::Apply(e, ctx, cache.Bind(partition), &out);
  if (out.accepted) cache.Accepted(out, e.debtor_key(), ctx, e.SerializeAsString(), nullptr);
  return out.accepted;
}

std::uint64_t CountFamily(const store::Store& s, store::Family f) {
  std::uint64_t n = 0;
  auto it = s.NewIterator(f);
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
  return n;
}

}  // namespace

TEST_CASE("keys sort by partition, then id, timers by day then debt", "[store]") {
  REQUIRE(store::EntityKey(1, "zzz") < store::EntityKey(2, "aaa"));
  REQUIRE(store::EntityKey(300, "a") > store::EntityKey(255, "z"));
  REQUIRE(store::PartitionOf(store::EntityKey(300, "a")) == 300);
  const Day d = DayOf("2026-03-01");
  REQUIRE(store::TimerKey(3, d, "zz") < store::TimerKey(3, d + 1, "aa"));
  REQUIRE(store::TimerKey(3, d, "zz") < store::TimerLimit(3, d));
  REQUIRE(store::TimerKey(3, d + 1, "aa") >= store::TimerLimit(3, d));
  REQUIRE(store::TimerDebtId(store::TimerKey(3, d, "DEBT-9")) == "DEBT-9");
  // History entries of one debt are contiguous and in sequence order, and
  // never interleave with a debt whose id extends this one.
  REQUIRE(store::HistoryKey(0, "D1", 2) < store::HistoryKey(0, "D1", 10));
  REQUIRE(store::HistoryKey(0, "D1", 999) < store::HistoryKey(0, "D10", 1));
}

TEST_CASE("the partition count is fixed at creation", "[store]") {
  TempDir tmp;
  {
    auto s = OpenStore(tmp.Sub("db"));
    std::uint32_t n = 0;
    REQUIRE(s->UsePartitions(8, &n).ok());
    REQUIRE(n == 8);
  }
  auto s = OpenStore(tmp.Sub("db"));
  std::uint32_t n = 0;
  REQUIRE(s->UsePartitions(0, &n).ok());
  REQUIRE(n == 8);
  const Status refused = s->UsePartitions(16, &n);
  REQUIRE(refused.code() == Status::Code::kInvalidArgument);
}

TEST_CASE("a database of another store format is refused, naming both formats", "[store]") {
  TempDir tmp;
  {
    auto s = OpenStore(tmp.Sub("db"));
    std::uint32_t n = 0;
    REQUIRE(s->UsePartitions(8, &n).ok());
    std::string value;
    bool found = false;
    REQUIRE(s->Get(store::Family::kMeta, store::kStoreFormatKey, &value, &found).ok());
    REQUIRE(found);
    CHECK(value == std::string("\0\0\0\x02", 4));
    // As a database written before the format was recorded (format 1).
    rocksdb::WriteBatch batch;
    batch.Delete(s->handle(store::Family::kMeta), std::string(store::kStoreFormatKey));
    REQUIRE(s->Write(&batch).ok());
  }
  auto s = OpenStore(tmp.Sub("db"));
  std::uint32_t n = 0;
  const Status refused = s->UsePartitions(0, &n);
  REQUIRE(refused.code() == Status::Code::kInvalidArgument);
  CHECK(refused.message().find("store format 1") != std::string::npos);
  CHECK(refused.message().find("format 2") != std::string::npos);
  CHECK(refused.message().find("replay") != std::string::npos);
}

TEST_CASE("a history entry is a v1::HistoryEntry: the event, then its own debt's balance changes", "[store][history]") {
  const v1::Event payment = Payment("e7", "DR1", "", "P1", 1500, "2026-02-03");
  const std::string event_bytes = payment.SerializeAsString();
  core::Outcome outcome;
  core::Debt d1, d2;
  outcome.touched_debts = {&d1, &d2};
  const Day day = DayOf("2026-02-03");
  outcome.balance_changes.push_back({0, core::BalanceCause::kPayment, day, -1000, 1000});
  outcome.balance_changes.push_back({1, core::BalanceCause::kPayment, day, -500, 500});
  outcome.balance_changes.push_back({0, core::BalanceCause::kDiscount, day, -20, 0});
  std::string chunk;
  store::HistoryScratch scratch;
  store::AppendHistoryEntry(&chunk, event_bytes, outcome, 0, &scratch);
  store::AppendHistoryEntry(&chunk, event_bytes, outcome, 1, &scratch);

  std::vector<std::pair<std::uint64_t, std::string>> records;
  REQUIRE(store::ForEachHistoryRecord(
      chunk, 41, [&](std::uint64_t seq, std::string_view bytes) { records.emplace_back(seq, std::string(bytes)); }));
  REQUIRE(records.size() == 2);
  CHECK(records[0].first == 41);
  CHECK(records[1].first == 42);
  for (std::uint32_t debt = 0; debt < 2; ++debt) {
    // The bytes protobuf itself writes for the same entry: canonical.
    v1::HistoryEntry expected;
    *expected.mutable_event() = payment;
    for (const core::BalanceChange& change : outcome.balance_changes) {
      if (change.debt == debt) core::ToRecord(change, expected.add_balance_changes());
    }
    CHECK(records[debt].second == expected.SerializeAsString());
    v1::HistoryEntry parsed;
    REQUIRE(store::ParseHistoryEntry(records[debt].second, &parsed));
    CHECK(parsed.event().event_id() == "e7");
    REQUIRE(parsed.balance_changes_size() == (debt == 0 ? 2 : 1));
    const core::BalanceChange back = core::FromRecord(parsed.balance_changes(0), debt);
    CHECK(back.cause == core::BalanceCause::kPayment);
    CHECK(back.day == day);
    CHECK(back.delta_minor == (debt == 0 ? -1000 : -500));
    CHECK(back.cash_minor == -back.delta_minor);
  }
  CHECK(core::FromRecord(v1::BalanceChange(), 0).cause == core::BalanceCause::kUnspecified);
  // A record cut short is malformed, not a shorter history.
  CHECK_FALSE(store::ForEachHistoryRecord(std::string_view(chunk).substr(0, chunk.size() - 1), 1,
                                          [](std::uint64_t, std::string_view) {}));
}

TEST_CASE("the cache writes back only at FlushTo, one Put per changed state", "[store][cache]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  store::StateCache cache(s.get(), 1000);
  REQUIRE(ApplyCached(cache, Invoice("e1", "DR1", "D1", 10000, "2026-01-01", "2026-01-31"), 5, kNoDay));
  REQUIRE(ApplyCached(cache, Payment("e2", "DR1", "D1", "P1", 4000, "2026-01-10"), 5, kNoDay));
  REQUIRE(ApplyCached(cache, Payment("e3", "DR1", "D1", "P2", 1000, "2026-01-11"), 5, kNoDay));
  REQUIRE(CountFamily(*s, store::Family::kDebt) == 0);  // Nothing written yet.

  rocksdb::WriteBatch batch;
  cache.FlushTo(&batch);
  // One debt, one debtor, one history chunk, one timer (the due date): three
  // events coalesced.
  REQUIRE(batch.Count() == 4);
  REQUIRE(s->Write(&batch).ok());

  std::string value;
  bool found = false;
  REQUIRE(s->Get(store::Family::kDebt, store::EntityKey(5, "D1"), &value, &found).ok());
  REQUIRE(found);
  core::Debt debt;
  REQUIRE(debt.ParseFromString(value));
  REQUIRE(debt.balance_minor() == 5000);
  REQUIRE(debt.review_date().ToCivil().year() == 2026);
  REQUIRE(CountFamily(*s, store::Family::kTimer) == 1);
  REQUIRE(CountFamily(*s, store::Family::kHistory) == 1);
}

TEST_CASE("an evicted state is read back from RocksDB with its changes", "[store][cache]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  store::StateCache cache(s.get(), 4);  // Tiny: forces evictions.
  for (int i = 0; i < 20; ++i) {
    const std::string debtor = "DR" + std::to_string(i);
    REQUIRE(ApplyCached(
        cache, Invoice("i" + std::to_string(i), debtor, "D" + std::to_string(i), 1000 + i, "2026-01-01", "2026-01-31"),
        0, kNoDay));
  }
  rocksdb::WriteBatch batch;
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  cache.Evict();
  REQUIRE(cache.size() <= 4);
  // Every debt still exists and accepts a payment: states came back from disk.
  for (int i = 0; i < 20; ++i) {
    const std::string debtor = "DR" + std::to_string(i);
    REQUIRE(ApplyCached(cache,
                        Payment("p" + std::to_string(i), debtor, "D" + std::to_string(i), "PAY" + std::to_string(i),
                                1000 + i, "2026-01-05"),
                        0, kNoDay));
  }
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  REQUIRE(cache.misses() >= 16);
  // Paid debts have no review date: their timers are gone.
  REQUIRE(CountFamily(*s, store::Family::kTimer) == 0);
}

TEST_CASE("a dirty state is never evicted before it is written", "[store][cache]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  store::StateCache cache(s.get(), 2);
  for (int i = 0; i < 10; ++i) {
    REQUIRE(ApplyCached(cache,
                        Invoice("i" + std::to_string(i), "DR" + std::to_string(i), "D" + std::to_string(i), 500,
                                "2026-01-01", "2026-01-31"),
                        1, kNoDay));
  }
  cache.Evict();  // All dirty: nothing may go.
  REQUIRE(cache.size() == 20);
  rocksdb::WriteBatch batch;
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  REQUIRE(CountFamily(*s, store::Family::kDebt) == 10);
  REQUIRE(CountFamily(*s, store::Family::kDebtor) == 10);
}

namespace {

// Debt D1 of debtor DR1 (700), committed in partition 2 by a cache of its own.
void CommitInvoiceD1(store::Store* s) {
  store::StateCache writer(s, 100);
  REQUIRE(ApplyCached(writer, Invoice("e1", "DR1", "D1", 700, "2026-01-01", "2026-01-31"), 2, kNoDay));
  rocksdb::WriteBatch batch;
  writer.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
}

}  // namespace

TEST_CASE("prefetch reads misses in one go and caches absences", "[store][cache]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  CommitInvoiceD1(s.get());
  store::StateCache cache(s.get(), 100);
  store::StateCache::DebtSlot* d1 = cache.WantDebt(2, "D1");
  REQUIRE(cache.WantDebt(2, "D1") == d1);  // One slot per state.
  cache.WantDebt(2, "NOPE");
  store::StateCache::DebtorSlot* dr1 = cache.WantDebtor(2, "DR1");
  REQUIRE(cache.misses() == 0);  // Wanting reads nothing.
  REQUIRE(cache.Prefetch().ok());
  const auto misses = cache.misses();
  REQUIRE(misses == 3);
  SECTION("looked up by id") {
    core::StateAccess& access = cache.Bind(2);
    REQUIRE(access.FindDebt("D1") != nullptr);
    REQUIRE(access.FindDebt("D1")->balance_minor() == 700);
    REQUIRE(access.FindDebt("NOPE") == nullptr);
    REQUIRE(access.Debtor("DR1")->open_debts_size() == 1);
  }
  SECTION("through the slots hinted for an event") {
    core::StateAccess& access = cache.Bind(2);
    cache.Hint(d1, dr1);
    REQUIRE(access.FindDebt("D1") == &d1->second.state);
    REQUIRE(access.Debtor("DR1") == &dr1->second.state);
    REQUIRE(access.FindDebt("NOPE") == nullptr);  // Not hinted: by its key.
  }
  REQUIRE(cache.misses() == misses);  // All answered from the cache.
}

TEST_CASE("a state wanted and not read ahead is read when the core asks for it", "[store][cache]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  CommitInvoiceD1(s.get());
  store::StateCache cache(s.get(), 100);
  store::StateCache::DebtSlot* d1 = cache.WantDebt(2, "D1");
  core::StateAccess& access = cache.Bind(2);
  cache.Hint(d1, nullptr);  // Not read: ignored.
  REQUIRE(access.FindDebt("D1") != nullptr);
  REQUIRE(access.FindDebt("D1")->balance_minor() == 700);
  REQUIRE(cache.misses() == 1);
  REQUIRE(cache.Prefetch().ok());  // Read already: nothing more.
  REQUIRE(cache.misses() == 1);
  REQUIRE(cache.read_status().ok());
}

TEST_CASE("a debtor's list finds its debts by their hints, checked, and retired by an eviction", "[store][cache]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  store::StateCache cache(s.get(), 2);  // Tiny: the eviction after a commit drops states.
  REQUIRE(ApplyCached(cache, Invoice("e1", "DR1", "D1", 700, "2026-01-01", "2026-01-31"), 0, kNoDay));
  REQUIRE(ApplyCached(cache, Invoice("e2", "DR1", "D2", 300, "2026-01-01", "2026-02-28"), 0, kNoDay));
  const core::Debtor* dr1 = cache.Bind(0).Debtor("DR1");
  REQUIRE(dr1->open_debts_size() == 2);
  // Copies: the list's hints are values, kept by the copies.
  const core::OpenDebt ref_d1 = dr1->open_debts(0);
  const core::OpenDebt ref_d2 = dr1->open_debts(1);
  REQUIRE(ref_d1.debt_id() == "D1");
  REQUIRE(ref_d1.hint()->epoch == 0);

  core::Debt* d1 = cache.Bind(0).FindListedDebt(ref_d1);
  REQUIRE(d1 != nullptr);
  REQUIRE(d1->balance_minor() == 700);
  REQUIRE(ref_d1.hint()->epoch != 0);  // Set by the lookup.
  REQUIRE(cache.Bind(0).FindListedDebt(ref_d1) == d1);
  // A hint that names another debt's slot is not believed: the id decides.
  *ref_d2.hint() = *ref_d1.hint();
  core::Debt* d2 = cache.Bind(0).FindListedDebt(ref_d2);
  REQUIRE(d2 != nullptr);
  REQUIRE(d2 != d1);
  REQUIRE(d2->balance_minor() == 300);
  // Nor in another partition: there the debt does not exist.
  REQUIRE(cache.Bind(1).FindListedDebt(ref_d1) == nullptr);

  // Commit, fill the cache with other debtors, commit, evict: D1's slot is
  // erased, and its hint must not lead there (the address sanitizer build
  // would report the read), but to the state read back from RocksDB.
  rocksdb::WriteBatch batch;
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  for (int i = 0; i < 10; ++i) {
    REQUIRE(ApplyCached(cache,
                        Invoice("x" + std::to_string(i), "DX" + std::to_string(i), "DX" + std::to_string(i), 100,
                                "2026-01-01", "2026-01-31"),
                        0, kNoDay));
  }
  batch.Clear();
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  cache.Evict();
  REQUIRE(cache.size() <= 2);
  const auto misses = cache.misses();
  core::Debt* again = cache.Bind(0).FindListedDebt(ref_d1);
  REQUIRE(again != nullptr);
  REQUIRE(again->balance_minor() == 700);
  REQUIRE(again->debt_id() == "D1");
  REQUIRE(cache.misses() == misses + 1);  // Read back, not found by the old slot.
}

TEST_CASE("the digest covers state and ignores input cursors", "[store][digest]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  store::DigestResult empty;
  REQUIRE(store::ComputeDigest(*s, &empty).ok());

  rocksdb::WriteBatch cursor;
  cursor.Put(s->handle(store::Family::kMeta), store::CursorKey("file"), "42 abc");
  REQUIRE(s->Write(&cursor).ok());
  store::DigestResult after_cursor;
  REQUIRE(store::ComputeDigest(*s, &after_cursor).ok());
  REQUIRE(after_cursor.sha256_hex == empty.sha256_hex);

  store::StateCache cache(s.get(), 100);
  REQUIRE(ApplyCached(cache, Invoice("e1", "DR1", "D1", 700, "2026-01-01", "2026-01-31"), 0, kNoDay));
  rocksdb::WriteBatch batch;
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  store::DigestResult with_debt;
  REQUIRE(store::ComputeDigest(*s, &with_debt).ok());
  REQUIRE(with_debt.sha256_hex != empty.sha256_hex);
  REQUIRE(with_debt.debts == 1);
  REQUIRE(with_debt.sha256_hex.size() == 64);

  store::AuditResult audit;
  REQUIRE(store::Audit(*s, &audit).ok());
  REQUIRE(audit.problems.empty());
  REQUIRE(audit.debts_checked == 1);
}

TEST_CASE("the audit notices a debt whose balance breaks the invariant", "[store][digest]") {
  TempDir tmp;
  auto s = OpenStore(tmp.Sub("db"));
  store::StateCache cache(s.get(), 100);
  REQUIRE(ApplyCached(cache, Invoice("e1", "DR1", "D1", 700, "2026-01-01", "2026-01-31"), 0, kNoDay));
  rocksdb::WriteBatch batch;
  cache.FlushTo(&batch);
  REQUIRE(s->Write(&batch).ok());
  // Corrupt the stored balance behind the engine's back.
  std::string value;
  bool found = false;
  REQUIRE(s->Get(store::Family::kDebt, store::EntityKey(0, "D1"), &value, &found).ok());
  core::Debt debt;
  REQUIRE(debt.ParseFromString(value));
  debt.set_balance_minor(699);
  rocksdb::WriteBatch bad;
  bad.Put(s->handle(store::Family::kDebt), store::EntityKey(0, "D1"), debt.SerializeAsString());
  REQUIRE(s->Write(&bad).ok());
  store::AuditResult audit;
  REQUIRE(store::Audit(*s, &audit).ok());
  REQUIRE(audit.problems.size() == 1);
  REQUIRE_THAT(audit.problems[0], Catch::Contains("balance 699"));
}
