// String-keyed hash maps of the working state (the state cache, the
// projector's rows of a commit): abseil's Swiss tables, which probe one group
// of control bytes per lookup, where std::unordered_map divides by a prime
// and walks a bucket chain through scattered nodes. Those lookups were a
// tenth of a replay (perf: _M_find_before_node, its memcmp, and the cache
// misses on the bucket array).
//
// node_hash_map: an element never moves, so pointers to elements stay valid
// across inserts (the cache keeps pointers to its dirty entries); erasing an
// element invalidates only that element. Lookups take a std::string_view.
#pragma once

#include <absl/container/node_hash_map.h>
#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace relance::store {

struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
  }
};

struct StringViewEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

template <typename Value>
using StringMap = absl::node_hash_map<std::string, Value, StringViewHash, StringViewEq>;

// Erases the entries `drop` selects until `keep_going` says stop. (The
// erase-while-iterating of a node_hash_map: erase(it) returns nothing, and
// erasing leaves the other iterators valid.)
template <typename Map, typename Drop, typename KeepGoing>
void EraseIf(Map& map, Drop drop, KeepGoing keep_going) {
  for (auto it = map.begin(); it != map.end() && keep_going();) {
    if (drop(it->second)) {
      map.erase(it++);
    } else {
      ++it;
    }
  }
}

}  // namespace relance::store
