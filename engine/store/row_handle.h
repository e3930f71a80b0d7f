// A read-side handle: where a projection sink keeps its row of one debt or
// debtor, held by the engine next to the state itself (its state cache
// entry), so that the sink finds the row again without hashing its key.
// Opaque to the engine; the sink drops all its handles at once by moving to
// a new epoch (when it drops rows).
#pragma once

#include <cstdint>

namespace relance::store {

struct RowHandle {
  void* row = nullptr;
  std::uint64_t epoch = 0;
};

// An epoch for handles of any kind (these, the core's lookup hints): never
// one given before in this process, nor 0 (a handle never set). A holder of
// slots moves to a new one whenever it drops any, so that the handles that
// may name them are misses from then on.
std::uint64_t NewEpoch();

}  // namespace relance::store
