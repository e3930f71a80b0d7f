// A commit's batch comes out of the Applier in family and key order, the
// caller's meta records in their place (Applier::FlushTo): a bulk store then
// writes it as it is, where a batch out of order is copied to be sorted
// first (store/write_batches.h). A generated portfolio under the default
// policy and calendar (states, debtors, history, timers, forgotten ids,
// partition records, actions and every kind of read-side row), committed
// every few hundred events. Real RocksDB.
#include <catch2/catch.hpp>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/transition_table.h"
#include "engine/replay/applier.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "engine/store/write_batches.h"
#include "projections/projector.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"
#include "tools/policy/defaults.h"

namespace relance::replay {
namespace {

// The families a batch holds records of.
class Families : public rocksdb::WriteBatch::Handler {
 public:
  std::set<std::uint32_t> seen;
  rocksdb::Status PutCF(std::uint32_t family, const rocksdb::Slice&, const rocksdb::Slice&) override {
    seen.insert(family);
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(std::uint32_t family, const rocksdb::Slice&) override {
    seen.insert(family);
    return rocksdb::Status::OK();
  }
};

TEST_CASE("a commit's batch comes out of the Applier in family and key order, the cursor in its place", "[replay]") {
  gen::GenOptions gen_options;
  gen_options.seed = 11;
  gen_options.debtors = 400;
  gen_options.horizon_days = 200;
  REQUIRE(policy::DefaultPolicy(&gen_options.policy).ok());
  v1::CalendarPublished calendar;
  REQUIRE(policy::DefaultCalendar(&calendar).ok());
  gen_options.calendars.push_back(calendar);
  std::vector<v1::Event> events;
  gen::Generate(gen_options, [&](const v1::Event& e) { events.push_back(e); });
  REQUIRE(events.size() > 2000);

  testing::TempDir dir;
  store::StoreOptions options;
  options.bulk = true;
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(dir.Sub("db"), options, &store).ok());
  Applier applier(store.get(), /*cache_entries=*/500);  // States evicted and read back.
  projections::Projector projector(store.get());
  applier.set_projection_sink(&projector);
  REQUIRE(applier.Open(8).ok());

  std::size_t commits = 0;
  std::set<std::uint32_t> families;
  auto commit = [&](std::size_t offset) {
    rocksdb::WriteBatch batch;
    REQUIRE(applier.FlushTo(&batch, {{store::CursorKey("file"), std::to_string(offset)}}).ok());
    INFO("commit " << commits << " at event " << offset << ", " << batch.Count() << " records");
    CHECK(store::IsSorted(batch));
    Families seen;
    REQUIRE(batch.Iterate(&seen).ok());
    families.insert(seen.seen.begin(), seen.seen.end());
    REQUIRE(store->Write(&batch).ok());
    applier.Committed();
    ++commits;
  };
  for (std::size_t i = 0; i < events.size(); ++i) {
    const v1::Event& e = events[i];
    const std::string bytes = codec::EncodeBinary(e);
    const bool everywhere = core::IsPartitionLevel(core::KindOf(e)) && e.debtor_key().empty();
    const std::uint32_t first = everywhere ? 0 : PartitionForKey(e.debtor_key(), applier.partitions());
    const std::uint32_t last = everywhere ? applier.partitions() : first + 1;
    for (std::uint32_t p = first; p < last; ++p) {
      bool accepted = false;
      v1::Rejection rejection;
      REQUIRE(applier.Apply(p, e, bytes, &accepted, &rejection).ok());
    }
    if (i % 300 == 299) commit(i + 1);
  }
  commit(events.size());
  CHECK(commits > 5);
  // Every family the engine writes in a replay was in some batch: debt,
  // debtor, history, timer, meta, action and projection.
  for (store::Family family :
       {store::Family::kDebt, store::Family::kDebtor, store::Family::kHistory, store::Family::kTimer,
        store::Family::kMeta, store::Family::kAction, store::Family::kProjection}) {
    INFO(store::FamilyName(family));
    CHECK(families.count(store->handle(family)->GetID()) == 1);
  }
  // The cursor went in with the last commit.
  std::string value;
  bool found = false;
  REQUIRE(store->Get(store::Family::kMeta, store::CursorKey("file"), &value, &found).ok());
  CHECK(found);
  CHECK(value == std::to_string(events.size()));
}

}  // namespace
}  // namespace relance::replay
