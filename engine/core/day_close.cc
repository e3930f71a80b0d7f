#include "engine/core/day_close.h"

#include <map>
#include <utility>

#include "engine/core/dunning.h"

namespace relance::core {

std::vector<DueDebtor> GroupDueByDebtor(std::vector<std::string> due_debt_ids, StateAccess& access,
                                        std::string* missing) {
  std::map<std::string, std::vector<std::string>, std::less<>> by_debtor;
  for (std::string& debt_id : due_debt_ids) {
    const Debt* debt = access.FindDebt(debt_id);
    if (debt == nullptr) {
      *missing = std::move(debt_id);
      return {};
    }
    by_debtor[debt->debtor_key()].push_back(std::move(debt_id));
  }
  std::vector<DueDebtor> out;
  out.reserve(by_debtor.size());
  for (auto& [debtor_key, debt_ids] : by_debtor) out.push_back({debtor_key, std::move(debt_ids)});
  return out;
}

void CloseDebtorDay(const DueDebtor& due, StateAccess& access, Day day, const PolicyView& policy, Outcome* out) {
  Debtor* debtor = access.Debtor(due.debtor_key);
  for (const std::string& debt_id : due.debt_ids) CloseDay(*access.FindDebt(debt_id), *debtor, day, policy, out);
  ReviewDebtor(due.debtor_key, access, day, policy, out);
}

}  // namespace relance::core
