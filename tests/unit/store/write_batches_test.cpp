// JoinBatches (engine/store/write_batches.h): the joined batch holds every
// part's records in order and, written to RocksDB, gives the same database
// as writing the parts one after the other.
#include "engine/store/write_batches.h"

#include <rocksdb/write_batch.h>

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
    std::size_t rows = 0;
    for (a->SeekToFirst(), b->SeekToFirst(); a->Valid() && b->Valid(); a->Next(), b->Next(), ++rows) {
      CHECK(a->key() == b->key());
      CHECK(a->value() == b->value());
    }
    CHECK(a->Valid() == b->Valid());
    if (family == store::Family::kDebt) CHECK(rows == 300);
  }
}

}  // namespace
}  // namespace relance::testing
