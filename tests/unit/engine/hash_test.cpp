// Stable hashes (engine/core/hash.h). Their values are persisted and decide
// partitions: known vectors pin them.
#include "engine/core/hash.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

namespace relance {
namespace {

TEST_CASE("FNV-1a 64 known vectors", "[hash]") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
  // Bytes above 0x7f are taken as unsigned.
  CHECK(Fnv1a64("\xff") == ((0xcbf29ce484222325ULL ^ 0xffULL) * 0x100000001b3ULL));
  CHECK(Fnv1a64(std::string_view("a\0b", 3)) != Fnv1a64("ab"));
}

TEST_CASE("KafkaMurmur2 equals the Java client's murmur2", "[hash]") {
  // org.apache.kafka.common.utils.UtilsTest#testMurmur2.
  CHECK(static_cast<std::int32_t>(KafkaMurmur2("21")) == -973932308);
  CHECK(static_cast<std::int32_t>(KafkaMurmur2("foobar")) == -790332482);
  CHECK(static_cast<std::int32_t>(KafkaMurmur2("a-little-bit-long-string")) == -985981536);
  CHECK(static_cast<std::int32_t>(KafkaMurmur2("a-little-bit-longer-string")) == -1486304829);
  CHECK(static_cast<std::int32_t>(KafkaMurmur2("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8")) == -58897971);
  CHECK(static_cast<std::int32_t>(KafkaMurmur2("abc")) == 479470107);
}

TEST_CASE("KafkaMurmur2 covers every tail length", "[hash]") {
  // Lengths 0..7 go through each branch of the tail switch; all distinct.
  std::string key;
  std::uint32_t previous = KafkaMurmur2(key);
  for (int i = 0; i < 8; ++i) {
    key.push_back(static_cast<char>('a' + i));
    const std::uint32_t h = KafkaMurmur2(key);
    CHECK(h != previous);
    previous = h;
  }
  // High bytes are unsigned, as Java's (data[i] & 0xff).
  CHECK(KafkaMurmur2("\x80\x81\x82") != KafkaMurmur2(std::string_view("\x00\x01\x02", 3)));
}

TEST_CASE("PartitionForKey is Kafka's toPositive(murmur2) % partitions", "[hash]") {
  for (const char* key : {"21", "foobar", "abc", "a-little-bit-long-string", "DR-000042"}) {
    const std::uint32_t h = KafkaMurmur2(key);
    for (std::uint32_t partitions : {1u, 2u, 3u, 12u, 64u, 4096u}) {
      INFO(key << " over " << partitions);
      CHECK(PartitionForKey(key, partitions) == (h & 0x7fffffffu) % partitions);
      CHECK(PartitionForKey(key, partitions) < partitions);
    }
  }
  // murmur2("foobar") is negative: toPositive masks the sign bit rather than
  // taking an absolute value. -790332482 & 0x7fffffff = 1357151166.
  CHECK(PartitionForKey("foobar", 0x7fffffffu) == 1357151166u);
  CHECK(PartitionForKey("foobar", 12) == 1357151166u % 12);
}

}  // namespace
}  // namespace relance
