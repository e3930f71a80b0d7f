// End to end through the pure core: one B2B invoice chased along DOMAIN.md's
// ladder by the shipped French policy (deploy/policies/fr-default.json) with
// the French holidays published (deploy/calendars/fr.json), a DayClosed every
// day, and the collector recording a ReminderSent the day each action is
// produced. Every date below is the engine's; the comments say why.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/unit/engine/dunning_harness.h"

namespace relance::testing {
namespace {

using Lines = std::vector<std::string>;

std::string Iso(const v1::CivilDate& date) { return FormatDay(*ToDay(date)); }

TEST_CASE("a B2B invoice along the French ladder: reminders, a broken promise, formal notice, payment",
          "[dunning][scenario]") {
  Dunning dunning(FrDefaultPolicy());
  dunning.Run(CalendarEvent("calendar-fr", FrCalendar()));
  // EUR 1,200.00, issued 2026-01-31, due Monday 2026-03-02. The debtor is new
  // (no closed debt): the general B2B ladder applies (-3, +7, +14, +21, +30,
  // +37, +45 formal notice, +60 agency, +90 legal). Contact rules: 2 a rolling
  // week, 2 days apart, never on Sundays nor French public holidays.
  dunning.Run(InvoiceOf("inv", "ACME", "F-1001", "CRED-1", 120000, "2026-01-31", "2026-03-02"));

  // Courtesy e-mail on due - 3 = Friday 2026-02-27.
  // Level 1 e-mail on due + 7 = Monday 03-09.
  // Level 2 phone call on due + 14 = Monday 03-16 (03-09 + 7: same day).
  std::vector<v1::Action> actions = dunning.Close("2026-02-20", "2026-03-16", true);
  CHECK(Describe(actions) == Lines{
                                 "2026-02-27 COURTESY_NOTICE L0 EMAIL CRED-1 [F-1001:0]",
                                 "2026-03-09 REMINDER L1 EMAIL CRED-1 [F-1001:1]",
                                 "2026-03-16 REMINDER L2 PHONE CRED-1 [F-1001:2]",
                             });
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].template_id() == "courtesy");
  CHECK(actions[0].items(0).days_late() == -3);
  CHECK(actions[0].items(0).owed_minor() == 120000);  // Not late: no interest, no indemnity.
  CHECK(actions[1].template_id() == "reminder.courteous");
  CHECK(actions[1].segment() == "new");
  // 2026 H1: ECB 2.15 % + 10 points = 1215 bp (above the 828 bp floor).
  // 03-03..03-09 = 7 days: 120000 * 1215 * 7 / 3650000 = 279.6 -> 280.
  CHECK(actions[1].items(0).interest_minor() == 280);
  CHECK(actions[1].items(0).indemnity_minor() == 4000);
  CHECK(actions[1].items(0).owed_minor() == 120000 + 280 + 4000);
  CHECK(Iso(actions[1].deadline()) == "2026-03-24");  // 15 days for a reminder.

  // On the phone the debtor promises to pay everything on Monday 03-23.
  dunning.Run(Promise("promise", "ACME", "F-1001", 120000, "2026-03-16", "2026-03-23"));
  CHECK(dunning.Debt("F-1001").status() == v1::DEBT_STATUS_PROMISED);
  // Level 3 (letter, due + 21 = 03-23) waits inside the promise's window;
  // nothing is paid, the promise is broken after its 3 days of grace, on
  // Thursday 03-26, and the letter goes that day.
  // Level 4 (letter) on max(due + 30 = 04-01, 03-26 + 9) = Saturday 04-04:
  // only Sundays and holidays are closed to contact.
  // Level 5 (registered letter) on max(due + 37 = 04-08, 04-04 + 7) =
  // Saturday 04-11 (Easter Monday 04-06 was not a step day).
  // Level 6 (formal notice) on max(due + 45 = 04-16, 04-11 + 8) = 04-19, a
  // Sunday: deferred to Monday 04-20.
  actions = dunning.Close("2026-03-17", "2026-04-20", true);
  CHECK(Describe(actions) == Lines{
                                 "2026-03-26 REMINDER L3 LETTER CRED-1 [F-1001:3]",
                                 "2026-04-04 REMINDER L4 LETTER CRED-1 [F-1001:4]",
                                 "2026-04-11 REMINDER L5 REGISTERED_LETTER CRED-1 [F-1001:5]",
                                 "2026-04-20 FORMAL_NOTICE L6 FORMAL_NOTICE CRED-1 [F-1001:6]",
                             });
  CHECK(dunning.Debtor("ACME").promises_broken() == 1);
  REQUIRE(actions.size() == 4);
  CHECK(actions[0].template_id() == "reminder.firm");
  CHECK(actions[1].template_id() == "reminder.warning");
  CHECK(actions[1].tone() == v1::TONE_WARNING);

  // The formal notice of Monday 2026-04-20.
  const v1::Action& notice = actions[3];
  CHECK(notice.tone() == v1::TONE_FORMAL);
  CHECK(notice.template_id() == "formal_notice");
  CHECK(Iso(notice.deadline()) == "2026-04-28");  // deadline_days 8.
  CHECK(notice.debtor_type() == v1::DEBTOR_TYPE_B2B);
  // Interest from 03-03 to 04-20: 29 days of March + 20 of April = 49 days
  // at 1215 bp: 120000 * 1215 * 49 / 3650000 = 1957.3 -> 1957 (EUR 19.57).
  REQUIRE(notice.items_size() == 1);
  const v1::ActionItem& item = notice.items(0);
  CHECK(item.invoice_number() == "INV-F-1001");
  CHECK(Iso(item.due_date()) == "2026-03-02");
  CHECK(item.days_late() == 49);
  CHECK(item.principal_minor() == 120000);
  CHECK(item.interest_minor() == 1957);
  CHECK(item.indemnity_minor() == 4000);
  CHECK(item.owed_minor() == 125957);
  REQUIRE(notice.totals_size() == 1);
  CHECK(notice.totals(0).amount_minor() == 125957);
  // The summary of the earlier reminders, oldest first, each with its
  // invoice; the courtesy notice of 02-27 (level 0) was no reminder.
  Lines prior;
  for (const auto& c : notice.prior_contacts()) {
    prior.push_back(fmt::format("{} L{} {}", Iso(c.date()), c.level(), v1::Channel_Name(c.channel())));
    CHECK(c.invoice_number() == "INV-F-1001");
  }
  CHECK(prior == Lines{
                     "2026-03-09 L1 CHANNEL_EMAIL",
                     "2026-03-16 L2 CHANNEL_PHONE",
                     "2026-03-26 L3 CHANNEL_LETTER",
                     "2026-04-04 L4 CHANNEL_LETTER",
                     "2026-04-11 L5 CHANNEL_REGISTERED_LETTER",
                 });
  CHECK(dunning.Debt("F-1001").status() == v1::DEBT_STATUS_FORMAL_NOTICE_SENT);

  // The debtor pays the principal on Friday 04-24, within the deadline: the
  // debt is closed, nothing follows (the hand-over would have come on
  // due + 60 = 05-01, the limitation warning years later).
  dunning.Run(Payment("pay", "ACME", "F-1001", "PAY-1", 120000, "2026-04-24"));
  CHECK(dunning.Debt("F-1001").status() == v1::DEBT_STATUS_PAID);
  for (const auto& a : dunning.Close("2026-04-21", "2026-08-31", true)) FAIL("unexpected " << Describe(a));
  // The debtor now has one debt paid late: a judged debtor needs three.
  CHECK(dunning.Debtor("ACME").debts_paid_late() == 1);
}

}  // namespace
}  // namespace relance::testing
