// relance serve: the query API over a database, in a process of its own.
// Read-only by default (a copy, or the directory of a stopped engine); with
// --follow, a RocksDB secondary instance beside a live `relance run` writer,
// catching up with it periodically.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "projections/api/projection_read_model.h"
#include "projections/api/server.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

struct ServeArgs {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::size_t threads = api::kHttpThreadsDefault;
  std::size_t connections_max = api::kHttpConnectionsDefault;
  int header_timeout_ms = api::kHeaderTimeoutMsDefault;
  int keep_alive_timeout_ms = api::kKeepAliveTimeoutMsDefault;
  bool follow = false;
  std::string secondary_dir;
  int catch_up_ms = api::kCatchUpIntervalMsDefault;
};

// A directory of our own for the secondary's info log, removed at exit.
std::string MakeSecondaryDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = fmt::format("{}/relance-serve-XXXXXX", tmp != nullptr && *tmp != '\0' ? tmp : "/tmp");
  if (::mkdtemp(pattern.data()) == nullptr) return {};
  return pattern;
}

int RunServe(const ServeArgs& args) {
  if (args.catch_up_ms < api::kCatchUpIntervalMsMin) {
    return Fail("serve", Status::InvalidArgument(fmt::format("--catch-up-ms below {}", api::kCatchUpIntervalMsMin)));
  }
  api::ServerOptions server_options;
  if (Status s = api::ParseListenAddress(args.listen, &server_options.host, &server_options.port); !s.ok())
    return Fail("serve", s);
  server_options.threads = args.threads;
  server_options.connections_max = args.connections_max;
  server_options.header_timeout_ms = args.header_timeout_ms;
  server_options.keep_alive_timeout_ms = args.keep_alive_timeout_ms;
  if (Status s = api::CheckServerOptions(server_options); !s.ok()) return Fail("serve", s);

  store::StoreOptions store_options;
  store_options.read_only = true;
  bool own_secondary_dir = false;
  if (args.follow) {
    store_options.secondary_dir = args.secondary_dir;
    if (store_options.secondary_dir.empty()) {
      store_options.secondary_dir = MakeSecondaryDir();
      own_secondary_dir = true;
      if (store_options.secondary_dir.empty()) return Fail("serve", Status::IoError("cannot create a temporary dir"));
    }
  }
  std::unique_ptr<store::Store> store;
  Status opened = store::Store::Open(args.db, store_options, &store);
  if (!opened.ok()) {
    if (own_secondary_dir) std::filesystem::remove_all(store_options.secondary_dir);
    return Fail("open " + args.db, opened);
  }
  api::StoreSource source(args.follow ? api::SourceMode::kSecondary : api::SourceMode::kReadOnly);
  if (Status s = source.Attach(store.get()); !s.ok()) return Fail("open " + args.db, s);
  api::ProjectionReadModel model;
  api::QueryApi query_api(&source, &model);
  api::HttpServer server(&query_api);
  if (Status s = server.Start(server_options); !s.ok()) return Fail("serve", s);
  std::printf("serving %s (%s) on %s:%d\n", args.db.c_str(), args.follow ? "following the writer" : "read-only",
              server_options.host.c_str(), server.port());
  std::fflush(stdout);

  InstallStopSignals();
  const auto interval = std::chrono::milliseconds(args.catch_up_ms);
  auto last_failure_log = std::chrono::steady_clock::time_point{};
  while (!StopRequested().load()) {
    // Sleeps in short steps so that SIGTERM is answered promptly.
    const auto until = std::chrono::steady_clock::now() + interval;
    while (!StopRequested().load() && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(args.catch_up_ms, 50)));
    }
    if (!args.follow || StopRequested().load()) continue;
    if (Status s = source.CatchUp(); !s.ok()) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_failure_log > std::chrono::seconds(5)) {
        last_failure_log = now;
        std::fprintf(stderr, "relance: catching up with the writer: %s\n", s.ToString().c_str());
      }
    }
  }
  server.Stop();
  source.Detach();
  store.reset();
  if (own_secondary_dir) std::filesystem::remove_all(store_options.secondary_dir);
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the query API (HTTP JSON, /metrics) over a database");
  cmd->add_option("--db", args->db, "Database directory")->required();
  cmd->add_option("--listen", args->listen, "ADDR:PORT to listen on (default 127.0.0.1:8080; port 0: any free one)");
  cmd->add_option("--threads", args->threads, "Worker threads, i.e. requests answered at once (default 8)");
  cmd->add_option("--max-connections", args->connections_max,
                  "Open connections; beyond, idle ones are closed or new ones answered 503 (default 512)");
  cmd->add_option("--header-timeout-ms", args->header_timeout_ms,
                  "Time a request head may take to arrive whole, then 408 (default 10000)");
  cmd->add_option("--keep-alive-timeout-ms", args->keep_alive_timeout_ms,
                  "Idle keep-alive connections are closed after this (default 5000)");
  cmd->add_flag("--follow", args->follow,
                "Beside a live `relance run` writer: open as a RocksDB secondary and catch up periodically");
  cmd->add_option("--secondary-dir", args->secondary_dir,
                  "With --follow: directory for the secondary's own files (default: a temporary one)");
  cmd->add_option("--catch-up-ms", args->catch_up_ms, "With --follow: catch up with the writer this often (ms)");
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace relance::cli
