// The golden logs (tests/golden/): logs generated, and their digests
// recorded, by main before the engine's working state was rewritten. Every
// later engine must decide exactly as that one did: each log replayed here
// must give its recorded digest, byte for byte, whatever the commit cadence
// or the size of the state cache. The digest covers states, histories,
// timers, partition records, actions and the read side (store/digest.h), so
// a single different decision anywhere moves it.
//
// tests/golden/make.sh says how the logs were made; a digest that moves is a
// decision that changed, to be explained, never re-recorded in passing.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/replay/replayer.h"
#include "engine/store/digest.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

struct Golden {
  std::string log;  // File name under tests/golden/.
  std::uint32_t partitions = 0;
  std::string digest;
};

std::string GoldenDir() { return std::string(RELANCE_SOURCE_DIR) + "/tests/golden"; }

// DIGESTS: "<log> <partitions> <sha256>" per line.
std::vector<Golden> LoadGoldens() {
  std::ifstream in(GoldenDir() + "/DIGESTS");
  REQUIRE(in.good());
  std::vector<Golden> goldens;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    Golden golden;
    fields >> golden.log >> golden.partitions >> golden.digest;
    REQUIRE(golden.digest.size() == 64);
    goldens.push_back(golden);
  }
  return goldens;
}

struct Variant {
  std::string name;
  std::size_t batch_events = 1'000'000;  // The CLI's default.
  std::size_t cache_entries = 400'000;   // The CLI's default.
  std::size_t threads = 1;
};

struct Result {
  std::string digest;
  replay::ReplayStats stats;
  store::AuditResult audit;
};

Result ReplayGolden(const TempDir& dir, const Golden& golden, const Variant& variant) {
  store::StoreOptions store_options;
  store_options.bulk = true;
  std::unique_ptr<store::Store> store;
  const std::string db = dir.Sub(golden.log + "-" + variant.name);
  const Status opened = store::Store::Open(db, store_options, &store);
  INFO(opened.ToString());
  REQUIRE(opened.ok());
  replay::ReplayOptions options;
  options.input = GoldenDir() + "/" + golden.log;
  options.format = codec::FormatForPath(golden.log);
  options.partitions = golden.partitions;
  options.batch_events = variant.batch_events;
  options.cache_entries = variant.cache_entries;
  options.threads = variant.threads;
  options.rejections_logged_max = 0;
  options.projection_sink_factory = projections::ProjectorFactory();
  Result result;
  const Status replayed = replay::Replay(store.get(), options, &result.stats);
  INFO(replayed.ToString());
  REQUIRE(replayed.ok());
  REQUIRE_FALSE(result.stats.input_broken);
  store::DigestResult digest;
  REQUIRE(store::ComputeDigest(*store, &digest).ok());
  REQUIRE(store::Audit(*store, &result.audit).ok());
  result.digest = digest.sha256_hex;
  return result;
}

TEST_CASE("every golden log replays to its recorded digest", "[e2e][golden]") {
  const std::vector<Golden> goldens = LoadGoldens();
  // Binary and JSON, 8 and 64 partitions, a policy published part-way.
  REQUIRE(goldens.size() >= 5);
  TempDir dir;
  for (const Golden& golden : goldens) {
    CAPTURE(golden.log, golden.partitions);
    const Result result = ReplayGolden(dir, golden, Variant{"default"});
    REQUIRE(result.stats.applied > 0);
    REQUIRE(result.stats.records == result.stats.applied + result.stats.rejected);
    REQUIRE(result.audit.problems.empty());
    CHECK(result.digest == golden.digest);
  }
}

TEST_CASE("the golden digests hold with small batches and a state cache far smaller than the portfolio",
          "[e2e][golden]") {
  const std::vector<Golden> goldens = LoadGoldens();
  TempDir dir;
  // 97 events per commit, and 64 states in memory: states are evicted and
  // read back from RocksDB many times over, windows straddle commits.
  const Variant small{"small", 97, 64, 1};
  for (const Golden& golden : goldens) {
    CAPTURE(golden.log, golden.partitions);
    const Result result = ReplayGolden(dir, golden, small);
    REQUIRE(result.stats.batches > 10);
    REQUIRE(result.stats.cache_misses > 0);
    CHECK(result.digest == golden.digest);
  }
}

TEST_CASE("the golden digests do not depend on the number of writer threads", "[e2e][golden]") {
  const std::vector<Golden> goldens = LoadGoldens();
  TempDir dir;
  for (const Variant& variant : {Variant{"2-threads", 1'000'000, 400'000, 2}, Variant{"4-threads", 97, 64, 4}}) {
    for (const Golden& golden : goldens) {
      CAPTURE(golden.log, golden.partitions, variant.name);
      const Result result = ReplayGolden(dir, golden, variant);
      REQUIRE(result.stats.threads == variant.threads);
      CHECK(result.digest == golden.digest);
    }
  }
}

TEST_CASE("the same history as JSON lines and as binary gives the same golden digest", "[e2e][golden]") {
  const std::vector<Golden> goldens = LoadGoldens();
  std::string json_digest, binary_digest;
  for (const Golden& golden : goldens) {
    if (golden.log == "mixed-p8.jsonl") json_digest = golden.digest;
    if (golden.log == "mixed-p8.pb") binary_digest = golden.digest;
  }
  REQUIRE_FALSE(json_digest.empty());
  REQUIRE(json_digest == binary_digest);
}

}  // namespace
}  // namespace relance::testing
