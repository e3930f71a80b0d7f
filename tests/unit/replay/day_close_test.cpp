// The business calendar through the shell (issue 15, item 3): a mistyped
// DayClosed far ahead is refused and the real closes after it still apply;
// a close that skips days closes each of them in turn. Real RocksDB.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "engine/codec/event_codec.h"
#include "engine/replay/applier.h"
#include "engine/replay/replayer.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

std::unique_ptr<store::Store> OpenStore(const std::string& dir) {
  std::unique_ptr<store::Store> s;
  const Status status = store::Store::Open(dir, store::StoreOptions(), &s);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return s;
}

template <typename Message>
Message Read(const store::Store& store, store::Family family, const std::string& key) {
  std::string value;
  bool found = false;
  REQUIRE(store.Get(family, key, &value, &found).ok());
  REQUIRE(found);
  Message m;
  REQUIRE(m.ParseFromString(value));
  return m;
}

TEST_CASE("a replay refuses a DayClosed typed centuries ahead, and the real closes after it apply",
          "[replay][calendar]") {
  TempDir tmp;
  const std::string log = tmp.Sub("typo.jsonl");
  {
    std::ofstream out(log);
    for (const v1::Event& e :
         {Invoice("inv-D1", "DR1", "D1", 10'000, "2026-01-01", "2026-01-10"),
          DayClosedEvent("day-2026-01-08", "2026-01-08"),
          DayClosedEvent("day-2199-12-31", "2199-12-31"),  // Meant 2026-01-09.
          DayClosedEvent("day-2026-01-09", "2026-01-09"), DayClosedEvent("day-2026-01-10", "2026-01-10")}) {
      out << codec::EncodeJson(e) << '\n';
    }
  }
  auto store = OpenStore(tmp.Sub("db"));
  replay::ReplayOptions options;
  options.input = log;
  options.format = codec::Format::kJsonLines;
  options.partitions = 1;
  options.rejections_logged_max = 0;
  replay::ReplayStats stats;
  const Status status = replay::Replay(store.get(), options, &stats);
  INFO(status.ToString());
  REQUIRE(status.ok());
  CHECK(stats.rejected == 1);
  CHECK(stats.rejected_by_reason[v1::REJECTION_REASON_BUSINESS_DATE_TOO_FAR] == 1);
  const auto meta = Read<v1::PartitionMeta>(*store, store::Family::kMeta, store::PartitionMetaKey(0));
  CHECK(FormatDay(*ToDay(meta.business_date())) == "2026-01-10");
  const auto debt = Read<core::Debt>(*store, store::Family::kDebt, store::EntityKey(0, "D1"));
  CHECK(debt.status() == v1::DEBT_STATUS_OVERDUE);
}

TEST_CASE("a DayClosed that skips days closes each of them in turn", "[replay][calendar]") {
  TempDir tmp;
  auto store = OpenStore(tmp.Sub("db"));
  replay::Applier applier(store.get(), 100);
  REQUIRE(applier.Open(1).ok());
  std::map<std::string, std::string> overdue_cause;  // debt id -> cause of its OVERDUE transition.
  applier.set_transition_sink([&](const v1::Transition& t) {
    if (t.to() == v1::DEBT_STATUS_OVERDUE) overdue_cause[t.debt_id()] = t.cause_event_id();
  });
  auto apply = [&](const v1::Event& e) {
    bool accepted = false;
    v1::Rejection rejection;
    REQUIRE(applier.Apply(0, e, codec::EncodeBinary(e), &accepted, &rejection).ok());
    INFO(rejection.ShortDebugString());
    REQUIRE(accepted);
  };
  apply(Invoice("inv-D1", "DR1", "D1", 10'000, "2026-01-01", "2026-01-10"));  // Due on a Saturday.
  apply(Invoice("inv-D2", "DR2", "D2", 10'000, "2026-01-01", "2026-01-11"));  // Due on a Sunday.
  apply(DayClosedEvent("day-2026-01-09", "2026-01-09"));                      // Friday.
  apply(DayClosedEvent("day-2026-01-12", "2026-01-12"));                      // Monday, after the weekend.
  // Each debt fell due on its own day, as three consecutive closes decide.
  CHECK(overdue_cause["D1"] == "day:2026-01-10");
  CHECK(overdue_cause["D2"] == "day:2026-01-11");
  CHECK(applier.day_visits() == 2);
}

TEST_CASE("without a transition sink, the status changes are counted and no message is built", "[replay]") {
  const std::vector<v1::Event> events = {
      Invoice("inv-D1", "DR1", "D1", 10'000, "2026-01-01", "2026-01-10"),
      Invoice("inv-D2", "DR2", "D2", 10'000, "2026-01-01", "2026-01-11"),
      DayClosedEvent("day-2026-01-09", "2026-01-09"),
      DayClosedEvent("day-2026-01-12", "2026-01-12"),
      Payment("pay-1", "DR1", "D1", "P-1", 10'000, "2026-01-13"),
  };
  auto run = [&](bool with_sink, std::uint64_t* sunk) {
    TempDir tmp;
    auto store = OpenStore(tmp.Sub("db"));
    replay::Applier applier(store.get(), 100);
    REQUIRE(applier.Open(1).ok());
    if (with_sink) applier.set_transition_sink([sunk](const v1::Transition&) { ++*sunk; });
    for (const v1::Event& e : events) {
      bool accepted = false;
      v1::Rejection rejection;
      REQUIRE(applier.Apply(0, e, codec::EncodeBinary(e), &accepted, &rejection).ok());
      REQUIRE(accepted);
    }
    return applier.transitions();
  };
  std::uint64_t sunk = 0;
  const std::uint64_t with_sink = run(true, &sunk);
  std::uint64_t unused = 0;
  const std::uint64_t without = run(false, &unused);
  // Issued (2), overdue (2), paid (1).
  CHECK(with_sink == 5);
  CHECK(sunk == with_sink);
  CHECK(without == with_sink);
}

}  // namespace
}  // namespace relance::testing
