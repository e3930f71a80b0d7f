// The subcommands of the `relance` CLI. Each Add* registers one subcommand
// on the app; its callback stores the process exit code in *exit_code.
#pragma once

#include <CLI/CLI.hpp>
#include <atomic>
#include <string>

#include "engine/core/status.h"
#include "engine/store/store.h"
#include "tools/gen/generator.h"

namespace relance::cli {

void AddGenCommand(CLI::App& app, int* exit_code);
void AddReplayCommand(CLI::App& app, int* exit_code);
void AddShowCommand(CLI::App& app, int* exit_code);
void AddBenchCommand(CLI::App& app, int* exit_code);
// `bench http`, under the `bench` subcommand (cmd_bench_http.cc).
void AddBenchHttpCommand(CLI::App* bench, int* exit_code);
// `bench dayclose`, under the `bench` subcommand (cmd_bench_day.cc).
void AddBenchDayCommand(CLI::App* bench, int* exit_code);
void AddDemoCommand(CLI::App& app, int* exit_code);
void AddRunCommand(CLI::App& app, int* exit_code);
// outbox parked|redrive: the records the brokers refused for good.
void AddOutboxCommands(CLI::App& app, int* exit_code);
void AddLettersCommand(CLI::App& app, int* exit_code);
// relance projections rebuild, relance export.
void AddProjectionCommands(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
// audit debt, actions: the decision trail (cmd_audit.cc).
void AddAuditCommands(CLI::App& app, int* exit_code);

// SIGTERM and SIGINT set the flag StopRequested() returns.
void InstallStopSignals();
const std::atomic<bool>& StopRequested();
void AddKafkaCommands(CLI::App& app, int* exit_code);
// policy validate|publish, calendar fr|publish.
void AddPolicyCommands(CLI::App& app, int* exit_code);

// Prints "relance: <what>: <status>" to stderr and returns the exit code for it.
// Exit codes, the same for every subcommand: 0 success; 1 a failure (I/O,
// corruption, a broken log frame); kUsageExitCode a usage error (unknown
// flag, bad value) or an invalid argument; 3 an invariant broken (--verify).
inline constexpr int kUsageExitCode = 2;
// `relance run` ended with a partition stopped at a gap in its Kafka log
// (events deleted under the engine): an operator decides (--accept-gap).
inline constexpr int kStoppedAtGapExitCode = 4;

int Fail(std::string_view what, const Status& status);

// Opens the database in `db` read-only, for a command that reads it (show,
// digest, export, letters). Beside a process writing it (a replay, an
// engine), the reader sees only what that process has flushed so far: it
// says so in a warning, and fails (retryable) when nothing is readable yet,
// rather than answering with an empty portfolio and exit code 0.
Status OpenForReading(const std::string& db, std::unique_ptr<store::Store>* store);

// The policy a generated portfolio publishes at its head: "" for the shipped
// French default and its calendar, "builtin" for the generator's minimal
// one, or a policy file (JSON or text format, checked), published with the
// shipped calendar.
Status UseGenPolicy(const std::string& policy, gen::GenOptions* options);

// Peak resident set size of this process, in KiB (VmHWM).
long PeakRssKib();
// Resets the peak RSS counter (Linux clear_refs); false if not possible.
bool ResetPeakRss();

}  // namespace relance::cli
