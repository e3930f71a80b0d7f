// relance demo: the main job in one command, no arguments needed. Starts an
// embedded Kafka (librdkafka's mock cluster), generates a portfolio,
// publishes it, runs the engine until it has caught up, prints a summary,
// and checks the engine's state against a replay of the same log.
//
// What a newcomer reads is the summary: the engine's log lines (every
// partition assigned, every deliberate duplicate rejected: a few hundred)
// go to a file the demo names, and a progress line shows while it works.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "engine/codec/event_codec.h"
#include "engine/kafka/log.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/monitor.h"
#include "engine/kafka/publisher.h"
#include "engine/kafka/runtime.h"
#include "engine/kafka/topics.h"
#include "engine/replay/replayer.h"
#include "engine/store/digest.h"
#include "projections/projector.h"
#include "projections/summary.h"
#include "tools/cli/commands.h"
#include "tools/gen/generator.h"
#include "tools/letters/renderer.h"

namespace relance::cli {
namespace {

constexpr int kDemoBrokers = 3;
constexpr int kDemoPartitions = 16;
constexpr int kIdleExitMs = 1000;

struct DemoArgs {
  gen::GenOptions options;
  std::string dir;
  int partitions = kDemoPartitions;
};

// While the engine works: "engine: 41,200 of 117,170 messages (35 %)" on
// stderr, redrawn in place on a terminal, a line every few seconds otherwise.
class EngineProgress {
 public:
  EngineProgress(const kafka::EngineMonitor* monitor, std::uint64_t total)
      : monitor_(monitor), total_(total), terminal_(isatty(STDERR_FILENO) != 0), thread_([this] { Run(); }) {}
  ~EngineProgress() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    wake_.notify_one();
    thread_.join();
    if (terminal_) std::fprintf(stderr, "\r%*s\r", 60, "");
  }

 private:
  void Run() {
    const auto period = terminal_ ? std::chrono::milliseconds(250) : std::chrono::seconds(3);
    std::unique_lock<std::mutex> lock(mutex_);
    while (!wake_.wait_for(lock, period, [this] { return done_; })) {
      const std::uint64_t messages = monitor_->Snapshot().stats.messages;
      const double percent = total_ == 0 ? 100.0 : 100.0 * static_cast<double>(messages) / static_cast<double>(total_);
      std::fprintf(stderr, "%sengine: %llu of %llu messages (%.0f %%)%s", terminal_ ? "\r" : "",
                   static_cast<unsigned long long>(messages), static_cast<unsigned long long>(total_), percent,
                   terminal_ ? "" : "\n");
      std::fflush(stderr);
    }
  }

  const kafka::EngineMonitor* monitor_;
  const std::uint64_t total_;
  const bool terminal_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;  // Last: started once the rest is set.
};

Status Digest(const std::string& db, std::string* hex, store::AuditResult* audit) {
  store::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(db, options, &store); !s.ok()) return s;
  store::DigestResult digest;
  if (Status s = store::ComputeDigest(*store, &digest); !s.ok()) return s;
  *hex = digest.sha256_hex;
  if (audit != nullptr) return store::Audit(*store, audit);
  return Status::Ok();
}

// What the dunning decided over the run, per kind, and the letters of the
// last business day rendered from the stored actions.
Status DunningReport(const std::string& db, const std::string& letters_dir) {
  store::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(db, options, &store); !s.ok()) return s;
  std::map<std::string, std::uint64_t> by_kind;
  Day last_day = kNoDay;
  auto it = store->NewIterator(store::Family::kAction);
  v1::Action action;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (!action.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("action record");
    }
    ++by_kind[v1::ActionKind_Name(action.kind())];
    last_day = std::max(last_day, *ToDay(action.date()));
  }
  if (!it->status().ok()) return store::FromRocks(it->status());
  std::printf("\n== Dunning actions (also produced to %s)\n", kafka::kActionsTopic);
  for (const auto& [kind, count] : by_kind) {
    std::printf("  %-32s %llu\n", kind.c_str(), static_cast<unsigned long long>(count));
  }
  if (last_day == kNoDay) return Status::Ok();
  letters::LettersOptions letter_options;
  letter_options.date = last_day;
  letter_options.out_dir = letters_dir;
  letters::LettersReport report;
  if (Status s = letters::RenderLetters(*store, letter_options, &report); !s.ok()) return s;
  std::printf("letters of %s: %llu actions -> %llu letters, %llu e-mails (%s)\n", FormatDay(last_day).c_str(),
              static_cast<unsigned long long>(report.actions), static_cast<unsigned long long>(report.letters),
              static_cast<unsigned long long>(report.emails), report.index_path.c_str());
  return Status::Ok();
}

Status Summary(const std::string& db) {
  store::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(db, options, &store); !s.ok()) return s;
  projections::PortfolioSummary summary;
  if (Status s = projections::SummarisePortfolio(*store, &summary); !s.ok()) return s;
  std::printf("\n== Portfolio\n%s", projections::FormatSummary(summary).c_str());
  return Status::Ok();
}

int RunDemo(DemoArgs& args) {
  namespace fs = std::filesystem;
  const bool temporary = args.dir.empty();
  if (temporary) args.dir = (fs::temp_directory_path() / fmt::format("relance-demo-{}", getpid())).string();
  std::error_code ec;
  fs::remove_all(args.dir, ec);
  fs::create_directories(args.dir, ec);
  const std::string log = (fs::path(args.dir) / "events.pb").string();
  const std::string engine_db = (fs::path(args.dir) / "engine-db").string();
  const std::string replay_db = (fs::path(args.dir) / "replay-db").string();
  // Outside a temporary directory, which is removed on exit: the log is
  // what one reads when something looks wrong.
  const std::string log_file = temporary
                                   ? (fs::temp_directory_path() / fmt::format("relance-demo-{}.log", getpid())).string()
                                   : (fs::path(args.dir) / "demo.log").string();
  std::string log_error;
  if (!kafka::SetLogFile(log_file, &log_error)) return Fail("demo", Status::IoError(log_error));

  if (Status s = UseGenPolicy("", &args.options); !s.ok()) return Fail("demo", s);
  std::printf("== Relance demo: %llu debtors over %d days (seed %llu)\n",
              static_cast<unsigned long long>(args.options.debtors), args.options.horizon_days,
              static_cast<unsigned long long>(args.options.seed));
  std::printf("log lines of the engine and of the embedded Kafka: %s\n", log_file.c_str());
  std::fflush(stdout);
  std::unique_ptr<kafka::MockCluster> cluster;
  if (Status s = kafka::MockCluster::Start(kDemoBrokers, &cluster); !s.ok()) return Fail("mock cluster", s);
  if (Status s = cluster->CreateRelanceTopics(args.partitions); !s.ok()) return Fail("topics", s);
  std::printf("embedded Kafka: %d brokers at %s, topics with %d partitions\n", kDemoBrokers,
              cluster->bootstraps().c_str(), args.partitions);

  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  if (!writer) return Fail("demo", Status::IoError(error));
  const gen::GenStats gen_stats = gen::Generate(args.options, [&](const v1::Event& e) { writer->Write(e); });
  if (!writer->Close()) return Fail("demo", Status::IoError("writing " + log));
  std::printf("generated %llu events (%llu debts, %llu days closed, %llu deliberate duplicate deliveries)\n",
              static_cast<unsigned long long>(gen_stats.events), static_cast<unsigned long long>(gen_stats.debts),
              static_cast<unsigned long long>(gen_stats.day_closed),
              static_cast<unsigned long long>(gen_stats.duplicates));

  kafka::KafkaSettings settings;
  settings.brokers = cluster->bootstraps();
  kafka::PublishStats published;
  if (Status s = kafka::PublishLog(settings, kafka::kEventsTopic, log, codec::Format::kBinary, false, &published,
                                   isatty(STDERR_FILENO) != 0);
      !s.ok()) {
    return Fail("publish", s);
  }
  std::printf("published %llu messages to %s in %.2f s\n", static_cast<unsigned long long>(published.messages),
              kafka::kEventsTopic, published.seconds);

  std::printf("\n== Engine (consumer group, offsets and state in one RocksDB batch, outbox)\n");
  std::fflush(stdout);
  kafka::EngineOptions engine;
  engine.kafka = settings;
  engine.group = "relance-demo";
  engine.db = engine_db;
  engine.exit_when_idle_ms = kIdleExitMs;
  engine.projection_sink_factory = projections::ProjectorFactory();
  kafka::EngineMonitor monitor;
  engine.monitor = &monitor;
  InstallStopSignals();
  kafka::EngineStats stats;
  Status engine_status;
  {
    EngineProgress progress(&monitor, published.messages);
    engine_status = kafka::RunEngine(engine, StopRequested(), &stats);
  }
  if (!engine_status.ok()) return Fail("engine", engine_status);
  std::printf("%s", kafka::FormatEngineStats(stats).c_str());
  if (Status s = Summary(engine_db); !s.ok()) return Fail("summary", s);
  const std::string letters_dir = (fs::path(args.dir) / "letters").string();
  if (Status s = DunningReport(engine_db, letters_dir); !s.ok()) return Fail("dunning", s);

  // The same log replayed from the file must give the same state.
  store::StoreOptions replay_store_options;
  replay_store_options.bulk = true;
  std::unique_ptr<store::Store> replay_store;
  if (Status s = store::Store::Open(replay_db, replay_store_options, &replay_store); !s.ok()) return Fail("open", s);
  replay::ReplayOptions replay_options;
  replay_options.input = log;
  replay_options.partitions = static_cast<std::uint32_t>(args.partitions);
  replay_options.rejections_logged_max = 0;
  replay_options.progress = isatty(STDERR_FILENO) != 0;
  replay_options.projection_sink_factory = projections::ProjectorFactory();
  replay::ReplayStats replay_stats;
  if (Status s = replay::Replay(replay_store.get(), replay_options, &replay_stats); !s.ok()) return Fail("replay", s);
  replay_store.reset();
  std::string engine_digest, replay_digest;
  store::AuditResult audit;
  if (Status s = Digest(engine_db, &engine_digest, &audit); !s.ok()) return Fail("digest", s);
  if (Status s = Digest(replay_db, &replay_digest, nullptr); !s.ok()) return Fail("digest", s);
  const bool same = engine_digest == replay_digest;
  std::printf("\n== Checks\ninvariants: %llu debts checked, %zu problems\n",
              static_cast<unsigned long long>(audit.debts_checked), audit.problems.size());
  std::printf("engine digest:      %s\nfile replay digest: %s (%.2f s)  %s\n", engine_digest.c_str(),
              replay_digest.c_str(), replay_stats.seconds, same ? "SAME" : "DIFFERENT");
  std::printf("peak RSS: %ld KiB\n", PeakRssKib());
  std::printf("log: %llu lines in %s\n", static_cast<unsigned long long>(kafka::LogLinesWritten()), log_file.c_str());
  if (temporary) {
    std::printf("(the demo directory is removed on exit: --dir DIR keeps the log, databases and letters)\n");
    fs::remove_all(args.dir, ec);
  } else {
    std::printf("kept: %s (log, both databases, letters)\n", args.dir.c_str());
  }
  return audit.problems.empty() && same ? 0 : 3;
}

}  // namespace

void AddDemoCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DemoArgs>();
  args->options.debtors = 5'000;
  CLI::App* cmd = app.add_subcommand(
      "demo",
      "Embedded Kafka, a generated portfolio published and consumed by the engine, a summary (no arguments needed)");
  cmd->add_option("--debtors", args->options.debtors, "Debtors in the generated portfolio");
  cmd->add_option("--seed", args->options.seed, "Generator seed");
  cmd->add_option("--days", args->options.horizon_days, "Days simulated");
  cmd->add_option("--partitions", args->partitions, "Partitions of the embedded topics");
  cmd->add_option("--dir", args->dir, "Keep the log and databases in this directory");
  cmd->callback([args, exit_code] { *exit_code = RunDemo(*args); });
}

}  // namespace relance::cli
