// The dunning rules, one TEST_CASE per rule: the ladder per segment, the hard
// rule for every case it excludes, how a ReminderSent moves the ladder, the
// contact rules, one letter per debtor and creditor, limitation and
// order-for-payment watches, the formal notice's contents and the action ids.
// Most cases use TestPolicy (dunning_harness.h): one ladder, no contact rule
// in the way, so that each case shows one rule.
#include "engine/core/dunning.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/core/policy_check.h"
#include "engine/core/segment.h"
#include "tests/unit/engine/dunning_harness.h"

namespace relance::testing {
namespace {

using Lines = std::vector<std::string>;

std::string Iso(const v1::CivilDate& date) { return FormatDay(*ToDay(date)); }

v1::Event Plan(const std::string& event_id, const std::string& debtor, const std::string& debt, const char* agreed_on,
               std::initializer_list<std::pair<const char*, std::int64_t>> instalments) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_payment_plan_agreed();
  p->set_plan_id("PLAN-" + event_id);
  *p->mutable_agreed_on() = D(agreed_on);
  for (const auto& [due, amount] : instalments) {
    auto* inst = p->add_instalments();
    *inst->mutable_due_date() = D(due);
    *inst->mutable_amount() = M(amount);
  }
  return e;
}

v1::Event Agency(const std::string& event_id, const std::string& debtor, const std::string& debt, const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  e.mutable_handed_to_agency()->set_agency_id("AGENCY-1");
  *e.mutable_handed_to_agency()->mutable_date() = D(date);
  return e;
}

v1::Event Legal(const std::string& event_id, const std::string& debtor, const std::string& debt, const char* date,
                v1::LegalActionKind kind = v1::LEGAL_ACTION_KIND_ORDER_FOR_PAYMENT) {
  v1::Event e = Envelope(event_id, debtor, debt);
  e.mutable_legal_action_filed()->set_kind(kind);
  *e.mutable_legal_action_filed()->mutable_date() = D(date);
  e.mutable_legal_action_filed()->set_court_reference("RG 26/00042");
  return e;
}

v1::Event WriteOff(const std::string& event_id, const std::string& debtor, const std::string& debt, const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  *e.mutable_written_off()->mutable_date() = D(date);
  e.mutable_written_off()->set_reason("uncollectable");
  return e;
}

// The standard debt of these tests: EUR 1,000.00 of CRED-1 to DR1, due
// Monday 2026-02-02, so the test ladder falls on 01-30 (courtesy), 02-09,
// 02-16, 02-23, 03-04, 03-19, 04-03.
void IssueD1(Dunning& dunning, std::int64_t amount = 100000) {
  dunning.Run(Invoice("inv-D1", "DR1", "D1", amount, "2026-01-02", "2026-02-02"));
}

TEST_CASE("the test policy is a valid policy", "[dunning]") {
  const auto errors = core::CheckPolicy(TestPolicy());
  for (const auto& e : errors) UNSCOPED_INFO(e.field_path << ": " << e.message);
  CHECK(errors.empty());
  CHECK(core::CheckPolicy(FrDefaultPolicy()).empty());
}

TEST_CASE("the ladder depends on the segment: reliable gets the soft one, chronic the firm one", "[dunning]") {
  // fr-default: the reliable ladder starts at -3 and +10 (courteous), the
  // chronic one at -5 and +3 (firm). A debtor is judged on 3 closed debts:
  // REL paid all three on time, CHR two of three late (>= 50 %).
  Dunning dunning(FrDefaultPolicy());
  for (const char* debtor : {"REL", "CHR"}) {
    for (int i = 1; i <= 3; ++i) {
      const std::string debt = fmt::format("{}-H{}", debtor, i);
      dunning.Run(Invoice("inv-" + debt, debtor, debt, 50000, "2025-09-01", "2025-10-01"));
      const bool late = std::string(debtor) == "CHR" && i <= 2;
      dunning.Run(Payment("pay-" + debt, debtor, debt, "P-" + debt, 50000, late ? "2025-10-20" : "2025-09-30"));
    }
  }
  const v1::DunningPolicy& policy = dunning.policy();
  CHECK(core::SegmentFor(dunning.Debtor("REL"), policy) == core::Segment::kReliable);
  CHECK(core::SegmentFor(dunning.Debtor("CHR"), policy) == core::Segment::kChronic);
  CHECK(core::LadderFor(policy, core::Segment::kReliable, v1::DEBTOR_TYPE_B2B)->segment() == "reliable");
  CHECK(core::LadderFor(policy, core::Segment::kChronic, v1::DEBTOR_TYPE_B2B)->segment() == "chronic");
  // New and occasional debtors fall through to the general B2B ladder.
  CHECK(core::LadderFor(policy, core::Segment::kNew, v1::DEBTOR_TYPE_B2B)->debtor_type() == v1::DEBTOR_TYPE_B2B);
  CHECK(core::LadderFor(policy, core::Segment::kOccasional, v1::DEBTOR_TYPE_B2C)->debtor_type() == v1::DEBTOR_TYPE_B2C);

  // The same invoice for both, due Tuesday 2026-03-10 (no Sunday on the way).
  dunning.Run(Invoice("inv-REL", "REL", "REL-1", 100000, "2026-02-08", "2026-03-10"));
  dunning.Run(Invoice("inv-CHR", "CHR", "CHR-1", 100000, "2026-02-08", "2026-03-10"));
  const std::vector<v1::Action> actions = dunning.Close("2026-03-01", "2026-03-25");
  CHECK(Describe(actions) == Lines{
                                 "2026-03-05 COURTESY_NOTICE L0 EMAIL CRED-1 [CHR-1:0]",  // -5
                                 "2026-03-07 COURTESY_NOTICE L0 EMAIL CRED-1 [REL-1:0]",  // -3
                                 "2026-03-13 REMINDER L1 EMAIL CRED-1 [CHR-1:1]",         // +3
                                 "2026-03-20 REMINDER L1 EMAIL CRED-1 [REL-1:1]",         // +10
                             });
  REQUIRE(actions.size() == 4);
  CHECK(actions[2].template_id() == "reminder.firm");
  CHECK(actions[2].tone() == v1::TONE_FIRM);
  CHECK(actions[2].segment() == "chronic");
  CHECK(actions[3].template_id() == "reminder.courteous");
  CHECK(actions[3].tone() == v1::TONE_COURTEOUS);
  CHECK(actions[3].segment() == "reliable");
  CHECK(actions[3].policy_id() == "fr-default");
  CHECK(actions[3].policy_version() == 1);
}

TEST_CASE("hard rule: no reminder before or on the due date, a courtesy notice only before it", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  const std::vector<v1::Action> actions = dunning.Close("2026-01-20", "2026-02-09");
  CHECK(Describe(actions) ==
        Lines{"2026-01-30 COURTESY_NOTICE L0 EMAIL CRED-1 [D1:0]", "2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]"});
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].items(0).days_late() == -3);
  CHECK(actions[0].items(0).interest_minor() == 0);
  CHECK(actions[0].items(0).indemnity_minor() == 0);
  CHECK(actions[1].items(0).days_late() == 7);

  // MayChase on the due date itself and on the day after.
  const core::Debt& d = dunning.Debt("D1");
  CHECK_FALSE(core::MayChase(d, dunning.Debtor("DR1"), dunning.policy(), DayOf("2026-02-02")));
  CHECK(core::MayChase(d, dunning.Debtor("DR1"), dunning.policy(), DayOf("2026-02-03")));
  // A debt not yet flagged overdue is never chased, whatever the day says.
  core::Debt fresh = d;
  fresh.set_overdue(false);
  CHECK_FALSE(core::MayChase(fresh, dunning.Debtor("DR1"), dunning.policy(), DayOf("2026-02-09")));
}

TEST_CASE("hard rule: a paid debt is not chased", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  CHECK(dunning.Close("2026-01-20", "2026-02-04").size() == 1);  // The courtesy notice.
  dunning.Run(Payment("pay", "DR1", "D1", "P1", 100000, "2026-02-05"));
  CHECK(dunning.Close("2026-02-05", "2026-05-31").empty());
}

TEST_CASE("hard rule: a written-off debt is not chased", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(WriteOff("wo", "DR1", "D1", "2026-02-05"));
  CHECK(dunning.Close("2026-02-05", "2026-05-31").empty());
}

TEST_CASE("hard rule: a wholly disputed debt is not chased until the dispute is resolved", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Dispute("dsp", "DR1", "D1", "2026-02-05"));
  CHECK(dunning.Close("2026-02-05", "2026-03-09").empty());
  // The creditor is upheld on 03-10: level 1 was due since 02-09, it goes the same day.
  dunning.Run(Resolve("res", "DR1", "D1", v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, "2026-03-10"));
  CHECK(Describe(dunning.Close("2026-03-10", "2026-03-12")) == Lines{"2026-03-10 REMINDER L1 EMAIL CRED-1 [D1:1]"});
}

TEST_CASE("hard rule: a partial dispute still chases the undisputed part", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Dispute("dsp", "DR1", "D1", "2026-02-05", 30000));
  const std::vector<v1::Action> actions = dunning.Close("2026-02-05", "2026-02-09");
  REQUIRE(Describe(actions) == Lines{"2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]"});
  const v1::ActionItem& item = actions[0].items(0);
  CHECK(item.principal_minor() == 70000);
  // 02-03..02-04 on 100000, 02-05..02-09 on 70000 at 10 %:
  // (100000 * 1000 * 2 + 70000 * 1000 * 5) / 3650000 = 150.7 -> 151.
  CHECK(item.interest_minor() == 151);
  CHECK(item.indemnity_minor() == 4000);
  CHECK(item.owed_minor() == 70000 + 151 + 4000);
  CHECK(actions[0].totals(0).amount_minor() == 74151);

  // A dispute that leaves less than the minimum (EUR 10.00) undisputed stops it.
  Dunning small(TestPolicy());
  IssueD1(small);
  small.Close("2026-02-01", "2026-02-04");
  small.Run(Dispute("dsp", "DR1", "D1", "2026-02-05", 99500));
  CHECK(small.Close("2026-02-05", "2026-04-30").empty());
}

TEST_CASE("hard rule: no reminder inside a kept payment plan, a missed instalment resumes dunning", "[dunning]") {
  SECTION("kept") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    dunning.Close("2026-02-01", "2026-02-04");
    dunning.Run(Plan("plan", "DR1", "D1", "2026-02-05", {{"2026-03-01", 50000}, {"2026-04-01", 50000}}));
    dunning.Run(Payment("i1", "DR1", "D1", "P1", 50000, "2026-03-01"));
    CHECK(dunning.Close("2026-02-05", "2026-03-31").empty());
    dunning.Run(Payment("i2", "DR1", "D1", "P2", 50000, "2026-04-01"));
    CHECK(dunning.Close("2026-04-01", "2026-05-31").empty());
  }
  SECTION("missed") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    dunning.Close("2026-02-01", "2026-02-04");
    dunning.Run(Plan("plan", "DR1", "D1", "2026-02-05", {{"2026-03-01", 50000}, {"2026-04-01", 50000}}));
    // Nothing paid: the first instalment is missed after its 5 days of grace,
    // on 03-06; level 1 (due since 02-09) goes that day.
    CHECK(Describe(dunning.Close("2026-02-05", "2026-03-07")) == Lines{"2026-03-06 REMINDER L1 EMAIL CRED-1 [D1:1]"});
  }
}

TEST_CASE("hard rule: no reminder inside a promise's window, a broken promise resumes dunning", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Promise("prm", "DR1", "D1", 100000, "2026-02-05", "2026-02-20"));
  // Promised for 02-20, three days of grace: broken on 02-23.
  CHECK(Describe(dunning.Close("2026-02-05", "2026-02-24")) == Lines{"2026-02-23 REMINDER L1 EMAIL CRED-1 [D1:1]"});
  CHECK(dunning.Debtor("DR1").promises_broken() == 1);
}

TEST_CASE("hard rule: nobody is chased below the minimum balance", "[dunning]") {
  Dunning dunning(TestPolicy());
  dunning.Run(Invoice("inv-small", "DR2", "S1", 999, "2026-01-02", "2026-02-02"));  // EUR 9.99 < 10.00.
  IssueD1(dunning);
  dunning.Close("2026-01-20", "2026-02-04");
  // A partial payment leaves EUR 5.00 on D1.
  dunning.Run(Payment("pay", "DR1", "D1", "P1", 99500, "2026-02-05"));
  for (const auto& a : dunning.Close("2026-02-05", "2026-05-31")) FAIL("unexpected " << Describe(a));
  // Not even a courtesy notice for S1.
  for (const auto& a : dunning.engine.actions) CHECK(a.debtor_key() == "DR1");
}

TEST_CASE("hard rule: a debt with an agency or in legal action is not chased", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  dunning.Run(Invoice("inv-D2", "DR1", "D2", 100000, "2026-01-02", "2026-02-02"));
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Agency("agency", "DR1", "D1", "2026-02-05"));
  dunning.Run(Legal("legal", "DR1", "D2", "2026-02-05", v1::LEGAL_ACTION_KIND_FULL_ACTION));
  for (const auto& a : dunning.Close("2026-02-05", "2026-05-31")) FAIL("unexpected " << Describe(a));
}

TEST_CASE("hard rule: no dunning while insolvency proceedings are open", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Insolvency("ins", "DR1", "2026-02-05", false));
  CHECK(dunning.Close("2026-02-05", "2026-02-28").empty());
  dunning.Run(Insolvency("ins-end", "DR1", "2026-03-01", true));
  CHECK(Describe(dunning.Close("2026-03-01", "2026-03-02")) == Lines{"2026-03-01 REMINDER L1 EMAIL CRED-1 [D1:1]"});
}

TEST_CASE("the ladder moves only on a ReminderSent, and the next step keeps the ladder's spacing", "[dunning]") {
  SECTION("without a ReminderSent the step waits") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    CHECK(Describe(dunning.Close("2026-02-03", "2026-05-31")) == Lines{"2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]"});
    CHECK(dunning.Debt("D1").action_level() == 1);
    CHECK(dunning.Debt("D1").dunning_level() == 0);
  }
  SECTION("sent on the day: the next step on due + its offset") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    dunning.Close("2026-02-03", "2026-02-09");
    dunning.Run(Reminder("r1", "DR1", "D1", 1, v1::CHANNEL_EMAIL, "2026-02-09"));
    CHECK(dunning.Debt("D1").dunning_level() == 1);
    CHECK(FormatDay(*ToDay(dunning.Debt("D1").next_action_day())) == "2026-02-16");
    CHECK(Describe(dunning.Close("2026-02-10", "2026-02-22")) == Lines{"2026-02-16 REMINDER L2 PHONE CRED-1 [D1:2]"});
  }
  SECTION("sent late: the next step is re-anchored on the reminder") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    dunning.Close("2026-02-03", "2026-02-09");
    // Sent four days late on 02-13: level 2 comes 7 days (14 - 7) after it,
    // on 02-20, not on due + 14 = 02-16.
    dunning.Close("2026-02-10", "2026-02-12");
    dunning.Run(Reminder("r1", "DR1", "D1", 1, v1::CHANNEL_EMAIL, "2026-02-13"));
    CHECK(FormatDay(*ToDay(dunning.Debt("D1").next_action_day())) == "2026-02-20");
    CHECK(Describe(dunning.Close("2026-02-13", "2026-02-22")) == Lines{"2026-02-20 REMINDER L2 PHONE CRED-1 [D1:2]"});
  }
  SECTION("every step after the one before") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    CHECK(Describe(dunning.Close("2026-01-25", "2026-04-30", true)) ==
          Lines{
              "2026-01-30 COURTESY_NOTICE L0 EMAIL CRED-1 [D1:0]",
              "2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]",
              "2026-02-16 REMINDER L2 PHONE CRED-1 [D1:2]",
              "2026-02-23 REMINDER L3 LETTER CRED-1 [D1:3]",
              "2026-03-04 FORMAL_NOTICE L4 FORMAL_NOTICE CRED-1 [D1:4]",
              "2026-03-19 HAND_OVER L5 AGENCY CRED-1 [D1:5]",
          });
    // The hand-over waits for the agency (HandedToAgency), not a ReminderSent.
    CHECK(dunning.Debt("D1").action_level() == 5);
  }
}

TEST_CASE("one formal notice per debt, whatever level the log gave it", "[dunning][formal_notice]") {
  SECTION("a notice on the log at a lower level than the ladder's leaves no formal notice step") {
    // The generator's collector numbers its formal notice 5 while the French
    // B2B ladder has it at 6; here the test ladder has it at 4 and the
    // collector records it at 3. Before the fix, the engine then produced its
    // own formal notice on 03-05, nine days after the first.
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    dunning.Close("2026-01-25", "2026-02-23", true);  // Levels 0 to 3 sent.
    dunning.Run(Reminder("fn", "DR1", "D1", 3, v1::CHANNEL_FORMAL_NOTICE, "2026-02-24"));
    // The hand-over on due + 45 (03-19), no sooner than 15 days (45 - 30)
    // after the notice (03-11).
    CHECK(Describe(dunning.Close("2026-02-24", "2026-04-30", true)) ==
          Lines{"2026-03-19 HAND_OVER L5 AGENCY CRED-1 [D1:5]"});
  }
  SECTION("a notice that listed an invoice beside the one it was for puts both on notice") {
    Dunning dunning(TestPolicy());
    IssueD1(dunning);
    // D2 of the same creditor, due ten days later: its own formal notice
    // step falls on 03-14. Before the fix D2 then had a second one, which
    // listed D1 again.
    dunning.Run(Invoice("inv-D2", "DR1", "D2", 50000, "2026-01-12", "2026-02-12"));
    std::vector<v1::Action> notices;
    for (const auto& a : dunning.Close("2026-01-25", "2026-05-31", true)) {
      if (a.kind() == v1::ACTION_KIND_FORMAL_NOTICE) notices.push_back(a);
    }
    CHECK(Describe(notices) == Lines{"2026-03-04 FORMAL_NOTICE L4 FORMAL_NOTICE CRED-1 [D1:4 D2:2]"});
    CHECK(FormatDay(*ToDay(dunning.Debt("D2").formal_notice_action_date())) == "2026-03-04");
    CHECK_FALSE(dunning.Debt("D2").formal_notice_sent());
    // D2 goes on to its hand-over on its own due + 45, with no reminder below
    // the notice in between.
    std::vector<std::string> d2;
    for (const auto& a : dunning.engine.actions) {
      for (const auto& item : a.items()) {
        if (item.debt_id() == "D2" && *ToDay(a.date()) > DayOf("2026-03-04")) d2.push_back(Describe(a));
      }
    }
    CHECK(d2 == Lines{"2026-03-29 HAND_OVER L5 AGENCY CRED-1 [D2:5]"});
  }
  SECTION("the segment's ladder changes after the notice: no second one on the new ladder") {
    // Two ladders with the notice at different levels: 4 for "new" debtors,
    // 6 for any other. After the notice the debtor pays three other invoices
    // on time and becomes "reliable".
    v1::DunningPolicy policy = TestPolicy();
    v1::Ladder slow = policy.ladders(0);
    slow.set_segment("reliable");
    slow.mutable_steps(4)->set_level(6);  // Formal notice at +30, level 6.
    slow.mutable_steps(5)->set_level(7);
    slow.mutable_steps(6)->set_level(8);
    policy.mutable_ladders(0)->set_segment("new");
    *policy.add_ladders() = slow;
    Dunning dunning(policy);
    IssueD1(dunning);
    dunning.Close("2026-01-25", "2026-03-04", true);  // The notice at level 4, sent.
    for (int i = 0; i < 3; ++i) {
      const std::string id = fmt::format("P{}", i);
      dunning.Run(Invoice("inv-" + id, "DR1", id, 1000, "2026-03-01", "2026-03-20"));
      dunning.Run(Payment("pay-" + id, "DR1", id, "PAY-" + id, 1000, "2026-03-04"));
    }
    REQUIRE(core::SegmentFor(dunning.Debtor("DR1"), dunning.policy()) == core::Segment::kReliable);
    std::vector<std::string> d1;
    for (const auto& a : dunning.Close("2026-03-05", "2026-05-31", true)) {
      for (const auto& item : a.items()) {
        if (item.debt_id() == "D1") d1.push_back(Describe(a));
      }
    }
    CHECK(d1 == Lines{"2026-03-19 HAND_OVER L7 AGENCY CRED-1 [D1:7]"});
  }
}

TEST_CASE("a payment deadline never falls on a weekend or a public holiday", "[dunning]") {
  // The formal notice falls on due + 30 and gives 8 days.
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_calendar_id("FR");
  auto notice_deadline = [&](const char* due, bool publish) {
    Dunning dunning(policy);
    if (publish) dunning.Run(Calendar("cal", "FR", {"2026-11-01", "2026-11-11", "2026-12-25"}));
    dunning.Run(Invoice("inv", "DR1", "D1", 100000, "2026-09-01", due));
    for (const auto& a : dunning.Close("2026-09-20", "2026-12-31", true)) {
      if (a.kind() == v1::ACTION_KIND_FORMAL_NOTICE) return Iso(a.date()) + " -> " + Iso(a.deadline());
    }
    return std::string("no formal notice");
  };
  // Tuesday 3 November + 8 = Wednesday 11 November, Armistice Day: Thursday 12.
  CHECK(notice_deadline("2026-10-04", true) == "2026-11-03 -> 2026-11-12");
  // Without the calendar, the 11th is a Wednesday like any other.
  CHECK(notice_deadline("2026-10-04", false) == "2026-11-03 -> 2026-11-11");
  // Friday 6 November + 8 = Saturday 14: Monday 16.
  CHECK(notice_deadline("2026-10-07", true) == "2026-11-06 -> 2026-11-16");
  // Thursday 17 December + 8 = Friday 25, Christmas, then the weekend: Monday 28.
  CHECK(notice_deadline("2026-11-17", true) == "2026-12-17 -> 2026-12-28");
}

TEST_CASE("contact cap: at most N contacts a rolling week, across invoices", "[dunning]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_max_contacts_per_week(2);
  Dunning dunning(policy);
  dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(Invoice("inv2", "DR1", "D2", 100000, "2026-01-02", "2026-02-03"));
  dunning.Run(Invoice("inv3", "DR1", "D3", 100000, "2026-01-02", "2026-02-04"));
  // The first close on 02-05 makes all three overdue (no courtesy any more).
  // Level 1 falls on 02-09, 02-10 and 02-11; the third waits until the week
  // (02-09, 02-16] holds a single contact: 02-16.
  CHECK(Describe(dunning.Close("2026-02-05", "2026-02-20")) == Lines{
                                                                   "2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]",
                                                                   "2026-02-10 REMINDER L1 EMAIL CRED-1 [D2:1]",
                                                                   "2026-02-16 REMINDER L1 EMAIL CRED-1 [D3:1]",
                                                               });
}

TEST_CASE("contact cooldown: days between two contacts, across channels and invoices", "[dunning]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_cooldown_days(3);
  SECTION("across invoices: two deferred steps leave together") {
    Dunning dunning(policy);
    dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
    dunning.Run(Invoice("inv2", "DR1", "D2", 100000, "2026-01-02", "2026-02-03"));
    dunning.Run(Invoice("inv3", "DR1", "D3", 100000, "2026-01-02", "2026-02-04"));
    // 02-09 D1; D2 (02-10) and D3 (02-11) wait for 02-12, three days later,
    // and go as one e-mail: one action per creditor and channel.
    CHECK(Describe(dunning.Close("2026-02-05", "2026-02-14")) == Lines{
                                                                     "2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]",
                                                                     "2026-02-12 REMINDER L1 EMAIL CRED-1 [D2:1 D3:1]",
                                                                 });
  }
  SECTION("across channels") {
    Dunning dunning(policy);
    dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
    dunning.Run(Invoice("inv2", "DR1", "D2", 100000, "2026-01-02", "2026-02-08"));
    // D2's courtesy notice on 02-05 (due - 3). D1: e-mail 02-09 (sent),
    // phone due 02-16. D2: e-mail due 02-15. The e-mail of 02-15 pushes the
    // phone call of 02-16 to 02-18.
    CHECK(Describe(dunning.Close("2026-02-05", "2026-02-20", true)) ==
          Lines{
              "2026-02-05 COURTESY_NOTICE L0 EMAIL CRED-1 [D2:0]",
              "2026-02-09 REMINDER L1 EMAIL CRED-1 [D1:1]",
              "2026-02-15 REMINDER L1 EMAIL CRED-1 [D2:1]",
              "2026-02-18 REMINDER L2 PHONE CRED-1 [D1:2]",
          });
  }
}

TEST_CASE("no contact on Sundays nor on the published holidays of the policy's calendar", "[dunning]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_no_contact_on_sunday(true);
  policy.mutable_contact()->set_calendar_id("FR");
  auto run = [&](bool publish_calendar) {
    Dunning dunning(policy);
    if (publish_calendar) dunning.Run(Calendar("cal", "FR", {"2026-04-06", "2026-05-01"}));
    dunning.Close("2026-03-14");
    // DR1: due Sunday 2026-03-29; courtesy on Thursday 03-26; level 1 on
    // due + 7 = Sunday 04-05, then Easter Monday 04-06 when published.
    dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-03-01", "2026-03-29"));
    // DR2: overdue on arrival (due 2026-02-19), at level 4 since 03-15: the
    // hand-over falls on due + 45 = Sunday 04-05. Not a contact: it goes.
    dunning.Run(Invoice("inv2", "DR2", "D2", 100000, "2026-01-19", "2026-02-19"));
    dunning.Run(Reminder("r4", "DR2", "D2", 4, v1::CHANNEL_FORMAL_NOTICE, "2026-03-15"));
    return Describe(dunning.Close("2026-03-15", "2026-04-10"));
  };
  CHECK(run(true) == Lines{
                         "2026-03-26 COURTESY_NOTICE L0 EMAIL CRED-1 [D1:0]",
                         "2026-04-05 HAND_OVER L5 AGENCY CRED-1 [D2:5]",
                         "2026-04-07 REMINDER L1 EMAIL CRED-1 [D1:1]",
                     });
  // Without the calendar only the Sunday counts.
  CHECK(run(false) == Lines{
                          "2026-03-26 COURTESY_NOTICE L0 EMAIL CRED-1 [D1:0]",
                          "2026-04-05 HAND_OVER L5 AGENCY CRED-1 [D2:5]",
                          "2026-04-06 REMINDER L1 EMAIL CRED-1 [D1:1]",
                      });
  // A calendar with another id is not the policy's.
  Dunning other(policy);
  other.Run(Calendar("cal", "BE", {"2026-04-06"}));
  core::PolicyView view = core::PolicyView::From(other.engine.meta);
  CHECK(core::IsContactDay(view, DayOf("2026-04-06")));
  CHECK_FALSE(core::IsContactDay(view, DayOf("2026-04-05")));
}

TEST_CASE("one letter per debtor and creditor lists all its chaseable overdue invoices", "[dunning]") {
  Dunning dunning(TestPolicy());
  // CRED-1: D1 and D4 due 02-02, D2 due 02-06; CRED-2: D3 due 02-02.
  dunning.Run(InvoiceOf("i1", "DR1", "D1", "CRED-1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(InvoiceOf("i4", "DR1", "D4", "CRED-1", 20000, "2026-01-02", "2026-02-02"));
  dunning.Run(InvoiceOf("i2", "DR1", "D2", "CRED-1", 50000, "2026-01-06", "2026-02-06"));
  dunning.Run(InvoiceOf("i3", "DR1", "D3", "CRED-2", 30000, "2026-01-02", "2026-02-02"));
  // D5 of CRED-1 is disputed as a whole: never on a letter.
  dunning.Run(InvoiceOf("i5", "DR1", "D5", "CRED-1", 40000, "2026-01-02", "2026-02-02"));
  dunning.Run(Dispute("d5", "DR1", "D5", "2026-01-20"));
  std::vector<v1::Action> letters;
  for (const auto& a : dunning.Close("2026-02-03", "2026-02-23", true)) {
    if (a.channel() == v1::CHANNEL_LETTER) letters.push_back(a);
  }
  // On 02-23 (due + 21 of D1, D3, D4): one letter per creditor. CRED-1's
  // carries D1 and D4 at level 3 and lists D2 at the level it has reached (2).
  CHECK(Describe(letters) == Lines{
                                 "2026-02-23 REMINDER L3 LETTER CRED-1 [D1:3 D4:3 D2:2]",
                                 "2026-02-23 REMINDER L3 LETTER CRED-2 [D3:3]",
                             });
  REQUIRE(letters.size() == 2);
  CHECK(letters[0].totals_size() == 1);
  std::int64_t owed = 0;
  for (const auto& item : letters[0].items()) owed += item.owed_minor();
  CHECK(letters[0].totals(0).amount_minor() == owed);
  CHECK(Iso(letters[0].deadline()) == std::string("2026-03-10"));  // 15 days by default.
  // E-mails and phone calls are per creditor and channel too, but list only
  // the invoices whose step they carry.
  for (const auto& a : dunning.engine.actions) {
    if (a.channel() == v1::CHANNEL_EMAIL || a.channel() == v1::CHANNEL_PHONE) {
      for (const auto& item : a.items()) CHECK(item.level() == a.level());
    }
  }
}

TEST_CASE("limitation warning at start + years - warning days, restarted by an interruption", "[dunning]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.clear_ladders();  // Only the limitation watch.
  auto fresh = [&] {
    auto dunning = std::make_unique<Dunning>(policy);
    dunning->Run(Invoice("inv", "DR1", "D1", 100000, "2026-01-02", "2026-01-31"));
    dunning->Close("2026-02-01");
    return dunning;
  };
  auto warning_on = [](Dunning& dunning, const char* before, const char* on) {
    CHECK(dunning.Close(before).empty());
    const std::vector<v1::Action> actions = dunning.Close(on);
    REQUIRE(actions.size() == 1);
    CHECK(actions[0].kind() == v1::ACTION_KIND_LIMITATION_WARNING);
    return actions[0];
  };
  SECTION("from the due date") {
    // 2026-01-31 + 5 years = 2031-01-31; 180 days before: 2030-08-04.
    auto dunning = fresh();
    const v1::Action a = warning_on(*dunning, "2030-08-03", "2030-08-04");
    CHECK(Iso(a.deadline()) == std::string("2031-01-31"));
    CHECK(Iso(a.items(0).limitation_date()) == std::string("2031-01-31"));
    CHECK(a.template_id() == "limitation_warning");
    // Once per period; a payment after the warning starts a new one:
    // 2030-09-02 + 5 years = 2035-09-02, warned on 2035-03-06.
    CHECK(dunning->Close("2030-08-05", "2030-09-01").empty());
    dunning->Run(Payment("pay", "DR1", "D1", "P1", 10000, "2030-09-02"));
    warning_on(*dunning, "2035-03-05", "2035-03-06");
  }
  SECTION("a partial payment restarts a full period") {
    auto dunning = fresh();
    dunning->Run(Payment("pay", "DR1", "D1", "P1", 10000, "2027-03-15"));
    CHECK(dunning->Close("2030-08-04").empty());
    // 2027-03-15 + 5 years = 2032-03-15; warned on 2031-09-17.
    CHECK(Iso(warning_on(*dunning, "2031-09-16", "2031-09-17").deadline()) == std::string("2032-03-15"));
  }
  SECTION("a payment plan restarts a full period") {
    auto dunning = fresh();
    dunning->Run(Plan("plan", "DR1", "D1", "2027-06-01", {{"2040-01-01", 100000}}));
    CHECK(Iso(warning_on(*dunning, "2031-12-03", "2031-12-04").deadline()) == std::string("2032-06-01"));
  }
  SECTION("a court claim restarts a full period") {
    auto dunning = fresh();
    dunning->Run(Legal("legal", "DR1", "D1", "2028-01-10", v1::LEGAL_ACTION_KIND_FULL_ACTION));
    CHECK(Iso(warning_on(*dunning, "2032-07-13", "2032-07-14").deadline()) == std::string("2033-01-10"));
  }
  SECTION("consumers: two years") {
    auto dunning = std::make_unique<Dunning>(policy);
    dunning->Run(Invoice("inv", "DC1", "C1", 100000, "2026-01-02", "2026-01-31", "EUR", v1::DEBTOR_TYPE_B2C));
    dunning->Close("2026-02-01");
    CHECK(Iso(warning_on(*dunning, "2027-08-03", "2027-08-04").deadline()) == std::string("2028-01-31"));
  }
}

TEST_CASE("order for payment: service deadline warning and enforceability after the opposition period", "[dunning]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.clear_ladders();
  Dunning dunning(policy);
  dunning.Run(Invoice("inv", "DR1", "D1", 100000, "2026-01-02", "2026-01-31"));
  dunning.Close("2026-02-01");
  dunning.Run(Legal("legal", "DR1", "D1", "2026-04-01"));
  dunning.Run(OrderStage("granted", "DR1", "D1", v1::ORDER_STAGE_GRANTED, "2026-05-04"));
  // Granted 2026-05-04: serve by 2026-11-04 (6 months); warned 30 days before, 2026-10-05.
  CHECK(dunning.Close("2026-10-04").empty());
  std::vector<v1::Action> actions = dunning.Close("2026-10-05");
  REQUIRE(actions.size() == 1);
  CHECK(actions[0].kind() == v1::ACTION_KIND_ORDER_SERVICE_DUE);
  CHECK(Iso(actions[0].deadline()) == std::string("2026-11-04"));
  CHECK(actions[0].template_id() == "order_service");
  CHECK(dunning.Close("2026-10-06", "2026-10-19").empty());  // Once.
  // Served 2026-10-20: the debtor may oppose until 2026-11-20 (1 month);
  // enforceability can be asked from 2026-11-21.
  dunning.Run(OrderStage("served", "DR1", "D1", v1::ORDER_STAGE_SERVED, "2026-10-20"));
  CHECK(dunning.Close("2026-10-20", "2026-11-20").empty());
  actions = dunning.Close("2026-11-21");
  REQUIRE(actions.size() == 1);
  CHECK(actions[0].kind() == v1::ACTION_KIND_ENFORCEABILITY_DUE);
  CHECK(Iso(actions[0].deadline()) == std::string("2026-11-21"));
  CHECK(dunning.Close("2026-11-22", "2026-12-31").empty());
}

TEST_CASE("the formal notice carries the earlier contacts, a deadline of 8 days and what is owed", "[dunning]") {
  Dunning dunning(TestPolicy());
  IssueD1(dunning);
  std::vector<v1::Action> notices;
  for (const auto& a : dunning.Close("2026-01-25", "2026-03-10", true)) {
    if (a.kind() == v1::ACTION_KIND_FORMAL_NOTICE) notices.push_back(a);
  }
  REQUIRE(notices.size() == 1);
  const v1::Action& notice = notices[0];
  CHECK(Describe(notice) == "2026-03-04 FORMAL_NOTICE L4 FORMAL_NOTICE CRED-1 [D1:4]");
  CHECK(Iso(notice.deadline()) == std::string("2026-03-12"));  // No deadline_days in the step: 8.
  CHECK(notice.tone() == v1::TONE_FORMAL);
  // The reminders, each with its invoice; not the courtesy notice of 01-30
  // (level 0), which was no reminder.
  REQUIRE(notice.prior_contacts_size() == 3);
  const std::pair<const char*, std::uint32_t> expected[] = {{"2026-02-09", 1}, {"2026-02-16", 2}, {"2026-02-23", 3}};
  const v1::Channel channels[] = {v1::CHANNEL_EMAIL, v1::CHANNEL_PHONE, v1::CHANNEL_LETTER};
  for (int i = 0; i < 3; ++i) {
    CHECK(Iso(notice.prior_contacts(i).date()) == std::string(expected[i].first));
    CHECK(notice.prior_contacts(i).level() == expected[i].second);
    CHECK(notice.prior_contacts(i).channel() == channels[i]);
    CHECK(notice.prior_contacts(i).invoice_number() == "INV-D1");
  }
  // Due 02-02, as of 03-04: 30 days (02-03..03-04) at 10 % on 1,000.00 = 822, plus EUR 40.
  const v1::ActionItem& item = notice.items(0);
  CHECK(item.principal_minor() == 100000);
  CHECK(item.interest_minor() == 822);
  CHECK(item.indemnity_minor() == 4000);
  CHECK(item.owed_minor() == 104822);
  CHECK(item.days_late() == 30);
  CHECK(item.invoice_number() == "INV-D1");
  // How the interest accrued, for the letter to state the rate: one period.
  REQUIRE(item.interest_periods_size() == 1);
  CHECK(Iso(item.interest_periods(0).from()) == std::string("2026-02-03"));
  CHECK(Iso(item.interest_periods(0).to()) == std::string("2026-03-04"));
  CHECK(item.interest_periods(0).rate_bp() == 1000);
  CHECK(item.interest_periods(0).principal_minor() == 100000);
  CHECK(item.indemnity_currency().empty());
  CHECK(Iso(item.due_date()) == std::string("2026-02-02"));
  CHECK(notice.totals(0).currency() == "EUR");
  CHECK(notice.totals(0).amount_minor() == 104822);

  // A policy's deadline_days wins.
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_ladders(0)->mutable_steps(4)->set_deadline_days(15);
  Dunning custom(policy);
  IssueD1(custom);
  for (const auto& a : custom.Close("2026-01-25", "2026-03-10", true)) {
    if (a.kind() == v1::ACTION_KIND_FORMAL_NOTICE) CHECK(Iso(a.deadline()) == std::string("2026-03-19"));
  }
}

TEST_CASE("action ids are deterministic: same history, same ids, another day, another id", "[dunning]") {
  auto run = [](const char* due) {
    Dunning dunning(TestPolicy());
    dunning.Run(Invoice("inv", "DR1", "D1", 100000, "2026-01-02", due));
    dunning.Run(InvoiceOf("inv2", "DR1", "D2", "CRED-2", 100000, "2026-01-02", due));
    std::vector<std::string> ids;
    for (const auto& a : dunning.Close("2026-01-25", "2026-04-30", true)) ids.push_back(a.action_id());
    return ids;
  };
  const std::vector<std::string> first = run("2026-02-02");
  CHECK(first.size() == 12);  // Six steps for each of the two creditors.
  CHECK(run("2026-02-02") == first);
  CHECK(std::set<std::string>(first.begin(), first.end()).size() == first.size());
  CHECK(first.front().rfind("A20260130-", 0) == 0);
  // One day later, every action moves a day: no id in common.
  const std::vector<std::string> later = run("2026-02-03");
  REQUIRE(later.size() == first.size());
  for (const auto& id : later) CHECK(std::find(first.begin(), first.end(), id) == first.end());
}

}  // namespace
}  // namespace relance::testing
