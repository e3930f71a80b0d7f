// Internal to the ledger, shared by its files and by nothing else: the event
// handlers (ledger.cc) and the money bookkeeping (ledger_money.cc) record
// their effects through the same Recorder and lean on each other's helpers.
// Not part of the core's API; include engine/core/ledger.h instead.
//
// The writing helpers here check nothing: the handler that calls them has
// run every check of its event first (TargetDebt, CheckCurrency), so that a
// rejected event has not touched any state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/outcomes.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::core::internal {

// Collects the effects of one call into the Outcome.
class Recorder {
 public:
  Recorder(Outcome* out, std::string_view cause, Day date) : out_(out), cause_(cause), date_(date) {}
  // Time-driven: the cause is the day itself ("day:YYYY-MM-DD"), written
  // only into a transition someone keeps.
  Recorder(Outcome* out, Day day) : out_(out), cause_day_(day), date_(day) {}

  // Marks a debt as changed; its history grows by one entry per call.
  void Touch(Debt& d) { TouchDebt(out_, d); }

  // Moves the balance on the recorder's day, and says why.
  void Balance(Debt& d, BalanceCause cause, std::int64_t delta_minor, std::int64_t cash_minor = 0) {
    ChangeBalance(out_, d, cause, date_, delta_minor, cash_minor);
  }

  void Move(Debt& d, v1::DebtStatus to, std::string_view detail) {
    Touch(d);
    if (d.status() == to) return;
    Decision& decision = Decide(out_, d, v1::DECISION_KIND_TRANSITION);
    decision.from = d.status();
    decision.to = to;
    decision.detail.assign(detail);
    ++out_->transition_count;
    if (out_->keep_transitions) {
      if (out_->transitions_used == static_cast<int>(out_->transitions.size())) out_->transitions.emplace_back();
      v1::Transition& t = out_->transitions[out_->transitions_used++];
      t.Clear();
      t.set_debt_id(d.debt_id());
      t.set_debtor_key(d.debtor_key());
      t.set_from(d.status());
      t.set_to(to);
      if (cause_day_ != kNoDay) {
        t.set_cause_event_id("day:" + FormatDay(cause_day_));
      } else {
        t.set_cause_event_id(std::string(cause_));
      }
      SetCivil(date_, t.mutable_date());
      t.set_detail(std::string(detail));
      t.set_balance_minor(d.balance_minor());
      t.set_currency(d.currency());
    }
    d.set_status(to);
  }

  // Recomputes an open debt's status from its flags.
  void Settle(Debt& d, std::string_view detail = {}) {
    Touch(d);
    if (!IsClosed(d.status())) Move(d, DeriveOpenStatus(d), detail);
  }

 private:
  Outcome* out_;
  std::string_view cause_;
  Day cause_day_ = kNoDay;  // Else cause_.
  Day date_;
};

// Rejects the event: sets out->rejection and leaves out->accepted false.
void Reject(Outcome* out, const v1::Event& e, v1::RejectionReason reason, std::string detail);

// The common checks of an event that targets an existing debt: nullptr, with
// the rejection in out, when one fails.
Debt* TargetDebt(const v1::Event& e, std::string_view debt_id, StateAccess& access, Outcome* out);
// False, with the rejection in out, when m is not in the debt's currency.
bool CheckCurrency(const v1::Event& e, const Debt& d, const v1::Money& m, Outcome* out);

// Idempotency: whether an event id's hash is among those already applied.
bool HasHash(const google::protobuf::RepeatedField<std::uint64_t>& hashes, std::uint64_t h);
// Keeps a sliding window of the newest `limit` hashes; the hashes pushed out,
// oldest first, are appended to `evicted` when given.
void PushHashWindow(google::protobuf::RepeatedField<std::uint64_t>* hashes, std::uint64_t h, std::size_t limit,
                    std::vector<std::uint64_t>* evicted = nullptr);
// Adds a debtor-level event id to the debtor's window; what leaves the window
// goes to out->forgotten and is counted in debtor.ids_forgotten.
void RememberDebtorEvent(Debtor& debtor, std::uint64_t h, Outcome* out);

// Paid less reversed: what a promise or a plan measures progress against.
std::int64_t NetPaid(const Debt& d);
// An acknowledgement of the debt (partial payment, payment plan), a court
// claim or an enforcement act starts a new limitation period of full length.
void InterruptLimitation(Debt& d, Day day);

// The debtor's open debts, kept in order of due date, then debt id.
void AddOpenDebt(Debtor& debtor, const Debt& d);
void RemoveOpenDebt(Debtor& debtor, std::string_view debt_id);

// Credits up to the balance; the excess goes to the debtor's credit.
void CreditDebt(Debt& d, Debtor& debtor, std::int64_t amount, Day day, Recorder& rec);

// The debtor's credit (unapplied cash) in `currency`.
std::int64_t CreditOf(const Debtor& debtor, std::string_view currency);
// Moves `amount` of the debtor's credit to debt d, on `date`, drawn from the
// debtor's payments that left credit, oldest first (allocations of theirs,
// paid), the rest credited. REQUIRES: 0 < amount <= min(CreditOf(debtor,
// d.currency()), d.balance_minor()), d open.
void ApplyCredit(Debt& d, Debtor& debtor, std::int64_t amount, const v1::CivilDate& date,
                 std::string_view application_id, Recorder& rec);
// The policy's CREDIT_APPLICATION_OLDEST_OPEN_DEBT: each currency's credit
// goes to the debtor's open debts in that currency, oldest due first,
// disputed ones skipped, as an unreferenced payment would.
void AutoApplyCredit(Debtor& debtor, const v1::CivilDate& date, std::string_view application_id, StateAccess& access,
                     Outcome* out);

// The debtor-level money events, checks included.
void ApplyPayment(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out);
void ApplyReversal(const v1::Event& e, const Context& ctx, StateAccess& access, Outcome* out);

}  // namespace relance::core::internal
