#include "projections/api/read_view.h"

#include <utility>

namespace relance::api {

void WriterPreferringLock::lock_shared() {
  std::unique_lock<std::mutex> guard(mutex_);
  changed_.wait(guard, [this] { return !writing_ && writers_waiting_ == 0; });
  ++readers_;
}

void WriterPreferringLock::unlock_shared() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (--readers_ == 0) changed_.notify_all();
}

void WriterPreferringLock::lock() {
  std::unique_lock<std::mutex> guard(mutex_);
  ++writers_waiting_;
  changed_.wait(guard, [this] { return !writing_ && readers_ == 0; });
  --writers_waiting_;
  writing_ = true;
}

void WriterPreferringLock::unlock() {
  std::lock_guard<std::mutex> guard(mutex_);
  writing_ = false;
  changed_.notify_all();
}

ReadView::ReadView(ReadView&& other) noexcept
    : source_(std::exchange(other.source_, nullptr)),
      store_(std::exchange(other.store_, nullptr)),
      snapshot_(std::exchange(other.snapshot_, nullptr)),
      partitions_(other.partitions_) {}

ReadView::~ReadView() {
  if (source_ == nullptr) return;
  if (snapshot_ != nullptr) store_->db()->ReleaseSnapshot(snapshot_);
  source_->lock_.unlock_shared();
}

Status ReadView::Get(store::Family family, std::string_view key, std::string* value, bool* found) const {
  return store_->Get(family, key, value, found, snapshot_);
}

std::unique_ptr<rocksdb::Iterator> ReadView::NewIterator(store::Family family,
                                                         const rocksdb::Slice* upper_bound) const {
  return store_->NewIterator(family, snapshot_, upper_bound);
}

Status StoreSource::Attach(store::Store* store) {
  std::uint32_t partitions = 0;
  if (Status s = store->UsePartitions(0, &partitions); !s.ok()) return s;
  lock_.lock();
  store_ = store;
  partitions_ = partitions;
  lock_.unlock();
  return Status::Ok();
}

void StoreSource::Detach() {
  lock_.lock();
  store_ = nullptr;
  partitions_ = 0;
  lock_.unlock();
}

bool StoreSource::attached() {
  lock_.lock_shared();
  const bool attached = store_ != nullptr;
  lock_.unlock_shared();
  return attached;
}

ReadView StoreSource::Open() {
  ReadView view;
  lock_.lock_shared();
  if (store_ == nullptr) {
    lock_.unlock_shared();
    return view;
  }
  view.source_ = this;
  view.store_ = store_;
  view.partitions_ = partitions_;
  // Only a live primary changes under a view: pin one sequence number.
  if (mode_ == SourceMode::kLive) view.snapshot_ = store_->db()->GetSnapshot();
  return view;
}

Status StoreSource::CatchUp() {
  lock_.lock();
  Status s = store_ == nullptr ? Status::Ok() : store_->CatchUp();
  lock_.unlock();
  if (s.ok()) {
    ++catch_ups_;
  } else {
    ++catch_up_failures_;
  }
  return s;
}

}  // namespace relance::api
