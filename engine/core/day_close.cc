#include "engine/core/day_close.h"

#include <map>
#include <utility>

#include "engine/core/dunning.h"

namespace relance::core {

std::vector<DueDebtor> GroupDueByDebtor(const std::vector<Debt*>& due_debts) {
  std::map<std::string, DueDebtor, std::less<>> by_debtor;
  for (Debt* debt : due_debts) by_debtor[debt->debtor_key()].debts.push_back(debt);
  std::vector<DueDebtor> out;
  out.reserve(by_debtor.size());
  for (auto& [debtor_key, due] : by_debtor) {
    due.debtor_key = debtor_key;
    out.push_back(std::move(due));
  }
  return out;
}

void CloseDebtorDay(const DueDebtor& due, StateAccess& access, Day day, const PolicyView& policy, Outcome* out) {
  Debtor* debtor = access.Debtor(due.debtor_key);
  for (Debt* debt : due.debts) CloseDay(*debt, *debtor, day, policy, out);
  ReviewDebtor(due.debtor_key, access, day, policy, out);
}

}  // namespace relance::core
