// A small seeded pseudo-random generator for randomised tests: SplitMix64 to
// expand the seed, xoshiro256** for the sequence. Our own code rather than
// <random> distributions, whose output differs between standard libraries:
// a printed seed replays the same test everywhere. Header-only.
#pragma once

#include <cstdint>
#include <vector>

namespace relance::testing {

// SplitMix64 step: also a good way to derive independent sub-seeds.
inline std::uint64_t SplitMix64(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A sub-seed for item `index` of a run seeded with `seed`.
inline std::uint64_t DeriveSeed(std::uint64_t seed, std::uint64_t index) {
  std::uint64_t state = seed ^ (index * 0xd1342543de82ef95ULL);
  SplitMix64(&state);
  return SplitMix64(&state);
}

class Prng {
 public:
  explicit Prng(std::uint64_t seed) {
    std::uint64_t state = seed;
    for (auto& word : s_) word = SplitMix64(&state);
  }

  std::uint64_t Next() {
    const std::uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, n), without modulo bias. REQUIRES: n > 0.
  std::uint64_t Below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x = Next();
    while (x >= limit) x = Next();
    return x % n;
  }

  // Uniform in [lo, hi]. REQUIRES: lo <= hi, hi - lo < 2^63.
  std::int64_t Between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(Below(static_cast<std::uint64_t>(hi - lo) + 1));
  }

  // True with probability per_mille / 1000.
  bool Chance(int per_mille) { return static_cast<int>(Below(1000)) < per_mille; }

  // REQUIRES: !items.empty().
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(Below(items.size()))];
  }

 private:
  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

}  // namespace relance::testing
