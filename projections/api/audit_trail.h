// The decision trail of one debt: every event it received, what each did to
// its balance, and what the engine decided about it with each (status
// transitions, the actions that carried it with their amounts and interest
// periods, the ladder steps held back and why). Read from the debt's history
// (v1::HistoryEntry) and, for each action, from the action family; nothing
// is derived again. `relance audit debt` and GET /v1/debts/{id}/audit.
//
// And the actions decided, one per line (`relance actions`), filtered by
// business date, debt and creditor.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "engine/core/civil_date.h"
#include "projections/api/read_model.h"
#include "projections/api/read_view.h"
#include "relance/v1/actions.pb.h"

namespace relance::api {

enum class TrailFormat { kJson, kText };

// The trail as one JSON document ({"debt": ..., "timeline": [...]}), or as a
// readable timeline (text/plain). `debtor`, when given, names the debt's
// partition and must be its debtor (as for GET /v1/debts/{id}). 404 for an
// unknown debt, 500 for a history or an action that cannot be read.
ApiResponse DebtAuditResponse(const ReadView& view, const std::string& debt_id, const std::string* debtor,
                              TrailFormat format);

struct ActionFilter {
  Day from = kNoDay;  // Business dates, inclusive; kNoDay: unbounded.
  Day to = kNoDay;
  std::optional<std::string> debt_id;      // Actions with an item for this debt.
  std::optional<std::string> creditor_id;  // Actions of this creditor.
};

// Calls fn for each action the filter lets through, in the action family's
// order (business date, partition, action id); stops early when fn returns
// false.
Status ForEachAction(const ReadView& view, const ActionFilter& filter,
                     const std::function<bool(const v1::Action&)>& fn);

// One action as a JSON object on one line (ISO dates, lower-case names,
// amounts in minor units as integers), and the CSV header and row.
std::string ActionJsonLine(const v1::Action& action);
std::string ActionCsvHeader();
std::string ActionCsvRow(const v1::Action& action);

}  // namespace relance::api
