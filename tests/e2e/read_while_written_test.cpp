// The commands that read a database (digest, show, export, letters) beside a
// process that writes it. A read-only open sees only what the writer has
// flushed to table files, and a bulk replay (WAL off) flushes nothing until
// its memtables fill or it ends: those commands used to answer with an empty
// portfolio and exit code 0. They now say the database is being written (by
// which process) and fail, retryable, while nothing is readable; once
// something is, they read it with a warning.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

// The commands a user runs to look at a database, each with its scratch name.
std::vector<std::pair<std::string, std::vector<std::string>>> Readers(const TempDir& dir, const std::string& db,
                                                                      const std::string& debtor) {
  return {
      {"digest", {kCli, "digest", "--db", db}},
      {"show", {kCli, "show", "debtor", debtor, "--db", db}},
      {"export", {kCli, "export", "ageing", "--db", db}},
      {"letters", {kCli, "letters", "--db", db, "--date", "2025-01-31", "--out", dir.Sub("letters")}},
  };
}

bool WaitFor(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

TEST_CASE("reading a database a replay is writing says so, and fails while nothing of it is readable", "[e2e]") {
  TempDir dir;
  const std::string log = dir.Sub("events.pb"), db = dir.Sub("db");
  const CliResult gen =
      RunCli({kCli, "gen", "--debtors", "4000", "--days", "150", "--format", "pb", "--out", log}, dir.Sub("gen"));
  INFO(gen.out << gen.err);
  REQUIRE(gen.exit_code == 0);

  // The replay, paused once it holds the database: nothing it applied is on disk.
  const pid_t replay = SpawnCli({kCli, "replay", "--input", log, "--db", db, "--threads", "1"}, dir.Sub("replay.out"),
                                dir.Sub("replay.err"));
  REQUIRE(WaitFor([&] { return store::Store::WriterPid(db) == replay || PollChild(replay).has_value(); }));
  REQUIRE(kill(replay, SIGSTOP) == 0);
  INFO("the replay ended before it could be paused: make the log longer");
  REQUIRE(store::Store::WriterPid(db) == replay);
  for (const auto& [name, args] : Readers(dir, db, "DR-000002")) {
    CAPTURE(name);
    const CliResult read = RunCli(args, dir.Sub("paused-" + name));
    INFO(read.out << read.err);
    CHECK(read.exit_code == 1);
    CHECK_THAT(read.err, Catch::Contains("is being written by process " + std::to_string(replay)) &&
                             Catch::Contains("nothing of it is readable yet"));
    CHECK_THAT(read.out, !Catch::Contains("digest:"));
  }

  REQUIRE(kill(replay, SIGCONT) == 0);
  REQUIRE(WaitChild(replay) == 0);
  const std::string replayed = DigestOf(ReadFile(dir.Sub("replay.out")));
  REQUIRE(replayed.size() == 64);
  CHECK(store::Store::WriterPid(db) == 0);
  const CliResult after = RunCli({kCli, "digest", "--db", db}, dir.Sub("after"));
  INFO(after.out << after.err);
  CHECK(after.exit_code == 0);
  CHECK(DigestOf(after.out) == replayed);
  CHECK_THAT(after.err, !Catch::Contains("being written"));
}

TEST_CASE("reading a database another process holds open for writing reads what is on disk, with a warning", "[e2e]") {
  TempDir dir;
  const std::string log = dir.Sub("events.jsonl"), db = dir.Sub("db");
  REQUIRE(RunCli({kCli, "gen", "--debtors", "200", "--days", "31", "--format", "jsonl", "--out", log}, dir.Sub("gen"))
              .exit_code == 0);
  const std::string debtor = Find(ReadFile(log), "\"debtor_key\":\"([^\"]+)\"");
  REQUIRE(!debtor.empty());
  const CliResult replayed = RunCli({kCli, "replay", "--input", log, "--db", db}, dir.Sub("replay"));
  REQUIRE(replayed.exit_code == 0);

  // A writer in another process (RocksDB's lock is per process): it opens
  // the database as a replay does, writes a batch it never flushes, and
  // waits for the test.
  int ready[2], release[2];
  REQUIRE(pipe(ready) == 0);
  REQUIRE(pipe(release) == 0);
  const pid_t writer = fork();
  REQUIRE(writer >= 0);
  if (writer == 0) {
    std::unique_ptr<store::Store> store;
    store::StoreOptions options;
    options.bulk = true;
    if (!store::Store::Open(db, options, &store).ok()) _exit(2);
    rocksdb::WriteBatch batch;
    batch.Put(store->handle(store::Family::kMeta), "zz-unflushed", "x");
    if (!store->Write(&batch).ok()) _exit(3);
    char byte = 'r';
    if (write(ready[1], &byte, 1) != 1) _exit(4);
    if (read(release[0], &byte, 1) != 1) _exit(5);
    _exit(0);
  }
  char byte = 0;
  REQUIRE(read(ready[0], &byte, 1) == 1);
  REQUIRE(store::Store::WriterPid(db) == writer);
  for (const auto& [name, args] : Readers(dir, db, debtor)) {
    CAPTURE(name);
    const CliResult read = RunCli(args, dir.Sub("held-" + name));
    INFO(read.out << read.err);
    CHECK(read.exit_code == 0);
    CHECK_THAT(read.err, Catch::Contains("writer_pid=" + std::to_string(writer)) &&
                             Catch::Contains("being written by another process"));
    if (name == "digest") CHECK(DigestOf(read.out) == DigestOf(replayed.out));
    if (name == "show") CHECK_THAT(read.out, Catch::Contains(debtor));
  }
  REQUIRE(write(release[1], &byte, 1) == 1);
  CHECK(WaitChild(writer) == 0);
  for (int fd : {ready[0], ready[1], release[0], release[1]}) close(fd);
}

}  // namespace
}  // namespace relance::testing
