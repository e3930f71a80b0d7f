// The projection queries behind the API's aggregate endpoints (ageing, risk,
// step effectiveness), as an interface: the query API parses and checks the
// parameters, opens the request's one view, and hands both to a ReadModel.
// ProjectionReadModel (projection_read_model.h) implements it over the
// projections (projections/query.h).
//
// Thread safety: implementations are called from many request threads at once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/text.h"
#include "projections/api/read_view.h"

namespace relance::api {

// What a handler answers: a status and a body (JSON unless said otherwise).
struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
};

// The error body of every failed request: {"error":{"code":...,"message":...}}.
ApiResponse JsonError(int status, std::string_view code, std::string_view message);
using relance::JsonString;  // engine/core/text.h: the one JSON escaper.

// GET /v1/ageing?creditor=&currency=&as_of=YYYY-MM-DD (each optional, checked).
struct AgeingQuery {
  std::optional<std::string> creditor_id;
  std::optional<std::string> currency;
  std::optional<Day> as_of;
  std::optional<std::vector<std::int32_t>> bucket_bounds;  // ?buckets=30,60,90 (projections::ParseBucketBounds).
};

// GET /v1/risk/top?n= (1..kRiskTopMax).
struct RiskTopQuery {
  std::size_t n = 0;
};

// GET /v1/effectiveness (no parameters yet).
struct EffectivenessQuery {};

class ReadModel {
 public:
  virtual ~ReadModel() = default;
  // Each reads through `view` only, and answers the whole response.
  virtual ApiResponse Ageing(const ReadView& view, const AgeingQuery& query) = 0;
  virtual ApiResponse RiskTop(const ReadView& view, const RiskTopQuery& query) = 0;
  virtual ApiResponse Effectiveness(const ReadView& view, const EffectivenessQuery& query) = 0;
  // One debtor's risk (score, segment, reasons) as a JSON object, for
  // GET /v1/debtors/{key}: *risk is nullopt when the debtor has none ("risk":
  // null, not an error). A failed read is an error (the request answers 500).
  virtual Status DebtorRisk(const ReadView& view, std::string_view debtor_key, std::optional<std::string>* risk) = 0;
};

}  // namespace relance::api
