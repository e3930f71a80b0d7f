#include "projections/summary.h"

#include <fmt/format.h>

#include "engine/core/ledger.h"
#include "engine/core/money.h"
#include "engine/core/transition_table.h"
#include "projections/checked_sum.h"
#include "relance/v1/state.pb.h"

namespace relance::projections {

Status SummarisePortfolio(const store::Store& store, PortfolioSummary* summary) {
  const rocksdb::Snapshot* snapshot = store.db()->GetSnapshot();
  auto debts = store.NewIterator(store::Family::kDebt, snapshot);
  v1::DebtState debt;
  bool fits = true;
  for (debts->SeekToFirst(); debts->Valid(); debts->Next()) {
    if (!debt.ParseFromArray(debts->value().data(), static_cast<int>(debts->value().size()))) continue;
    ++summary->debts;
    ++summary->debts_by_status[std::string(core::StatusName(debt.status()))];
    if (!core::IsClosed(debt.status())) {
      fits = fits && AddChecked(&summary->outstanding_minor_by_currency[debt.currency()], debt.balance_minor());
    }
    if (debt.status() == v1::DEBT_STATUS_WRITTEN_OFF) {
      fits = fits && AddChecked(&summary->written_off_minor_by_currency[debt.currency()], debt.written_off_minor());
    }
  }
  auto debtors = store.NewIterator(store::Family::kDebtor, snapshot);
  v1::DebtorState debtor;
  for (debtors->SeekToFirst(); debtors->Valid(); debtors->Next()) {
    if (!debtor.ParseFromArray(debtors->value().data(), static_cast<int>(debtors->value().size()))) continue;
    ++summary->debtors;
    for (const auto& credit : debtor.credit()) {
      fits = fits && AddChecked(&summary->credit_minor_by_currency[credit.currency()], credit.amount_minor());
    }
  }
  Status status = store::FromRocks(debts->status());
  if (status.ok()) status = store::FromRocks(debtors->status());
  store.db()->ReleaseSnapshot(snapshot);
  if (status.ok() && !fits) return TotalTooLarge("portfolio summary");
  return status;
}

std::string FormatSummary(const PortfolioSummary& summary) {
  std::string out = fmt::format("debts: {}   debtors: {}\n", summary.debts, summary.debtors);
  out += "debts per status:\n";
  for (const auto& [status, count] : summary.debts_by_status) out += fmt::format("  {:<20} {:>10}\n", status, count);
  auto money_lines = [&out](std::string_view title, const std::map<std::string, std::int64_t>& amounts) {
    out += fmt::format("{}:\n", title);
    if (amounts.empty()) out += "  (none)\n";
    for (const auto& [currency, amount] : amounts) {
      out += fmt::format("  {} {:>20}\n", currency, FormatDecimal(amount, currency));
    }
  };
  money_lines("outstanding", summary.outstanding_minor_by_currency);
  money_lines("debtor credit (unapplied cash)", summary.credit_minor_by_currency);
  money_lines("written off", summary.written_off_minor_by_currency);
  return out;
}

}  // namespace relance::projections
