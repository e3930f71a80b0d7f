#include "engine/store/row_handle.h"

#include <atomic>

namespace relance::store {

std::uint64_t NewEpoch() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace relance::store
