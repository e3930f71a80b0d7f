// Replay determinism with a real RocksDB (DESIGN §1, §3, §10): the same log
// gives the same canonical digest whatever the batch size, the input format,
// the durability mode, or where a replay was stopped and resumed; a second
// replay of an applied log changes nothing; bad records are counted as
// MALFORMED, never fatal. The log comes from gen::Generate with garbage
// records spliced in. RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>

#include <array>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/replay/replayer.h"
#include "engine/store/digest.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"

namespace relance::testing {
namespace {

// Framed as records by LogWriter::WriteRaw, but not events: undecodable
// bytes, a truncated field, an empty record (an event without an id).
const std::vector<std::string> kBinaryGarbage = {std::string("\xff\xff\xff\xff\xff", 5),
                                                 std::string("\x0a\x05"
                                                             "abc",
                                                             5),
                                                 std::string(), "garbage"};
const std::vector<std::string> kJsonGarbage = {"not json at all", "{\"event_id\": ", "{}", "[1, 2, 3]"};

struct LogSpec {
  std::uint64_t debtors = 3000;
  int horizon_days = 365;
  int garbage_per_mille = 2;  // Of the generated events.
  std::uint32_t duplicate_per_mille = gen::GenOptions().duplicate_per_mille;
};

// One generated log, written as binary and as JSON lines, same records.
struct Log {
  std::string binary_path;
  std::string json_path;
  std::uint64_t records = 0;  // Events plus garbage.
  std::uint64_t garbage = 0;
  gen::GenStats gen;
};

Log WriteLog(const TempDir& dir, const std::string& name, const LogSpec& spec, std::uint64_t seed) {
  Log log;
  log.binary_path = dir.Sub(name + ".pb");
  log.json_path = dir.Sub(name + ".jsonl");
  std::string error;
  auto binary = codec::LogWriter::Open(log.binary_path, codec::Format::kBinary, &error);
  REQUIRE(binary);
  auto json = codec::LogWriter::Open(log.json_path, codec::Format::kJsonLines, &error);
  REQUIRE(json);
  Prng rng(DeriveSeed(seed, 1));
  auto garbage = [&] {
    const std::size_t kind = static_cast<std::size_t>(log.garbage % kBinaryGarbage.size());
    binary->WriteRaw(kBinaryGarbage[kind]);
    json->WriteRaw(kJsonGarbage[kind]);
    ++log.garbage;
    ++log.records;
  };
  gen::GenOptions options;
  options.debtors = spec.debtors;
  options.seed = seed;
  options.horizon_days = spec.horizon_days;
  options.duplicate_per_mille = spec.duplicate_per_mille;
  log.gen = gen::Generate(options, [&](const v1::Event& event) {
    binary->Write(event);
    json->Write(event);
    ++log.records;
    if (log.records == 1 || rng.Chance(spec.garbage_per_mille)) garbage();
  });
  garbage();  // The last record too.
  REQUIRE(binary->Close());
  REQUIRE(json->Close());
  REQUIRE(log.gen.events + log.garbage == log.records);
  return log;
}

struct RunResult {
  replay::ReplayStats stats;
  std::string digest;
  store::AuditResult audit;
};

struct RunSpec {
  std::string input;
  codec::Format format = codec::Format::kBinary;
  std::size_t batch_events = 10'000;
  std::size_t batch_bytes = replay::ReplayOptions().batch_bytes;
  std::uint64_t stop_after = 0;
  bool bulk = true;
  bool read_ahead = true;  // false: the read side reads each row when first needed.
  std::size_t rows_kept = projections::Projector::kRowsKeptMax;    // By the read side across commits.
  std::size_t threads = 0;                                         // Writer threads (0: the machine's cores).
  std::function<Status(std::size_t writer)> write_gate = nullptr;  // ReplayOptions::write_gate.
};

// A Projector that ignores the writer's Prefetch hints and its row handles:
// every row is found by its key.
class NoReadAhead : public replay::ProjectionSink {
 public:
  explicit NoReadAhead(std::unique_ptr<replay::ProjectionSink> inner) : inner_(std::move(inner)) {}
  Status OnEvent(std::uint32_t partition, const v1::Event& event, const std::vector<const core::Debt*>& debts,
                 const std::vector<core::BalanceChange>& changes, const core::Debtor* debtor,
                 const replay::RowHandles& /*rows*/) override {
    return inner_->OnEvent(partition, event, debts, changes, debtor, {});
  }
  Status OnDayVisit(std::uint32_t partition, const v1::Event& day_closed, const std::vector<const core::Debt*>& debts,
                    const core::Debtor* debtor, const replay::RowHandles& /*rows*/) override {
    return inner_->OnDayVisit(partition, day_closed, debts, debtor, {});
  }
  void FlushTo(rocksdb::WriteBatch* batch) override { inner_->FlushTo(batch); }
  std::size_t FlushBytesEstimate() const override { return inner_->FlushBytesEstimate(); }

 private:
  std::unique_ptr<replay::ProjectionSink> inner_;
};

std::unique_ptr<store::Store> OpenStore(const std::string& db, bool bulk) {
  store::StoreOptions store_options;
  store_options.bulk = bulk;
  std::unique_ptr<store::Store> store;
  const Status opened = store::Store::Open(db, store_options, &store);
  INFO(opened.ToString());
  REQUIRE(opened.ok());
  return store;
}

replay::ReplayOptions OptionsFor(const RunSpec& spec) {
  replay::ReplayOptions options;
  options.input = spec.input;
  options.format = spec.format;
  options.batch_events = spec.batch_events;
  options.batch_bytes = spec.batch_bytes;
  options.stop_after = spec.stop_after;
  options.rejections_logged_max = 0;
  // The read side too: its family is in the digest, so these tests prove it
  // deterministic across batch sizes, formats and restarts.
  options.projection_sink_factory = projections::ProjectorFactory(spec.rows_kept);
  if (!spec.read_ahead) {
    options.projection_sink_factory = [&spec](store::Store* store) -> std::unique_ptr<replay::ProjectionSink> {
      return std::make_unique<NoReadAhead>(projections::ProjectorFactory(spec.rows_kept)(store));
    };
  }
  options.threads = spec.threads;
  options.write_gate = spec.write_gate;
  return options;
}

// Opens the database (creating or resuming it), replays, digests, audits and
// closes it: the Store is destroyed before this returns.
RunResult ReplayInto(const std::string& db, const RunSpec& spec) {
  std::unique_ptr<store::Store> store = OpenStore(db, spec.bulk);
  const replay::ReplayOptions options = OptionsFor(spec);
  RunResult result;
  const Status replayed = replay::Replay(store.get(), options, &result.stats);
  INFO(replayed.ToString());
  REQUIRE(replayed.ok());
  REQUIRE_FALSE(result.stats.input_broken);
  store::DigestResult digest;
  REQUIRE(store::ComputeDigest(*store, &digest).ok());
  result.digest = digest.sha256_hex;
  REQUIRE(store::Audit(*store, &result.audit).ok());
  return result;
}

// After a full replay (however reached) the database holds no broken invariant.
void RequireClean(const store::AuditResult& audit) {
  std::string problems;
  for (const auto& p : audit.problems) problems += p + "\n";
  INFO(problems);
  REQUIRE(audit.debts_checked > 0);
  REQUIRE(audit.problems.empty());
}

std::uint64_t Malformed(const replay::ReplayStats& stats) {
  return stats.rejected_by_reason[v1::REJECTION_REASON_MALFORMED];
}

// One log and its reference replay per process: every test case below
// compares against it.
struct Fixture {
  std::uint64_t seed = TestSeed();
  TempDir dir;
  Log log;
  RunResult reference;

  Fixture() {
    log = WriteLog(dir, "main", LogSpec{}, seed);
    reference = ReplayInto(dir.Sub("reference"), RunSpec{log.binary_path});
  }
};

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

TEST_CASE("a log replayed twice into fresh databases gives one digest", "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed, f.log.records, f.log.garbage);
  WARN(fmt::format("seed {}: {} records ({} garbage, {} redeliveries), reference replay {:.2f} s, digest {}", f.seed,
                   f.log.records, f.log.garbage, f.log.gen.duplicates, f.reference.stats.seconds, f.reference.digest));
  const RunResult& first = f.reference;
  REQUIRE(first.digest.size() == 64);
  REQUIRE(first.stats.records == f.log.records);
  REQUIRE(first.stats.skipped == 0);
  // Bad input is counted, not fatal; every generated event but the
  // redeliveries is accepted.
  CHECK(Malformed(first.stats) == f.log.garbage);
  CHECK(first.stats.rejected_by_reason[v1::REJECTION_REASON_DUPLICATE_EVENT] == f.log.gen.duplicates);
  CHECK(first.stats.rejected == f.log.garbage + f.log.gen.duplicates);
  CHECK(first.stats.applied + first.stats.rejected == f.log.records);
  RequireClean(first.audit);

  const RunResult second = ReplayInto(f.dir.Sub("second"), RunSpec{f.log.binary_path});
  REQUIRE(second.digest == first.digest);
  REQUIRE(second.stats.applied == first.stats.applied);
  REQUIRE(second.stats.rejected_by_reason == first.stats.rejected_by_reason);
  RequireClean(second.audit);

  // Through the WAL instead of bulk mode: the same state.
  RunSpec wal{f.log.binary_path};
  wal.bulk = false;
  const RunResult through_wal = ReplayInto(f.dir.Sub("wal"), wal);
  REQUIRE(through_wal.digest == first.digest);
  RequireClean(through_wal.audit);
}

TEST_CASE("the batch size does not change the digest", "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  for (std::size_t batch : {std::size_t{100}, std::size_t{10'000}}) {
    CAPTURE(batch);
    RunSpec spec{f.log.binary_path};
    spec.batch_events = batch;
    const RunResult run = ReplayInto(f.dir.Sub(fmt::format("batch-{}", batch)), spec);
    REQUIRE(run.digest == f.reference.digest);
    REQUIRE(run.stats.rejected_by_reason == f.reference.stats.rejected_by_reason);
    RequireClean(run.audit);
  }
  // One commit per record is slow: a smaller log, compared with batch 10,000.
  LogSpec small;
  small.debtors = 150;
  small.horizon_days = 120;
  small.garbage_per_mille = 10;
  const Log log = WriteLog(f.dir, "small", small, f.seed + 1);
  RunSpec spec{log.binary_path};
  const RunResult whole = ReplayInto(f.dir.Sub("small-10000"), spec);
  spec.batch_events = 1;
  const RunResult one = ReplayInto(f.dir.Sub("small-1"), spec);
  CAPTURE(log.records);
  REQUIRE(one.stats.batches >= log.records);
  REQUIRE(one.digest == whole.digest);
  REQUIRE(Malformed(one.stats) == log.garbage);
  RequireClean(one.audit);
}

TEST_CASE("a replay also commits when the bytes waiting for a commit reach their bound", "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  // No bound on events: only the states, history and read-side rows waiting
  // for the next commit can end a batch.
  RunSpec unbounded{f.log.binary_path};
  unbounded.batch_events = 1'000'000;
  unbounded.batch_bytes = 0;
  const RunResult whole = ReplayInto(f.dir.Sub("bytes-unbounded"), unbounded);
  RunSpec by_size = unbounded;
  by_size.batch_bytes = std::size_t{1} << 20;
  const RunResult small = ReplayInto(f.dir.Sub("bytes-1mib"), by_size);
  CAPTURE(f.log.records, whole.stats.batches, small.stats.batches);
  REQUIRE(whole.stats.batches == 1);
  // A window of events (4,096) holds a few MiB of changes: each window
  // commits, about.
  REQUIRE(small.stats.batches >= f.log.records / 4096);
  REQUIRE(small.digest == f.reference.digest);
  REQUIRE(whole.digest == f.reference.digest);
  RequireClean(small.audit);
}

TEST_CASE("the read side's rows read ahead in one MultiGet are the rows read one by one", "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  // Small batches: most rows a window needs were committed by earlier ones.
  RunSpec spec{f.log.binary_path};
  spec.batch_events = 100;
  spec.read_ahead = false;
  const RunResult one_by_one = ReplayInto(f.dir.Sub("no-read-ahead"), spec);
  REQUIRE(one_by_one.digest == f.reference.digest);
  spec.read_ahead = true;
  const RunResult ahead = ReplayInto(f.dir.Sub("read-ahead"), spec);
  REQUIRE(ahead.digest == one_by_one.digest);
}

TEST_CASE("the read side's rows kept across commits are the rows the store holds, however many are kept",
          "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  // Small batches: most rows a window needs were changed by earlier commits,
  // and are kept, dropped when unused by the last commit (a bound above one
  // commit's rows) or all dropped (a bound below), then read again. The
  // engine's handles on dropped rows (RowHandle) must not be followed.
  RunSpec spec{f.log.binary_path};
  spec.batch_events = 100;
  for (const auto& [rows_kept, read_ahead] :
       {std::pair{std::size_t{0}, true}, std::pair{std::size_t{150}, false}, std::pair{std::size_t{150}, true}}) {
    CAPTURE(rows_kept, read_ahead);
    spec.rows_kept = rows_kept;
    spec.read_ahead = read_ahead;
    const RunResult kept = ReplayInto(f.dir.Sub(fmt::format("kept-{}", rows_kept)), spec);
    REQUIRE(kept.digest == f.reference.digest);
  }
}

TEST_CASE("a replay stopped anywhere and resumed gives the same digest", "[property][replay]") {
  Fixture& f = Shared();
  Prng rng(DeriveSeed(f.seed, 2));
  CAPTURE(f.seed);
  const std::uint64_t total = f.log.records;

  // One stop at a random record, the Store closed, reopened and resumed.
  // Not in the last three records: they may be only garbage after the last
  // DayClosed, and stopping there would already give the final state.
  const std::uint64_t stop = static_cast<std::uint64_t>(rng.Between(1, static_cast<std::int64_t>(total) - 3));
  CAPTURE(stop);
  const std::string db = f.dir.Sub("stopped-once");
  RunSpec spec{f.log.binary_path};
  spec.batch_events = 1'000;
  spec.stop_after = stop;
  const RunResult stopped = ReplayInto(db, spec);
  REQUIRE(stopped.stats.stopped_early);
  REQUIRE(stopped.stats.records == stop);
  REQUIRE(stopped.digest != f.reference.digest);
  spec.stop_after = 0;
  const RunResult resumed = ReplayInto(db, spec);
  REQUIRE(resumed.stats.skipped == stop);
  REQUIRE(resumed.stats.records == total - stop);
  REQUIRE(stopped.stats.applied + resumed.stats.applied == f.reference.stats.applied);
  REQUIRE(resumed.digest == f.reference.digest);
  RequireClean(resumed.audit);

  // Several random stops in a row, in both durability modes, with random
  // batch sizes: each run resumes exactly where the previous one committed.
  for (bool bulk : {true, false}) {
    CAPTURE(bulk);
    const std::string chain_db = f.dir.Sub(bulk ? "stopped-chain-bulk" : "stopped-chain-wal");
    std::uint64_t done = 0, applied = 0;
    int runs = 0;
    while (done < total) {
      RunSpec step{f.log.binary_path};
      step.bulk = bulk;
      step.batch_events = static_cast<std::size_t>(rng.Between(1, 5'000));
      step.stop_after = static_cast<std::uint64_t>(rng.Between(1, static_cast<std::int64_t>(total / 4)));
      CAPTURE(runs, done, step.batch_events, step.stop_after);
      const RunResult run = ReplayInto(chain_db, step);
      REQUIRE(run.stats.skipped == done);
      REQUIRE(run.stats.records == std::min(step.stop_after, total - done));
      done += run.stats.records;
      applied += run.stats.applied;
      ++runs;
      if (done == total) {
        REQUIRE(run.digest == f.reference.digest);
        RequireClean(run.audit);
      }
    }
    REQUIRE(runs >= 2);
    REQUIRE(applied == f.reference.stats.applied);
  }
}

TEST_CASE("JSON lines and binary logs give the same digest", "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  RunSpec spec{f.log.json_path};
  spec.format = codec::Format::kJsonLines;
  const RunResult json = ReplayInto(f.dir.Sub("json"), spec);
  REQUIRE(json.stats.records == f.log.records);
  REQUIRE(Malformed(json.stats) == f.log.garbage);
  REQUIRE(json.stats.rejected_by_reason == f.reference.stats.rejected_by_reason);
  REQUIRE(json.digest == f.reference.digest);
  RequireClean(json.audit);
}

TEST_CASE("replaying an applied log again changes nothing", "[property][replay]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  const std::string db = f.dir.Sub("again");
  const RunResult first = ReplayInto(db, RunSpec{f.log.binary_path});
  REQUIRE(first.digest == f.reference.digest);
  for (std::size_t batch : {std::size_t{10'000}, std::size_t{7}}) {
    RunSpec spec{f.log.binary_path};
    spec.batch_events = batch;
    const RunResult again = ReplayInto(db, spec);
    REQUIRE(again.stats.skipped == f.log.records);
    REQUIRE(again.stats.records == 0);
    REQUIRE(again.stats.applied == 0);
    REQUIRE(again.stats.rejected == 0);
    REQUIRE(again.digest == f.reference.digest);
    RequireClean(again.audit);
  }
}

// The cursor remembers where a log stopped; resuming it with another log
// would apply that log's tail on top of the first one's state. replayer.h:
// "resuming with another file is refused instead of silently mixing two
// logs". Generated logs of different seeds and sizes differ from their
// second record on.
TEST_CASE("a database built from one log refuses to resume with another", "[property][replay][cursor]") {
  Fixture& f = Shared();
  CAPTURE(f.seed);
  const Log short_log = WriteLog(f.dir, "short", LogSpec{30, 60, 0}, f.seed + 2);
  const std::string db = f.dir.Sub("mixed");
  const RunResult base = ReplayInto(db, RunSpec{short_log.binary_path});
  REQUIRE(base.stats.records == short_log.records);
  store::StoreOptions store_options;
  store_options.bulk = true;
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(db, store_options, &store).ok());
  replay::ReplayOptions options;
  options.input = f.log.binary_path;
  options.rejections_logged_max = 0;
  replay::ReplayStats stats;
  const Status other = replay::Replay(store.get(), options, &stats);
  CAPTURE(other.ToString(), short_log.records, f.log.records, stats.skipped, stats.records, stats.applied);
  CHECK_FALSE(other.ok());
  CHECK(stats.applied == 0);
  store::DigestResult digest;
  REQUIRE(store::ComputeDigest(*store, &digest).ok());
  CHECK(digest.sha256_hex == base.digest);
}

// With several writer threads a commit is written in parts, one per writer,
// then the cursor of the whole. A crash between them (here: writer 1 fails
// before writing its part of the third commit, after writers 0 and 2 wrote
// theirs, and the store is closed, which keeps what was written) leaves
// partitions ahead of the cursor: the resumed replay, at another thread
// count, must not apply their records twice. The log has no redelivered
// events, so any duplicate rejection would be such a record.
TEST_CASE("a commit cut between its writers' parts resumes without applying a part twice",
          "[property][replay][cursor]") {
  const std::uint64_t seed = TestSeed();
  CAPTURE(seed);
  TempDir dir;
  LogSpec log_spec;
  log_spec.debtors = 600;
  log_spec.duplicate_per_mille = 0;
  const Log log = WriteLog(dir, "cut", log_spec, seed);
  RunSpec spec{log.binary_path};
  spec.batch_events = 1'000;
  spec.threads = 3;
  const RunResult reference = ReplayInto(dir.Sub("reference"), spec);
  REQUIRE(reference.stats.batches >= 4);
  REQUIRE(reference.stats.rejected_by_reason[v1::REJECTION_REASON_DUPLICATE_EVENT] == 0);

  const std::string db = dir.Sub("cut");
  {
    std::atomic<int> writer_1_parts{0};
    spec.write_gate = [&](std::size_t writer) {
      if (writer == 1 && ++writer_1_parts == 3) return Status::IoError("writer 1 stopped before its part");
      return Status::Ok();
    };
    std::unique_ptr<store::Store> store = OpenStore(db, spec.bulk);
    replay::ReplayStats stats;
    const Status cut = replay::Replay(store.get(), OptionsFor(spec), &stats);
    REQUIRE_FALSE(cut.ok());
    REQUIRE(cut.message().find("writer 1 stopped") != std::string::npos);
    // The cursor of the whole is the second commit's; the partitions of
    // writers 0 and 2 are at the third; writer 1's are at the second.
    auto cursor_offset = [&](const std::string& key) {
      std::string value;
      bool found = false;
      REQUIRE(store->Get(store::Family::kMeta, key, &value, &found).ok());
      REQUIRE(found);
      return std::stoull(value.substr(0, value.find(' ')));
    };
    REQUIRE(cursor_offset(store::CursorKey("file")) == 2'000);
    for (std::uint32_t p : {0u, 1u, 2u, 3u, 4u, 5u}) {
      CAPTURE(p);
      REQUIRE(cursor_offset(store::PartitionCursorKey("file", p)) == (p % 3 == 1 ? 2'000 : 3'000));
    }
  }
  spec.write_gate = nullptr;
  for (std::size_t threads : {1, 4}) {
    CAPTURE(threads);
    const std::string resumed_db = dir.Sub(fmt::format("resumed-{}", threads));
    std::filesystem::copy(db, resumed_db);
    spec.threads = threads;
    const RunResult resumed = ReplayInto(resumed_db, spec);
    CHECK(resumed.stats.rejected_by_reason[v1::REJECTION_REASON_DUPLICATE_EVENT] == 0);
    // Records of the third commit on partitions already there are skipped.
    CHECK(resumed.stats.skipped > 2'000);
    CHECK(resumed.stats.skipped < 3'000);
    CHECK(resumed.stats.skipped + resumed.stats.records == log.records);
    CHECK(resumed.digest == reference.digest);
    RequireClean(resumed.audit);
  }
}

}  // namespace
}  // namespace relance::testing
