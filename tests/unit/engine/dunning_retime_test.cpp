// Re-timing: what moves a debt's next action day besides its own events.
// A policy published after the debts (every open debt is re-timed: at once in
// the core, a bounded number per DayClosed in the shell for committed debts),
// and one letter carrying two invoices at different steps.
#include <catch2/catch.hpp>
#include <memory>

#include "engine/codec/event_codec.h"
#include "engine/replay/applier.h"
#include "engine/store/digest.h"
#include "tests/support/temp_dir.h"
#include "tests/unit/engine/dunning_harness.h"

namespace relance::testing {
namespace {

TEST_CASE("a policy published after the debts are overdue chases them", "[dunning][retime]") {
  MiniEngine engine;
  REQUIRE(engine.Apply(InvoiceOf("inv-1", "DR1", "D1", "C1", 50000, "2026-01-01", "2026-01-31")).accepted);
  for (const char* day : {"2026-01-31", "2026-02-01", "2026-02-10"}) {
    REQUIRE(engine.Apply(DayClosedEvent(std::string("day-") + day, day)).accepted);
  }
  REQUIRE(engine.actions.empty());  // No policy yet: nothing is decided.
  REQUIRE(engine.Apply(PolicyEvent("policy-late", TestPolicy())).accepted);
  REQUIRE(engine.Apply(DayClosedEvent("day-2026-02-11", "2026-02-11")).accepted);
  // The level-1 step (due + 7 = 02-07) is overdue: it comes with the next day.
  REQUIRE(engine.actions.size() == 1);
  CHECK(Describe(engine.actions[0]) == "2026-02-11 REMINDER L1 EMAIL C1 [D1:1]");
}

// The shell: debts committed before the policy are re-timed by the DayClosed
// sweep (ContinueRetiming), with the same actions as the core.
TEST_CASE("the shell re-times committed debts after a new policy", "[dunning][retime]") {
  TempDir dir;
  store::StoreOptions options;
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(dir.Sub("db"), options, &store).ok());
  replay::Applier applier(store.get(), 1000);
  REQUIRE(applier.Open(1).ok());
  auto apply = [&](const v1::Event& e) {
    bool accepted = false;
    v1::Rejection rejection;
    REQUIRE(applier.Apply(0, e, codec::EncodeBinary(e), &accepted, &rejection).ok());
    INFO(rejection.ShortDebugString());
    REQUIRE(accepted);
  };
  auto commit = [&] {
    rocksdb::WriteBatch batch;
    REQUIRE(applier.FlushTo(&batch).ok());
    REQUIRE(store->Write(&batch).ok());
    applier.Committed();
  };
  for (int i = 0; i < 30; ++i) {
    apply(InvoiceOf(fmt::format("inv-{}", i), fmt::format("DR{}", i), fmt::format("D{:02d}", i), "C1", 50000,
                    "2026-01-01", "2026-01-31"));
  }
  apply(DayClosedEvent("day-2026-02-10", "2026-02-10"));
  commit();  // The debts are now in RocksDB, not in the cache's dirty set.
  REQUIRE(applier.actions() == 0);
  apply(PolicyEvent("policy-late", TestPolicy()));
  apply(DayClosedEvent("day-2026-02-11", "2026-02-11"));  // Re-times them all (30 < the daily bound).
  CHECK(applier.retimed() == 30);
  apply(DayClosedEvent("day-2026-02-12", "2026-02-12"));  // Their reviews come: one reminder each.
  CHECK(applier.actions() == 30);
  commit();
  store::DigestResult digest;
  REQUIRE(store::ComputeDigest(*store, &digest).ok());
  CHECK(digest.actions == 30);
}

TEST_CASE("one letter for two invoices at different steps: neither skips a step", "[dunning]") {
  v1::DunningPolicy policy = TestPolicy();
  // Levels 3 and 4 both by letter (as in the French default).
  policy.mutable_ladders(0)->mutable_steps(4)->set_channel(v1::CHANNEL_LETTER);
  Dunning dunning(policy);
  dunning.Run(InvoiceOf("inv-1", "DR1", "D1", "C1", 50000, "2025-12-01", "2026-01-01"));
  dunning.Run(InvoiceOf("inv-2", "DR1", "D2", "C1", 30000, "2025-12-10", "2026-01-10"));
  const std::vector<v1::Action> actions = dunning.Close("2025-12-29", "2026-01-31", /*send=*/true);
  // 01-31: D1 reaches level 4 (+30) and D2 level 3 (+21): one letter, each at its own step.
  REQUIRE_FALSE(actions.empty());
  CHECK(Describe(actions.back()) == "2026-01-31 REMINDER L4 LETTER C1 [D1:4 D2:3]");
  CHECK(dunning.Debt("D2").dunning_level() == 3);
  // D2's next step is its level 4 (+30 = 02-09), not a level skipped by the
  // shared letter; the letter lists D1 again, at the level it has reached.
  const auto later = dunning.Close("2026-02-01", "2026-02-09", true);
  REQUIRE_FALSE(later.empty());
  CHECK(Describe(later.front()) == "2026-02-09 REMINDER L4 LETTER C1 [D1:4 D2:4]");
}

}  // namespace
}  // namespace relance::testing
