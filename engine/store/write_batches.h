// Several WriteBatches committed as one: writer threads each fill their own
// batch (in parallel, with no lock), and the commit joins them so that the
// states of every partition and the input cursor still land atomically.
// Each writer writes its part in key order, since a memtable takes keys in
// order far faster than in random order, and a few sorted parts one after
// the other as fast as one sorted batch (merging them cost the commit a
// pass over every record while the other writers waited).
//
// Joining copies each part's records once into a buffer sized exactly: a
// single batch grown by every Put doubled its buffer again and again, and the
// copies and page faults were a sixth of a replay's time.
#pragma once

#include <rocksdb/write_batch.h>

#include <vector>

namespace relance::store {

// One batch holding the records of every part, in order. The parts are left
// as they were. REQUIRES: no part uses protection information or timestamps.
rocksdb::WriteBatch JoinBatches(const std::vector<const rocksdb::WriteBatch*>& parts);

// The batch's puts and deletes ordered by column family then key, the
// records of one key kept in their order (so the last still wins). A
// memtable takes keys in order much faster than in random order (its skip
// list resumes each insert where the previous one ended). Sets *sorted to
// false, and leaves *out alone, when the batch holds another kind of record.
bool SortBatch(const rocksdb::WriteBatch& batch, rocksdb::WriteBatch* out);

// Whether the batch holds only puts and deletes in at most `runs_max` runs,
// each in family and key order (1: the whole batch in order). A memtable
// takes a few such runs one after the other as fast as one: each insert
// resumes where the previous one ended, and only a run's first key is looked
// for from the top.
bool InSortedRuns(const rocksdb::WriteBatch& batch, std::size_t runs_max);
inline bool IsSorted(const rocksdb::WriteBatch& batch) { return InSortedRuns(batch, 1); }

}  // namespace relance::store
