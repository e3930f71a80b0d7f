// The ReadModel of the query API over the projections (projections/query.h):
// ageing with DSO, the riskiest debtors, one debtor's risk, and dunning step
// effectiveness, as JSON. Shapes (also in the README's "Query API"):
//
//   GET /v1/ageing
//     {"as_of":"YYYY-MM-DD","creditor":null|"C","currency":null|"EUR",
//      "buckets":["not_yet_due","1_30",...,"over_120"],
//      "portfolio":[{"currency":"EUR","buckets_minor":{"not_yet_due":"0",...},
//                    "total_minor":"0","debts":0}],
//      "by_creditor":[{"creditor_id":"C","currency":"EUR","buckets_minor":{...},
//                      "total_minor":"0","debts":0}],
//      "dso":{"window_days":90,"by_currency":[{"currency":"EUR",
//             "outstanding_minor":"0","sales_minor":"0","dso_days":0|null}]}}
//   GET /v1/risk/top      {"n":N,"debtors":[Risk, ...]}  (score descending, then key)
//   GET /v1/debtors/{key} "risk": Risk, or null when the debtor has no risk row
//   Risk = {"debtor_key":"K","partition":P,"score":0..1000,"segment":"...",
//           "as_of":"YYYY-MM-DD"|null,"reasons":[{"code":"R01","text":"...","points":N}]}
//   GET /v1/effectiveness {"steps":[{"level":L,"channel":"email","reached":N,
//                           "paid_7":N,"paid_30":N,"recovered_minor":{"EUR":"0"}}]}
//
// As in the state endpoints (whose 64-bit integers protobuf prints as
// strings), amounts in minor units are JSON strings ("25495"); counts,
// scores, points and days are plain numbers. Lists and maps come in key order
// (currency, creditor, then currency; steps by level and channel), so a body
// is a function of the data. Amounts of two currencies are never added.
//
// Every answer reads through the request's one ReadView: its store and its
// snapshot (live engine: a RocksDB snapshot, so ageing and DSO, which read
// several rows (the ageing cells and the debts changed since the date, or
// every debt row), see the same commit; read-only: no snapshot, nobody
// writes; secondary: no snapshot, but no catch-up runs while the view is
// open; RocksDB 7.8 secondaries may still show one column family ahead of
// another, e.g. the business date in `meta` a commit ahead of the rows in
// `projection`, see the README).
//
// as_of defaults to the latest business date of any partition; with none
// closed yet (an empty database) and no as_of given, ageing answers 400. At
// the latest business date ageing is read from the ageing cells
// (projections/ageing_cells.h), at an earlier one from every debt row.
//
// Thread safety: stateless; called from every request thread at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "projections/api/read_model.h"

namespace relance::api {

class ProjectionReadModel : public ReadModel {
 public:
  ApiResponse Ageing(const ReadView& view, const AgeingQuery& query) override;
  ApiResponse RiskTop(const ReadView& view, const RiskTopQuery& query) override;
  ApiResponse Effectiveness(const ReadView& view, const EffectivenessQuery& query) override;
  Status DebtorRisk(const ReadView& view, std::string_view debtor_key, std::optional<std::string>* risk) override;
};

}  // namespace relance::api
