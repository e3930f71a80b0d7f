// relance bench replay: where the time goes in a replay. Generates a log of N
// events, replays it with the engine (events/s, peak RSS), then measures the
// parts on the same data: protobuf parse alone, RocksDB blind WriteBatch puts
// of the same keys and value sizes, and a naive per-event Get -> apply -> Put
// loop. Figures, not assertions: run it on demand.
#include <fmt/format.h>
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/ledger.h"
#include "engine/core/transition_table.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/publisher.h"
#include "engine/kafka/runtime.h"
#include "engine/replay/replayer.h"
#include "engine/store/keys.h"
#include "projections/projector.h"
#include "tools/cli/commands.h"
#include "tools/cli/global_options.h"
#include "tools/cli/replay_report.h"
#include "tools/gen/generator.h"

namespace relance::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kBlindPutBatch = 1000;
constexpr std::uint32_t kPartitions = 64;

struct BenchArgs {
  std::uint64_t events = 1'000'000;
  std::uint64_t seed = 7;
  std::uint64_t naive_events = 0;  // 0: all of them.
  std::size_t cache_entries = replay::ReplayOptions().cache_entries;
  std::size_t batch_events = replay::ReplayOptions().batch_events;
  std::size_t batch_mib = replay::ReplayOptions().batch_bytes >> 20;
  std::size_t threads = replay::ReplayOptions().threads;
  std::string dir;
  bool no_projections = false;
};

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// The naive shell: every lookup is a RocksDB Get, every change a Put.
class NaiveAccess : public core::StateAccess {
 public:
  NaiveAccess(store::Store* store, std::uint32_t partition) : store_(store), partition_(partition) {}
  core::Debt* FindDebt(std::string_view debt_id) override {
    auto it = debts_.find(debt_id);
    if (it != debts_.end()) return &it->second;
    std::string value;
    bool found = false;
    (void)store_->Get(store::Family::kDebt, store::EntityKey(partition_, debt_id), &value, &found);
    if (!found) return nullptr;
    auto& debt = debts_[std::string(debt_id)];
    (void)debt.ParseFrom(value, &scratch_);
    return &debt;
  }
  core::Debt* CreateDebt(std::string_view debt_id) override { return &debts_[std::string(debt_id)]; }
  core::Debtor* Debtor(std::string_view key) override {
    if (!debtor_key_.empty()) return &debtor_;
    debtor_key_ = key;
    std::string value;
    bool found = false;
    (void)store_->Get(store::Family::kDebtor, store::EntityKey(partition_, key), &value, &found);
    if (found) (void)debtor_.ParseFrom(value, &debtor_scratch_);
    return &debtor_;
  }
  // The same writes the engine makes, one event at a time: each touched
  // state, one history entry per debt, and the timer index when the review
  // day moved.
  void PutAll(const core::Outcome& outcome, const core::Context& ctx, std::string_view event_bytes,
              rocksdb::WriteBatch* batch) {
    std::string value;
    for (core::Debt* touched : outcome.touched_debts) {
      core::Debt& debt = *touched;
      const std::string& id = debt.debt_id();
      const Day old_review = *ToDay(debt.review_date());
      const Day new_review = core::ScheduledReviewDay(debt, ctx);
      if (new_review != old_review) {
        if (old_review != kNoDay)
          batch->Delete(store_->handle(store::Family::kTimer), store::TimerKey(partition_, old_review, id));
        if (new_review != kNoDay)
          batch->Put(store_->handle(store::Family::kTimer), store::TimerKey(partition_, new_review, id), "");
        SetCivil(new_review, debt.mutable_review_date());
      }
      debt.SerializeTo(&value, &scratch_);
      batch->Put(store_->handle(store::Family::kDebt), store::EntityKey(partition_, id), value);
      batch->Put(store_->handle(store::Family::kHistory), store::HistoryKey(partition_, id, debt.history_seq()),
                 event_bytes);
    }
    if (outcome.debtor_touched) {
      debtor_.SerializeTo(&value, &debtor_scratch_);
      batch->Put(store_->handle(store::Family::kDebtor), store::EntityKey(partition_, debtor_key_), value);
    }
  }

 private:
  store::Store* store_;
  std::uint32_t partition_;
  std::map<std::string, core::Debt, std::less<>> debts_;
  v1::DebtState scratch_;
  core::Debtor debtor_;
  v1::DebtorState debtor_scratch_;
  std::string debtor_key_;
};

Status OpenFresh(const std::string& dir, bool bulk, std::unique_ptr<store::Store>* store) {
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  store::StoreOptions options;
  options.bulk = bulk;
  return store::Store::Open(dir, options, store);
}

void Row(std::string_view what, std::uint64_t n, double seconds, std::string_view note = {}) {
  std::printf("  %-44s %10llu ops %8.3f s %12.0f /s  %.*s\n", std::string(what).c_str(),
              static_cast<unsigned long long>(n), seconds, seconds > 0 ? static_cast<double>(n) / seconds : 0.0,
              static_cast<int>(note.size()), note.data());
}

int RunBench(BenchArgs& args) {
  namespace fs = std::filesystem;
  const bool temporary = args.dir.empty();
  if (temporary) args.dir = (fs::temp_directory_path() / fmt::format("relance-bench-{}", getpid())).string();
  fs::create_directories(args.dir);
  const std::string log = (fs::path(args.dir) / "events.pb").string();

  // 1. The log.
  gen::GenOptions gen_options;
  if (Status s = UseGenPolicy("", &gen_options); !s.ok()) return Fail("bench", s);
  gen_options.seed = args.seed;
  gen_options.debtors = std::max<std::uint64_t>(
      1, static_cast<std::uint64_t>(static_cast<double>(args.events) / gen::EventsPerDebtorEstimate(gen_options)) + 1);
  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  if (!writer) return Fail("bench", Status::IoError(error));
  std::uint64_t written = 0, bytes = 0;
  auto start = Clock::now();
  gen::Generate(gen_options, [&](const v1::Event& e) {
    if (written >= args.events) return;
    ++written;
    bytes += e.ByteSizeLong();
    writer->Write(e);
  });
  if (!writer->Close()) return Fail("bench", Status::IoError("writing the log"));
  std::printf("log: %llu events, %llu debtors, %.0f bytes/event on average, generated in %.2f s\n",
              static_cast<unsigned long long>(written), static_cast<unsigned long long>(gen_options.debtors),
              written ? static_cast<double>(bytes) / static_cast<double>(written) : 0.0, Seconds(start));

  // 2. The engine.
  std::unique_ptr<store::Store> store;
  if (Status s = OpenFresh((fs::path(args.dir) / "engine").string(), true, &store); !s.ok()) return Fail("bench", s);
  ResetPeakRss();
  const long rss_before = PeakRssKib();
  replay::ReplayOptions options;
  options.input = log;
  options.cache_entries = args.cache_entries;
  options.batch_events = args.batch_events;
  options.batch_bytes = args.batch_mib << 20;
  options.threads = args.threads;
  options.rejections_logged_max = 0;
  if (!args.no_projections) options.projection_sink_factory = projections::ProjectorFactory();
  replay::ReplayStats stats;
  if (Status s = replay::Replay(store.get(), options, &stats); !s.ok()) return Fail("replay", s);
  const long rss_after = PeakRssKib();
  std::printf(
      "\nengine replay (bulk mode, cache %zu states, batches of %zu events or %zu MiB, projections %s, %llu writer "
      "threads):\n",
      args.cache_entries, args.batch_events, args.batch_mib, args.no_projections ? "off" : "on",
      static_cast<unsigned long long>(stats.threads));
  PrintReplayStats(stats);
  std::printf("peak RSS during replay: %ld KiB (process before: %ld KiB)\n", rss_after, rss_before);
  // Average stored debt size, for the blind-put comparison.
  std::uint64_t debt_bytes = 0, debt_count = 0;
  {
    auto it = store->NewIterator(store::Family::kDebt);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      debt_bytes += it->value().size();
      ++debt_count;
    }
  }
  store.reset();
  const std::size_t value_size = debt_count ? debt_bytes / debt_count : 200;

  // 3. Parse alone, from memory.
  std::vector<std::string> records;
  {
    auto reader = codec::LogReader::Open(log, codec::Format::kBinary, &error);
    if (!reader) return Fail("bench", Status::IoError(error));
    codec::LogRecord record;
    bool end = false;
    for (;;) {
      if (Status s = reader->Next(&record, &end); !s.ok()) return Fail("bench", s);
      if (end) break;
      records.push_back(record.bytes);
    }
  }
  std::vector<v1::Event> events(records.size());
  start = Clock::now();
  for (std::size_t i = 0; i < records.size(); ++i) (void)codec::DecodeBinary(records[i], &events[i]);
  const double parse_seconds = Seconds(start);
  records.clear();
  records.shrink_to_fit();

  std::printf("\nthe parts, on the same events:\n");
  Row("engine replay (all of it)", stats.records, stats.seconds);
  Row("protobuf parse alone", events.size(), parse_seconds);

  // 4. Blind puts of the same keys and value sizes, batches of 1000, WAL on.
  if (Status s = OpenFresh((fs::path(args.dir) / "blind").string(), false, &store); !s.ok()) return Fail("bench", s);
  const std::string value(value_size, 'x');
  start = Clock::now();
  rocksdb::WriteBatch batch;
  std::uint64_t puts = 0;
  for (const auto& e : events) {
    if (e.debtor_key().empty()) continue;
    const std::uint32_t p = PartitionForKey(e.debtor_key(), kPartitions);
    batch.Put(store->handle(store::Family::kDebt),
              store::EntityKey(p, e.debt_id().empty() ? e.debtor_key() : e.debt_id()), value);
    if (++puts % kBlindPutBatch == 0) {
      (void)store->Write(&batch);
      batch.Clear();
    }
  }
  (void)store->Write(&batch);
  Row(fmt::format("RocksDB blind puts ({} B, batches of {})", value_size, kBlindPutBatch), puts, Seconds(start));
  store.reset();

  // 5. Naive per-event Get -> apply -> Put (WAL off, like the engine).
  if (Status s = OpenFresh((fs::path(args.dir) / "naive").string(), true, &store); !s.ok()) return Fail("bench", s);
  std::vector<v1::PartitionMeta> metas(kPartitions);
  core::Outcome outcome;
  const std::uint64_t naive_n =
      args.naive_events == 0 ? events.size() : std::min<std::uint64_t>(args.naive_events, events.size());
  start = Clock::now();
  for (std::uint64_t i = 0; i < naive_n; ++i) {
    const v1::Event& e = events[i];
    if (core::IsPartitionLevel(core::KindOf(e))) {
      for (auto& meta : metas) core::ApplyPartitionEvent(e, meta, &outcome);
      continue;  // The naive loop does no timer work: it flatters the naive side.
    }
    const std::uint32_t p = PartitionForKey(e.debtor_key(), kPartitions);
    NaiveAccess access(store.get(), p);
    core::Context ctx;
    ctx.business_date = IsUnset(metas[p].business_date()) ? kNoDay : *ToDay(metas[p].business_date());
    core::Apply(e, ctx, access, &outcome);
    if (!outcome.accepted) continue;
    rocksdb::WriteBatch one;
    access.PutAll(outcome, ctx, codec::EncodeBinary(e), &one);
    (void)store->Write(&one);
  }
  Row("naive per-event Get -> apply -> Put", naive_n, Seconds(start), "(states, history, timers; no DayClosed visits)");
  store.reset();

  const double engine_rate = stats.seconds > 0 ? static_cast<double>(stats.records) / stats.seconds : 0;
  std::printf("\nengine: %.0f events/s, peak RSS %ld KiB\n", engine_rate, rss_after);
  std::error_code ec;
  if (temporary) fs::remove_all(args.dir, ec);
  return 0;
}

struct KafkaBenchArgs {
  std::uint64_t events = 1'000'000;
  std::uint64_t seed = 7;
  int partitions = 64;
  std::size_t batch_events = kafka::EngineOptions().batch_events_max;
  std::size_t threads = kafka::EngineOptions().threads;
  std::string dir;
};

// Runs of the bare consumer; its median rate is the ratio's base.
constexpr int kBareConsumerRuns = 5;

// Reads every message of the topic with a bare consumer (assign, no group
// logic, no decoding): the ceiling the engine is compared with.
Status BareConsume(const std::string& brokers, int partitions, std::uint64_t expected, double* seconds) {
  std::string error;
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  conf->set("bootstrap.servers", brokers, error);
  conf->set("group.id", "relance-bench-bare", error);
  conf->set("enable.auto.commit", "false", error);
  conf->set("fetch.wait.max.ms", "10", error);
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(conf.get(), error));
  if (!consumer) return Status::InvalidArgument(error);
  std::vector<RdKafka::TopicPartition*> assignment;
  for (int p = 0; p < partitions; ++p) {
    assignment.push_back(RdKafka::TopicPartition::create(kafka::kEventsTopic, p, RdKafka::Topic::OFFSET_BEGINNING));
  }
  consumer->assign(assignment);
  RdKafka::TopicPartition::destroy(assignment);
  std::uint64_t received = 0;
  Clock::time_point first{};
  Clock::time_point last{};
  const auto deadline = Clock::now() + std::chrono::minutes(5);
  while (received < expected && Clock::now() < deadline) {
    std::unique_ptr<RdKafka::Message> m(consumer->consume(100));
    if (m->err() != RdKafka::ERR_NO_ERROR) continue;
    if (received++ == 0) first = Clock::now();
    last = Clock::now();
  }
  consumer->close();
  if (received < expected) return Status::IoError(fmt::format("bare consumer read {} of {}", received, expected));
  *seconds = std::chrono::duration<double>(last - first).count();
  return Status::Ok();
}

int RunKafkaBench(KafkaBenchArgs& args) {
  namespace fs = std::filesystem;
  const bool temporary = args.dir.empty();
  if (temporary) args.dir = (fs::temp_directory_path() / fmt::format("relance-kbench-{}", getpid())).string();
  std::error_code ec;
  fs::remove_all(args.dir, ec);
  fs::create_directories(args.dir);
  const std::string log = (fs::path(args.dir) / "events.pb").string();
  std::unique_ptr<kafka::MockCluster> cluster;
  if (Status s = kafka::MockCluster::Start(3, &cluster); !s.ok()) return Fail("mock cluster", s);
  if (Status s = cluster->CreateRelanceTopics(args.partitions); !s.ok()) return Fail("topics", s);
  gen::GenOptions gen_options;
  if (Status s = UseGenPolicy("", &gen_options); !s.ok()) return Fail("bench", s);
  gen_options.seed = args.seed;
  gen_options.debtors = std::max<std::uint64_t>(
      1, static_cast<std::uint64_t>(static_cast<double>(args.events) / gen::EventsPerDebtorEstimate(gen_options)) + 1);
  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  if (!writer) return Fail("bench", Status::IoError(error));
  const gen::GenStats gen_stats = gen::Generate(gen_options, [&](const v1::Event& e) { writer->Write(e); });
  if (!writer->Close()) return Fail("bench", Status::IoError("writing the log"));
  kafka::KafkaSettings settings;
  settings.brokers = cluster->bootstraps();
  kafka::PublishStats published;
  if (Status s =
          kafka::PublishLog(settings, kafka::kEventsTopic, log, codec::Format::kBinary, false, &published, false);
      !s.ok()) {
    return Fail("publish", s);
  }
  std::printf("log: %llu events, %llu messages on %d partitions, published in %.2f s\n",
              static_cast<unsigned long long>(gen_stats.events), static_cast<unsigned long long>(published.messages),
              args.partitions, published.seconds);
  // The bare consumer reads the whole topic in a tenth of a second or so, so
  // one run swings by half on a shared machine: the median of a few.
  std::vector<double> bare_rates;
  for (int run = 0; run < kBareConsumerRuns; ++run) {
    double bare_seconds = 0;
    if (Status s = BareConsume(settings.brokers, args.partitions, published.messages, &bare_seconds); !s.ok()) {
      return Fail("bare consumer", s);
    }
    bare_rates.push_back(bare_seconds > 0 ? static_cast<double>(published.messages) / bare_seconds : 0);
  }
  std::sort(bare_rates.begin(), bare_rates.end());
  kafka::EngineOptions engine;
  engine.kafka = settings;
  engine.group = "relance-bench";
  engine.db = (fs::path(args.dir) / "db").string();
  engine.exit_when_idle_ms = 1000;
  engine.batch_events_max = args.batch_events;
  engine.threads = args.threads;
  engine.projection_sink_factory = projections::ProjectorFactory();
  std::atomic<bool> stop{false};
  kafka::EngineStats stats;
  if (Status s = kafka::RunEngine(engine, stop, &stats); !s.ok()) return Fail("engine", s);
  std::printf("%s", kafka::FormatEngineStats(stats).c_str());
  const double bare_rate = bare_rates[bare_rates.size() / 2];
  const double engine_rate = stats.active_seconds > 0 ? static_cast<double>(stats.messages) / stats.active_seconds : 0;
  std::printf(
      "\nbare consumer: %.0f messages/s (median of %d runs: %.0f to %.0f)   engine end to end: %.0f messages/s   "
      "ratio: %.1f %%\n",
      bare_rate, kBareConsumerRuns, bare_rates.front(), bare_rates.back(), engine_rate,
      bare_rate > 0 ? 100.0 * engine_rate / bare_rate : 0.0);
  if (temporary) fs::remove_all(args.dir, ec);
  return stats.messages == published.messages ? 0 : 1;
}

}  // namespace

void AddBenchCommand(CLI::App& app, int* exit_code) {
  CLI::App* bench = app.add_subcommand("bench", "Benchmarks (figures, not assertions)");
  bench->require_subcommand(1);
  auto args = std::make_shared<BenchArgs>();
  CLI::App* cmd = bench->add_subcommand("replay", "Replay N generated events; compare with the raw parts");
  cmd->add_option("--events", args->events, "Events in the generated log");
  cmd->add_option("--seed", args->seed, "Generator seed");
  cmd->add_option("--naive-events", args->naive_events, "Events for the naive loop (default: all)");
  cmd->add_option("--cache", args->cache_entries, "Engine cache size (states)");
  cmd->add_option("--batch", args->batch_events, "Engine batch size (events per commit)");
  cmd->add_option("--batch-mib", args->batch_mib, "Engine batch size (about the MiB of a commit; 0: no bound)")
      ->check(CLI::Range(std::size_t{0}, kBatchMibMax));
  cmd->add_option("--threads", args->threads, "Engine writer threads (default: the machine's cores)");
  cmd->add_option("--dir", args->dir, "Work directory (default: a temporary one, removed)");
  cmd->add_flag("--no-projections", args->no_projections, "Replay without the read side (to measure its cost)");
  cmd->callback([args, exit_code] { *exit_code = RunBench(*args); });

  auto kafka_args = std::make_shared<KafkaBenchArgs>();
  CLI::App* kafka_cmd =
      bench->add_subcommand("kafka", "End-to-end events/s through an embedded cluster, beside a bare consumer");
  kafka_cmd->add_option("--events", kafka_args->events, "Events in the generated log (about)");
  kafka_cmd->add_option("--seed", kafka_args->seed, "Generator seed");
  kafka_cmd->add_option("--partitions", kafka_args->partitions, "Partitions of the topic");
  kafka_cmd->add_option("--batch", kafka_args->batch_events, "Engine events per commit, at most");
  kafka_cmd->add_option("--threads", kafka_args->threads, "Engine writer threads (default: the machine's cores)");
  kafka_cmd->add_option("--dir", kafka_args->dir, "Work directory (default: a temporary one, removed)");
  kafka_cmd->callback([kafka_args, exit_code] { *exit_code = RunKafkaBench(*kafka_args); });
  AddBenchHttpCommand(bench, exit_code);
  AddBenchDayCommand(bench, exit_code);
}

}  // namespace relance::cli
