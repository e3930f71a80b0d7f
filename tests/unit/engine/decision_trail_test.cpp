// The decision trail as the core records it (Outcome::decisions): with each
// closed day, which status a debt moved to and why, which action carried it
// and by which ladder step, and which step fell due and was held back by
// which rule. Each case is one rule of dunning_test.cpp seen from the trail.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/unit/engine/dunning_harness.h"

namespace relance::testing {
namespace {

using Lines = std::vector<std::string>;

// The closed days' decisions about `debt`, oldest first.
Lines TrailOf(const Dunning& dunning, const std::string& debt) {
  Lines lines;
  for (const std::string& line : dunning.engine.day_decisions) {
    if (line.find(" " + debt + " ") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("trail: a debt along the ladder, each action with its step and each status change with its cause",
          "[dunning][trail]") {
  Dunning dunning(TestPolicy());
  // EUR 1,000.00 due Monday 2026-02-02: courtesy at -3 (01-30), overdue once
  // its due day is closed, level 1 at +7 (02-09), level 2 at +14 (02-16),
  // each sent the day it is decided.
  dunning.Run(Invoice("inv-D1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Close("2026-01-29", "2026-02-17", true);
  CHECK(TrailOf(dunning, "D1") == Lines{
                                      "2026-01-30 D1 action courtesy_notice L0 -3",
                                      "2026-02-02 D1 transition not_yet_due->overdue due date passed",
                                      "2026-02-09 D1 action reminder L1 +7",
                                      "2026-02-16 D1 action reminder L2 +14",
                                  });
  // The trail's actions are the actions produced, one for one.
  REQUIRE(dunning.engine.actions.size() == 3);
  CHECK(dunning.engine.actions[2].level() == 2);
}

TEST_CASE("trail: a step that falls due inside a promise's window is held, and says so", "[dunning][trail]") {
  Dunning dunning(TestPolicy());
  dunning.Run(Invoice("inv-D1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(Invoice("inv-D2", "DR1", "D2", 50000, "2026-01-02", "2026-02-02"));
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Promise("prm", "DR1", "D2", 50000, "2026-02-05", "2026-02-20"));
  dunning.engine.day_decisions.clear();
  // 02-09: D1's level 1 goes; D2's, due the same day, waits for the promise.
  dunning.Close("2026-02-05", "2026-02-10");
  CHECK(TrailOf(dunning, "D1") == Lines{"2026-02-09 D1 action reminder L1 +7"});
  CHECK(TrailOf(dunning, "D2") == Lines{"2026-02-09 D2 held reminder L1 +7 promise"});
}

TEST_CASE("trail: the weekly cap holds a step back day after day until the week has room", "[dunning][trail]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_max_contacts_per_week(2);
  Dunning dunning(policy);
  dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(Invoice("inv2", "DR1", "D2", 100000, "2026-01-02", "2026-02-03"));
  dunning.Run(Invoice("inv3", "DR1", "D3", 100000, "2026-01-02", "2026-02-04"));
  dunning.Close("2026-02-05", "2026-02-20");
  // Level 1 of D3 falls on 02-11, after D1's (02-09) and D2's (02-10): the
  // week (02-09, 02-16] has room again on 02-16 (dunning_test.cpp).
  CHECK(TrailOf(dunning, "D3") == Lines{
                                      "2026-02-05 D3 transition not_yet_due->overdue due date passed",
                                      "2026-02-11 D3 held reminder L1 +7 weekly_cap",
                                      "2026-02-12 D3 held reminder L1 +7 weekly_cap",
                                      "2026-02-13 D3 held reminder L1 +7 weekly_cap",
                                      "2026-02-14 D3 held reminder L1 +7 weekly_cap",
                                      "2026-02-15 D3 held reminder L1 +7 weekly_cap",
                                      "2026-02-16 D3 action reminder L1 +7",
                                  });
}

TEST_CASE("trail: a step held back by the week's cap that today's earlier contacts used up", "[dunning][trail]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_max_contacts_per_week(1);
  Dunning dunning(policy);
  // Two creditors, one debtor, both due 02-02: two e-mails due on 02-09 and
  // room for one. The other waits a week, held by the cap all along.
  dunning.Run(InvoiceOf("i1", "DR1", "D1", "CRED-1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(InvoiceOf("i2", "DR1", "D2", "CRED-2", 100000, "2026-01-02", "2026-02-02"));
  dunning.Close("2026-02-03", "2026-02-16");
  CHECK(TrailOf(dunning, "D1") ==
        Lines{"2026-02-03 D1 transition not_yet_due->overdue due date passed", "2026-02-09 D1 action reminder L1 +7"});
  const Lines d2 = TrailOf(dunning, "D2");
  REQUIRE(d2.size() == 9);  // Overdue, held from 02-09 to 02-15, sent on 02-16.
  CHECK(d2[1] == "2026-02-09 D2 held reminder L1 +7 weekly_cap");
  CHECK(d2[7] == "2026-02-15 D2 held reminder L1 +7 weekly_cap");
  CHECK(d2.back() == "2026-02-16 D2 action reminder L1 +7");
}

TEST_CASE("trail: a cooldown holds a step back until the days between two contacts have passed", "[dunning][trail]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_cooldown_days(3);
  Dunning dunning(policy);
  dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(Invoice("inv2", "DR1", "D2", 100000, "2026-01-02", "2026-02-03"));
  dunning.Close("2026-02-05", "2026-02-14");
  CHECK(TrailOf(dunning, "D2") == Lines{
                                      "2026-02-05 D2 transition not_yet_due->overdue due date passed",
                                      "2026-02-10 D2 held reminder L1 +7 cooldown",
                                      "2026-02-11 D2 held reminder L1 +7 cooldown",
                                      "2026-02-12 D2 action reminder L1 +7",
                                  });
}

TEST_CASE("trail: Sundays and the calendar's holidays hold contacts back, by name", "[dunning][trail]") {
  v1::DunningPolicy policy = TestPolicy();
  policy.mutable_contact()->set_no_contact_on_sunday(true);
  policy.mutable_contact()->set_calendar_id("FR");
  Dunning dunning(policy);
  dunning.Run(Calendar("cal", "FR", {"2026-04-06", "2026-05-01"}));
  dunning.Close("2026-03-14");
  // Due Sunday 2026-03-29: level 1 at +7 is Sunday 04-05, then Easter Monday.
  dunning.Run(Invoice("inv1", "DR1", "D1", 100000, "2026-03-01", "2026-03-29"));
  dunning.Close("2026-03-15", "2026-04-10");
  CHECK(TrailOf(dunning, "D1") == Lines{
                                      "2026-03-26 D1 action courtesy_notice L0 -3",
                                      "2026-03-29 D1 transition not_yet_due->overdue due date passed",
                                      "2026-04-05 D1 held reminder L1 +7 sunday",
                                      "2026-04-06 D1 held reminder L1 +7 holiday",
                                      "2026-04-07 D1 action reminder L1 +7",
                                  });
}

TEST_CASE("trail: a letter's other invoices are listed on it, and a wholly disputed one is held", "[dunning][trail]") {
  Dunning dunning(TestPolicy());
  dunning.Run(InvoiceOf("i1", "DR1", "D1", "CRED-1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Run(InvoiceOf("i2", "DR1", "D2", "CRED-1", 50000, "2026-01-06", "2026-02-06"));
  dunning.Run(InvoiceOf("i5", "DR1", "D5", "CRED-1", 40000, "2026-01-02", "2026-02-02"));
  dunning.Run(Dispute("d5", "DR1", "D5", "2026-01-20"));
  dunning.Close("2026-02-03", "2026-02-23", true);
  // On 02-23 D1's letter (level 3, +21) lists D2 at the level it reached.
  const Lines d1 = TrailOf(dunning, "D1");
  REQUIRE_FALSE(d1.empty());
  CHECK(d1.back() == "2026-02-23 D1 action reminder L3 +21");
  const Lines d2 = TrailOf(dunning, "D2");
  REQUIRE_FALSE(d2.empty());
  CHECK(d2.back() == "2026-02-23 D2 action reminder L2 listed");
  // D5's steps come with D1's reviews, and the dispute holds each of them.
  const Lines d5 = TrailOf(dunning, "D5");
  CHECK(std::find(d5.begin(), d5.end(), "2026-02-09 D5 held reminder L1 +7 disputed") != d5.end());
  for (const std::string& line : d5) {
    INFO(line);
    CHECK(line.find(" action ") == std::string::npos);
  }
}

TEST_CASE("trail: a broken promise moves the status with its cause, an event's change with the event's",
          "[dunning][trail]") {
  Dunning dunning(TestPolicy());
  dunning.Run(Invoice("inv-D1", "DR1", "D1", 100000, "2026-01-02", "2026-02-02"));
  dunning.Close("2026-02-01", "2026-02-04");
  dunning.Run(Promise("prm", "DR1", "D1", 100000, "2026-02-05", "2026-02-20"));
  // The promise's own status change is in the event's outcome.
  const core::Outcome& promised = dunning.engine.outcome;
  REQUIRE(promised.decisions_used == 1);
  CHECK(DescribeDecision(DayOf("2026-02-05"), promised, promised.decisions[0]) ==
        "2026-02-05 D1 transition overdue->promised");
  dunning.engine.day_decisions.clear();
  dunning.Close("2026-02-05", "2026-02-24");
  // Three days of grace after 02-20: broken on 02-23, and level 1 goes.
  CHECK(TrailOf(dunning, "D1") == Lines{
                                      "2026-02-23 D1 transition promised->overdue promise broken",
                                      "2026-02-23 D1 action reminder L1 +7",
                                  });
}

}  // namespace
}  // namespace relance::testing
