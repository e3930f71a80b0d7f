// A window's read-ahead (Applier::Prefetch) reads what its events will touch
// before they are applied: the debts of a payment that names no debt (its
// debtor's open debts) and of a reversal (what its payment gave), states and
// read-side rows, found through the debtor's state. An Applier with a cold
// cache over a committed store then reads nothing more while it applies,
// and a debt changed since the last commit still has its row asked for.
// Real RocksDB.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/replay/applier.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::replay {
namespace {

constexpr std::uint32_t kPartitions = 4;
constexpr const char* kDebtor = "DR-RA";

// The projector, and the debt rows each Prefetch asked it for.
class RecordingSink : public ProjectionSink {
 public:
  explicit RecordingSink(store::Store* store) : projector_(store) {}
  std::vector<std::string> prefetched_debts;

  Status Prefetch(const std::vector<RowRef>& debts, const std::vector<RowRef>& debtors) override {
    for (const RowRef& debt : debts) prefetched_debts.emplace_back(debt.id);
    return projector_.Prefetch(debts, debtors);
  }
  Status OnEvent(std::uint32_t partition, const v1::Event& event, const std::vector<const core::Debt*>& touched_debts,
                 const std::vector<core::BalanceChange>& balance_changes, const core::Debtor* debtor,
                 const RowHandles& rows) override {
    return projector_.OnEvent(partition, event, touched_debts, balance_changes, debtor, rows);
  }
  Status OnDayVisit(std::uint32_t partition, const v1::Event& day_closed,
                    const std::vector<const core::Debt*>& touched_debts, const core::Debtor* debtor,
                    const RowHandles& rows) override {
    return projector_.OnDayVisit(partition, day_closed, touched_debts, debtor, rows);
  }
  void FlushTo(rocksdb::WriteBatch* batch) override { projector_.FlushTo(batch); }
  std::size_t FlushBytesEstimate() const override { return projector_.FlushBytesEstimate(); }

 private:
  projections::Projector projector_;
};

// A writer over `store` with a cold cache, as after a restart or an eviction.
struct Writer {
  explicit Writer(store::Store* store) : applier(store, /*cache_entries=*/100), sink(store) {
    applier.set_projection_sink(&sink);
    REQUIRE(applier.Open(kPartitions).ok());
  }
  // Reads the window ahead, then applies it; every event must be accepted.
  void Window(const std::vector<v1::Event>& events) {
    std::vector<const v1::Event*> window;
    for (const v1::Event& e : events) window.push_back(&e);
    REQUIRE(applier.Prefetch(window).ok());
    misses_after_prefetch = applier.cache_misses();
    const std::uint32_t partition = PartitionForKey(kDebtor, kPartitions);
    for (const v1::Event& e : events) {
      bool accepted = false;
      v1::Rejection rejection;
      REQUIRE(applier.Apply(partition, e, codec::EncodeBinary(e), &accepted, &rejection).ok());
      INFO(rejection.ShortDebugString());
      REQUIRE(accepted);
    }
  }
  void Commit(store::Store* store) {
    rocksdb::WriteBatch batch;
    REQUIRE(applier.FlushTo(&batch).ok());
    REQUIRE(store->Write(&batch).ok());
    applier.Committed();
  }
  Applier applier;
  RecordingSink sink;
  std::uint64_t misses_after_prefetch = 0;
};

TEST_CASE("a window reads ahead the debts its payments without a debt and its reversals reach", "[replay]") {
  testing::TempDir dir;
  store::StoreOptions options;
  options.bulk = true;
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(dir.Sub("db"), options, &store).ok());
  {
    Writer writer(store.get());
    writer.Window({testing::Invoice("inv-1", kDebtor, "D1", 10'000, "2026-01-01", "2026-01-31"),
                   testing::Invoice("inv-2", kDebtor, "D2", 20'000, "2026-01-01", "2026-02-28"),
                   testing::Invoice("inv-3", kDebtor, "D3", 30'000, "2026-01-01", "2026-03-31"),
                   testing::Invoice("inv-4", kDebtor, "D4", 5'000, "2026-01-01", "2026-01-15", "USD")});
    writer.Commit(store.get());
  }
  {
    // 250.00 EUR, oldest due first: all of D1 and 150.00 of D2. The
    // read-ahead takes every open EUR debt (D1 to D3), as the core may look
    // at each, and not the USD one.
    Writer writer(store.get());
    writer.Window({testing::Payment("pay-1", kDebtor, "", "P-1", 25'000, "2026-02-10")});
    CHECK(writer.sink.prefetched_debts == std::vector<std::string>{"D1", "D2", "D3"});
    CHECK(writer.applier.cache_misses() == writer.misses_after_prefetch);
    writer.Commit(store.get());
  }
  {
    // The reversal takes back what P-1 gave to D1 and D2 (D1 is paid and
    // closed: no longer among the debtor's open debts).
    Writer writer(store.get());
    writer.Window({testing::Reversal("rev-1", kDebtor, "P-1", "2026-02-12")});
    CHECK(writer.sink.prefetched_debts == std::vector<std::string>{"D1", "D2"});
    CHECK(writer.applier.cache_misses() == writer.misses_after_prefetch);
    writer.Commit(store.get());
  }
  {
    // A debt changed since the last commit is asked for again: a state may
    // change without its row being read (a DayClosed's visit), and the read
    // side skips the rows it holds.
    Writer writer(store.get());
    writer.Window({testing::Payment("pay-2", kDebtor, "D3", "P-2", 1'000, "2026-02-13")});
    writer.Window({testing::Payment("pay-3", kDebtor, "D3", "P-3", 1'000, "2026-02-14")});
    CHECK(writer.sink.prefetched_debts == std::vector<std::string>{"D3", "D3"});
    writer.Commit(store.get());
  }
}

}  // namespace
}  // namespace relance::replay
