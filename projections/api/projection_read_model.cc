#include "projections/api/projection_read_model.h"

#include <fmt/format.h>

#include <iterator>
#include <string>
#include <vector>

#include "projections/query.h"

namespace relance::api {
namespace {

// The query failed: a missing date the caller can give is theirs to fix,
// anything else (corruption, I/O) is ours.
ApiResponse QueryError(const Status& s) {
  if (s.code() == Status::Code::kInvalidArgument) return JsonError(400, "bad_request", s.message());
  return JsonError(500, "internal", s.ToString());
}

std::string JsonDay(Day day) { return day == kNoDay ? "null" : JsonString(FormatDay(day)); }

std::string JsonOptional(const std::optional<std::string>& text) { return text ? JsonString(*text) : "null"; }

// An amount in minor units, as the states print 64-bit integers: a string.
void AppendAmount(std::string* out, std::string_view name, std::int64_t amount_minor) {
  fmt::format_to(std::back_inserter(*out), R"("{}":"{}")", name, amount_minor);
}

// "buckets_minor":{...},"total_minor":"...","debts":N
void AppendBuckets(std::string* out, const std::vector<std::string>& labels, const projections::AgeingBuckets& b) {
  *out += R"("buckets_minor":{)";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) *out += ',';
    AppendAmount(out, labels[i], i < b.buckets_minor.size() ? b.buckets_minor[i] : 0);
  }
  *out += "},";
  AppendAmount(out, "total_minor", b.total_minor);
  fmt::format_to(std::back_inserter(*out), R"(,"debts":{})", b.debts);
}

void AppendRisk(std::string* out, const projections::RiskReport& r) {
  fmt::format_to(std::back_inserter(*out), R"({{"debtor_key":{},"partition":{},"score":{},"segment":{},"as_of":{},)",
                 JsonString(r.debtor_key), r.partition, r.score, JsonString(r.segment), JsonDay(r.as_of));
  *out += R"("reasons":[)";
  for (std::size_t i = 0; i < r.reasons.size(); ++i) {
    const projections::RiskReason& reason = r.reasons[i];
    fmt::format_to(std::back_inserter(*out), R"({}{{"code":{},"text":{},"points":{}}})", i > 0 ? "," : "",
                   JsonString(reason.code), JsonString(reason.text), reason.points);
  }
  *out += "]}";
}

}  // namespace

ApiResponse ProjectionReadModel::Ageing(const ReadView& view, const AgeingQuery& query) {
  projections::AgeingQuery ageing;
  ageing.as_of = query.as_of.value_or(kNoDay);
  ageing.creditor_id = query.creditor_id.value_or("");
  ageing.currency = query.currency.value_or("");
  if (query.bucket_bounds) ageing.bucket_bounds = *query.bucket_bounds;
  ageing.by_debtor = false;  // Not printed.
  projections::AgeingReport report;
  projections::DsoReport dso;  // For the same date, creditor and currency, from the same reads.
  if (Status s = projections::AgeingWithDso(view.store(), view.snapshot(), ageing, projections::DsoQuery{}.window_days,
                                            &report, &dso);
      !s.ok()) {
    return QueryError(s);
  }

  ApiResponse response;
  std::string& body = response.body;
  fmt::format_to(std::back_inserter(body), R"({{"as_of":{},"creditor":{},"currency":{},"buckets":[)",
                 JsonDay(report.as_of), JsonOptional(query.creditor_id), JsonOptional(query.currency));
  for (std::size_t i = 0; i < report.bucket_labels.size(); ++i) {
    body += i > 0 ? "," : "";
    body += JsonString(report.bucket_labels[i]);
  }
  body += R"(],"portfolio":[)";
  bool first = true;
  for (const auto& [currency, buckets] : report.portfolio) {
    fmt::format_to(std::back_inserter(body), R"({}{{"currency":{},)", first ? "" : ",", JsonString(currency));
    AppendBuckets(&body, report.bucket_labels, buckets);
    body += '}';
    first = false;
  }
  body += R"(],"by_creditor":[)";
  first = true;
  for (const auto& [creditor_currency, buckets] : report.by_creditor) {
    fmt::format_to(std::back_inserter(body), R"({}{{"creditor_id":{},"currency":{},)", first ? "" : ",",
                   JsonString(creditor_currency.first), JsonString(creditor_currency.second));
    AppendBuckets(&body, report.bucket_labels, buckets);
    body += '}';
    first = false;
  }
  fmt::format_to(std::back_inserter(body), R"(],"dso":{{"window_days":{},"by_currency":[)", dso.window_days);
  first = true;
  for (const auto& [currency, figure] : dso.by_currency) {
    fmt::format_to(std::back_inserter(body), R"({}{{"currency":{},)", first ? "" : ",", JsonString(currency));
    AppendAmount(&body, "outstanding_minor", figure.outstanding_minor);
    body += ',';
    AppendAmount(&body, "sales_minor", figure.sales_minor);
    body += R"(,"dso_days":)";
    body += figure.dso_days ? std::to_string(*figure.dso_days) : "null";
    body += '}';
    first = false;
  }
  body += "]}}";
  return response;
}

ApiResponse ProjectionReadModel::RiskTop(const ReadView& view, const RiskTopQuery& query) {
  std::vector<projections::RiskReport> reports;
  if (Status s = projections::TopRiskyDebtors(view.store(), view.snapshot(), query.n, &reports); !s.ok()) {
    return QueryError(s);
  }
  ApiResponse response;
  response.body = fmt::format(R"({{"n":{},"debtors":[)", query.n);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    if (i > 0) response.body += ',';
    AppendRisk(&response.body, reports[i]);
  }
  response.body += "]}";
  return response;
}

ApiResponse ProjectionReadModel::Effectiveness(const ReadView& view, const EffectivenessQuery&) {
  projections::EffectivenessReport report;
  if (Status s = projections::Effectiveness(view.store(), view.snapshot(), &report); !s.ok()) return QueryError(s);
  ApiResponse response;
  std::string& body = response.body;
  body = R"({"steps":[)";
  for (std::size_t i = 0; i < report.steps.size(); ++i) {
    const projections::StepEffectiveness& step = report.steps[i];
    fmt::format_to(std::back_inserter(body),
                   R"({}{{"level":{},"channel":{},"reached":{},"paid_7":{},"paid_30":{},"recovered_minor":{{)",
                   i > 0 ? "," : "", step.level, JsonString(step.channel), step.reached, step.paid_7, step.paid_30);
    bool first = true;
    for (const auto& [currency, amount_minor] : step.recovered_minor) {
      if (!first) body += ',';
      AppendAmount(&body, currency, amount_minor);
      first = false;
    }
    body += "}}";
  }
  body += "]}";
  return response;
}

Status ProjectionReadModel::DebtorRisk(const ReadView& view, std::string_view debtor_key,
                                       std::optional<std::string>* risk) {
  risk->reset();
  projections::RiskReport report;
  const Status s = projections::DebtorRisk(view.store(), view.snapshot(), std::string(debtor_key), &report);
  // No risk row (unknown debtor, or a database replayed without projections): null.
  if (s.code() == Status::Code::kNotFound) return Status::Ok();
  if (!s.ok()) return s;
  std::string json;
  AppendRisk(&json, report);
  *risk = std::move(json);
  return Status::Ok();
}

}  // namespace relance::api
