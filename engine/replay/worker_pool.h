// A fixed set of writer threads that run one step together: Run(step) calls
// step(w) for every worker index w (0 on the calling thread, the others on
// their own threads) and returns when all have finished. Partitions are the
// unit of parallelism (DESIGN §11): each worker owns its partitions, its
// cache and its read-side rows, so a step shares nothing but what the caller
// prepared before Run, and what a worker wrote is visible to the caller
// after Run (the pool's mutex orders both).
//
// Thread safety: Run is called from one thread at a time.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace relance::replay {

class WorkerPool {
 public:
  // REQUIRES: workers >= 1.
  explicit WorkerPool(std::size_t workers);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  std::size_t size() const { return workers_; }
  void Run(const std::function<void(std::size_t worker)>& step);

 private:
  void Loop(std::size_t worker);

  std::size_t workers_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable start_;
  std::condition_variable done_;
  const std::function<void(std::size_t)>* step_ = nullptr;
  std::uint64_t generation_ = 0;
  std::size_t running_ = 0;
  bool stopping_ = false;
};

// The writer threads to use: `requested`, or the machine's cores when 0;
// never more than the partitions (a worker without a partition is idle).
std::size_t WriterThreads(std::size_t requested, std::uint32_t partitions);

}  // namespace relance::replay
