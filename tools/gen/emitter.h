// Emitter: the one place events leave the generator. It fills envelopes,
// hands events to the sink in log order, keeps GenStats, redelivers a few
// events later the same day (at-least-once transport), publishes the policy
// at the head of the log and closes days. Internal to the generator (see
// generator_internal.h).
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tools/gen/generator.h"
#include "tools/gen/generator_internal.h"

namespace relance::gen::internal {

// ---------------------------------------------------------------- emitter

// Builds the events, hands them to the sink and redelivers a few of them.
// One message is reused for all events.
class Emitter {
 public:
  Emitter(const GenOptions& options, const EventSink& sink, GenStats* stats)
      : sink_(sink),
        stats_(stats),
        options_(&options),
        start_day_(options.start_day),
        duplicate_per_mille_(options.duplicate_per_mille),
        redelivery_state_(Mix64(options.seed ^ kRedeliveryStream)) {
    for (int i = 0; i < kCreditorCount; ++i) creditor_ids_.push_back(fmt::format("CRED-{:03d}", i + 1));
  }

  void SetDay(int day, v1::CivilDate* out) const { SetCivil(start_day_ + day, out); }

  // Resets the shared event and fills the envelope of a debtor event dated
  // `day`. debt_number 0: no debt id (unreferenced payment, reversal).
  v1::Event& Begin(int day, std::string_view debtor_key, std::uint32_t seq, std::uint16_t debt_number,
                   std::uint8_t creditor) {
    event_.Clear();
    fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "{}-{}", debtor_key, seq);
    event_.set_debtor_key(debtor_key.data(), debtor_key.size());
    if (debt_number != 0) {
      fmt::format_to(std::back_inserter(*event_.mutable_debt_id()), "{}-INV-{:03d}", debtor_key, debt_number);
    }
    event_.set_creditor_id(creditor_ids_[creditor]);
    const std::int64_t offset_ms = std::min(static_cast<std::int64_t>(sent_today_) * kEventSpacingMs, kOfficeSpanMs);
    event_.set_event_time_ms(DayStartMs(day) + kOfficeOpenMs + offset_ms);
    event_.set_schema_version(1);
    return event_;
  }

  // Hands the event started by Begin to the sink; sometimes schedules its
  // redelivery a little later the same day.
  void Send() {
    Count(event_);
    Deliver(event_);
    if (duplicate_per_mille_ > 0 && redelivery_rng_.Chance(duplicate_per_mille_)) {
      if (pending_.size() >= kRedeliveriesPendingMax) Release(/*all=*/true);
      const int delay = redelivery_rng_.Between(1, kRedeliveryDelayEventsMax);
      pending_.push_back(Redelivery{sent_today_ + static_cast<std::uint64_t>(delay), event_});
    }
    Release(/*all=*/false);
  }

  void PublishPolicy();

  // Ends business day `day`: the day's pending redeliveries, then DayClosed.
  void CloseDay(int day) {
    Release(/*all=*/true);
    event_.Clear();
    fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "day-{}", FormatDay(start_day_ + day));
    event_.set_event_time_ms(DayStartMs(day) + kDayClosedOffsetMs);
    event_.set_schema_version(1);
    SetDay(day, event_.mutable_day_closed()->mutable_business_date());
    ++stats_->day_closed;
    Deliver(event_);
    sent_today_ = 0;
  }

 private:
  struct Redelivery {
    std::uint64_t release_after = 0;  // Events sent today.
    v1::Event event;
  };

  std::int64_t DayStartMs(int day) const { return static_cast<std::int64_t>(start_day_ + day) * kMsPerDay; }

  void Deliver(const v1::Event& event) {
    sink_(event);
    ++stats_->events;
    ++sent_today_;
  }

  void Release(bool all) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      if (all || pending_[i].release_after <= sent_today_) {
        Deliver(pending_[i].event);
        ++stats_->duplicates;
      } else {
        if (kept != i) pending_[kept] = std::move(pending_[i]);
        ++kept;
      }
    }
    pending_.resize(kept);
  }

  void Count(const v1::Event& e);

  const EventSink& sink_;
  GenStats* stats_;
  const GenOptions* options_;  // The portfolio's, which outlives the emitter.
  Day start_day_;
  std::uint32_t duplicate_per_mille_;
  std::uint64_t redelivery_state_;
  Rng redelivery_rng_{&redelivery_state_};
  std::vector<std::string> creditor_ids_;
  std::uint64_t sent_today_ = 0;
  std::vector<Redelivery> pending_;  // At most kRedeliveriesPendingMax.
  v1::Event event_;
};

}  // namespace relance::gen::internal
