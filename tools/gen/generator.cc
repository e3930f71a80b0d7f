// The portfolio generator's day loop and entry points (see generator.h). The
// parts, in the order data flows, are listed in generator_internal.h.
#include "tools/gen/generator.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "tools/gen/debtor_step.h"
#include "tools/gen/emitter.h"
#include "tools/gen/generator_internal.h"

namespace relance::gen {
namespace internal {
namespace {

// ---------------------------------------------------------------- portfolio

// All debtors and a calendar of who acts on which day. Each debtor is in
// exactly one calendar bucket: the day of its next action.
class Portfolio {
 public:
  Portfolio(const GenOptions& options, const EventSink& sink) : options_(options), emitter_(options_, sink, &stats_) {
    options_.debtors = std::min(options_.debtors, kDebtorsMax);
    options_.horizon_days = std::clamp(options_.horizon_days, 0, kHorizonDaysMax);
  }

  GenStats Run() {
    emitter_.PublishPolicy();
    const int horizon = options_.horizon_days;
    calendar_.resize(static_cast<std::size_t>(horizon));
    debtors_.resize(options_.debtors);
    for (std::uint32_t i = 0; i < debtors_.size(); ++i) {
      InitDebtor(i);
      if (debtors_[i].next_invoice_day < horizon) calendar_[debtors_[i].next_invoice_day].push_back(i);
    }
    for (int day = 0; day < horizon; ++day) {
      std::vector<std::uint32_t> today = std::exchange(calendar_[static_cast<std::size_t>(day)], {});
      std::sort(today.begin(), today.end());  // Log order within a day: by debtor.
      for (std::uint32_t index : today) {
        const int next = DebtorStep(emitter_, debtors_[index], index, day).Run();
        if (next < horizon) calendar_[static_cast<std::size_t>(next)].push_back(index);
      }
      emitter_.CloseDay(day);
    }
    return stats_;
  }

 private:
  void InitDebtor(std::uint32_t index) {
    DebtorSim& sim = debtors_[index];
    sim.rng_state = Mix64(Mix64(options_.seed) + index);
    Rng rng(&sim.rng_state);
    sim.profile = static_cast<Profile>(rng.Pick(kProfileWeights));
    sim.debtor_type = static_cast<std::uint8_t>(rng.Chance(kB2bPerMille) ? v1::DEBTOR_TYPE_B2B : v1::DEBTOR_TYPE_B2C);
    sim.creditor_count = rng.Chance(kTwoCreditorsPerMille) ? 2 : 1;
    sim.creditors[0] = static_cast<std::uint8_t>(rng.Below(kCreditorCount));
    const std::uint64_t other = sim.creditors[0] + 1 + rng.Below(kCreditorCount - 1);  // Never the first one.
    sim.creditors[1] = static_cast<std::uint8_t>(other % kCreditorCount);
    for (std::uint8_t& currency : sim.currencies) currency = static_cast<std::uint8_t>(rng.Pick(kCurrencyWeights));
    sim.next_invoice_day = Offset(rng.In(kFirstInvoiceDays));
  }

  GenOptions options_;
  GenStats stats_;
  Emitter emitter_;
  std::vector<DebtorSim> debtors_;
  std::vector<std::vector<std::uint32_t>> calendar_;  // Debtor indexes by next action day.
};

}  // namespace
}  // namespace internal

namespace {

// EventsPerDebtorEstimate's sample.
constexpr std::uint64_t kEstimateSampleDebtors = 500;

}  // namespace

GenStats Generate(const GenOptions& options, const EventSink& sink) {
  internal::Portfolio portfolio(options, sink);
  return portfolio.Run();
}

double EventsPerDebtorEstimate(const GenOptions& options) {
  GenOptions sample = options;
  sample.debtors = kEstimateSampleDebtors;
  std::uint64_t debtor_events = 0;
  Generate(sample, [&debtor_events](const v1::Event& e) {
    if (!e.debtor_key().empty()) ++debtor_events;
  });
  return static_cast<double>(debtor_events) / static_cast<double>(sample.debtors);
}

}  // namespace relance::gen
