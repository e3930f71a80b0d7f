// The query API (DESIGN §6): requests in, JSON out, without sockets. The HTTP
// server (server.h) hands it each request's method and raw target; tests can
// call it directly.
//
//   GET /healthz                         the process is up
//   GET /readyz                          store open (and, in the engine, caught up)
//   GET /metrics                         Prometheus text 0.0.4
//   GET /v1/debts/{id}[?debtor=KEY]      DebtState
//   GET /v1/debts/{id}/history[?debtor=KEY&limit=N&after_seq=S]
//   GET /v1/debtors/{key}                DebtorState (and risk)
//   GET /v1/ageing[?creditor=&currency=&as_of=YYYY-MM-DD]   ReadModel (ageing, DSO)
//   GET /v1/risk/top[?n=N]                                  ReadModel
//   GET /v1/effectiveness                                   ReadModel
//
// Every data response reads through one ReadView (one snapshot). Errors are
// {"error":{"code":"...","message":"..."}} with 400 bad_request, 404
// not_found, 405 method_not_allowed, 414 uri_too_long, 500 internal, 503
// unavailable (501 not_implemented is counted, for a ReadModel that has no
// answer, but none does). Handle never throws.
//
// Thread safety: Handle and Metrics from any thread.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "projections/api/prometheus.h"
#include "projections/api/read_model.h"
#include "projections/api/read_view.h"

namespace relance::api {

// The endpoints, as metric labels (a fixed set: raw paths never become labels).
enum class Route : int {
  kHealthz = 0,
  kReadyz,
  kMetrics,
  kDebt,
  kDebtHistory,
  kDebtAudit,
  kDebtor,
  kAgeing,
  kRiskTop,
  kEffectiveness,
  kUnknown,
};
inline constexpr int kRouteCount = 11;
std::string_view RouteName(Route route);

struct ApiHooks {
  // Extra metrics after the API's own (the engine's counters in `run`).
  std::function<void(ExpositionWriter*)> metrics;
  // Extra readiness after "store open": false with a reason when not ready.
  std::function<bool(std::string* reason)> ready;
};

class QueryApi {
 public:
  // `source` and `model` must outlive the QueryApi.
  QueryApi(StoreSource* source, ReadModel* model, ApiHooks hooks = {});

  // `target` is the raw request target (path and query, percent-encoded).
  // `route`, when given, receives the endpoint matched (for the caller's logs).
  ApiResponse Handle(std::string_view method, std::string_view target, Route* route = nullptr);

  // The /metrics text.
  std::string Metrics();

 private:
  ApiResponse Dispatch(std::string_view method, std::string_view target, Route* route);
  void Count(Route route, int status, std::uint64_t micros);

  StoreSource* source_;
  ReadModel* model_;
  ApiHooks hooks_;
  // Requests per route and status (kCountedStatuses, then any other), and
  // handling time per route.
  static constexpr std::array<int, 8> kCountedStatuses = {200, 400, 404, 405, 414, 500, 501, 503};
  std::array<std::array<std::atomic<std::uint64_t>, kCountedStatuses.size() + 1>, kRouteCount> requests_{};
  std::vector<std::unique_ptr<LatencyHistogram>> latency_;
  std::atomic<std::int64_t> in_flight_{0};
};

}  // namespace relance::api
