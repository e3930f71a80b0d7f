#include "tests/support/builders.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <map>
#include <stdexcept>

#include "engine/core/day_close.h"
#include "engine/core/dunning.h"
#include "engine/core/transition_table.h"

namespace relance::testing {

v1::CivilDate D(const char* iso) {
  auto day = ParseDay(iso);
  if (!day) std::abort();
  return ToCivil(*day);
}

Day DayOf(const char* iso) {
  auto day = ParseDay(iso);
  if (!day) std::abort();
  return *day;
}

v1::Money M(std::int64_t amount_minor, const char* currency) {
  v1::Money m;
  m.set_amount_minor(amount_minor);
  m.set_currency(currency);
  return m;
}

v1::Event Envelope(const std::string& event_id, const std::string& debtor, const std::string& debt) {
  v1::Event e;
  e.set_event_id(event_id);
  e.set_debtor_key(debtor);
  e.set_debt_id(debt);
  e.set_creditor_id("CRED-1");
  e.set_schema_version(1);
  return e;
}

v1::Event Invoice(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  std::int64_t amount_minor, const char* issue, const char* due, const char* currency,
                  v1::DebtorType type) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_invoice_issued();
  p->set_invoice_number("INV-" + debt);
  *p->mutable_amount() = M(amount_minor, currency);
  *p->mutable_issue_date() = D(issue);
  *p->mutable_due_date() = D(due);
  p->set_debtor_type(type);
  return e;
}

v1::Event Payment(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  const std::string& payment_id, std::int64_t amount_minor, const char* value_date,
                  const char* currency) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_payment_received();
  p->set_payment_id(payment_id);
  *p->mutable_amount() = M(amount_minor, currency);
  *p->mutable_value_date() = D(value_date);
  p->set_method(v1::PAYMENT_METHOD_TRANSFER);
  return e;
}

v1::Event Reversal(const std::string& event_id, const std::string& debtor, const std::string& payment_id,
                   const char* date) {
  v1::Event e = Envelope(event_id, debtor, "");
  auto* p = e.mutable_payment_reversed();
  p->set_payment_id(payment_id);
  *p->mutable_date() = D(date);
  p->set_reason(v1::REVERSAL_REASON_BOUNCE);
  return e;
}

v1::Event CreditApplied(const std::string& event_id, const std::string& debtor, const std::string& debt,
                        std::int64_t amount_minor, const char* date, const char* currency) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_credit_applied();
  *p->mutable_amount() = M(amount_minor, currency);
  *p->mutable_date() = D(date);
  return e;
}

v1::Event CreditNote(const std::string& event_id, const std::string& debtor, const std::string& debt,
                     std::int64_t amount_minor, const char* date, const char* currency) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_credit_note_issued();
  p->set_credit_note_id("CN-" + event_id);
  *p->mutable_amount() = M(amount_minor, currency);
  *p->mutable_date() = D(date);
  return e;
}

v1::Event Reminder(const std::string& event_id, const std::string& debtor, const std::string& debt, std::uint32_t level,
                   v1::Channel channel, const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_reminder_sent();
  p->set_level(level);
  p->set_channel(channel);
  *p->mutable_date() = D(date);
  return e;
}

v1::Event Promise(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  std::int64_t amount_minor, const char* made_on, const char* promised_date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_promise_to_pay();
  *p->mutable_amount() = M(amount_minor);
  *p->mutable_made_on() = D(made_on);
  *p->mutable_promised_date() = D(promised_date);
  return e;
}

v1::Event Dispute(const std::string& event_id, const std::string& debtor, const std::string& debt, const char* date,
                  std::int64_t disputed_minor) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_dispute_opened();
  p->set_reason("goods not delivered");
  if (disputed_minor != 0) *p->mutable_disputed_amount() = M(disputed_minor);
  *p->mutable_date() = D(date);
  return e;
}

v1::Event Resolve(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  v1::DisputeOutcome outcome, const char* date, std::int64_t credited_minor) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_dispute_resolved();
  p->set_outcome(outcome);
  if (credited_minor != 0) *p->mutable_credited_amount() = M(credited_minor);
  *p->mutable_date() = D(date);
  return e;
}

v1::Event DayClosedEvent(const std::string& event_id, const char* date) {
  v1::Event e;
  e.set_event_id(event_id);
  e.set_schema_version(1);
  *e.mutable_day_closed()->mutable_business_date() = D(date);
  return e;
}

core::Debt* MapAccess::FindDebt(std::string_view debt_id) {
  auto it = debts.find(debt_id);
  return it == debts.end() ? nullptr : &it->second;
}

core::Debt* MapAccess::CreateDebt(std::string_view debt_id) {
  auto [it, inserted] = debts.emplace(std::string(debt_id), core::Debt{});
  if (!inserted) throw std::logic_error("CreateDebt on an existing debt");
  return &it->second;
}

core::Debtor* MapAccess::Debtor(std::string_view debtor_key) {
  auto it = debtors.find(debtor_key);
  if (it == debtors.end()) it = debtors.emplace(std::string(debtor_key), core::Debtor{}).first;
  return &it->second;
}

v1::Event Calendar(const std::string& event_id, const std::string& calendar_id,
                   std::initializer_list<const char*> holidays) {
  v1::Event e;
  e.set_event_id(event_id);
  e.set_schema_version(1);
  auto* c = e.mutable_calendar_published();
  c->set_calendar_id(calendar_id);
  for (const char* h : holidays) *c->add_holidays() = D(h);
  return e;
}

v1::Event Insolvency(const std::string& event_id, const std::string& debtor, const char* date, bool closed) {
  v1::Event e = Envelope(event_id, debtor, "");
  auto* p = e.mutable_insolvency_proceedings();
  p->set_kind(v1::INSOLVENCY_KIND_REORGANISATION);
  *p->mutable_date() = D(date);
  p->set_closed(closed);
  return e;
}

v1::Event OrderStage(const std::string& event_id, const std::string& debtor, const std::string& debt,
                     v1::OrderStage stage, const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  e.mutable_order_for_payment_update()->set_stage(stage);
  *e.mutable_order_for_payment_update()->mutable_date() = D(date);
  return e;
}

core::Context MiniEngine::Context() const {
  core::Context ctx;
  ctx.business_date = IsUnset(meta.business_date()) ? kNoDay : *ToDay(meta.business_date());
  ctx.policy = core::PolicyView::From(meta);
  return ctx;
}

std::string DescribeDecision(Day day, const core::Outcome& outcome, const core::Decision& decision) {
  const auto lower = [](std::string name, std::string_view prefix) {
    name.erase(0, prefix.size());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
  };
  const std::string head = FormatDay(day) + " " + outcome.touched_debts.at(decision.debt)->debt_id();
  const std::string kind = lower(v1::ActionKind_Name(decision.action_kind), "ACTION_KIND_");
  switch (decision.kind) {
    case v1::DECISION_KIND_TRANSITION:
      return fmt::format("{} transition {}->{}{}{}", head, core::StatusName(decision.from),
                         core::StatusName(decision.to), decision.detail.empty() ? "" : " ", decision.detail);
    case v1::DECISION_KIND_ACTION:
      if (decision.listed) return fmt::format("{} action {} L{} listed", head, kind, decision.level);
      return fmt::format("{} action {} L{} {:+d}", head, kind, decision.level, decision.step_day_offset);
    case v1::DECISION_KIND_HELD:
      return fmt::format("{} held {} L{} {:+d} {}", head, kind, decision.level, decision.step_day_offset,
                         lower(v1::HoldReason_Name(decision.hold), "HOLD_REASON_"));
    default:
      return head + " ?";
  }
}

std::vector<v1::Event> SkippedDayCloses(const v1::PartitionMeta& meta, const v1::Event& event) {
  std::vector<v1::Event> closes;
  if (!event.has_day_closed()) return closes;
  // Only when the step is the one reason to refuse it (the core's last check
  // of a DayClosed): a duplicate or a malformed event fills nothing.
  v1::PartitionMeta copy = meta;
  core::Outcome out;
  core::ApplyPartitionEvent(event, copy, &out);
  if (out.accepted || out.rejection.reason() != v1::REJECTION_REASON_BUSINESS_DATE_TOO_FAR) return closes;
  const Day day = *ToDay(event.day_closed().business_date());
  for (Day d = *ToDay(meta.business_date()) + 1; d < day; ++d) {
    const std::string date = FormatDay(d);
    closes.push_back(DayClosedEvent("fill-" + date, date.c_str()));
  }
  return closes;
}

const core::Outcome& MiniEngine::Apply(const v1::Event& event) {
  if (fill_skipped_days) {
    for (const v1::Event& close : SkippedDayCloses(meta, event)) {
      fill_skipped_days = false;
      const bool accepted = Apply(close).accepted;
      fill_skipped_days = true;
      if (!accepted) return outcome;
    }
  }
  if (core::IsPartitionLevel(core::KindOf(event))) {
    const Day previous = Context().business_date;
    core::ApplyPartitionEvent(event, meta, &outcome);
    if (outcome.accepted && event.has_policy_published()) {
      // A new policy re-times every open debt (the shell: Applier::Retime).
      const core::Context ctx = Context();
      for (auto& [id, debt] : access.debts) {
        if (!core::IsClosed(debt.status())) core::RetimeDebt(debt, *access.Debtor(debt.debtor_key()), ctx.policy);
      }
    }
    if (!outcome.accepted || !event.has_day_closed()) return outcome;
    // Like the shell (Applier::ApplyPartitionLevel): each closed day in turn.
    const Day day = Context().business_date;
    for (Day d = previous == kNoDay ? day : previous + 1; d <= day; ++d) CloseDay(d);
    return outcome;
  }
  core::Apply(event, Context(), access, &outcome);
  return outcome;
}

void MiniEngine::CloseDay(Day day) {
  // The debts whose review day has come (the shell's timer index, here a
  // scan), then the core's procedure for each of their debtors.
  core::Context ctx = Context();
  ctx.business_date = day;
  std::vector<core::Debt*> due;
  for (auto& [id, debt] : access.debts) {
    const Day review = core::NextReviewDay(debt, ctx.policy);
    if (review != kNoDay && review <= day) due.push_back(&debt);
  }
  for (const core::DueDebtor& debtor : core::GroupDueByDebtor(due)) {
    core::Outcome tick;
    core::CloseDebtorDay(debtor, access, day, ctx.policy, &tick);
    day_transitions.insert(day_transitions.end(), tick.begin(), tick.end());
    for (std::size_t i = 0; i < tick.decisions_used; ++i) {
      day_decisions.push_back(DescribeDecision(day, tick, tick.decisions[i]));
    }
    actions.insert(actions.end(), tick.actions.begin(), tick.actions.end());
  }
  if (after_day) after_day(day);
}

}  // namespace relance::testing
