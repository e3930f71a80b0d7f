// The state endpoints of the query API: a debt, its history, a debtor. Each
// reads through the one view it is given; parameters are checked by the
// caller (query_api.cc). States are printed with protobuf's JSON printer
// (proto field names, every field present, enums by name, 64-bit integers as
// strings); the idempotency sets (applied_event_hashes) are internal and left
// out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "projections/api/read_model.h"
#include "projections/api/read_view.h"
#include "relance/v1/state.pb.h"

namespace relance::api {

struct HistoryPage {
  std::size_t limit = 0;
  std::optional<std::uint64_t> after_seq;  // Entries with a greater seq; absent: from the first (seq 0).
};

// `debtor`, when given, names the debt's partition (one lookup) and must be
// the debt's debtor; without it every partition is looked in (one
// bloom-filtered point lookup each).
ApiResponse DebtResponse(const ReadView& view, const std::string& debt_id, const std::string* debtor);
// The debt and its partition, read as above; *found false when it is absent
// (or not the given debtor's).
Status FindDebt(const ReadView& view, const std::string& debt_id, const std::string* debtor, std::uint32_t* partition,
                v1::DebtState* debt, bool* found);
ApiResponse DebtHistoryResponse(const ReadView& view, const std::string& debt_id, const std::string* debtor,
                                const HistoryPage& page);
ApiResponse DebtorResponse(const ReadView& view, const std::string& debtor_key, ReadModel* model);

}  // namespace relance::api
