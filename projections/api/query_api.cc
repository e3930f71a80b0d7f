#include "projections/api/query_api.h"

#include <fmt/format.h>

#include <chrono>
#include <exception>
#include <optional>

#include "engine/core/money.h"
#include "engine/core/validate.h"
#include "projections/api/api_limits.h"
#include "projections/api/audit_trail.h"
#include "projections/api/process_metrics.h"
#include "projections/api/request_target.h"
#include "projections/api/state_endpoints.h"
#include "projections/query.h"

namespace relance::api {
namespace {

using Clock = std::chrono::steady_clock;
using Params = std::vector<std::pair<std::string, std::string>>;

ApiResponse BadRequest(std::string_view message) { return JsonError(400, "bad_request", message); }

ApiResponse Unavailable() { return JsonError(503, "unavailable", "the database is not open (yet, or any more)"); }

// Every parameter must be one the endpoint knows, and given once: a typo
// ("?debtr=") is an error, never silently ignored.
std::optional<ApiResponse> CheckParams(const Params& params, std::initializer_list<std::string_view> known) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    bool is_known = false;
    for (std::string_view name : known) is_known = is_known || params[i].first == name;
    if (!is_known) {
      return BadRequest(fmt::format("unknown query parameter '{}'", params[i].first));
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (params[j].first == params[i].first) {
        return BadRequest(fmt::format("query parameter '{}' given twice", params[i].first));
      }
    }
  }
  return std::nullopt;
}

const std::string* Param(const Params& params, std::string_view name) {
  for (const auto& [key, value] : params) {
    if (key == name) return &value;
  }
  return nullptr;
}

// A decimal integer in [min, max], digits only.
bool ParseBounded(std::string_view text, std::uint64_t min, std::uint64_t max, std::uint64_t* out) {
  if (text.empty() || text.size() > 20) return false;
  std::uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    const std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
    if (value > (UINT64_MAX - digit) / 10) return false;
    value = value * 10 + digit;
  }
  if (value < min || value > max) return false;
  *out = value;
  return true;
}

std::optional<ApiResponse> CheckId(std::string_view what, const std::string& id) {
  if (id.empty()) return BadRequest(fmt::format("{} is empty", what));
  if (id.size() > kIdLengthMax) return BadRequest(fmt::format("{} longer than {} bytes", what, kIdLengthMax));
  if (!core::IsValidId(id)) return BadRequest(fmt::format("{} holds characters outside printable ASCII", what));
  return std::nullopt;
}

int StatusSlot(int status, const std::array<int, 8>& counted) {
  for (std::size_t i = 0; i < counted.size(); ++i) {
    if (counted[i] == status) return static_cast<int>(i);
  }
  return static_cast<int>(counted.size());
}

}  // namespace

std::string_view RouteName(Route route) {
  static constexpr std::array<std::string_view, kRouteCount> kNames = {
      "healthz", "readyz", "metrics",  "debt",          "debt_history", "debt_audit",
      "debtor",  "ageing", "risk_top", "effectiveness", "unknown"};
  return kNames[static_cast<int>(route)];
}

QueryApi::QueryApi(StoreSource* source, ReadModel* model, ApiHooks hooks)
    : source_(source), model_(model), hooks_(std::move(hooks)) {
  latency_.reserve(kRouteCount);
  for (int i = 0; i < kRouteCount; ++i)
    latency_.push_back(std::make_unique<LatencyHistogram>(DefaultLatencyBoundsMicros()));
}

ApiResponse QueryApi::Handle(std::string_view method, std::string_view target, Route* route) {
  const auto start = Clock::now();
  ++in_flight_;
  Route matched = Route::kUnknown;
  ApiResponse response;
  // The edge: nothing thrown below (allocation, a library) reaches the server.
  try {
    response = Dispatch(method, target, &matched);
  } catch (const std::exception& e) {
    response = JsonError(500, "internal", fmt::format("unexpected error: {}", e.what()));
  } catch (...) {
    response = JsonError(500, "internal", "unexpected error");
  }
  --in_flight_;
  Count(
      matched, response.status,
      static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count()));
  if (route != nullptr) *route = matched;
  return response;
}

void QueryApi::Count(Route route, int status, std::uint64_t micros) {
  const auto r = static_cast<std::size_t>(route);
  ++requests_[r][static_cast<std::size_t>(StatusSlot(status, kCountedStatuses))];
  latency_[r]->ObserveMicros(micros);
}

ApiResponse QueryApi::Dispatch(std::string_view method, std::string_view target, Route* route) {
  if (target.size() > kTargetBytesMax) {
    return JsonError(414, "uri_too_long", fmt::format("request target longer than {} bytes", kTargetBytesMax));
  }
  RequestTarget parsed;
  std::string error;
  if (!ParseTarget(target, kQueryParametersMax, &parsed, &error)) return BadRequest(error);
  const auto& seg = parsed.segments;
  const Params& params = parsed.params;

  // Route first (so that a wrong method on a known path says 405, not 404).
  if (seg.size() == 1 && seg[0] == "healthz") {
    *route = Route::kHealthz;
  } else if (seg.size() == 1 && seg[0] == "readyz") {
    *route = Route::kReadyz;
  } else if (seg.size() == 1 && seg[0] == "metrics") {
    *route = Route::kMetrics;
  } else if (seg.size() == 3 && seg[0] == "v1" && seg[1] == "debts") {
    *route = Route::kDebt;
  } else if (seg.size() == 4 && seg[0] == "v1" && seg[1] == "debts" && seg[3] == "history") {
    *route = Route::kDebtHistory;
  } else if (seg.size() == 4 && seg[0] == "v1" && seg[1] == "debts" && seg[3] == "audit") {
    *route = Route::kDebtAudit;
  } else if (seg.size() == 3 && seg[0] == "v1" && seg[1] == "debtors") {
    *route = Route::kDebtor;
  } else if (seg.size() == 2 && seg[0] == "v1" && seg[1] == "ageing") {
    *route = Route::kAgeing;
  } else if (seg.size() == 3 && seg[0] == "v1" && seg[1] == "risk" && seg[2] == "top") {
    *route = Route::kRiskTop;
  } else if (seg.size() == 2 && seg[0] == "v1" && seg[1] == "effectiveness") {
    *route = Route::kEffectiveness;
  } else {
    return JsonError(404, "not_found", "no such endpoint");
  }
  if (method != "GET" && method != "HEAD") {
    return JsonError(405, "method_not_allowed", "only GET (and HEAD) are served");
  }

  switch (*route) {
    case Route::kHealthz:
      if (auto bad = CheckParams(params, {})) return *bad;
      return {200, R"({"status":"ok"})"};
    case Route::kReadyz: {
      if (auto bad = CheckParams(params, {})) return *bad;
      std::string reason;
      bool ready = source_->attached();
      if (!ready) reason = "the database is not open";
      if (ready && hooks_.ready) ready = hooks_.ready(&reason);
      if (ready) return {200, R"({"ready":true})"};
      return {503, fmt::format(R"({{"ready":false,"reason":{}}})", JsonString(reason))};
    }
    case Route::kMetrics:
      if (auto bad = CheckParams(params, {})) return *bad;
      return {200, Metrics(), "text/plain; version=0.0.4; charset=utf-8"};
    default:
      break;
  }

  // Data endpoints: check every parameter before touching the store.
  switch (*route) {
    case Route::kDebt:
    case Route::kDebtHistory: {
      const bool history = *route == Route::kDebtHistory;
      if (auto bad = history ? CheckParams(params, {"debtor", "limit", "after_seq"}) : CheckParams(params, {"debtor"}))
        return *bad;
      if (auto bad = CheckId("debt id", seg[2])) return *bad;
      const std::string* debtor = Param(params, "debtor");
      if (debtor != nullptr) {
        if (auto bad = CheckId("debtor", *debtor)) return *bad;
      }
      HistoryPage page;
      if (history) {
        std::uint64_t limit = kHistoryPageDefault;
        if (const std::string* text = Param(params, "limit");
            text != nullptr && !ParseBounded(*text, 1, kHistoryPageMax, &limit)) {
          return BadRequest(fmt::format("limit must be an integer from 1 to {}", kHistoryPageMax));
        }
        page.limit = static_cast<std::size_t>(limit);
        if (const std::string* text = Param(params, "after_seq"); text != nullptr) {
          std::uint64_t after = 0;
          if (!ParseBounded(*text, 0, UINT64_MAX - 1, &after)) {
            return BadRequest("after_seq must be a non-negative integer");
          }
          page.after_seq = after;
        }
      }
      ReadView view = source_->Open();
      if (!view.valid()) return Unavailable();
      return history ? DebtHistoryResponse(view, seg[2], debtor, page) : DebtResponse(view, seg[2], debtor);
    }
    case Route::kDebtAudit: {
      if (auto bad = CheckParams(params, {"debtor", "format"})) return *bad;
      if (auto bad = CheckId("debt id", seg[2])) return *bad;
      const std::string* debtor = Param(params, "debtor");
      if (debtor != nullptr) {
        if (auto bad = CheckId("debtor", *debtor)) return *bad;
      }
      TrailFormat format = TrailFormat::kJson;
      if (const std::string* text = Param(params, "format"); text != nullptr) {
        if (*text != "json" && *text != "text") return BadRequest("format must be json or text");
        if (*text == "text") format = TrailFormat::kText;
      }
      ReadView view = source_->Open();
      if (!view.valid()) return Unavailable();
      return DebtAuditResponse(view, seg[2], debtor, format);
    }
    case Route::kDebtor: {
      if (auto bad = CheckParams(params, {})) return *bad;
      if (auto bad = CheckId("debtor key", seg[2])) return *bad;
      ReadView view = source_->Open();
      if (!view.valid()) return Unavailable();
      return DebtorResponse(view, seg[2], model_);
    }
    case Route::kAgeing: {
      if (auto bad = CheckParams(params, {"creditor", "currency", "as_of", "buckets"})) return *bad;
      AgeingQuery query;
      if (const std::string* creditor = Param(params, "creditor")) {
        if (auto bad = CheckId("creditor", *creditor)) return *bad;
        query.creditor_id = *creditor;
      }
      if (const std::string* currency = Param(params, "currency")) {
        if (!IsCurrencyCode(*currency)) return BadRequest("currency must be an ISO 4217 code (three capitals)");
        query.currency = *currency;
      }
      if (const std::string* as_of = Param(params, "as_of")) {
        const std::optional<Day> day = ParseDay(*as_of);
        if (!day) return BadRequest("as_of must be a date YYYY-MM-DD between 1970-01-01 and 2199-12-31");
        query.as_of = *day;
      }
      if (const std::string* buckets = Param(params, "buckets")) {
        std::vector<std::int32_t> bounds;
        if (Status s = projections::ParseBucketBounds(*buckets, &bounds); !s.ok()) return BadRequest(s.message());
        query.bucket_bounds = std::move(bounds);
      }
      ReadView view = source_->Open();
      if (!view.valid()) return Unavailable();
      return model_->Ageing(view, query);
    }
    case Route::kRiskTop: {
      if (auto bad = CheckParams(params, {"n"})) return *bad;
      std::uint64_t n = kRiskTopDefault;
      if (const std::string* text = Param(params, "n"); text != nullptr && !ParseBounded(*text, 1, kRiskTopMax, &n)) {
        return BadRequest(fmt::format("n must be an integer from 1 to {}", kRiskTopMax));
      }
      ReadView view = source_->Open();
      if (!view.valid()) return Unavailable();
      return model_->RiskTop(view, RiskTopQuery{static_cast<std::size_t>(n)});
    }
    case Route::kEffectiveness: {
      if (auto bad = CheckParams(params, {})) return *bad;
      ReadView view = source_->Open();
      if (!view.valid()) return Unavailable();
      return model_->Effectiveness(view, EffectivenessQuery{});
    }
    default:
      return JsonError(404, "not_found", "no such endpoint");
  }
}

std::string QueryApi::Metrics() {
  ExpositionWriter out;
  AppendBuildInfo(&out);
  if (ProcessSample process; ReadProcessSample(&process)) AppendProcessMetrics(process, &out);
  out.Family("relance_http_requests_total", "HTTP requests answered, by endpoint and status.", MetricType::kCounter);
  for (int r = 0; r < kRouteCount; ++r) {
    for (std::size_t slot = 0; slot <= kCountedStatuses.size(); ++slot) {
      const std::uint64_t count = requests_[static_cast<std::size_t>(r)][slot].load();
      if (count == 0) continue;
      const std::string code = slot < kCountedStatuses.size() ? std::to_string(kCountedStatuses[slot]) : "other";
      out.Sample("relance_http_requests_total",
                 {{"route", std::string(RouteName(static_cast<Route>(r)))}, {"code", code}}, count);
    }
  }
  out.Family("relance_http_request_duration_seconds",
             "Time to answer a request, from its target to its body (socket time excluded), by endpoint.",
             MetricType::kHistogram);
  for (int r = 0; r < kRouteCount; ++r) {
    out.Histogram("relance_http_request_duration_seconds", {{"route", std::string(RouteName(static_cast<Route>(r)))}},
                  latency_[static_cast<std::size_t>(r)]->Snapshot());
  }
  out.Gauge("relance_http_requests_in_flight", "Requests being answered now (this one included).",
            static_cast<double>(in_flight_.load()));
  out.Gauge("relance_store_open", "1 when the database is open and served.", source_->attached() ? 1 : 0);
  if (source_->mode() == SourceMode::kSecondary) {
    out.Counter("relance_store_catch_ups_total", "Times the secondary caught up with the writer.",
                source_->catch_ups());
    out.Counter("relance_store_catch_up_failures_total", "Catch-ups with the writer that failed.",
                source_->catch_up_failures());
  }
  if (hooks_.metrics) hooks_.metrics(&out);
  return out.text();
}

}  // namespace relance::api
