#include "engine/store/write_batches.h"

#include <cstdint>
#include <string>

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

}  // namespace

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
