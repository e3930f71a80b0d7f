#include "engine/replay/worker_pool.h"

#include <algorithm>
#include <cassert>

namespace relance::replay {

WorkerPool::WorkerPool(std::size_t workers) : workers_(std::max<std::size_t>(workers, 1)) {
  for (std::size_t w = 1; w < workers_; ++w) threads_.emplace_back([this, w] { Loop(w); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  start_.notify_all();
  for (auto& thread : threads_) thread.join();
}

void WorkerPool::Run(const std::function<void(std::size_t)>& step) {
  if (workers_ == 1) {
    step(0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    assert(running_ == 0);
    step_ = &step;
    running_ = workers_ - 1;
    ++generation_;
  }
  start_.notify_all();
  step(0);
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [this] { return running_ == 0; });
  step_ = nullptr;
}

void WorkerPool::Loop(std::size_t worker) {
  std::uint64_t seen = 0;
  for (;;) {
    const std::function<void(std::size_t)>* step = nullptr;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      start_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
      step = step_;
    }
    (*step)(worker);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --running_;
    }
    done_.notify_one();
  }
}

std::size_t WriterThreads(std::size_t requested, std::uint32_t partitions) {
  std::size_t threads = requested;
  if (threads == 0) threads = std::max<unsigned>(std::thread::hardware_concurrency(), 1u);
  return std::clamp<std::size_t>(threads, 1, std::max<std::uint32_t>(partitions, 1));
}

}  // namespace relance::replay
