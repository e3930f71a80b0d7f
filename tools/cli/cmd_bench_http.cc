// relance bench http: requests/s and latency percentiles of the query API on
// a database. Starts the server in this process on 127.0.0.1 (or targets a
// running one with --url), samples debts from the database, and drives each
// endpoint with C client threads over keep-alive connections (cpp-httplib's
// client). Figures, not assertions; client and server share the machine.
#include <fmt/format.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "engine/store/store.h"
#include "projections/api/projection_read_model.h"
#include "projections/api/server.h"
#include "relance/v1/state.pb.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kSampleDebtsMax = 10'000;
constexpr std::size_t kConnectionsMax = 256;

struct HttpBenchArgs {
  std::string db;
  std::string url;  // Empty: serve the db in this process.
  std::uint64_t requests = 100'000;
  // The aggregates scan a whole family (ageing: every debt row, twice), so
  // they get fewer requests than the lookups.
  std::uint64_t aggregate_requests = 100;
  std::size_t connections = 4;
  std::size_t threads = api::kHttpThreadsDefault;
  std::uint64_t seed = 7;
};

struct SampleDebt {
  std::string debt_id;
  std::string debtor_key;
};

// Reservoir sample of the debt family: every debt equally likely, states
// parsed only when picked.
Status SampleDebts(const store::Store& store, std::uint64_t seed, std::vector<SampleDebt>* out,
                   std::uint64_t* debts_total) {
  std::uint64_t state = seed;
  auto next = [&state](std::uint64_t bound) {  // splitmix64, then a (slightly biased) reduction: a sample, not a proof.
    state += 0x9e3779b97f4a7c15ull;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return (z ^ (z >> 31)) % bound;
  };
  std::vector<std::string> values;
  std::uint64_t seen = 0;
  auto it = store.NewIterator(store::Family::kDebt);
  for (it->SeekToFirst(); it->Valid(); it->Next(), ++seen) {
    if (values.size() < kSampleDebtsMax) {
      values.emplace_back(it->value().ToString());
      continue;
    }
    const std::uint64_t slot = next(seen + 1);
    if (slot < kSampleDebtsMax) values[slot] = it->value().ToString();
  }
  if (!it->status().ok()) return store::FromRocks(it->status());
  for (const std::string& value : values) {
    v1::DebtState debt;
    if (!debt.ParseFromString(value)) return Status::Corruption("debt state");
    out->push_back({debt.debt_id(), debt.debtor_key()});
  }
  *debts_total = seen;
  return Status::Ok();
}

// Percent-encodes everything but unreserved characters (RFC 3986).
std::string Encode(const std::string& id) {
  std::string out;
  for (char c : id) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += c;
    } else {
      fmt::format_to(std::back_inserter(out), "%{:02X}", static_cast<unsigned char>(c));
    }
  }
  return out;
}

struct Figures {
  double seconds = 0;
  std::uint64_t ok = 0;
  std::uint64_t errors = 0;
  int first_error_status = 0;
  std::vector<std::uint32_t> micros;  // Per request.
};

Figures Drive(const std::string& host, int port, const HttpBenchArgs& args, std::uint64_t requests,
              const std::function<std::string(std::uint64_t)>& target_of) {
  Figures figures;
  std::vector<std::vector<std::uint32_t>> per_thread(args.connections);
  std::atomic<std::uint64_t> ok{0}, errors{0};
  std::atomic<int> first_error{0};
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < args.connections; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client client(host, port);
      client.set_keep_alive(true);
      client.set_read_timeout(std::chrono::seconds(60));  // An ageing scan of a large database takes seconds.
      auto& micros = per_thread[t];
      for (std::uint64_t i = t; i < requests; i += args.connections) {
        const std::string target = target_of(i);
        const auto begin = Clock::now();
        auto result = client.Get(target);
        micros.push_back(static_cast<std::uint32_t>(
            std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - begin).count()));
        if (result && result->status == 200) {
          ++ok;
        } else {
          ++errors;
          int expected = 0;
          first_error.compare_exchange_strong(expected, result ? result->status : -1);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  figures.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (auto& micros : per_thread) figures.micros.insert(figures.micros.end(), micros.begin(), micros.end());
  std::sort(figures.micros.begin(), figures.micros.end());
  figures.ok = ok;
  figures.errors = errors;
  figures.first_error_status = first_error;
  return figures;
}

double Percentile(const std::vector<std::uint32_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  const std::size_t index =
      std::min(sorted.size() - 1, static_cast<std::size_t>(p * static_cast<double>(sorted.size())));
  return sorted[index] / 1000.0;
}

void Report(std::string_view name, const Figures& f) {
  std::printf("%-34s %10.0f req/s   p50 %7.3f ms   p99 %7.3f ms   max %8.3f ms   %llu ok", std::string(name).c_str(),
              static_cast<double>(f.ok + f.errors) / f.seconds, Percentile(f.micros, 0.50), Percentile(f.micros, 0.99),
              f.micros.empty() ? 0.0 : f.micros.back() / 1000.0, static_cast<unsigned long long>(f.ok));
  if (f.errors > 0) {
    std::printf("   %llu not 200 (first: %d)", static_cast<unsigned long long>(f.errors), f.first_error_status);
  }
  std::printf("\n");
  std::fflush(stdout);
}

int RunHttpBench(const HttpBenchArgs& args) {
  if (args.connections == 0 || args.connections > kConnectionsMax) {
    return Fail("bench http", Status::InvalidArgument(fmt::format("--connections must be 1..{}", kConnectionsMax)));
  }
  store::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(args.db, options, &store); !s.ok()) return Fail("open " + args.db, s);
  std::vector<SampleDebt> sample;
  std::uint64_t debts = 0;
  if (Status s = SampleDebts(*store, args.seed, &sample, &debts); !s.ok()) return Fail("sample", s);
  if (sample.empty()) return Fail("bench http", Status::NotFound("the database holds no debt"));

  api::StoreSource source(api::SourceMode::kReadOnly);
  api::ProjectionReadModel model;
  api::QueryApi query_api(&source, &model);
  api::HttpServer server(&query_api);
  std::string host = "127.0.0.1";
  int port = 0;
  if (args.url.empty()) {
    if (Status s = source.Attach(store.get()); !s.ok()) return Fail("open " + args.db, s);
    api::ServerOptions server_options;
    server_options.threads = args.threads;
    if (Status s = server.Start(server_options); !s.ok()) return Fail("serve", s);
    port = server.port();
  } else {
    std::string address = args.url;
    if (address.rfind("http://", 0) == 0) address = address.substr(7);
    if (Status s = api::ParseListenAddress(address, &host, &port); !s.ok()) return Fail("--url", s);
  }
  std::printf(
      "%llu debts in %s, %zu sampled; %llu requests per lookup endpoint, %llu per aggregate, %zu connections, "
      "server %s\n",
      static_cast<unsigned long long>(debts), args.db.c_str(), sample.size(),
      static_cast<unsigned long long>(args.requests), static_cast<unsigned long long>(args.aggregate_requests),
      args.connections,
      args.url.empty() ? fmt::format("in this process, {} threads", args.threads).c_str() : args.url.c_str());
  const auto pick = [&sample](std::uint64_t i) -> const SampleDebt& {
    return sample[static_cast<std::size_t>((i * 7919) % sample.size())];
  };
  const std::uint64_t lookups = args.requests;
  Report("GET /v1/debts/{id}?debtor=", Drive(host, port, args, lookups, [&](std::uint64_t i) {
           const SampleDebt& d = pick(i);
           return "/v1/debts/" + Encode(d.debt_id) + "?debtor=" + Encode(d.debtor_key);
         }));
  Report("GET /v1/debts/{id} (all partitions)",
         Drive(host, port, args, lookups, [&](std::uint64_t i) { return "/v1/debts/" + Encode(pick(i).debt_id); }));
  Report("GET /v1/debtors/{key} (with risk)", Drive(host, port, args, lookups, [&](std::uint64_t i) {
           return "/v1/debtors/" + Encode(pick(i).debtor_key);
         }));
  Report("GET /v1/debts/{id}/history?debtor=", Drive(host, port, args, lookups, [&](std::uint64_t i) {
           const SampleDebt& d = pick(i);
           return "/v1/debts/" + Encode(d.debt_id) + "/history?debtor=" + Encode(d.debtor_key);
         }));
  Report("GET /v1/risk/top?n=10",
         Drive(host, port, args, lookups, [](std::uint64_t) { return std::string("/v1/risk/top?n=10"); }));
  const std::uint64_t aggregates = args.aggregate_requests;
  Report("GET /v1/risk/top?n=1000",
         Drive(host, port, args, aggregates, [](std::uint64_t) { return std::string("/v1/risk/top?n=1000"); }));
  Report("GET /v1/effectiveness",
         Drive(host, port, args, aggregates, [](std::uint64_t) { return std::string("/v1/effectiveness"); }));
  Report("GET /v1/ageing",
         Drive(host, port, args, aggregates, [](std::uint64_t) { return std::string("/v1/ageing"); }));
  Report("GET /v1/ageing?currency=EUR",
         Drive(host, port, args, aggregates, [](std::uint64_t) { return std::string("/v1/ageing?currency=EUR"); }));
  server.Stop();
  return 0;
}

}  // namespace

void AddBenchHttpCommand(CLI::App* bench, int* exit_code) {
  auto args = std::make_shared<HttpBenchArgs>();
  CLI::App* cmd = bench->add_subcommand("http", "Query API requests/s and latency percentiles on a database");
  cmd->add_option("--db", args->db, "Database directory (debts are sampled from it)")->required();
  cmd->add_option("--requests", args->requests, "Requests per lookup endpoint (default 100,000)");
  cmd->add_option("--aggregate-requests", args->aggregate_requests,
                  "Requests per aggregate endpoint: ageing, effectiveness, risk top 1000 (default 100)");
  cmd->add_option("--connections", args->connections, "Client threads, one keep-alive connection each (default 4)");
  cmd->add_option("--threads", args->threads, "Server worker threads (default 8)");
  cmd->add_option("--url", args->url, "Target a running server (http://HOST:PORT) instead of one in this process");
  cmd->add_option("--seed", args->seed, "Seed of the debt sample");
  cmd->callback([args, exit_code] { *exit_code = RunHttpBench(*args); });
}

}  // namespace relance::cli
