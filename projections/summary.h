// The portfolio summary: a read-side fold over the debt and debtor families
// (debts per status, outstanding and debtor credit per currency). Printed by
// `relance replay` and `relance demo`. Reads one snapshot.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "engine/core/status.h"
#include "engine/store/store.h"

namespace relance::projections {

struct PortfolioSummary {
  std::uint64_t debts = 0;
  std::uint64_t debtors = 0;
  std::map<std::string, std::uint64_t> debts_by_status;               // Status name -> count.
  std::map<std::string, std::int64_t> outstanding_minor_by_currency;  // Open balances.
  std::map<std::string, std::int64_t> credit_minor_by_currency;       // Unapplied debtor cash.
  std::map<std::string, std::int64_t> written_off_minor_by_currency;
};

Status SummarisePortfolio(const store::Store& store, PortfolioSummary* summary);

// Human-readable lines, amounts in decimal with their currency.
std::string FormatSummary(const PortfolioSummary& summary);

}  // namespace relance::projections
