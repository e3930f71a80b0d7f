// Test harness of the dunning tests: a MiniEngine with a policy in force, a
// day-by-day clock that collects the actions each DayClosed produces, and a
// helper that records what a collector does after an action (ReminderSent on
// the action's date). Header-only because only *_test.cpp files are globbed.
#pragma once

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/dunning.h"
#include "engine/core/ledger.h"
#include "relance/v1/actions.pb.h"
#include "tests/support/builders.h"
#include "tests/support/shipped_policy.h"

namespace relance::testing {

// A compact policy for rule-by-rule tests: one ladder for everybody, flat
// 10 % interest and EUR 40 for traders, EUR 10.00 minimum, and no contact
// rule in the way (50 a week, no cooldown, Sundays allowed) unless a test
// turns one on.
//   level 0 at -3 e-mail (courtesy), 1 at +7 e-mail, 2 at +14 phone,
//   3 at +21 letter, 4 at +30 formal notice (deadline: the default 8 days),
//   5 at +45 agency, 6 at +60 legal.
inline v1::DunningPolicy TestPolicy() {
  v1::DunningPolicy policy;
  policy.set_policy_id("test");
  policy.set_version(1);
  *policy.mutable_effective_from() = D("2025-01-01");
  policy.set_promise_grace_days(3);
  policy.set_instalment_grace_days(5);
  *policy.add_minimum_balance() = M(1000);
  auto* ladder = policy.add_ladders();
  struct Step {
    int offset;
    std::uint32_t level;
    v1::Channel channel;
    const char* template_id;
    v1::Tone tone;
  };
  const Step steps[] = {{-3, 0, v1::CHANNEL_EMAIL, "courtesy", v1::TONE_COURTEOUS},
                        {7, 1, v1::CHANNEL_EMAIL, "reminder", v1::TONE_COURTEOUS},
                        {14, 2, v1::CHANNEL_PHONE, "phone", v1::TONE_COURTEOUS},
                        {21, 3, v1::CHANNEL_LETTER, "letter", v1::TONE_FIRM},
                        {30, 4, v1::CHANNEL_FORMAL_NOTICE, "formal_notice", v1::TONE_FORMAL},
                        {45, 5, v1::CHANNEL_AGENCY, "handover", v1::TONE_FORMAL},
                        {60, 6, v1::CHANNEL_LEGAL, "legal", v1::TONE_FORMAL}};
  for (const Step& s : steps) {
    auto* step = ladder->add_steps();
    step->set_day_offset(s.offset);
    step->set_level(s.level);
    step->set_channel(s.channel);
    step->set_template_id(s.template_id);
    step->set_tone(s.tone);
  }
  auto* b2b = policy.add_debtor_rules();
  b2b->set_debtor_type(v1::DEBTOR_TYPE_B2B);
  b2b->mutable_interest()->set_kind(v1::INTEREST_KIND_FIXED);
  b2b->mutable_interest()->set_fixed_rate_bp(1000);
  *b2b->mutable_recovery_indemnity() = M(4000);
  auto* contact = policy.mutable_contact();
  contact->set_max_contacts_per_week(50);
  contact->set_cooldown_days(0);
  contact->set_no_contact_on_sunday(false);
  return policy;
}

// "2026-02-09 REMINDER L1 EMAIL C1 [D1:1 D2:0]": what an action is, for
// comparing whole sequences in one CHECK.
inline std::string Describe(const v1::Action& a) {
  std::string kind = v1::ActionKind_Name(a.kind()).substr(sizeof("ACTION_KIND_") - 1);
  std::string channel = v1::Channel_Name(a.channel()).substr(sizeof("CHANNEL_") - 1);
  std::string items;
  for (const auto& item : a.items()) {
    items += fmt::format("{}{}:{}", items.empty() ? "" : " ", item.debt_id(), item.level());
  }
  return fmt::format("{} {} L{} {} {} [{}]", FormatDay(*ToDay(a.date())), kind, a.level(), channel, a.creditor_id(),
                     items);
}

inline std::vector<std::string> Describe(const std::vector<v1::Action>& actions) {
  std::vector<std::string> out;
  for (const auto& a : actions) out.push_back(Describe(a));
  return out;
}

class Dunning {
 public:
  explicit Dunning(const v1::DunningPolicy& policy) { Run(PolicyEvent("policy-" + policy.policy_id(), policy)); }

  // Applies an event that must be accepted.
  void Run(const v1::Event& event) {
    INFO(event.ShortDebugString());
    const core::Outcome& out = engine.Apply(event);
    INFO(out.rejection.ShortDebugString());
    REQUIRE(out.accepted);
  }

  // Closes every day from `from` to `to` (inclusive) and returns the actions
  // they produced. With `send`, every courtesy notice, reminder and formal
  // notice is followed the same day by its ReminderSent (see Sent).
  std::vector<v1::Action> Close(const char* from, const char* to, bool send = false) {
    std::vector<v1::Action> produced;
    for (Day day = DayOf(from); day <= DayOf(to); ++day) {
      const std::size_t before = engine.actions.size();
      const std::string iso = FormatDay(day);
      Run(DayClosedEvent("day-" + iso, iso.c_str()));
      for (std::size_t i = before; i < engine.actions.size(); ++i) {
        produced.push_back(engine.actions[i]);
        if (send) Sent(engine.actions[i]);
      }
    }
    return produced;
  }
  std::vector<v1::Action> Close(const char* day, bool send = false) { return Close(day, day, send); }

  // What a collector records after sending a contact action: a ReminderSent
  // on each debt whose step it carried (the items whose level advanced).
  void Sent(const v1::Action& a) {
    if (a.kind() != v1::ACTION_KIND_COURTESY_NOTICE && a.kind() != v1::ACTION_KIND_REMINDER &&
        a.kind() != v1::ACTION_KIND_FORMAL_NOTICE) {
      return;
    }
    const std::string iso = FormatDay(*ToDay(a.date()));
    for (const auto& item : a.items()) {
      const core::Debt& d = Debt(item.debt_id());
      // A letter also lists invoices at the level they had reached: no step for them.
      if (a.kind() != v1::ACTION_KIND_COURTESY_NOTICE && item.level() <= d.dunning_level()) continue;
      v1::Event e = Reminder(fmt::format("sent-{}", next_id_++), d.debtor_key(), item.debt_id(), item.level(),
                             a.channel(), iso.c_str());
      e.set_creditor_id(d.creditor_id());
      Run(e);
    }
  }

  const core::Debt& Debt(const std::string& id) const { return engine.access.debts.at(id); }
  core::Debtor& Debtor(const std::string& key) { return *engine.access.Debtor(key); }
  const v1::DunningPolicy& policy() const { return engine.meta.policy(); }

  MiniEngine engine;

 private:
  int next_id_ = 0;
};

// An invoice of `creditor`, B2B unless said otherwise.
inline v1::Event InvoiceOf(const std::string& event_id, const std::string& debtor, const std::string& debt,
                           const std::string& creditor, std::int64_t amount_minor, const char* issue, const char* due,
                           v1::DebtorType type = v1::DEBTOR_TYPE_B2B) {
  v1::Event e = Invoice(event_id, debtor, debt, amount_minor, issue, due, "EUR", type);
  e.set_creditor_id(creditor);
  return e;
}

}  // namespace relance::testing
