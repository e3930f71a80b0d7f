// relance run: the engine service, one member of a consumer group.
#include <csignal>
#include <cstdio>
#include <memory>

#include "engine/kafka/runtime.h"
#include "projections/projector.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop.store(true); }

struct RunArgs {
  kafka::EngineOptions options;
  std::vector<std::string> properties;
  std::string config;
};

int RunService(RunArgs& args) {
  if (!args.config.empty()) {
    if (Status s = kafka::LoadConfigFile(args.config, &args.options.kafka); !s.ok()) return Fail("config", s);
  }
  for (const auto& property : args.properties) {
    if (Status s = kafka::ParseProperty(property, &args.options.kafka); !s.ok()) return Fail("-X", s);
  }
  args.options.projection_sink_factory = projections::ProjectorFactory();
  InstallStopSignals();
  kafka::EngineStats stats;
  const Status s = kafka::RunEngine(args.options, g_stop, &stats);
  std::printf("%s", kafka::FormatEngineStats(stats).c_str());
  if (!s.ok()) return Fail("run", s);
  return 0;
}

}  // namespace

void InstallStopSignals() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

const std::atomic<bool>& StopRequested() { return g_stop; }

void AddRunCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RunArgs>();
  CLI::App* cmd = app.add_subcommand("run", "Run the engine: consume relance.events, apply, commit, relay the outbox");
  cmd->add_option("--brokers", args->options.kafka.brokers, "Bootstrap brokers (host:port,...)");
  cmd->add_option("--group", args->options.group, "Consumer group (default relance)");
  cmd->add_option("--db", args->options.db, "Database directory")->required();
  cmd->add_option("--topic", args->options.topic, "Input topic (default relance.events)");
  cmd->add_option("--config", args->config, "File of librdkafka properties, key=value per line");
  cmd->add_option("-X", args->properties, "A librdkafka property key=value (SASL, SSL, ...); repeatable");
  cmd->add_option("--batch", args->options.batch_events_max, "Events per commit, at most");
  cmd->add_option("--cache", args->options.cache_entries, "States kept in memory");
  cmd->add_option("--exit-when-idle", args->options.exit_when_idle_ms,
                  "Stop once caught up and idle for this many ms (0: run until SIGTERM)");
  cmd->add_flag("--sync", args->options.sync, "fsync the WAL at each commit");
  cmd->callback([args, exit_code] { *exit_code = RunService(*args); });
}

}  // namespace relance::cli
