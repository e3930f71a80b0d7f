// relance: the command-line entry point. Subcommands live in cmd_*.cc.
#include <fmt/format.h>
#include <google/protobuf/stubs/common.h>
#include <librdkafka/rdkafkacpp.h>
#include <rocksdb/version.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "engine/kafka/log.h"
#include "tools/cli/commands.h"
#include "tools/cli/global_options.h"

namespace relance::cli {

int Fail(std::string_view what, const Status& status) {
  std::fprintf(stderr, "relance: %.*s: %s\n", static_cast<int>(what.size()), what.data(), status.ToString().c_str());
  return status.code() == Status::Code::kInvalidArgument ? kUsageExitCode : 1;
}

Status OpenForReading(const std::string& db, std::unique_ptr<store::Store>* store) {
  store::StoreOptions options;
  options.read_only = true;
  const Status opened = store::Store::Open(db, options, store);
  const int writer = store::Store::WriterPid(db);
  if (writer == 0 || (!opened.ok() && opened.code() != Status::Code::kNotFound)) return opened;
  // A writer that has just created the database has not written its
  // manifest yet: not found, for now.
  bool nothing = !opened.ok();
  if (opened.ok()) {
    if (Status s = (*store)->HoldsNothing(&nothing); !s.ok()) return s;
  }
  if (nothing) {
    store->reset();
    return Status::IoError(fmt::format("{} is being written by process {} and nothing of it is readable yet (a "
                                       "replay's commits become readable as it flushes them, at the latest when it "
                                       "ends): try again later",
                                       db, writer),
                           /*retryable=*/true);
  }
  kafka::Log(kafka::LogLevel::kWarn, "store",
             "db=\"{}\" writer_pid={} detail=\"being written by another process: this reads what it has flushed so "
             "far, which may be behind its commits\"",
             kafka::Quoted(db), writer);
  return Status::Ok();
}

long PeakRssKib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

bool ResetPeakRss() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  return static_cast<bool>(clear);
}

}  // namespace relance::cli

namespace {

std::string VersionText() {
  int rdkafka = RdKafka::version();
  return fmt::format("relance {} (protobuf {}, RocksDB {}.{}.{}, librdkafka {}.{}.{})", RELANCE_VERSION,
                     google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION), ROCKSDB_MAJOR, ROCKSDB_MINOR,
                     ROCKSDB_PATCH, (rdkafka >> 24) & 0xff, (rdkafka >> 16) & 0xff, (rdkafka >> 8) & 0xff);
}

}  // namespace

int main(int argc, char** argv) {
  GOOGLE_PROTOBUF_VERIFY_VERSION;
  CLI::App app{"Relance: an event-sourced receivables engine"};
  app.require_subcommand(1);
  int exit_code = 0;
  relance::cli::AddGlobalOptions(app);
  relance::cli::AddGenCommand(app, &exit_code);
  relance::cli::AddReplayCommand(app, &exit_code);
  relance::cli::AddShowCommand(app, &exit_code);
  relance::cli::AddBenchCommand(app, &exit_code);
  relance::cli::AddDemoCommand(app, &exit_code);
  relance::cli::AddRunCommand(app, &exit_code);
  relance::cli::AddOutboxCommands(app, &exit_code);
  relance::cli::AddLettersCommand(app, &exit_code);
  relance::cli::AddProjectionCommands(app, &exit_code);
  relance::cli::AddServeCommand(app, &exit_code);
  relance::cli::AddAuditCommands(app, &exit_code);
  relance::cli::AddKafkaCommands(app, &exit_code);
  relance::cli::AddPolicyCommands(app, &exit_code);
  app.set_version_flag("--version", VersionText(), "Print the version of relance and of its libraries");
  relance::cli::BindEnvironment(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here with 0; every usage error, wherever
    // CLI11 catches it, exits kUsageExitCode (CLI11's own codes, 105, 106
    // and others, said nothing to a script).
    return app.exit(e) == 0 ? 0 : relance::cli::kUsageExitCode;
  }
  return exit_code;
}
