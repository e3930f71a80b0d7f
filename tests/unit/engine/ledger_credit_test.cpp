// A debtor's credit (unapplied cash, a credit note's surplus) put to work:
// CreditApplied moves it to a debt, drawn from the payments that left it,
// oldest first, so that reversing one of them reopens what it paid; the
// policy's CREDIT_APPLICATION_OLDEST_OPEN_DEBT does it by itself.
#include <catch2/catch.hpp>

#include "tests/support/builders.h"
#include "tests/unit/engine/ledger_harness.h"

namespace relance::testing {
namespace {

std::int64_t CreditOf(const core::Debtor& debtor, const std::string& currency) {
  for (const auto& m : debtor.credit()) {
    if (m.currency() == currency) return m.amount_minor();
  }
  return 0;
}

// D1 (100.00, due 2026-01-31) paid 150.00 by P1: the debtor holds 50.00.
void PaidTooMuch(Book& book) {
  Issue(book, "D1", 10'000);
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 15'000, "2026-01-20"));
  REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_PAID);
  REQUIRE(CreditOf(book.Debtor(kDebtor), "EUR") == 5'000);
}

TEST_CASE("credit applied to a new invoice lowers what it owes and is drawn from the payment that left it",
          "[ledger][credit]") {
  Book book;
  PaidTooMuch(book);
  Issue(book, "D2", 8'000, "2026-02-28");
  const core::Outcome& out = Accept(book, CreditApplied("apply1", kDebtor, "D2", 5'000, "2026-02-01"));
  CHECK(DebtIds(out.touched_debts) == std::vector<std::string>{"D2"});
  const core::Debt& d2 = book.Debt("D2");
  CHECK(d2.balance_minor() == 3'000);
  CHECK(d2.paid_minor() == 5'000);
  CHECK(d2.credited_minor() == 0);
  CHECK(d2.status() == v1::DEBT_STATUS_NOT_YET_DUE);
  REQUIRE(d2.payments_size() == 1);
  CHECK(d2.payments(0).payment_id() == "P1");
  CHECK(d2.payments(0).credit_application_id() == "apply1");
  CHECK(ToDay(d2.payments(0).value_date()) == DayOf("2026-02-01"));
  REQUIRE(d2.credit_applications_size() == 1);
  CHECK(d2.credit_applications(0).cash_minor() == 5'000);
  const core::Debtor& debtor = book.Debtor(kDebtor);
  CHECK(CreditOf(debtor, "EUR") == 0);
  CHECK(debtor.credit_size() == 0);
  REQUIRE(debtor.payments_size() == 1);
  CHECK(debtor.payments(0).credit_minor() == 0);
  REQUIRE(debtor.payments(0).allocations_size() == 2);
  CHECK(debtor.payments(0).allocations(1).debt_id() == "D2");
  CHECK(debtor.payments(0).allocations(1).amount_minor() == 5'000);
}

TEST_CASE("credit that settles a debt closes it as paid, counted on the day it was applied", "[ledger][credit]") {
  Book book;
  PaidTooMuch(book);
  Issue(book, "D2", 5'000, "2026-02-10");
  Accept(book, DayClosedEvent("day-2026-02-10", "2026-02-10"));
  Accept(book, CreditApplied("apply1", kDebtor, "D2", 5'000, "2026-02-15"));
  CHECK(book.Debt("D2").status() == v1::DEBT_STATUS_PAID);
  CHECK(book.Debtor(kDebtor).debts_paid_late() == 1);
  CHECK(book.Debtor(kDebtor).days_late_total() == 5);
  CHECK(book.Debtor(kDebtor).open_debts_size() == 0);
}

TEST_CASE("a credit note's surplus applied to another debt credits it", "[ledger][credit]") {
  Book book;
  Issue(book, "D1", 1'000);
  Accept(book, CreditNote("cn1", kDebtor, "D1", 1'500, "2026-01-10"));
  REQUIRE(CreditOf(book.Debtor(kDebtor), "EUR") == 500);
  Issue(book, "D2", 300, "2026-02-28");
  Accept(book, CreditApplied("apply1", kDebtor, "D2", 300, "2026-01-15"));
  const core::Debt& d2 = book.Debt("D2");
  CHECK(d2.status() == v1::DEBT_STATUS_CREDITED);
  CHECK(d2.credited_minor() == 300);
  CHECK(d2.paid_minor() == 0);
  CHECK(d2.payments_size() == 0);
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 200);
}

TEST_CASE("reversing the payment whose credit was applied reopens the debt it paid", "[ledger][credit]") {
  Book book;
  PaidTooMuch(book);
  Issue(book, "D2", 5'000, "2026-02-28");
  Accept(book, CreditApplied("apply1", kDebtor, "D2", 5'000, "2026-02-01"));
  REQUIRE(book.Debt("D2").status() == v1::DEBT_STATUS_PAID);
  const core::Outcome& out = Accept(book, Reversal("rev1", kDebtor, "P1", "2026-02-05"));
  CHECK(DebtIds(out.touched_debts) == std::vector<std::string>{"D1", "D2"});
  CHECK(book.Debt("D1").balance_minor() == 10'000);
  CHECK(book.Debt("D2").balance_minor() == 5'000);
  CHECK(book.Debt("D2").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  CHECK(book.Debt("D2").payments(0).reversed());
  // Nothing was left as credit: the reversal takes none back.
  CHECK(book.Debtor(kDebtor).credit_size() == 0);
}

TEST_CASE("credit applications that cannot be are refused and change nothing", "[ledger][credit]") {
  Book book;
  PaidTooMuch(book);
  Issue(book, "D2", 3'000, "2026-02-28");
  Issue(book, "D3", 9'000, "2026-02-28");
  Accept(book, Invoice("inv-usd", kDebtor, "D4", 9'000, "2026-01-01", "2026-02-28", "USD"));
  SECTION("more than the debtor holds") {
    Refuse(book, CreditApplied("a", kDebtor, "D3", 5'001, "2026-02-01"), v1::REJECTION_REASON_INSUFFICIENT_CREDIT);
  }
  SECTION("more than the debt owes") {
    Refuse(book, CreditApplied("a", kDebtor, "D2", 3'001, "2026-02-01"), v1::REJECTION_REASON_INSUFFICIENT_CREDIT);
  }
  SECTION("credit in another currency than the debt's") {
    Refuse(book, CreditApplied("a", kDebtor, "D4", 100, "2026-02-01", "USD"), v1::REJECTION_REASON_INSUFFICIENT_CREDIT);
    Refuse(book, CreditApplied("a", kDebtor, "D4", 100, "2026-02-01", "EUR"), v1::REJECTION_REASON_CURRENCY_MISMATCH);
  }
  SECTION("a closed debt") {
    Refuse(book, CreditApplied("a", kDebtor, "D1", 100, "2026-02-01"), v1::REJECTION_REASON_CLOSED_DEBT);
  }
  SECTION("no amount, no debt") {
    Refuse(book, CreditApplied("a", kDebtor, "D2", 0, "2026-02-01"), v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
    Refuse(book, CreditApplied("a", kDebtor, "", 100, "2026-02-01"), v1::REJECTION_REASON_MALFORMED);
    Refuse(book, CreditApplied("a", kDebtor, "DX", 100, "2026-02-01"), v1::REJECTION_REASON_UNKNOWN_DEBT);
  }
  SECTION("the same event twice") {
    Accept(book, CreditApplied("a", kDebtor, "D2", 1'000, "2026-02-01"));
    Refuse(book, CreditApplied("a", kDebtor, "D2", 1'000, "2026-02-01"), v1::REJECTION_REASON_DUPLICATE_EVENT);
    CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 4'000);
  }
}

TEST_CASE("without the policy's automatic application, credit waits while a new invoice is chased",
          "[ledger][credit]") {
  Book book;
  PaidTooMuch(book);
  Issue(book, "D2", 8'000, "2026-02-28");
  CHECK(book.Debt("D2").balance_minor() == 8'000);
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 5'000);
}

TEST_CASE("the policy applies credit by itself to the oldest open debts, disputed ones skipped", "[ledger][credit]") {
  Book book;
  v1::DunningPolicy* policy = book.engine.meta.mutable_policy();
  policy->set_version(1);  // Version 0 is "no policy published".
  policy->set_credit_application(v1::CREDIT_APPLICATION_OLDEST_OPEN_DEBT);
  Issue(book, "D1", 10'000);
  Issue(book, "D3", 2'000, "2026-01-15");
  Accept(book, Dispute("dsp3", kDebtor, "D3", "2026-01-10"));
  // The overpayment of D1 leaves 50.00, which no open debt but D3 (disputed) could take.
  Accept(book, Payment("pay1", kDebtor, "D1", "P1", 15'000, "2026-01-20"));
  REQUIRE(CreditOf(book.Debtor(kDebtor), "EUR") == 5'000);
  REQUIRE(book.Debt("D3").balance_minor() == 2'000);

  // The defect's case: 80.00 invoiced to a debtor holding 50.00.
  const core::Outcome& out = Accept(book, Invoice("inv-D2", kDebtor, "D2", 8'000, "2026-02-01", "2026-03-03"));
  CHECK(book.Debt("D2").balance_minor() == 3'000);
  REQUIRE(book.Debt("D2").credit_applications_size() == 1);
  CHECK(book.Debt("D2").credit_applications(0).application_id() == "inv-D2");
  CHECK(ToDay(book.Debt("D2").credit_applications(0).date()) == DayOf("2026-02-01"));
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 0);
  CHECK(book.Debt("D3").balance_minor() == 2'000);
  CHECK(DebtIds(out.touched_debts) == std::vector<std::string>{"D2"});

  // A later overpayment goes first to the oldest open debt (D2 after D3,
  // disputed), and what is left waits.
  Accept(book, Invoice("inv-D5", kDebtor, "D5", 1'000, "2026-02-02", "2026-04-01"));
  Accept(book, CreditNote("cn1", kDebtor, "D5", 1'000 + 3'500, "2026-02-03"));
  CHECK(book.Debt("D5").status() == v1::DEBT_STATUS_CREDITED);
  CHECK(book.Debt("D2").balance_minor() == 0);
  CHECK(book.Debt("D2").status() == v1::DEBT_STATUS_CREDITED);
  CHECK(CreditOf(book.Debtor(kDebtor), "EUR") == 500);
}

}  // namespace
}  // namespace relance::testing
