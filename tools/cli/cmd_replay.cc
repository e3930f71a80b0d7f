// relance replay: applies an event log to a database and prints what happened
// and the canonical state digest.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "engine/replay/replayer.h"
#include "engine/store/digest.h"
#include "projections/projector.h"
#include "projections/summary.h"
#include "tools/cli/commands.h"
#include "tools/cli/global_options.h"
#include "tools/cli/replay_report.h"

namespace relance::cli {
namespace {

struct ReplayArgs {
  replay::ReplayOptions options;
  std::string db;
  std::string format;
  bool verify = false;
  bool wal = false;
  bool summary = false;
  bool no_projections = false;
  std::size_t batch_mib = replay::ReplayOptions().batch_bytes >> 20;
};

// Prints the digest (and with verify, the audit) of an open store; 3 if an
// invariant is broken.
int PrintDigest(const store::Store& store, bool verify) {
  store::DigestResult digest;
  if (Status s = store::ComputeDigest(store, &digest); !s.ok()) return Fail("digest", s);
  std::printf("state: %llu debts, %llu debtors, %llu history entries, %llu timers, %llu actions, %llu read-side rows\n",
              static_cast<unsigned long long>(digest.debts), static_cast<unsigned long long>(digest.debtors),
              static_cast<unsigned long long>(digest.history_entries), static_cast<unsigned long long>(digest.timers),
              static_cast<unsigned long long>(digest.actions), static_cast<unsigned long long>(digest.projection_rows));
  std::printf("digest: %s\n", digest.sha256_hex.c_str());
  if (!verify) return 0;
  store::AuditResult audit;
  if (Status s = store::Audit(store, &audit); !s.ok()) return Fail("audit", s);
  for (const auto& problem : audit.problems) std::printf("invariant broken: %s\n", problem.c_str());
  std::printf("verify: %llu debts checked, %zu problems\n", static_cast<unsigned long long>(audit.debts_checked),
              audit.problems.size());
  return audit.problems.empty() ? 0 : 3;
}

int RunReplay(ReplayArgs& args) {
  if (args.format.empty()) {
    args.options.format = codec::FormatForPath(args.options.input);
  } else {
    args.options.format = *codec::ParseFormat(args.format);
  }
  // A log that cannot be read must not leave a new, empty database behind.
  {
    std::string error;
    if (!codec::LogReader::Open(args.options.input, args.options.format, &error)) {
      return Fail("replay", Status::InvalidArgument(error));
    }
  }
  // The progress line goes to stderr, and only when a person is watching.
  args.options.batch_bytes = args.batch_mib << 20;
  args.options.progress = isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0;
  store::StoreOptions store_options;
  store_options.bulk = !args.wal;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(args.db, store_options, &store); !s.ok()) return Fail("open " + args.db, s);
  if (!args.no_projections) args.options.projection_sink_factory = projections::ProjectorFactory();
  replay::ReplayStats stats;
  if (Status s = replay::Replay(store.get(), args.options, &stats); !s.ok()) {
    // A log broken part-way had what precedes the damage applied and
    // committed: say how much, then fail (no digest of a partial replay).
    if (stats.input_broken) PrintReplayStats(stats);
    return Fail("replay", s);
  }
  PrintReplayStats(stats);
  if (args.summary) {
    projections::PortfolioSummary summary;
    if (Status s = projections::SummarisePortfolio(*store, &summary); !s.ok()) return Fail("summary", s);
    std::printf("%s", projections::FormatSummary(summary).c_str());
  }
  return PrintDigest(*store, args.verify);
}

}  // namespace

void AddReplayCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ReplayArgs>();
  CLI::App* cmd = app.add_subcommand("replay", "Apply an event log to a database; print counts and the state digest");
  cmd->add_option("--input", args->options.input, "Event log (.jsonl: JSON lines, else binary)")->required();
  cmd->add_option("--db", args->db, "Database directory (created if missing; resumed if it exists)")->required();
  cmd->add_option("--format", args->format, "Force the input format: jsonl or pb")
      ->check(CLI::IsMember({"jsonl", "pb"}));
  cmd->add_option("--batch", args->options.batch_events, "Events per commit");
  cmd->add_option("--batch-mib", args->batch_mib, "About the MiB of a commit, at most (0: no bound; default 256)")
      ->check(CLI::Range(std::size_t{0}, kBatchMibMax));
  cmd->add_option("--partitions", args->options.partitions, "Partitions of a new database (default 64)");
  cmd->add_option("--cache", args->options.cache_entries, "States kept in memory between commits");
  cmd->add_option("--threads", args->options.threads,
                  "Writer threads, each owning a share of the partitions (default: the machine's cores)");
  cmd->add_option("--stop-after", args->options.stop_after, "Stop after this many records (committed)");
  cmd->add_flag("--verify", args->verify, "Also check every invariant across the database");
  cmd->add_flag("--summary", args->summary, "Print the portfolio summary");
  cmd->add_flag("--no-projections", args->no_projections,
                "Do not maintain the read side (ageing, risk, effectiveness); the digest differs");
  cmd->add_flag("--wal", args->wal, "Write through the WAL (default: bulk mode, WAL off, atomic flush)");
  cmd->callback([args, exit_code] { *exit_code = RunReplay(*args); });

  struct DigestArgs {
    std::string db;
    bool verify = false;
  };
  auto digest_args = std::make_shared<DigestArgs>();
  CLI::App* digest = app.add_subcommand("digest", "Print the canonical state digest of a database");
  digest->add_option("--db", digest_args->db, "Database directory")->required();
  digest->add_flag("--verify", digest_args->verify, "Also check every invariant across the database");
  digest->callback([digest_args, exit_code] {
    std::unique_ptr<store::Store> store;
    if (Status s = OpenForReading(digest_args->db, &store); !s.ok()) {
      *exit_code = Fail("open " + digest_args->db, s);
      return;
    }
    *exit_code = PrintDigest(*store, digest_args->verify);
  });
}

}  // namespace relance::cli
