// The Emitter's policy head and counters (see emitter.h).
#include "tools/gen/emitter.h"

#include <fmt/format.h>

#include <iterator>

#include "engine/core/transition_table.h"

namespace relance::gen::internal {

void Emitter::PublishPolicy() {
  if (!options_->policy.policy_id().empty()) {
    event_.Clear();
    fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "policy-{}-{}", options_->policy.policy_id(),
                   options_->policy.version());
    event_.set_event_time_ms(DayStartMs(0));
    event_.set_schema_version(1);
    *event_.mutable_policy_published()->mutable_policy() = options_->policy;
    Deliver(event_);
    for (const v1::CalendarPublished& calendar : options_->calendars) {
      event_.Clear();
      fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "calendar-{}", calendar.calendar_id());
      event_.set_event_time_ms(DayStartMs(0));
      event_.set_schema_version(1);
      *event_.mutable_calendar_published() = calendar;
      Deliver(event_);
    }
    return;
  }
  event_.Clear();
  fmt::format_to(std::back_inserter(*event_.mutable_event_id()), "policy-{}-{}", kPolicyId, kPolicyVersion);
  event_.set_event_time_ms(DayStartMs(0));
  event_.set_schema_version(1);
  v1::DunningPolicy* policy = event_.mutable_policy_published()->mutable_policy();
  policy->set_policy_id(kPolicyId.data(), kPolicyId.size());
  policy->set_version(kPolicyVersion);
  SetDay(0, policy->mutable_effective_from());
  policy->set_promise_grace_days(kPromiseGraceDays);
  policy->set_instalment_grace_days(kInstalmentGraceDays);
  // The ladder the simulated collectors follow, for the record.
  v1::Ladder* ladder = policy->add_ladders();
  v1::LadderStep* courtesy = ladder->add_steps();
  courtesy->set_day_offset(-kCourtesyDaysBeforeDue);
  courtesy->set_channel(v1::CHANNEL_EMAIL);
  courtesy->set_template_id(kCourtesyTemplate.data(), kCourtesyTemplate.size());
  for (const LadderStep& step : kLadder) {
    v1::LadderStep* out = ladder->add_steps();
    out->set_day_offset(step.day_offset);
    out->set_channel(step.channel);
    out->set_template_id(step.template_id.data(), step.template_id.size());
    out->set_level(step.level);
  }
  Deliver(event_);
}

void Emitter::Count(const v1::Event& e) {
  GenStats& s = *stats_;
  switch (core::KindOf(e)) {
    case core::EventKind::kInvoiceIssued:
      ++s.debts;
      break;
    case core::EventKind::kPaymentReceived:
      ++s.payments;
      if (e.debt_id().empty()) ++s.unreferenced_payments;
      break;
    case core::EventKind::kPaymentReversed:
      ++s.reversals;
      break;
    case core::EventKind::kCreditNoteIssued:
      ++s.credit_notes;
      break;
    case core::EventKind::kReminderSent:
      ++s.reminders;
      break;
    case core::EventKind::kPromiseToPay:
      ++s.promises;
      break;
    case core::EventKind::kPaymentPlanAgreed:
      ++s.payment_plans;
      break;
    case core::EventKind::kDisputeOpened:
      ++s.disputes_opened;
      break;
    case core::EventKind::kDisputeResolved:
      ++s.disputes_resolved;
      break;
    case core::EventKind::kHandedToAgency:
      ++s.handed_to_agency;
      break;
    case core::EventKind::kLegalActionFiled:
      ++s.legal_actions;
      break;
    case core::EventKind::kWrittenOff:
      ++s.write_offs;
      break;
    case core::EventKind::kCreditApplied:  // Not counted: the generator's figures are the scripts' facts.
    case core::EventKind::kDayClosed:
    case core::EventKind::kPolicyPublished:
    case core::EventKind::kCalendarPublished:
    case core::EventKind::kInsolvencyProceedings:
    case core::EventKind::kOrderForPaymentUpdate:
    case core::EventKind::kUnknown:
      break;
  }
}

}  // namespace relance::gen::internal
