// The `relance` CLI driven as a user (or an orchestrator) would: a replay
// SIGKILLed at random points and restarted must end with the digest of one
// uninterrupted replay, in bulk mode (WAL off + atomic flush) and with the
// WAL (DESIGN §3, §10); bad input is counted, not fatal; `show` prints
// states. Kill delays are seeded: RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/replay/replayer.h"
#include "engine/store/store.h"
#include "projections/projector.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"
#include "tools/gen/generator.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;
constexpr int kCrashDebtors = 5'000;
constexpr int kKillAttempts = 8;
constexpr int kKillDelayMinMs = 20;
constexpr int kKillDelayMaxMs = 400;

// One generated log and its uninterrupted replay, per process.
struct CrashFixture {
  std::uint64_t seed = TestSeed();
  TempDir dir;
  std::string log;
  std::string reference_digest;
  std::uint64_t records = 0;

  CrashFixture() {
    log = dir.Sub("portfolio.pb");
    const CliResult gen = RunCli({kCli, "gen", "--debtors", std::to_string(kCrashDebtors), "--seed",
                                  std::to_string(seed % 1'000'000'007), "--out", log},
                                 dir.Sub("gen"));
    INFO(gen.out << gen.err);
    REQUIRE(gen.exit_code == 0);
    const CliResult reference =
        RunCli({kCli, "replay", "--input", log, "--db", dir.Sub("reference"), "--threads", "1"}, dir.Sub("reference"));
    INFO(reference.out << reference.err);
    REQUIRE(reference.exit_code == 0);
    reference_digest = DigestOf(reference.out);
    REQUIRE(reference_digest.size() == 64);
    records = CountOf(reference.out, "records: (\\d+) read");
    REQUIRE(records > 0);
  }
};

CrashFixture& Crash() {
  static CrashFixture fixture;
  return fixture;
}

// Starts `relance replay --batch 100` on `db` again and again, SIGKILLs each
// run after a random delay, then lets a last run (with --verify) finish. The
// runs take turns at 1, 2 and 3 writer threads (the reference used one): the
// digest depends on neither the kills nor the threads.
void KillAndResume(bool wal) {
  CrashFixture& f = Crash();
  Prng rng(DeriveSeed(f.seed, wal ? 2 : 1));
  const std::string db = f.dir.Sub(wal ? "crashed-wal" : "crashed-bulk");
  std::vector<std::string> args = {kCli, "replay", "--input", f.log, "--db", db, "--batch", "100"};
  if (wal) args.push_back("--wal");
  int kills = 0;
  std::string delays;
  for (int attempt = 0; attempt < kKillAttempts; ++attempt) {
    const int delay_ms = static_cast<int>(rng.Between(kKillDelayMinMs, kKillDelayMaxMs));
    delays += fmt::format(" {}", delay_ms);
    const std::string scratch = f.dir.Sub(fmt::format("{}-run{}", wal ? "wal" : "bulk", attempt));
    auto run_args = args;
    run_args.insert(run_args.end(), {"--threads", std::to_string(1 + attempt % 3)});
    const pid_t pid = SpawnCli(run_args, scratch + ".out", scratch + ".err");
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    if (const auto done = PollChild(pid); done.has_value()) {
      // Finished before the kill: it must have succeeded.
      INFO(ReadFile(scratch + ".err"));
      REQUIRE(*done == 0);
      break;
    }
    REQUIRE(kill(pid, SIGKILL) == 0);
    const int code = WaitChild(pid);
    INFO(ReadFile(scratch + ".err"));
    REQUIRE((code == 128 + SIGKILL || code == 0));
    if (code != 0) ++kills;
  }
  const CliResult last = RunCli(
      [&] {
        auto final_args = args;
        final_args.push_back("--verify");
        return final_args;
      }(),
      f.dir.Sub(wal ? "wal-last" : "bulk-last"));
  CAPTURE(f.seed, kills, delays);
  INFO(last.out << last.err);
  WARN(fmt::format("seed {} ({} mode): {} kills after{} ms; last run: {} records read, {} skipped", f.seed,
                   wal ? "WAL" : "bulk", kills, delays, CountOf(last.out, "records: (\\d+) read"),
                   CountOf(last.out, "read, (\\d+) skipped")));
  REQUIRE(kills >= 3);
  REQUIRE(last.exit_code == 0);
  REQUIRE(DigestOf(last.out) == f.reference_digest);
  REQUIRE(last.out.find("verify: ") != std::string::npos);
  REQUIRE(CountOf(last.out, "debts checked, (\\d+) problems") == 0);
  REQUIRE(CountOf(last.out, "read, (\\d+) skipped") + CountOf(last.out, "records: (\\d+) read") == f.records);
  // And once more: everything is skipped, the state does not move.
  const CliResult again = RunCli(args, f.dir.Sub(wal ? "wal-again" : "bulk-again"));
  REQUIRE(again.exit_code == 0);
  REQUIRE(CountOf(again.out, "read, (\\d+) skipped") == f.records);
  REQUIRE(DigestOf(again.out) == f.reference_digest);
}

TEST_CASE("a bulk replay killed at random points resumes to the reference digest", "[e2e][crash]") {
  KillAndResume(/*wal=*/false);
}

TEST_CASE("a WAL replay killed at random points resumes to the reference digest", "[e2e][crash]") {
  KillAndResume(/*wal=*/true);
}

// With the CLI's 64 MiB memtables a bulk replay of this log never flushes
// before its end, so a kill loses the whole run and atomic_flush is never
// put to the test. Here the replay runs in a forked child with 256 KiB
// memtables: RocksDB flushes all families together many times per run, and
// the kills land before, during and after those flushes. Without
// atomic_flush a crash could keep one family's flushed state (say the
// cursor in `meta`) and lose another's (`debt`). The child is forked from a
// process that has never opened RocksDB (its thread pool would not survive
// the fork); the last run and the reference are the CLI's.
[[noreturn]] void ReplayInChild(const std::string& log, const std::string& db) {
  store::StoreOptions store_options;
  store_options.bulk = true;
  store_options.write_buffer_bytes = 256u << 10;
  std::unique_ptr<store::Store> store;
  if (!store::Store::Open(db, store_options, &store).ok()) _exit(2);
  replay::ReplayOptions options;
  options.input = log;
  options.batch_events = 100;
  options.rejections_logged_max = 0;
  options.projection_sink_factory = projections::ProjectorFactory();  // As `relance replay` does.
  replay::ReplayStats stats;
  _exit(replay::Replay(store.get(), options, &stats).ok() ? 0 : 1);
}

int SstFiles(const std::string& dir) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) count += entry.path().extension() == ".sst";
  return count;
}

TEST_CASE("a bulk replay that flushes often, killed at random points, resumes to the reference digest",
          "[e2e][crash]") {
  CrashFixture& f = Crash();
  Prng rng(DeriveSeed(f.seed, 4));
  const std::string db = f.dir.Sub("crashed-flushing");
  int kills = 0;
  std::string delays;
  for (int attempt = 0; attempt < kKillAttempts; ++attempt) {
    const int delay_ms = static_cast<int>(rng.Between(100, 600));
    delays += fmt::format(" {}", delay_ms);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) ReplayInChild(f.log, db);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    if (const auto done = PollChild(pid); done.has_value()) {
      REQUIRE(*done == 0);
      break;
    }
    REQUIRE(kill(pid, SIGKILL) == 0);
    const int code = WaitChild(pid);
    REQUIRE((code == 128 + SIGKILL || code == 0));
    if (code != 0) ++kills;
  }
  const int sst_files = SstFiles(db);
  const CliResult last =
      RunCli({kCli, "replay", "--input", f.log, "--db", db, "--batch", "100", "--verify"}, f.dir.Sub("flushing-last"));
  const std::uint64_t skipped = CountOf(last.out, "read, (\\d+) skipped");
  CAPTURE(f.seed, kills, delays, sst_files, skipped);
  INFO(last.out << last.err);
  WARN(fmt::format("seed {} (bulk, 256 KiB memtables): {} kills after{} ms, {} SST files; last run: {} skipped", f.seed,
                   kills, delays, sst_files, skipped));
  REQUIRE(kills >= 3);
  // Flushed commits survived the kills: the crashes hit a flushing database.
  REQUIRE(sst_files > 0);
  REQUIRE(skipped > 0);
  REQUIRE(last.exit_code == 0);
  REQUIRE(DigestOf(last.out) == f.reference_digest);
  REQUIRE(CountOf(last.out, "debts checked, (\\d+) problems") == 0);
}

// A small generated log, written with garbage records spliced in, and the
// same log without them.
struct GarbageLogs {
  std::string clean;
  std::string dirty;
  std::uint64_t garbage = 0;
  std::string first_debt_id;
};

GarbageLogs WriteGarbageLogs(const TempDir& dir, std::uint64_t seed, codec::Format format) {
  const std::string ext = format == codec::Format::kJsonLines ? ".jsonl" : ".pb";
  GarbageLogs logs;
  logs.clean = dir.Sub("clean" + ext);
  logs.dirty = dir.Sub("dirty" + ext);
  std::string error;
  auto clean = codec::LogWriter::Open(logs.clean, format, &error);
  auto dirty = codec::LogWriter::Open(logs.dirty, format, &error);
  REQUIRE(clean);
  REQUIRE(dirty);
  const std::vector<std::string> garbage = format == codec::Format::kJsonLines
                                               ? std::vector<std::string>{"{\"event_id\": ", "<xml/>", "{}"}
                                               : std::vector<std::string>{std::string("\xff\xff\xff", 3), "junk", ""};
  Prng rng(DeriveSeed(seed, 3));
  gen::GenOptions options;
  options.debtors = 200;
  options.seed = seed;
  options.horizon_days = 90;
  std::uint64_t events = 0;
  gen::Generate(options, [&](const v1::Event& event) {
    if (logs.first_debt_id.empty() && event.has_invoice_issued()) logs.first_debt_id = event.debt_id();
    clean->Write(event);
    dirty->Write(event);
    if (++events % 97 == 0 || rng.Chance(5)) {
      dirty->WriteRaw(garbage[logs.garbage % garbage.size()]);
      ++logs.garbage;
    }
  });
  REQUIRE(clean->Close());
  REQUIRE(dirty->Close());
  REQUIRE(logs.garbage > 0);
  REQUIRE_FALSE(logs.first_debt_id.empty());
  return logs;
}

TEST_CASE("relance replay counts garbage records as malformed and applies the rest", "[e2e]") {
  const std::uint64_t seed = TestSeed();
  CAPTURE(seed);
  TempDir dir;
  for (const auto format : {codec::Format::kBinary, codec::Format::kJsonLines}) {
    const bool json = format == codec::Format::kJsonLines;
    CAPTURE(json);
    const GarbageLogs logs = WriteGarbageLogs(dir, seed, format);
    const std::string tag = json ? "json" : "pb";
    const CliResult clean =
        RunCli({kCli, "replay", "--input", logs.clean, "--db", dir.Sub(tag + "-clean-db")}, dir.Sub(tag + "-clean"));
    // Three writer threads decode the dirty log's windows between them
    // (record i by thread i % 3), whatever the machine's cores.
    const CliResult dirty =
        RunCli({kCli, "replay", "--input", logs.dirty, "--db", dir.Sub(tag + "-dirty-db"), "--threads", "3"},
               dir.Sub(tag + "-dirty"));
    INFO(dirty.out << dirty.err);
    REQUIRE(clean.exit_code == 0);
    REQUIRE(dirty.exit_code == 0);
    CHECK(CountOf(clean.out, "rejected REJECTION_REASON_MALFORMED\\s+(\\d+)") == 0);
    CHECK(CountOf(dirty.out, "rejected REJECTION_REASON_MALFORMED\\s+(\\d+)") == logs.garbage);
    // The good events are all applied: the same count, the same state.
    const std::uint64_t applied = CountOf(clean.out, "applied: (\\d+)");
    REQUIRE(applied > 0);
    CHECK(CountOf(dirty.out, "applied: (\\d+)") == applied);
    CHECK(CountOf(dirty.out, "records: (\\d+) read") == CountOf(clean.out, "records: (\\d+) read") + logs.garbage);
    CHECK(DigestOf(dirty.out) == DigestOf(clean.out));
    CHECK(DigestOf(dirty.out).size() == 64);
  }
}

TEST_CASE("relance show debt prints the debt as JSON and fails on an unknown id", "[e2e]") {
  const std::uint64_t seed = TestSeed();
  CAPTURE(seed);
  TempDir dir;
  const GarbageLogs logs = WriteGarbageLogs(dir, seed, codec::Format::kBinary);
  const std::string db = dir.Sub("db");
  REQUIRE(RunCli({kCli, "replay", "--input", logs.dirty, "--db", db}, dir.Sub("replay")).exit_code == 0);

  const CliResult shown = RunCli({kCli, "show", "debt", logs.first_debt_id, "--db", db}, dir.Sub("show"));
  INFO(shown.out << shown.err);
  REQUIRE(shown.exit_code == 0);
  CHECK(shown.out.find(fmt::format("\"debt_id\": \"{}\"", logs.first_debt_id)) != std::string::npos);
  CHECK(shown.out.find("\"issued_minor\"") != std::string::npos);
  CHECK(shown.out.find("\"status\": \"DEBT_STATUS_") != std::string::npos);

  const CliResult history =
      RunCli({kCli, "show", "debt", logs.first_debt_id, "--db", db, "--history"}, dir.Sub("history"));
  REQUIRE(history.exit_code == 0);
  // One JSON document (a JSON parser takes it whole): the state, then every
  // entry of its history in order, each saying what it did to the balance.
  google::protobuf::Struct document;
  REQUIRE(google::protobuf::util::JsonStringToMessage(history.out, &document).ok());
  const auto& debt = document.fields().at("debt").struct_value().fields();
  CHECK(debt.at("debt_id").string_value() == logs.first_debt_id);
  const auto& entries = document.fields().at("history").list_value().values();
  REQUIRE(static_cast<double>(entries.size()) == std::stod(debt.at("history_seq").string_value()));
  const auto& first = entries.Get(0).struct_value().fields();
  CHECK(first.at("seq").number_value() == 1);
  CHECK(first.at("event").struct_value().fields().count("invoice_issued") == 1);
  const auto& opened = first.at("balance_changes").list_value().values().Get(0).struct_value().fields();
  CHECK(opened.at("cause").string_value() == "BALANCE_CAUSE_INVOICE");
  CHECK(opened.at("delta_minor").string_value() == debt.at("issued_minor").string_value());

  const CliResult missing = RunCli({kCli, "show", "debt", "NO-SUCH-DEBT", "--db", db}, dir.Sub("missing"));
  INFO(missing.out << missing.err);
  CHECK(missing.exit_code != 0);
  CHECK(missing.out.find("NO-SUCH-DEBT") == std::string::npos);
  CHECK(missing.err.find("NO-SUCH-DEBT") != std::string::npos);
}

}  // namespace
}  // namespace relance::testing
