// JoinBatches (engine/store/write_batches.h): the joined batch holds every
// part's records in order and, written to RocksDB, gives the same database
// as writing the parts one after the other. SortBatch: the records in key
// order, those of one key in their order, and the same database.
// InSortedRuns: sorted parts joined are in one run per part.
#include "engine/store/write_batches.h"

#include <rocksdb/write_batch.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "engine/store/store.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

// Records a batch's operations as text, column family included.
class Recorder : public rocksdb::WriteBatch::Handler {
 public:
  rocksdb::Status PutCF(std::uint32_t cf, const rocksdb::Slice& key, const rocksdb::Slice& value) override {
    ops.push_back("put " + std::to_string(cf) + " " + key.ToString() + "=" + value.ToString());
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(std::uint32_t cf, const rocksdb::Slice& key) override {
    ops.push_back("delete " + std::to_string(cf) + " " + key.ToString());
    return rocksdb::Status::OK();
  }
  std::vector<std::string> ops;
};

std::vector<std::string> Ops(const rocksdb::WriteBatch& batch) {
  Recorder recorder;
  REQUIRE(batch.Iterate(&recorder).ok());
  return recorder.ops;
}

// Checks that two iterators hold the same rows; returns how many.
std::size_t SameRows(rocksdb::Iterator* a, rocksdb::Iterator* b) {
  std::size_t rows = 0;
  for (a->SeekToFirst(), b->SeekToFirst(); a->Valid() && b->Valid(); a->Next(), b->Next(), ++rows) {
    CHECK(a->key() == b->key());
    CHECK(a->value() == b->value());
  }
  CHECK(a->Valid() == b->Valid());
  return rows;
}

TEST_CASE("joined batches hold every part's records in order and commit as the parts would", "[store]") {
  TempDir dir;
  std::unique_ptr<store::Store> joined_store, sequential_store;
  REQUIRE(store::Store::Open(dir.Sub("joined"), store::StoreOptions(), &joined_store).ok());
  REQUIRE(store::Store::Open(dir.Sub("sequential"), store::StoreOptions(), &sequential_store).ok());
  auto fill = [](store::Store& s, int part, rocksdb::WriteBatch* batch) {
    for (int i = 0; i < 50 * (part + 1); ++i) {
      const std::string key = "k" + std::to_string(part) + "-" + std::to_string(i);
      REQUIRE(batch->Put(s.handle(store::Family::kDebt), key, std::string(static_cast<std::size_t>(i), 'v')).ok());
      if (i % 7 == 0) REQUIRE(batch->Delete(s.handle(store::Family::kTimer), key).ok());
    }
  };
  std::vector<rocksdb::WriteBatch> parts(3);
  std::vector<const rocksdb::WriteBatch*> pointers;
  std::vector<std::string> expected;
  for (int part = 0; part < 3; ++part) {
    fill(*joined_store, part, &parts[static_cast<std::size_t>(part)]);
    pointers.push_back(&parts[static_cast<std::size_t>(part)]);
    const auto ops = Ops(parts[static_cast<std::size_t>(part)]);
    expected.insert(expected.end(), ops.begin(), ops.end());
  }
  // An empty part changes nothing.
  rocksdb::WriteBatch empty;
  pointers.insert(pointers.begin() + 1, &empty);
  rocksdb::WriteBatch joined = store::JoinBatches(pointers);
  CHECK(joined.Count() == parts[0].Count() + parts[1].Count() + parts[2].Count());
  CHECK(Ops(joined) == expected);
  REQUIRE(joined_store->Write(&joined).ok());
  for (int part = 0; part < 3; ++part) {
    rocksdb::WriteBatch batch;
    fill(*sequential_store, part, &batch);
    REQUIRE(sequential_store->Write(&batch).ok());
  }
  for (store::Family family : {store::Family::kDebt, store::Family::kTimer}) {
    auto a = joined_store->NewIterator(family);
    auto b = sequential_store->NewIterator(family);
    const std::size_t rows = SameRows(a.get(), b.get());
    if (family == store::Family::kDebt) CHECK(rows == 300);
  }
}

TEST_CASE("a sorted batch holds the records in family and key order and commits as the batch would", "[store]") {
  TempDir dir;
  std::unique_ptr<store::Store> sorted_store, plain_store;
  REQUIRE(store::Store::Open(dir.Sub("sorted"), store::StoreOptions(), &sorted_store).ok());
  REQUIRE(store::Store::Open(dir.Sub("plain"), store::StoreOptions(), &plain_store).ok());
  // Keys in a scrambled order over three families, some written twice or
  // deleted after their put in the same batch: the last record of a key wins.
  auto fill = [](store::Store& s, rocksdb::WriteBatch* batch) {
    for (int i = 0; i < 400; ++i) {
      const int k = (i * 7919) % 400;
      const std::string key = "key-" + std::to_string(k);
      const store::Family family = k % 3 == 0   ? store::Family::kTimer
                                   : k % 3 == 1 ? store::Family::kDebt
                                                : store::Family::kMeta;
      REQUIRE(batch->Put(s.handle(family), key, "first-" + std::to_string(i)).ok());
      if (k % 5 == 0) REQUIRE(batch->Put(s.handle(family), key, "second-" + std::to_string(i)).ok());
      if (k % 11 == 0) REQUIRE(batch->Delete(s.handle(family), key).ok());
      if (k % 22 == 0) REQUIRE(batch->Put(s.handle(family), key, "after-delete").ok());
      // The default family (id 0) has a record type of its own.
      if (k % 4 == 0) REQUIRE(batch->Put(key, "default-" + std::to_string(i)).ok());
      if (k % 8 == 0) REQUIRE(batch->Delete(key).ok());
    }
  };
  rocksdb::WriteBatch batch;
  fill(*sorted_store, &batch);
  rocksdb::WriteBatch sorted;
  REQUIRE(store::SortBatch(batch, &sorted));
  CHECK(sorted.Count() == batch.Count());
  // In order: by family id, then key; a key's records as they were.
  std::vector<std::string> ops = Ops(sorted);
  std::vector<std::string> expected = Ops(batch);
  std::stable_sort(expected.begin(), expected.end(), [](const std::string& a, const std::string& b) {
    auto family_key = [](const std::string& op) {
      const std::size_t cf = op.find(' ') + 1;
      const std::size_t key = op.find(' ', cf) + 1;
      const std::size_t end = op.find('=', key);
      return std::make_pair(std::stoul(op.substr(cf, key - cf - 1)), op.substr(key, end - key));
    };
    return family_key(a) < family_key(b);
  });
  CHECK(ops == expected);
  CHECK(ops != Ops(batch));  // The fill's order is not the sorted one.

  REQUIRE(sorted_store->db()->Write(rocksdb::WriteOptions(), &sorted).ok());
  rocksdb::WriteBatch plain;
  fill(*plain_store, &plain);
  REQUIRE(plain_store->db()->Write(rocksdb::WriteOptions(), &plain).ok());
  for (store::Family family : {store::Family::kDebt, store::Family::kTimer, store::Family::kMeta}) {
    auto a = sorted_store->NewIterator(family);
    auto b = plain_store->NewIterator(family);
    const std::size_t rows = SameRows(a.get(), b.get());
    CHECK(rows > 100);
  }
  std::unique_ptr<rocksdb::Iterator> a(sorted_store->db()->NewIterator(rocksdb::ReadOptions()));
  std::unique_ptr<rocksdb::Iterator> b(plain_store->db()->NewIterator(rocksdb::ReadOptions()));
  const std::size_t rows = SameRows(a.get(), b.get());
  CHECK(rows == 50);  // Keys 0, 4, 8, ... of 400, less those deleted (multiples of 8).
}

// A batch's ops sorted as SortBatch promises: by family id, then key, stable.
std::vector<std::string> SortedOps(std::vector<std::string> ops) {
  auto family_key = [](const std::string& op) {
    const std::size_t cf = op.find(' ') + 1;
    const std::size_t key = op.find(' ', cf) + 1;
    const std::size_t end = op.find('=', key);
    return std::make_pair(std::stoul(op.substr(cf, key - cf - 1)), op.substr(key, end - key));
  };
  std::stable_sort(ops.begin(), ops.end(),
                   [&](const std::string& a, const std::string& b) { return family_key(a) < family_key(b); });
  return ops;
}

TEST_CASE("sorted parts joined are in one sorted run per part, and a bulk store writes them whole", "[store]") {
  TempDir dir;
  std::unique_ptr<store::Store> s;
  store::StoreOptions options;
  options.bulk = true;
  REQUIRE(store::Store::Open(dir.Sub("db"), options, &s).ok());
  auto* debts = s->handle(store::Family::kDebt);
  auto* meta = s->handle(store::Family::kMeta);
  std::vector<rocksdb::WriteBatch> parts(2);
  for (int i = 0; i < 600; ++i) {
    const int k = (i * 131) % 600;
    rocksdb::WriteBatch& part = parts[static_cast<std::size_t>(k % 2)];
    REQUIRE(part.Put(debts, "d" + std::to_string(k), "v" + std::to_string(i)).ok());
    if (k % 9 == 0) REQUIRE(part.Delete(debts, "d" + std::to_string(k)).ok());
  }
  CHECK_FALSE(store::IsSorted(parts[0]));
  CHECK_FALSE(store::InSortedRuns(parts[0], 8));  // Written in random order: many runs.
  std::vector<rocksdb::WriteBatch> sorted(3);
  REQUIRE(store::SortBatch(parts[0], &sorted[0]));
  REQUIRE(store::SortBatch(parts[1], &sorted[1]));
  CHECK(Ops(sorted[0]) == SortedOps(Ops(parts[0])));
  CHECK(store::IsSorted(sorted[0]));
  REQUIRE(sorted[2].Put(meta, "cursor", "42").ok());
  const rocksdb::WriteBatch joined = store::JoinBatches({&sorted[0], &sorted[1], &sorted[2]});
  // The second part starts below the first's last key; the cursor's family
  // is after the debts'.
  CHECK_FALSE(store::IsSorted(joined));
  CHECK_FALSE(store::InSortedRuns(joined, 1));
  CHECK(store::InSortedRuns(joined, 2));
  CHECK(joined.Count() == sorted[0].Count() + sorted[1].Count() + sorted[2].Count());

  // Written, every key holds its part's last record for it.
  rocksdb::WriteBatch write = joined;
  REQUIRE(s->Write(&write).ok());
  for (int k = 0; k < 600; ++k) {
    std::string value;
    bool found = false;
    REQUIRE(s->Get(store::Family::kDebt, "d" + std::to_string(k), &value, &found).ok());
    CHECK(found == (k % 9 != 0));
  }
  std::string cursor;
  bool found = false;
  REQUIRE(s->Get(store::Family::kMeta, "cursor", &cursor, &found).ok());
  CHECK(cursor == "42");
}

TEST_CASE("a batch with a range deletion is not sorted", "[store]") {
  TempDir dir;
  std::unique_ptr<store::Store> s;
  REQUIRE(store::Store::Open(dir.Sub("db"), store::StoreOptions(), &s).ok());
  rocksdb::WriteBatch batch;
  REQUIRE(batch.Put(s->handle(store::Family::kDebt), "b", "1").ok());
  REQUIRE(batch.DeleteRange(s->handle(store::Family::kDebt), "a", "c").ok());
  rocksdb::WriteBatch sorted;
  REQUIRE(sorted.Put(s->handle(store::Family::kDebt), "untouched", "1").ok());
  CHECK_FALSE(store::SortBatch(batch, &sorted));
  CHECK(Ops(sorted) ==
        std::vector<std::string>{"put " + std::to_string(s->handle(store::Family::kDebt)->GetID()) + " untouched=1"});
}

}  // namespace
}  // namespace relance::testing
