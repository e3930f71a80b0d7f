// DebtorStep: one debtor's business on one day. Its model and events are in
// debtor_step.cc, its scripts (payments, promises, plans, disputes, bounces,
// escalation) in debtor_scripts.cc. Internal to the generator (see
// generator_internal.h).
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tools/gen/emitter.h"
#include "tools/gen/generator_internal.h"

namespace relance::gen::internal {

// ---------------------------------------------------------------- one debtor, one day

// Does one debtor's business on one day: first the engine's DayClosed effects
// since its last step (CatchUp), then a new invoice, the ladder and the
// scripted actions due today. Every event first passes the model's checks and
// then updates the model exactly as the engine will update its state.
class DebtorStep {
 public:
  DebtorStep(Emitter& emitter, DebtorSim& sim, std::uint32_t index, int day)
      : emitter_(emitter), sim_(sim), rng_(&sim.rng_state), index_(index), day_(day) {
    key_size_ = fmt::format_to_n(key_.data(), key_.size(), "DR-{:06d}", index + 1).size;
  }

  // Returns the debtor's next action day, kNever if none.
  int Run();

 private:
  std::string_view Key() const { return {key_.data(), key_size_}; }
  std::string_view Currency(const DebtSlot& s) const { return kCurrencies[sim_.currencies[s.creditor]]; }
  bool IsB2b() const { return sim_.debtor_type == v1::DEBTOR_TYPE_B2B; }
  void Schedule(DebtSlot& s, Stage stage, int day) {
    s.stage = stage;
    s.action_day = Offset(std::max(day, day_ + 1));
  }

  // The model.
  void CatchUp(DebtSlot& s) const;
  std::int32_t ModelPay(DebtSlot& s, std::int32_t amount) const;
  void ModelCredit(DebtSlot& s, std::int32_t amount) const;
  static void ModelClose(DebtSlot& s, v1::DebtStatus status);

  // Events: each emits one event and applies it to the model.
  v1::Event& Begin(const DebtSlot& s, bool with_debt_id);
  void SetMoney(const DebtSlot& s, std::int64_t amount_minor, v1::Money* out) const;
  void IssueInvoice();
  std::int32_t PayReferenced(DebtSlot& s, std::int32_t amount, v1::PaymentMethod method);
  void PayUnreferenced(DebtSlot& payer, std::int32_t amount);
  void FillPayment(v1::Event& e, const DebtSlot& s, std::int32_t amount, v1::PaymentMethod method);
  void Reverse(DebtSlot& s);
  void IssueCreditNote(DebtSlot& s, std::int32_t amount);
  void Remind(DebtSlot& s, std::uint32_t level, v1::Channel channel, std::string_view template_id);
  void Promise(DebtSlot& s, std::int32_t amount, int promised_day);
  void AgreePlan(DebtSlot& s, int count, int first_due_day);
  void OpenDispute(DebtSlot& s, std::int32_t asked);
  void ResolveDispute(DebtSlot& s, v1::DisputeOutcome outcome, std::int32_t credited);
  void HandToAgency(DebtSlot& s);
  void FileLegalAction(DebtSlot& s);
  void WriteOff(DebtSlot& s, std::string_view reason);

  // Scripts.
  void StartScenario(DebtSlot& s);
  void RunLadder(DebtSlot& s);
  void ArmLadder(DebtSlot& s) const;
  void RunAction(DebtSlot& s);
  void ResolveLate(DebtSlot& s);
  void PayBalance(DebtSlot& s);
  void PayUnreferencedStage(DebtSlot& s);
  void PartialPay(DebtSlot& s);
  void MakePromise(DebtSlot& s);
  void KeepPromise(DebtSlot& s);
  void StartPlan(DebtSlot& s);
  void PayInstalment(DebtSlot& s);
  void StartDispute(DebtSlot& s);
  void EndDispute(DebtSlot& s);
  void PayAndBounce(DebtSlot& s);
  void Escalate(DebtSlot& s);
  void GoToCourt(DebtSlot& s);
  v1::PaymentMethod DrawPaymentMethod();
  std::int32_t OpenBalanceIn(std::uint8_t currency) const;

  Emitter& emitter_;
  DebtorSim& sim_;
  Rng rng_;
  std::uint32_t index_;
  int day_;
  std::array<char, 16> key_ = {};
  std::size_t key_size_ = 0;
};

}  // namespace relance::gen::internal
