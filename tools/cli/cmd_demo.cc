// relance demo: the main job in one command, no arguments needed. Generates a
// portfolio, replays it into a fresh database and prints what happened.
// (The Kafka runtime will put an embedded cluster in the middle.)
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "engine/codec/event_codec.h"
#include "engine/replay/replayer.h"
#include "engine/store/digest.h"
#include "projections/summary.h"
#include "tools/cli/commands.h"
#include "tools/cli/replay_report.h"
#include "tools/gen/generator.h"

namespace relance::cli {
namespace {

struct DemoArgs {
  gen::GenOptions options;
  std::string dir;
};

int RunDemo(DemoArgs& args) {
  namespace fs = std::filesystem;
  const bool temporary = args.dir.empty();
  if (temporary) args.dir = (fs::temp_directory_path() / fmt::format("relance-demo-{}", getpid())).string();
  std::error_code ec;
  fs::remove_all(fs::path(args.dir) / "db", ec);
  fs::create_directories(args.dir, ec);
  const std::string log = (fs::path(args.dir) / "events.pb").string();

  std::printf("== Relance demo: %llu debtors over %d days (seed %llu)\n",
              static_cast<unsigned long long>(args.options.debtors), args.options.horizon_days,
              static_cast<unsigned long long>(args.options.seed));
  std::string error;
  auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
  if (!writer) return Fail("demo", Status::IoError(error));
  const gen::GenStats gen_stats = gen::Generate(args.options, [&](const v1::Event& e) { writer->Write(e); });
  if (!writer->Close()) return Fail("demo", Status::IoError("writing " + log));
  std::printf("generated %llu events (%llu debts, %llu days closed, %llu deliberate duplicate deliveries)\n",
              static_cast<unsigned long long>(gen_stats.events), static_cast<unsigned long long>(gen_stats.debts),
              static_cast<unsigned long long>(gen_stats.day_closed),
              static_cast<unsigned long long>(gen_stats.duplicates));

  store::StoreOptions store_options;
  store_options.bulk = true;
  std::unique_ptr<store::Store> store;
  const std::string db = (fs::path(args.dir) / "db").string();
  if (Status s = store::Store::Open(db, store_options, &store); !s.ok()) return Fail("open " + db, s);
  replay::ReplayOptions options;
  options.input = log;
  options.format = codec::Format::kBinary;
  options.progress = isatty(STDERR_FILENO) != 0;
  options.rejections_logged_max = 3;
  replay::ReplayStats stats;
  if (Status s = replay::Replay(store.get(), options, &stats); !s.ok()) return Fail("replay", s);
  std::printf("\n== Replay\n");
  PrintReplayStats(stats);
  projections::PortfolioSummary summary;
  if (Status s = projections::SummarisePortfolio(*store, &summary); !s.ok()) return Fail("summary", s);
  std::printf("\n== Portfolio\n%s", projections::FormatSummary(summary).c_str());
  store::DigestResult digest;
  if (Status s = store::ComputeDigest(*store, &digest); !s.ok()) return Fail("digest", s);
  store::AuditResult audit;
  if (Status s = store::Audit(*store, &audit); !s.ok()) return Fail("audit", s);
  std::printf("\n== Checks\ninvariants: %llu debts checked, %zu problems\ndigest: %s\n",
              static_cast<unsigned long long>(audit.debts_checked), audit.problems.size(), digest.sha256_hex.c_str());
  std::printf("peak RSS: %ld KiB\n", PeakRssKib());
  store.reset();
  if (temporary) {
    fs::remove_all(args.dir, ec);
  } else {
    std::printf("kept: %s (log and database)\n", args.dir.c_str());
  }
  return audit.problems.empty() ? 0 : 3;
}

}  // namespace

void AddDemoCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DemoArgs>();
  args->options.debtors = 20'000;
  CLI::App* cmd = app.add_subcommand("demo", "Generate a portfolio, replay it, print a summary (no arguments needed)");
  cmd->add_option("--debtors", args->options.debtors, "Debtors in the generated portfolio");
  cmd->add_option("--seed", args->options.seed, "Generator seed");
  cmd->add_option("--days", args->options.horizon_days, "Days simulated");
  cmd->add_option("--dir", args->dir, "Keep the log and database in this directory");
  cmd->callback([args, exit_code] { *exit_code = RunDemo(*args); });
}

}  // namespace relance::cli
