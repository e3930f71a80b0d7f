// relance run: the engine service, one member of a consumer group.
#include <csignal>
#include <cstdio>
#include <memory>

#include "engine/kafka/log.h"
#include "engine/kafka/monitor.h"
#include "engine/kafka/runtime.h"
#include "projections/api/engine_metrics.h"
#include "projections/api/projection_read_model.h"
#include "projections/api/server.h"
#include "projections/projector.h"
#include "tools/cli/commands.h"
#include "tools/cli/global_options.h"

namespace relance::cli {
namespace {

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop.store(true); }

struct RunArgs {
  kafka::EngineOptions options;
  std::vector<std::string> properties;
  std::string config;
  std::string http;  // ADDR:PORT of the embedded query API; empty: none.
  std::size_t batch_mib = kafka::EngineOptions().batch_bytes_max >> 20;
  std::size_t http_threads = api::kHttpThreadsDefault;
  std::size_t http_connections_max = api::kHttpConnectionsDefault;
  int http_header_timeout_ms = api::kHeaderTimeoutMsDefault;
  int http_keep_alive_timeout_ms = api::kKeepAliveTimeoutMsDefault;
};

int RunService(RunArgs& args) {
  if (!args.config.empty()) {
    if (Status s = kafka::LoadConfigFile(args.config, &args.options.kafka); !s.ok()) return Fail("config", s);
  }
  for (const auto& property : args.properties) {
    if (Status s = kafka::ParseProperty(property, &args.options.kafka); !s.ok()) return Fail("-X", s);
  }
  args.options.batch_bytes_max = args.batch_mib << 20;
  args.options.projection_sink_factory = projections::ProjectorFactory();
  InstallStopSignals();
  kafka::EngineStats stats;
  // The embedded query API reads the engine's own store (a snapshot per
  // request) from the moment it opens until just before it closes.
  kafka::EngineMonitor monitor;
  api::StoreSource source(api::SourceMode::kLive);
  api::ProjectionReadModel model;
  api::QueryApi query_api(
      &source, &model,
      {[&monitor](api::ExpositionWriter* out) { api::AppendEngineMetrics(monitor.Snapshot(), out); },
       [&monitor](std::string* reason) { return api::EngineReady(monitor.Snapshot(), reason); }});
  api::HttpServer server(&query_api);
  if (!args.http.empty()) {
    api::ServerOptions server_options;
    if (Status s = api::ParseListenAddress(args.http, &server_options.host, &server_options.port); !s.ok())
      return Fail("--http", s);
    server_options.threads = args.http_threads;
    server_options.connections_max = args.http_connections_max;
    server_options.header_timeout_ms = args.http_header_timeout_ms;
    server_options.keep_alive_timeout_ms = args.http_keep_alive_timeout_ms;
    monitor.on_store_open = [&source](store::Store* store) {
      if (Status s = source.Attach(store); !s.ok()) {
        kafka::Log(kafka::LogLevel::kError, "query API cannot read the store", "error=\"{}\"",
                   kafka::Quoted(s.ToString()));
      }
    };
    monitor.on_store_closing = [&source] { source.Detach(); };
    args.options.monitor = &monitor;
    if (Status s = server.Start(server_options); !s.ok()) return Fail("--http", s);
    kafka::Log(kafka::LogLevel::kInfo, "query API listening", "address={}:{}", server_options.host, server.port());
  }
  const Status s = kafka::RunEngine(args.options, g_stop, &stats);
  server.Stop();
  std::printf("%s", kafka::FormatEngineStats(stats).c_str());
  if (!s.ok()) return Fail("run", s);
  // Not a failure of the engine, a state an operator must look at.
  return stats.stopped_at_gap.empty() ? 0 : kStoppedAtGapExitCode;
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
  cmd->add_option("--instance-id", args->options.instance_id,
                  "Static group member id, stable per instance (a pod's or host's name): a restarted member takes "
                  "its partitions back without a rebalance (default: dynamic membership)");
  cmd->add_option("--db", args->options.db, "Database directory")->required();
  cmd->add_option("--topic", args->options.topic, "Input topic (default relance.events)");
  cmd->add_option("--config", args->config, "File of librdkafka properties, key=value per line");
  cmd->add_option("-X", args->properties, "A librdkafka property key=value (SASL, SSL, ...); repeatable");
  cmd->add_option("--batch", args->options.batch_events_max, "Events per commit, at most");
  cmd->add_option("--batch-mib", args->batch_mib,
                  "MiB of messages per commit, at most (the batch is held in memory until it commits; 0: no bound; "
                  "default 64)")
      ->check(CLI::Range(std::size_t{0}, kBatchMibMax));
  cmd->add_option("--cache", args->options.cache_entries, "States kept in memory");
  cmd->add_option("--accept-gap", args->options.accept_gap_partitions,
                  "Go on past the gap a partition stopped at (events deleted from the topic), logging what is lost; "
                  "repeatable");
  cmd->add_option("--threads", args->options.threads,
                  "Writer threads, each owning a share of the partitions (default: the machine's cores)");
  cmd->add_option("--exit-when-idle", args->options.exit_when_idle_ms,
                  "Stop once caught up and idle for this many ms (0: run until SIGTERM)");
  cmd->add_flag("--sync", args->options.sync, "fsync the WAL at each commit");
  cmd->add_flag("--json-output", args->options.json_output,
                "Transitions and actions as protobuf-JSON (for Kafka Connect's JsonConverter)");
  cmd->add_option("--http", args->http, "Serve the query API and /metrics on ADDR:PORT (port 0: any free one)");
  cmd->add_option("--http-threads", args->http_threads, "Worker threads of the query API (default 8)");
  cmd->add_option("--http-max-connections", args->http_connections_max,
                  "Open connections of the query API; beyond, idle ones are closed or 503 (default 512)");
  cmd->add_option("--http-header-timeout-ms", args->http_header_timeout_ms,
                  "Time a request head may take to arrive whole, then 408 (default 10000)");
  cmd->add_option("--http-keep-alive-timeout-ms", args->http_keep_alive_timeout_ms,
                  "Idle keep-alive connections are closed after this (default 5000)");
  cmd->callback([args, exit_code] { *exit_code = RunService(*args); });
}

}  // namespace relance::cli
