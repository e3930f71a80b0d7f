#include "engine/store/write_batches.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace relance::store {
namespace {

// RocksDB's batch format (db/write_batch.cc, the write-ahead log's record
// format, stable across releases): sequence (fixed64), count (fixed32), then
// the records, each self-contained (type, column family, key, value).
constexpr std::size_t kHeaderBytes = 12;
constexpr std::size_t kCountOffset = 8;

void PutFixed32(std::string* rep, std::size_t offset, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) (*rep)[offset + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

// Record types (db/dbformat.h).
constexpr char kTypeDeletion = 0x0;
constexpr char kTypeValue = 0x1;
constexpr char kTypeColumnFamilyDeletion = 0x4;
constexpr char kTypeColumnFamilyValue = 0x5;

void PutVarint32(std::string* rep, std::uint32_t value) {
  while (value >= 0x80) {
    rep->push_back(static_cast<char>(value | 0x80));
    value >>= 7;
  }
  rep->push_back(static_cast<char>(value));
}

void PutLengthPrefixed(std::string* rep, const rocksdb::Slice& bytes) {
  PutVarint32(rep, static_cast<std::uint32_t>(bytes.size()));
  rep->append(bytes.data(), bytes.size());
}

struct Record {
  std::uint32_t family;
  bool is_delete;
  rocksdb::Slice key;
  rocksdb::Slice value;
};

class Collector : public rocksdb::WriteBatch::Handler {
 public:
  std::vector<Record> records;
  bool other = false;

  rocksdb::Status PutCF(std::uint32_t family, const rocksdb::Slice& key, const rocksdb::Slice& value) override {
    records.push_back({family, false, key, value});
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(std::uint32_t family, const rocksdb::Slice& key) override {
    records.push_back({family, true, key, {}});
    return rocksdb::Status::OK();
  }
  rocksdb::Status SingleDeleteCF(std::uint32_t, const rocksdb::Slice&) override { return Other(); }
  rocksdb::Status DeleteRangeCF(std::uint32_t, const rocksdb::Slice&, const rocksdb::Slice&) override {
    return Other();
  }
  rocksdb::Status MergeCF(std::uint32_t, const rocksdb::Slice&, const rocksdb::Slice&) override { return Other(); }
  rocksdb::Status PutBlobIndexCF(std::uint32_t, const rocksdb::Slice&, const rocksdb::Slice&) override {
    return Other();
  }
  void LogData(const rocksdb::Slice&) override { other = true; }

 private:
  rocksdb::Status Other() {
    other = true;
    return rocksdb::Status::Aborted();
  }
};

}  // namespace

namespace {

bool Less(const Record& a, const Record& b) {
  if (a.family != b.family) return a.family < b.family;
  return a.key.compare(b.key) < 0;
}

// The batch's records (slices into its buffer); false when it holds another
// kind than puts and deletes.
bool Collect(const rocksdb::WriteBatch& batch, std::vector<Record>* records) {
  Collector collector;
  collector.records.swap(*records);
  collector.records.reserve(collector.records.size() + batch.Count());
  const bool ok = batch.Iterate(&collector).ok() && !collector.other;
  collector.records.swap(*records);
  return ok;
}

rocksdb::WriteBatch Encode(const std::vector<Record>& records, std::size_t bytes) {
  std::string rep;
  rep.reserve(bytes);
  rep.assign(kHeaderBytes, '\0');
  for (const Record& r : records) {
    // The record format of db/write_batch.cc: a type (with or without a
    // column family), the family's id as a varint, then the key and the
    // value each prefixed by its varint length.
    if (r.family == 0) {
      rep.push_back(r.is_delete ? kTypeDeletion : kTypeValue);
    } else {
      rep.push_back(r.is_delete ? kTypeColumnFamilyDeletion : kTypeColumnFamilyValue);
      PutVarint32(&rep, r.family);
    }
    PutLengthPrefixed(&rep, r.key);
    if (!r.is_delete) PutLengthPrefixed(&rep, r.value);
  }
  PutFixed32(&rep, kCountOffset, static_cast<std::uint32_t>(records.size()));
  return rocksdb::WriteBatch(std::move(rep));
}

}  // namespace

bool SortBatch(const rocksdb::WriteBatch& batch, rocksdb::WriteBatch* out) {
  std::vector<Record> records;
  if (!Collect(batch, &records)) return false;
  std::stable_sort(records.begin(), records.end(), Less);
  *out = Encode(records, batch.GetDataSize());
  return true;
}

bool InSortedRuns(const rocksdb::WriteBatch& batch, std::size_t runs_max) {
  // Stops at the first record that would start one run too many.
  class Checker : public Collector {
   public:
    explicit Checker(std::size_t runs_max) : runs_max_(runs_max) {}
    rocksdb::Status PutCF(std::uint32_t family, const rocksdb::Slice& key, const rocksdb::Slice& value) override {
      return Check({family, false, key, value});
    }
    rocksdb::Status DeleteCF(std::uint32_t family, const rocksdb::Slice& key) override {
      return Check({family, true, key, {}});
    }
    bool too_many = false;

   private:
    rocksdb::Status Check(const Record& record) {
      if (!records.empty() && Less(record, records.back()) && ++runs_ > runs_max_) {
        too_many = true;
        return rocksdb::Status::Aborted();
      }
      records.assign(1, record);
      return rocksdb::Status::OK();
    }
    std::size_t runs_max_;
    std::size_t runs_ = 1;
  };
  Checker checker(runs_max);
  return batch.Iterate(&checker).ok() && !checker.other && !checker.too_many;
}

rocksdb::WriteBatch JoinBatches(const std::vector<const rocksdb::WriteBatch*>& parts) {
  std::size_t bytes = kHeaderBytes;
  for (const rocksdb::WriteBatch* part : parts) bytes += part->GetDataSize() - kHeaderBytes;
  std::string rep;
  rep.reserve(bytes);
  rep.assign(kHeaderBytes, '\0');
  std::uint32_t count = 0;
  for (const rocksdb::WriteBatch* part : parts) {
    rep.append(part->Data(), kHeaderBytes, std::string::npos);
    count += part->Count();
  }
  PutFixed32(&rep, kCountOffset, count);
  return rocksdb::WriteBatch(std::move(rep));
}

}  // namespace relance::store
