// The debt state machine (engine/core/ledger.cc), one behaviour per test:
// statuses, balances, transitions and debtor aggregates after real events.
// Rejections have their own file (ledger_rejection_test.cpp).
#include "engine/core/ledger.h"

#include <catch2/catch.hpp>

#include "engine/core/civil_date.h"
#include "tests/support/builders.h"
#include "tests/unit/engine/ledger_harness.h"

namespace relance::testing {
namespace {

// ---------------------------------------------------------------- invoices

TEST_CASE("an invoice opens a debt not yet due", "[ledger]") {
  Book book;
  const core::Outcome& out = Accept(book, Invoice("e1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CheckBalances(d, kAmount, 0, 0, 0, kAmount);
  CHECK_FALSE(d.overdue());
  CHECK(d.debtor_key() == kDebtor);
  CHECK(d.creditor_id() == "CRED-1");
  CHECK(d.invoice_number() == "INV-D1");
  CHECK(d.currency() == "EUR");
  CHECK(d.debtor_type() == v1::DEBTOR_TYPE_B2B);
  CHECK(ToDay(d.due_date()) == DayOf("2026-01-31"));
  CHECK(d.history_seq() == 1);
  CHECK(d.applied_event_hashes_size() == 1);
  CHECK(DebtIds(out.touched_debts) == std::vector<std::string>{"D1"});
  CHECK(out.debtor_touched);

  RequireMoves(book, {{"D1", v1::DEBT_STATUS_UNSPECIFIED, v1::DEBT_STATUS_NOT_YET_DUE, "issued"}});
  const v1::Transition& t = book.transitions[0];
  CHECK(t.debtor_key() == kDebtor);
  CHECK(t.cause_event_id() == "e1");
  CHECK(ToDay(t.date()) == DayOf("2026-01-01"));
  CHECK(t.balance_minor() == kAmount);
  CHECK(t.currency() == "EUR");

  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(debtor.debtor_key() == kDebtor);
  CHECK(debtor.debts_total() == 1);
  CHECK(ToDay(debtor.first_seen()) == DayOf("2026-01-01"));
  CHECK(OpenDebtIds(debtor) == std::vector<std::string>{"D1"});
  CHECK(debtor.credit_size() == 0);
  CHECK(core::NextReviewDay(d, core::PolicyView{}) == DayOf("2026-01-31"));
}

TEST_CASE("an invoice arriving after its due date was closed is overdue at once", "[ledger]") {
  Book book;
  SECTION("due before the last closed day") {
    Accept(book, DayClosedEvent("day", "2026-02-01"));
    Accept(book, Invoice("e1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"));
    CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
    CHECK(book.Debt("D1").overdue());
    RequireMoves(book, {{"D1", v1::DEBT_STATUS_UNSPECIFIED, v1::DEBT_STATUS_OVERDUE, "issued"}});
    CHECK(core::NextReviewDay(book.Debt("D1"), core::PolicyView{}) == kNoDay);
  }
  SECTION("due on the last closed day") {
    Accept(book, DayClosedEvent("day", "2026-01-31"));
    Accept(book, Invoice("e1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"));
    CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
  }
  SECTION("due the day after the last closed day") {
    Accept(book, DayClosedEvent("day", "2026-01-30"));
    Accept(book, Invoice("e1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"));
    CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
    CHECK_FALSE(book.Debt("D1").overdue());
  }
}

TEST_CASE("DayClosed on the due date makes a debt overdue, not the day before", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, DayClosedEvent("day-30", "2026-01-30"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CHECK_FALSE(book.Debt("D1").overdue());
  RequireMoves(book, {});

  Accept(book, DayClosedEvent("day-31", "2026-01-31"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_OVERDUE);
  CHECK(d.overdue());
  CheckBalances(d, kAmount, 0, 0, 0, kAmount);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_OVERDUE, "due date passed"}});
  CHECK(book.transitions[0].cause_event_id() == "day:2026-01-31");
  CHECK(ToDay(book.transitions[0].date()) == DayOf("2026-01-31"));
  CHECK(book.transitions[0].balance_minor() == kAmount);
  CHECK(core::NextReviewDay(d, core::PolicyView{}) == kNoDay);
  CHECK(ToDay(book.engine.meta.business_date()) == DayOf("2026-01-31"));
}

TEST_CASE("a DayClosed that jumps over the due date makes the debt overdue", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, DayClosedEvent("day", "2026-03-15"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_OVERDUE, "due date passed"}});
}

TEST_CASE("the Book harness leaves the same state as MiniEngine", "[ledger]") {
  // The harness re-implements MiniEngine's DayClosed loop to keep the
  // transitions; this proves the two agree on a history with time in it.
  const std::vector<v1::Event> history = {
      Invoice("i1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"),
      Invoice("i2", kDebtor, "D2", 5000, "2026-01-05", "2026-02-05"),
      DayClosedEvent("c1", "2026-01-31"),
      Promise("p1", kDebtor, "D1", 4000, "2026-02-01", "2026-02-10"),
      Plan("pl", kDebtor, "D2", "2026-02-01", {Inst("2026-02-20", 2500), Inst("2026-03-20", 2500)}),
      DayClosedEvent("c2", "2026-02-13"),
      DayClosedEvent("c3", "2026-02-25"),
      Payment("pay", kDebtor, "", "P1", 3000, "2026-02-26"),
      DayClosedEvent("c4", "2026-03-30"),
  };
  Book book;
  MiniEngine mini;
  for (const auto& e : history) {
    Accept(book, e);
    REQUIRE(mini.Apply(e).accepted);
  }
  Book mirror;
  mirror.engine.access = mini.access;
  mirror.engine.meta = mini.meta;
  CHECK(book.SnapshotText() == mirror.SnapshotText());
  CHECK(book.Snapshot() == mirror.Snapshot());
}

// --------------------------------------------------------------- reminders

TEST_CASE("a courtesy reminder (level 0) is allowed before the due date", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Reminder("r0", kDebtor, "D1", 0, v1::CHANNEL_EMAIL, "2026-01-25"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CHECK(d.dunning_level() == 0);
  CHECK(d.reminders_sent() == 1);
  CHECK(ToDay(d.last_reminder_date()) == DayOf("2026-01-25"));
  CHECK(book.Debtor(kDebtor).reminders_received() == 1);
  RequireMoves(book, {});
}

TEST_CASE("a reminder of level 1 or more before the due date is refused", "[ledger]") {
  Book book;
  Issue(book);
  Refuse(book, Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-01-25"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Refuse(book, Reminder("r2", kDebtor, "D1", 3, v1::CHANNEL_LETTER, "2026-01-25"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
}

TEST_CASE("a formal notice is never a courtesy reminder: refused before the due date", "[ledger]") {
  // The level-0 exception exists for courteous reminders before the due date.
  // A mise en demeure on an invoice that is not yet due is what DOMAIN.md says
  // the engine must make impossible. See the report: the core accepts it and
  // the debt becomes FORMAL_NOTICE_SENT while not yet due.
  Book book;
  Issue(book);
  Refuse(book, Reminder("fn0", kDebtor, "D1", 0, v1::CHANNEL_FORMAL_NOTICE, "2026-01-25"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
}

TEST_CASE("reminders on an overdue debt lead into dunning, then formal notice", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);

  Accept(book, Reminder("r0", kDebtor, "D1", 0, v1::CHANNEL_EMAIL, "2026-02-02"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
  RequireMoves(book, {});

  Accept(book, Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_IN_DUNNING);
  CHECK(book.Debt("D1").dunning_level() == 1);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_OVERDUE, v1::DEBT_STATUS_IN_DUNNING, "reminder"}});
  CHECK(book.transitions[0].cause_event_id() == "r1");
  CHECK(ToDay(book.transitions[0].date()) == DayOf("2026-02-07"));

  Accept(book, Reminder("r3", kDebtor, "D1", 3, v1::CHANNEL_LETTER, "2026-02-21"));
  CHECK(book.Debt("D1").dunning_level() == 3);
  RequireMoves(book, {});
  // A lower level later never lowers the dunning level.
  Accept(book, Reminder("r2", kDebtor, "D1", 2, v1::CHANNEL_PHONE, "2026-02-22"));
  CHECK(book.Debt("D1").dunning_level() == 3);
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_IN_DUNNING);

  Accept(book, Reminder("fn", kDebtor, "D1", 6, v1::CHANNEL_FORMAL_NOTICE, "2026-03-10"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_FORMAL_NOTICE_SENT);
  CHECK(d.formal_notice_sent());
  CHECK(d.dunning_level() == 6);
  CHECK(d.reminders_sent() == 5);
  CHECK(ToDay(d.last_reminder_date()) == DayOf("2026-03-10"));
  CheckBalances(d, kAmount, 0, 0, 0, kAmount);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_IN_DUNNING, v1::DEBT_STATUS_FORMAL_NOTICE_SENT, "reminder"}});
  CHECK(book.Debtor(kDebtor).reminders_received() == 5);
}

// ---------------------------------------------------------------- payments

TEST_CASE("a partial payment keeps the debt open", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 4000, "2026-01-20"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CheckBalances(d, kAmount, 4000, 0, 0, 6000);
  CHECK(ToDay(d.last_payment_date()) == DayOf("2026-01-20"));
  REQUIRE(d.payments_size() == 1);
  CHECK(d.payments(0).payment_id() == "P1");
  CHECK(d.payments(0).amount_minor() == 4000);
  RequireMoves(book, {});

  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(OpenDebtIds(debtor) == std::vector<std::string>{"D1"});
  REQUIRE(debtor.payments_size() == 1);
  CHECK(debtor.payments(0).amount_minor() == 4000);
  CHECK(debtor.payments(0).credit_minor() == 0);
  REQUIRE(debtor.payments(0).allocations_size() == 1);
  CHECK(debtor.payments(0).allocations(0).debt_id() == "D1");
  CHECK(debtor.payments(0).allocations(0).amount_minor() == 4000);
  CHECK(debtor.debts_paid_on_time() == 0);
  CHECK(debtor.debts_paid_late() == 0);
}

TEST_CASE("a full payment on time closes the debt PAID and counts it on time", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-01-31"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_PAID);
  CheckBalances(d, kAmount, kAmount, 0, 0, 0);
  CHECK(ToDay(d.closed_on()) == DayOf("2026-01-31"));
  CHECK(d.late_recorded());
  CHECK(d.recorded_days_late() == 0);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_PAID, ""}});
  CHECK(book.transitions[0].balance_minor() == 0);
  CHECK(ToDay(book.transitions[0].date()) == DayOf("2026-01-31"));

  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(debtor.debts_paid_on_time() == 1);
  CHECK(debtor.debts_paid_late() == 0);
  CHECK(debtor.days_late_total() == 0);
  CHECK(debtor.days_late_max() == 0);
  CHECK(debtor.open_debts_size() == 0);
  CHECK(core::NextReviewDay(d, core::PolicyView{}) == kNoDay);
}

TEST_CASE("a late full payment counts the days late", "[ledger]") {
  Book book;
  Issue(book);
  Issue(book, "D2", 5000, "2026-01-20");
  Accept(book, DayClosedEvent("day", "2026-02-01"));
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 6000, "2026-02-05"));
  Accept(book, Payment("pay2", kDebtor, "D1", "P2", 4000, "2026-02-10"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_PAID);
  CHECK(ToDay(book.Debt("D1").closed_on()) == DayOf("2026-02-10"));
  CHECK(book.Debt("D1").recorded_days_late() == 10);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_OVERDUE, v1::DEBT_STATUS_PAID, ""}});
  Accept(book, Payment("pay3", kDebtor, "D2", "P3", 5000, "2026-02-23"));
  CHECK(book.Debt("D2").recorded_days_late() == 34);

  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(debtor.debts_paid_on_time() == 0);
  CHECK(debtor.debts_paid_late() == 2);
  CHECK(debtor.days_late_total() == 44);
  CHECK(debtor.days_late_max() == 34);
}

TEST_CASE("an overpayment closes the debt and keeps the excess as debtor credit", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 12500, "2026-01-20"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_PAID);
  CheckBalances(d, kAmount, kAmount, 0, 0, 0);
  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(CreditOf(debtor, "EUR") == 2500);
  REQUIRE(debtor.payments_size() == 1);
  CHECK(debtor.payments(0).credit_minor() == 2500);
  CHECK(debtor.payments(0).allocations(0).amount_minor() == kAmount);

  // More money on the paid debt: all of it is credit, the debt never goes negative.
  Accept(book, Payment("pay2", kDebtor, "D1", "P2", 300, "2026-01-21"));
  CheckBalances(book.Debt("D1"), kAmount, kAmount, 0, 0, 0);
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_PAID);
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 2800);
  CHECK(book.Debtor(kDebtor).payments(1).allocations_size() == 0);
  CHECK(book.Debtor(kDebtor).debts_paid_on_time() == 1);
  RequireMoves(book, {});
}

TEST_CASE("credits are kept per currency, sorted by currency", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Invoice("inv-U", kDebtor, "DU", 5000, "2026-01-01", "2026-01-31", "USD"));
  Accept(book, Invoice("inv-C", kDebtor, "DC", 5000, "2026-01-01", "2026-01-31", "CHF"));
  Accept(book, Payment("p-u", kDebtor, "DU", "PU", 5100, "2026-01-20", "USD"));
  Accept(book, Payment("p-e", kDebtor, "D1", "PE", 10200, "2026-01-20"));
  Accept(book, Payment("p-c", kDebtor, "DC", "PC", 5300, "2026-01-20", "CHF"));
  const core::Debtor& debtor = book.Debtor(kDebtor);
  REQUIRE(debtor.credit_size() == 3);
  CHECK(debtor.credit(0).currency() == "CHF");
  CHECK(debtor.credit(0).amount_minor() == 300);
  CHECK(debtor.credit(1).currency() == "EUR");
  CHECK(debtor.credit(1).amount_minor() == 200);
  CHECK(debtor.credit(2).currency() == "USD");
  CHECK(debtor.credit(2).amount_minor() == 100);
}

// ---------------------------------------------------- unreferenced payments

// D1 due 2026-02-28 (5000), D2 and D3 both due 2026-01-31 (3000, 4000): the
// oldest due first, then by debt id: D2, D3, D1.
void IssueThree(Book& book) {
  Issue(book, "D1", 5000, "2026-02-28");
  Issue(book, "D3", 4000, "2026-01-31");
  Issue(book, "D2", 3000, "2026-01-31");
  REQUIRE(OpenDebtIds(book.Debtor(kDebtor)) == std::vector<std::string>{"D2", "D3", "D1"});
}

TEST_CASE("an unreferenced payment goes to the oldest due debt first, then spills over", "[ledger]") {
  Book book;
  IssueThree(book);
  const core::Outcome& out = Accept(book, Payment("pay1", kDebtor, "", "P1", 5000, "2026-01-20"));
  CHECK(book.Debt("D2").status() == v1::DEBT_STATUS_PAID);
  CheckBalances(book.Debt("D2"), 3000, 3000, 0, 0, 0);
  CHECK(book.Debt("D3").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CheckBalances(book.Debt("D3"), 4000, 2000, 0, 0, 2000);
  CheckBalances(book.Debt("D1"), 5000, 0, 0, 0, 5000);
  RequireMoves(book, {{"D2", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_PAID, ""}});
  CHECK(DebtIds(out.touched_debts) == std::vector<std::string>{"D2", "D3"});
  {
    const core::Debtor& debtor = book.Debtor(kDebtor);
    REQUIRE(debtor.payments_size() == 1);
    const core::PaymentRecord& record = debtor.payments(0);
    REQUIRE(record.allocations_size() == 2);
    CHECK(record.allocations(0).debt_id() == "D2");
    CHECK(record.allocations(0).amount_minor() == 3000);
    CHECK(record.allocations(1).debt_id() == "D3");
    CHECK(record.allocations(1).amount_minor() == 2000);
    CHECK(record.credit_minor() == 0);
    CHECK(OpenDebtIds(debtor) == std::vector<std::string>{"D3", "D1"});
    CHECK(debtor.debts_paid_on_time() == 1);
  }

  Accept(book, Payment("pay2", kDebtor, "", "P2", 10000, "2026-01-25"));
  CHECK(book.Debt("D3").status() == v1::DEBT_STATUS_PAID);
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_PAID);
  RequireMoves(book, {{"D3", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_PAID, ""},
                      {"D1", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_PAID, ""}});
  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(CreditOf(debtor, "EUR") == 3000);
  CHECK(debtor.payments(1).credit_minor() == 3000);
  CHECK(debtor.open_debts_size() == 0);
  CHECK(debtor.debts_paid_on_time() == 3);
}

TEST_CASE("an unreferenced payment skips disputed debts", "[ledger]") {
  Book book;
  IssueThree(book);
  Accept(book, Dispute("dsp", kDebtor, "D2", "2026-01-10"));
  Accept(book, Payment("pay1", kDebtor, "", "P1", 5000, "2026-01-20"));
  CheckBalances(book.Debt("D2"), 3000, 0, 0, 0, 3000);
  CHECK(book.Debt("D2").status() == v1::DEBT_STATUS_DISPUTED);
  CHECK(book.Debt("D3").status() == v1::DEBT_STATUS_PAID);
  CheckBalances(book.Debt("D1"), 5000, 1000, 0, 0, 4000);
}

TEST_CASE("an unreferenced payment only pays debts in its currency", "[ledger]") {
  Book book;
  Issue(book, "D1", 5000, "2026-02-28");
  Accept(book, Invoice("inv-U", kDebtor, "DU", 3000, "2026-01-01", "2026-03-31", "USD"));
  Accept(book, Payment("pay1", kDebtor, "", "P1", 3500, "2026-01-20", "USD"));
  CHECK(book.Debt("DU").status() == v1::DEBT_STATUS_PAID);
  CheckBalances(book.Debt("D1"), 5000, 0, 0, 0, 5000);
  CHECK(CreditOf(book.Debtor(kDebtor), "USD") == 500);
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 0);
}

TEST_CASE("a payment with only an invoice reference goes to that debt", "[ledger]") {
  Book book;
  IssueThree(book);
  v1::Event e = Payment("pay1", kDebtor, "", "P1", 2000, "2026-01-20");
  e.mutable_payment_received()->set_invoice_reference("D1");
  Accept(book, e);
  CheckBalances(book.Debt("D1"), 5000, 2000, 0, 0, 3000);
  CheckBalances(book.Debt("D2"), 3000, 0, 0, 0, 3000);
}

TEST_CASE("the envelope's debt id wins over the invoice reference", "[ledger]") {
  Book book;
  IssueThree(book);
  v1::Event e = Payment("pay1", kDebtor, "D1", "P1", 2000, "2026-01-20");
  e.mutable_payment_received()->set_invoice_reference("D2");
  Accept(book, e);
  CheckBalances(book.Debt("D1"), 5000, 2000, 0, 0, 3000);
  CheckBalances(book.Debt("D2"), 3000, 0, 0, 0, 3000);
}

TEST_CASE("an unreferenced payment from a debtor with only closed debts becomes credit", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-01-20"));
  Accept(book, Payment("pay2", kDebtor, "", "P2", 700, "2026-01-21"));
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 700);
  CheckBalances(book.Debt("D1"), kAmount, kAmount, 0, 0, 0);
}

// ---------------------------------------------------------------- reversals

TEST_CASE("a reversal reopens a paid debt and undoes its late-payment figures", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-02-10"));
  REQUIRE(book.Debtor(kDebtor).debts_paid_late() == 1);
  REQUIRE(book.Debtor(kDebtor).days_late_total() == 10);
  REQUIRE(book.Debtor(kDebtor).days_late_max() == 10);

  const core::Outcome& out = Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-15"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_OVERDUE);
  CheckBalances(d, kAmount, kAmount, kAmount, 0, kAmount);
  CHECK(IsUnset(d.closed_on()));
  CHECK_FALSE(d.late_recorded());
  CHECK(d.recorded_days_late() == 0);
  REQUIRE(d.payments_size() == 1);
  CHECK(d.payments(0).reversed());
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_PAID, v1::DEBT_STATUS_OVERDUE, "reopened"}});
  CHECK(book.transitions[0].cause_event_id() == "rev1");
  CHECK(ToDay(book.transitions[0].date()) == DayOf("2026-02-15"));
  CHECK(book.transitions[0].balance_minor() == kAmount);
  CHECK(DebtIds(out.touched_debts) == std::vector<std::string>{"D1"});

  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(debtor.bounces() == 1);
  CHECK(debtor.debts_paid_late() == 0);
  CHECK(debtor.days_late_total() == 0);
  CHECK(debtor.days_late_max() == 0);
  CHECK(debtor.late_days_size() == 0);
  CHECK(debtor.debts_paid_on_time() == 0);
  CHECK(debtor.payments(0).reversed());
  CHECK(OpenDebtIds(debtor) == std::vector<std::string>{"D1"});

  // Paid again later: counted once, with the new date.
  Accept(book, Payment("pay2", kDebtor, "D1", "P2", kAmount, "2026-03-02"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_PAID);
  CHECK(book.Debtor(kDebtor).debts_paid_late() == 1);
  CHECK(book.Debtor(kDebtor).days_late_total() == 30);
  CHECK(book.Debtor(kDebtor).days_late_max() == 30);
}

TEST_CASE("a reversal lowers the worst days late to the worst payment that still stands", "[ledger]") {
  Book book;
  Issue(book, "D1");
  Issue(book, "D2");
  Issue(book, "D3");
  CloseDueDate(book);
  // D1 and D3 are paid 10 days late, D2 25 days late.
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-02-10"));
  Accept(book, Payment("pay3", kDebtor, "D3", "P3", kAmount, "2026-02-10"));
  Accept(book, Payment("pay2", kDebtor, "D2", "P2", kAmount, "2026-02-25"));
  REQUIRE(book.Debtor(kDebtor).days_late_max() == 25);
  REQUIRE(book.Debtor(kDebtor).days_late_total() == 45);

  Accept(book, Reversal("rev2", kDebtor, "P2", "2026-02-26"));
  CHECK(book.Debtor(kDebtor).days_late_max() == 10);
  CHECK(book.Debtor(kDebtor).days_late_total() == 20);
  // Two debts were 10 days late: one reversal leaves the other.
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-26"));
  CHECK(book.Debtor(kDebtor).days_late_max() == 10);
  Accept(book, Reversal("rev3", kDebtor, "P3", "2026-02-26"));
  CHECK(book.Debtor(kDebtor).days_late_max() == 0);
  CHECK(book.Debtor(kDebtor).debts_paid_late() == 0);
  CHECK(book.Debtor(kDebtor).late_days_size() == 0);
}

TEST_CASE("a reversal on a state written before late days were counted keeps the worst days late", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-02-10"));
  // As an older version stored it: the figures without their counts.
  book.Debtor(kDebtor).clear_late_days();
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-15"));
  CHECK(book.Debtor(kDebtor).debts_paid_late() == 0);
  CHECK(book.Debtor(kDebtor).days_late_max() == 10);
}

TEST_CASE("a reversal reopens an on-time payment before the due date as not yet due", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-01-20"));
  REQUIRE(book.Debtor(kDebtor).debts_paid_on_time() == 1);
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-01-22"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CHECK(book.Debtor(kDebtor).debts_paid_on_time() == 0);
  CHECK(book.Debtor(kDebtor).bounces() == 1);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_PAID, v1::DEBT_STATUS_NOT_YET_DUE, "reopened"}});
  // Time still works on the reopened debt.
  CloseDueDate(book);
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
}

TEST_CASE("a reversal after the due date was closed reopens the debt as overdue", "[ledger]") {
  // Paid on time, the due date then passes while the debt is closed, then the
  // payment bounces: the debt is due and unpaid, so it must be OVERDUE (an
  // invoice arriving now would be). See the report: the core reopens it as
  // NOT_YET_DUE until the next DayClosed.
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-01-20"));
  Accept(book, DayClosedEvent("day", "2026-02-05"));
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-06"));
  CHECK(book.Debt("D1").overdue());
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_PAID, v1::DEBT_STATUS_OVERDUE, "reopened"}});
  // A first reminder must be possible on it at once.
  Accept(book, Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"));
}

TEST_CASE("a reversal reopens a paid debt into the dunning status it had", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, Reminder("r2", kDebtor, "D1", 2, v1::CHANNEL_LETTER, "2026-02-07"));
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-02-10"));
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-12"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_IN_DUNNING);
  CHECK(book.Debt("D1").dunning_level() == 2);
}

TEST_CASE("a reversal of a partial payment restores the balance", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 3000, "2026-02-10"));
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-12"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
  CheckBalances(book.Debt("D1"), kAmount, 3000, 3000, 0, kAmount);
  RequireMoves(book, {});
  CHECK(book.Debtor(kDebtor).bounces() == 1);
}

TEST_CASE("a reversal removes the credit part of the reversed payment", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 12500, "2026-01-20"));
  REQUIRE(CreditOf(book.Debtor(kDebtor), "EUR") == 2500);
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-01-22"));
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 0);
  CheckBalances(book.Debt("D1"), kAmount, kAmount, kAmount, 0, kAmount);
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
}

TEST_CASE("a reversal of an unreferenced payment reopens every debt it paid", "[ledger]") {
  Book book;
  IssueThree(book);
  Accept(book, Payment("pay1", kDebtor, "", "P1", 7500, "2026-01-20"));
  REQUIRE(book.Debt("D2").status() == v1::DEBT_STATUS_PAID);
  REQUIRE(book.Debt("D3").status() == v1::DEBT_STATUS_PAID);
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-01-22"));
  RequireMoves(book, {{"D2", v1::DEBT_STATUS_PAID, v1::DEBT_STATUS_NOT_YET_DUE, "reopened"},
                      {"D3", v1::DEBT_STATUS_PAID, v1::DEBT_STATUS_NOT_YET_DUE, "reopened"}});
  CheckBalances(book.Debt("D1"), 5000, 500, 500, 0, 5000);
  CheckBalances(book.Debt("D2"), 3000, 3000, 3000, 0, 3000);
  CheckBalances(book.Debt("D3"), 4000, 4000, 4000, 0, 4000);
  CHECK(OpenDebtIds(book.Debtor(kDebtor)) == std::vector<std::string>{"D2", "D3", "D1"});
  CHECK(book.Debtor(kDebtor).debts_paid_on_time() == 0);
  CHECK(book.Debtor(kDebtor).bounces() == 1);
}

TEST_CASE("a reversal reopens a debt credited after the payment", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 6000, "2026-01-20"));
  Accept(book, CreditNote("cn1", kDebtor, "D1", 4000, "2026-01-21"));
  REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_CREDITED);
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-01-22"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CheckBalances(book.Debt("D1"), kAmount, 6000, 6000, 4000, 6000);
  CHECK(book.Debtor(kDebtor).debts_paid_on_time() == 0);
}

TEST_CASE("a reversal on a written-off debt raises its balance but keeps it closed", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 3000, "2026-02-10"));
  Accept(book, WriteOff("wo", kDebtor, "D1", "2026-03-01"));
  Accept(book, Reversal("rev1", kDebtor, "P1", "2026-03-02"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_WRITTEN_OFF);
  CheckBalances(book.Debt("D1"), kAmount, 3000, 3000, 0, kAmount);
}

// ------------------------------------------------------------- credit notes

TEST_CASE("a credit note reduces the balance", "[ledger]") {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, CreditNote("cn1", kDebtor, "D1", 3000, "2026-02-03"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_OVERDUE);
  CheckBalances(book.Debt("D1"), kAmount, 0, 0, 3000, 7000);
  RequireMoves(book, {});
}

TEST_CASE("a credit note to zero closes the debt CREDITED", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, CreditNote("cn1", kDebtor, "D1", kAmount, "2026-01-10"));
  const core::Debt& d = book.Debt("D1");
  CHECK(d.status() == v1::DEBT_STATUS_CREDITED);
  CheckBalances(d, kAmount, 0, 0, kAmount, 0);
  CHECK(ToDay(d.closed_on()) == DayOf("2026-01-10"));
  RequireMoves(book, {{"D1", v1::DEBT_STATUS_NOT_YET_DUE, v1::DEBT_STATUS_CREDITED, ""}});
  CHECK(book.transitions[0].cause_event_id() == "cn1");
  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(debtor.open_debts_size() == 0);
  CHECK(debtor.debts_paid_on_time() == 0);  // Credited is not paid.
  CHECK(debtor.debts_paid_late() == 0);
  CHECK(CreditOf(debtor, "EUR") == 0);
}

TEST_CASE("a credit note above the balance credits the debtor with the excess", "[ledger]") {
  Book book;
  Issue(book);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 4000, "2026-01-05"));
  Accept(book, CreditNote("cn1", kDebtor, "D1", 8000, "2026-01-10"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_CREDITED);
  CheckBalances(book.Debt("D1"), kAmount, 4000, 0, 6000, 0);
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 2000);
}

TEST_CASE("a credit note on a closed debt is refused", "[ledger]") {
  Book book;
  Issue(book, "D1");
  Issue(book, "D2");
  Issue(book, "D3");
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", kAmount, "2026-01-05"));
  Accept(book, CreditNote("cn2", kDebtor, "D2", kAmount, "2026-01-05"));
  Accept(book, WriteOff("wo3", kDebtor, "D3", "2026-01-05"));
  Refuse(book, CreditNote("cn-1", kDebtor, "D1", 100, "2026-01-06"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, CreditNote("cn-2", kDebtor, "D2", 100, "2026-01-06"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, CreditNote("cn-3", kDebtor, "D3", 100, "2026-01-06"), v1::REJECTION_REASON_CLOSED_DEBT);
}

// ---------------------------------------------------------------- invariants

TEST_CASE("CheckDebtInvariants notices every broken money invariant", "[ledger]") {
  // Accept() relies on it after every event: it must not be vacuous.
  Book book;
  Issue(book);
  const core::Debt good = book.Debt("D1");
  REQUIRE(core::CheckDebtInvariants(good) == "");

  core::Debt d = good;
  d.set_balance_minor(kAmount - 1);  // Not issued - paid + reversed - credited.
  CHECK_FALSE(core::CheckDebtInvariants(d).empty());

  d = good;
  d.set_credited_minor(kAmount + 1);
  d.set_balance_minor(-1);  // Consistent, but negative.
  CHECK_FALSE(core::CheckDebtInvariants(d).empty());

  d = good;
  d.set_status(v1::DEBT_STATUS_PAID);  // Paid with a balance.
  CHECK_FALSE(core::CheckDebtInvariants(d).empty());

  d = good;
  d.set_status(v1::DEBT_STATUS_IN_DUNNING);  // The flags say not yet due.
  CHECK_FALSE(core::CheckDebtInvariants(d).empty());

  d = good;
  d.set_paid_minor(kAmount);
  d.set_balance_minor(0);  // Open with nothing to pay.
  CHECK_FALSE(core::CheckDebtInvariants(d).empty());

  d = good;
  d.set_paid_minor(kAmount);
  d.set_balance_minor(0);
  d.set_status(v1::DEBT_STATUS_PAID);
  CHECK(core::CheckDebtInvariants(d) == "");
  d.set_status(v1::DEBT_STATUS_WRITTEN_OFF);
  d.set_paid_minor(0);
  d.set_balance_minor(kAmount);  // Written off with its balance: fine.
  CHECK(core::CheckDebtInvariants(d) == "");
}

}  // namespace
}  // namespace relance::testing
