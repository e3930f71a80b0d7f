// Every rejection reason of outcomes.proto that the pure core can produce.
// Each refused event must leave the whole state (all debts, all debtors, the
// partition meta) byte-identical: Refuse() in ledger_harness.h checks it.
#include <catch2/catch.hpp>

#include "engine/core/ledger.h"
#include "engine/core/limits.h"
#include "tests/support/builders.h"
#include "tests/unit/engine/ledger_harness.h"

namespace relance::testing {
namespace {

// A book with D1 (EUR 100.00, due 2026-01-31) overdue and partly paid (P1),
// so that most events have something to act on.
Book OverdueBook() {
  Book book;
  Issue(book);
  CloseDueDate(book);
  Accept(book, Payment("pay-P1", kDebtor, "D1", "P1", 1000, "2026-02-02"));
  return book;
}

// ---------------------------------------------------------------- MALFORMED

TEST_CASE("MALFORMED: a missing or invalid event id", "[ledger][rejection]") {
  Book book = OverdueBook();
  v1::Event e = Reminder("", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07");
  Refuse(book, e, v1::REJECTION_REASON_MALFORMED);
  e.set_event_id("has space");
  Refuse(book, e, v1::REJECTION_REASON_MALFORMED);
  e.set_event_id(std::string(kIdLengthMax + 1, 'x'));
  Refuse(book, e, v1::REJECTION_REASON_MALFORMED);
  e.set_event_id(std::string(kIdLengthMax, 'x'));  // At the limit: fine.
  Accept(book, e);
}

TEST_CASE("MALFORMED: an event without a payload", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Envelope("e1", kDebtor, "D1"), v1::REJECTION_REASON_MALFORMED);
}

TEST_CASE("MALFORMED: a bad currency code", "[ledger][rejection]") {
  Book book = OverdueBook();
  for (const char* code : {"eur", "EU", "EURO", "", "E1R"}) {
    INFO("currency '" << code << "'");
    Refuse(book, Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31", code),
           v1::REJECTION_REASON_MALFORMED);
    Refuse(book, Payment("pay", kDebtor, "D1", "P9", 100, "2026-02-03", code), v1::REJECTION_REASON_MALFORMED);
    Refuse(book, CreditNote("cn", kDebtor, "D1", 100, "2026-02-03", code), v1::REJECTION_REASON_MALFORMED);
  }
}

TEST_CASE("MALFORMED: a missing debt id, debtor key or creditor id", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Reminder("r1", kDebtor, "", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_MALFORMED);
  Refuse(book, Invoice("inv-D2", kDebtor, "", kAmount, "2026-01-01", "2026-01-31"), v1::REJECTION_REASON_MALFORMED);
  Refuse(book, Reminder("r1", "", "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_MALFORMED);
  Refuse(book, Payment("pay", "", "D1", "P9", 100, "2026-02-03"), v1::REJECTION_REASON_MALFORMED);
  Refuse(book, Reminder("r1", kDebtor, "D 1", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_MALFORMED);
  v1::Event no_creditor = Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31");
  no_creditor.clear_creditor_id();
  Refuse(book, no_creditor, v1::REJECTION_REASON_MALFORMED);
}

TEST_CASE("MALFORMED: an unknown debtor type", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book,
         Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31", "EUR", v1::DEBTOR_TYPE_UNSPECIFIED),
         v1::REJECTION_REASON_MALFORMED);
  Refuse(book,
         Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31", "EUR", static_cast<v1::DebtorType>(7)),
         v1::REJECTION_REASON_MALFORMED);
  Accept(book, Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31", "EUR", v1::DEBTOR_TYPE_B2C));
}

TEST_CASE("MALFORMED: missing fields of payloads", "[ledger][rejection]") {
  Book book = OverdueBook();
  SECTION("a missing date") {
    v1::Event e = Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07");
    e.mutable_reminder_sent()->clear_date();
    Refuse(book, e, v1::REJECTION_REASON_MALFORMED);
    v1::Event inv = Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31");
    inv.mutable_invoice_issued()->clear_due_date();
    Refuse(book, inv, v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a reminder without a channel, or above level 99") {
    Refuse(book, Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_UNSPECIFIED, "2026-02-07"),
           v1::REJECTION_REASON_MALFORMED);
    Refuse(book, Reminder("r1", kDebtor, "D1", 100, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a payment or reversal without a payment id") {
    Refuse(book, Payment("pay", kDebtor, "D1", "", 100, "2026-02-03"), v1::REJECTION_REASON_MALFORMED);
    Refuse(book, Reversal("rev", kDebtor, "", "2026-02-03"), v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a payment with an invalid invoice reference") {
    v1::Event e = Payment("pay", kDebtor, "", "P9", 100, "2026-02-03");
    e.mutable_payment_received()->set_invoice_reference("no spaces please");
    Refuse(book, e, v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a dispute resolution without an outcome") {
    Accept(book, Dispute("dsp", kDebtor, "D1", "2026-02-05"));
    Refuse(book, Resolve("res", kDebtor, "D1", v1::DISPUTE_OUTCOME_UNSPECIFIED, "2026-02-07"),
           v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a hand-over without an agency, a legal action without a kind") {
    v1::Event agency = Agency("agy", kDebtor, "D1", "2026-02-07");
    agency.mutable_handed_to_agency()->clear_agency_id();
    Refuse(book, agency, v1::REJECTION_REASON_MALFORMED);
    v1::Event legal = Legal("lgl", kDebtor, "D1", "2026-02-07");
    legal.mutable_legal_action_filed()->set_kind(v1::LEGAL_ACTION_KIND_UNSPECIFIED);
    Refuse(book, legal, v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a plan without instalments, or with too many") {
    Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", {}), v1::REJECTION_REASON_MALFORMED);
    std::vector<v1::Instalment> many;
    for (std::size_t i = 0; i <= kInstalmentsMax; ++i) {
      many.push_back(Inst(FormatDay(DayOf("2026-03-01") + static_cast<Day>(i)).c_str(), 10));
    }
    Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", many), v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a text longer than the limit") {
    v1::Event e = WriteOff("wo", kDebtor, "D1", "2026-02-07");
    e.mutable_written_off()->set_reason(std::string(kTextLengthMax + 1, 'r'));
    Refuse(book, e, v1::REJECTION_REASON_MALFORMED);
  }
  SECTION("a policy without id or version") {
    Refuse(book, Policy("pol", "", 1, 3, 5), v1::REJECTION_REASON_MALFORMED);
    Refuse(book, Policy("pol", "default", 0, 3, 5), v1::REJECTION_REASON_MALFORMED);
    Refuse(book, Policy("pol", "default", 1, 367, 5), v1::REJECTION_REASON_MALFORMED);
  }
}

TEST_CASE("MALFORMED: an event given to the wrong entry point", "[ledger][rejection]") {
  Book book = OverdueBook();
  const std::string before = book.Snapshot();
  core::Outcome out;
  core::Apply(DayClosedEvent("day", "2026-02-10"), book.engine.Context(), book.engine.access, &out);
  CHECK_FALSE(out.accepted);
  CHECK(out.rejection.reason() == v1::REJECTION_REASON_MALFORMED);
  core::Apply(Policy("pol", "default", 1, 3, 5), book.engine.Context(), book.engine.access, &out);
  CHECK(out.rejection.reason() == v1::REJECTION_REASON_MALFORMED);
  core::ApplyPartitionEvent(Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"), book.engine.meta, &out);
  CHECK_FALSE(out.accepted);
  CHECK(out.rejection.reason() == v1::REJECTION_REASON_MALFORMED);
  CHECK(book.Snapshot() == before);
}

// ------------------------------------------------------- UNSUPPORTED_SCHEMA

TEST_CASE("UNSUPPORTED_SCHEMA: a schema version above 1", "[ledger][rejection]") {
  Book book = OverdueBook();
  v1::Event e = Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07");
  e.set_schema_version(2);
  Refuse(book, e, v1::REJECTION_REASON_UNSUPPORTED_SCHEMA);
  v1::Event day = DayClosedEvent("day", "2026-02-10");
  day.set_schema_version(99);
  Refuse(book, day, v1::REJECTION_REASON_UNSUPPORTED_SCHEMA);
}

// ------------------------------------------------------------- UNKNOWN_DEBT

TEST_CASE("UNKNOWN_DEBT: an event on a debt nobody issued", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Reminder("r1", kDebtor, "D9", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_UNKNOWN_DEBT);
  Refuse(book, Payment("pay", kDebtor, "D9", "P9", 100, "2026-02-03"), v1::REJECTION_REASON_UNKNOWN_DEBT);
  Refuse(book, CreditNote("cn", kDebtor, "D9", 100, "2026-02-03"), v1::REJECTION_REASON_UNKNOWN_DEBT);
}

TEST_CASE("UNKNOWN_DEBT: an unreferenced payment from a debtor without debts", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Payment("pay", "DR9", "", "P9", 100, "2026-02-03"), v1::REJECTION_REASON_UNKNOWN_DEBT);
  Book empty;
  Refuse(empty, Payment("pay", "DR9", "", "P9", 100, "2026-02-03"), v1::REJECTION_REASON_UNKNOWN_DEBT);
}

// ---------------------------------------------------------- DUPLICATE_EVENT

TEST_CASE("DUPLICATE_EVENT: the same event twice changes nothing the second time", "[ledger][rejection]") {
  Book book = OverdueBook();
  SECTION("an invoice") {
    Refuse(book, Invoice("inv-D1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"),
           v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a referenced payment") {
    Refuse(book, Payment("pay-P1", kDebtor, "D1", "P1", 1000, "2026-02-02"), v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("an unreferenced payment") {
    const v1::Event e = Payment("pay-P2", kDebtor, "", "P2", 500, "2026-02-03");
    Accept(book, e);
    Refuse(book, e, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a reminder") {
    const v1::Event e = Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07");
    Accept(book, e);
    Refuse(book, e, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a credit note, even after it closed the debt") {
    const v1::Event e = CreditNote("cn", kDebtor, "D1", 9000, "2026-02-07");
    Accept(book, e);
    REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_CREDITED);
    Refuse(book, e, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a dispute and its resolution") {
    const v1::Event open = Dispute("dsp", kDebtor, "D1", "2026-02-05");
    const v1::Event resolve = Resolve("res", kDebtor, "D1", v1::DISPUTE_OUTCOME_SETTLED, "2026-02-09", 100);
    Accept(book, open);
    Refuse(book, open, v1::REJECTION_REASON_DUPLICATE_EVENT);
    Accept(book, resolve);
    Refuse(book, resolve, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a reversal") {
    const v1::Event e = Reversal("rev", kDebtor, "P1", "2026-02-05");
    Accept(book, e);
    Refuse(book, e, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a write-off") {
    const v1::Event e = WriteOff("wo", kDebtor, "D1", "2026-02-07");
    Accept(book, e);
    Refuse(book, e, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a DayClosed and a PolicyPublished") {
    Refuse(book, DayClosedEvent("day-2026-01-31", "2026-02-10"), v1::REJECTION_REASON_DUPLICATE_EVENT);
    const v1::Event policy = Policy("pol", "default", 1, 3, 5);
    Accept(book, policy);
    Refuse(book, policy, v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
  SECTION("a new event reusing a recorded payment id") {
    Refuse(book, Payment("pay-again", kDebtor, "D1", "P1", 1000, "2026-02-02"), v1::REJECTION_REASON_DUPLICATE_EVENT);
    Refuse(book, Payment("pay-again", kDebtor, "", "P1", 1000, "2026-02-02"), v1::REJECTION_REASON_DUPLICATE_EVENT);
  }
}

// -------------------------------------------------------- CURRENCY_MISMATCH

TEST_CASE("CURRENCY_MISMATCH: an amount in another currency than the debt", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Payment("pay", kDebtor, "D1", "P9", 100, "2026-02-03", "USD"), v1::REJECTION_REASON_CURRENCY_MISMATCH);
  Refuse(book, CreditNote("cn", kDebtor, "D1", 100, "2026-02-03", "USD"), v1::REJECTION_REASON_CURRENCY_MISMATCH);
  v1::Event promise = Promise("prm", kDebtor, "D1", 100, "2026-02-03", "2026-02-10");
  promise.mutable_promise_to_pay()->mutable_amount()->set_currency("GBP");
  Refuse(book, promise, v1::REJECTION_REASON_CURRENCY_MISMATCH);
  Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", {Inst("2026-02-28", 100), Inst("2026-03-31", 100, "USD")}),
         v1::REJECTION_REASON_CURRENCY_MISMATCH);
  v1::Event dispute = Dispute("dsp", kDebtor, "D1", "2026-02-05", 100);
  dispute.mutable_dispute_opened()->mutable_disputed_amount()->set_currency("CHF");
  Refuse(book, dispute, v1::REJECTION_REASON_CURRENCY_MISMATCH);
  Accept(book, Dispute("dsp", kDebtor, "D1", "2026-02-05"));
  v1::Event settle = Resolve("res", kDebtor, "D1", v1::DISPUTE_OUTCOME_SETTLED, "2026-02-09", 100);
  settle.mutable_dispute_resolved()->mutable_credited_amount()->set_currency("CHF");
  Refuse(book, settle, v1::REJECTION_REASON_CURRENCY_MISMATCH);
}

TEST_CASE("CURRENCY_MISMATCH: an unreferenced payment in a currency the debtor does not owe", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Payment("pay", kDebtor, "", "P9", 100, "2026-02-03", "USD"), v1::REJECTION_REASON_CURRENCY_MISMATCH);
}

// ------------------------------------------------------ NON_POSITIVE_AMOUNT

TEST_CASE("NON_POSITIVE_AMOUNT: zero and negative amounts", "[ledger][rejection]") {
  Book book = OverdueBook();
  for (std::int64_t amount : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{-5000}, INT64_MIN}) {
    INFO("amount " << amount);
    Refuse(book, Invoice("inv-D2", kDebtor, "D2", amount, "2026-01-01", "2026-01-31"),
           v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
    Refuse(book, Payment("pay", kDebtor, "D1", "P9", amount, "2026-02-03"), v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
    Refuse(book, Payment("pay", kDebtor, "", "P9", amount, "2026-02-03"), v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
    Refuse(book, CreditNote("cn", kDebtor, "D1", amount, "2026-02-03"), v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
    Refuse(book, Promise("prm", kDebtor, "D1", amount, "2026-02-03", "2026-02-10"),
           v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
    Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", {Inst("2026-02-28", amount)}),
           v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
  }
  Refuse(book, Dispute("dsp", kDebtor, "D1", "2026-02-05", -100), v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
  Accept(book, Dispute("dsp", kDebtor, "D1", "2026-02-05"));
  v1::Event settle = Resolve("res", kDebtor, "D1", v1::DISPUTE_OUTCOME_SETTLED, "2026-02-09");
  *settle.mutable_dispute_resolved()->mutable_credited_amount() = M(0);
  Refuse(book, settle, v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
}

TEST_CASE("NON_POSITIVE_AMOUNT: an early-payment discount not inside (0, amount)", "[ledger][rejection]") {
  Book book = OverdueBook();
  for (std::int64_t discount : {std::int64_t{0}, std::int64_t{-1}, kAmount, kAmount + 1}) {
    INFO("discount " << discount);
    v1::Event e = Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31");
    *e.mutable_invoice_issued()->mutable_early_payment_discount()->mutable_pay_by() = D("2026-01-10");
    e.mutable_invoice_issued()->mutable_early_payment_discount()->set_discount_minor(discount);
    Refuse(book, e, v1::REJECTION_REASON_NON_POSITIVE_AMOUNT);
  }
}

// -------------------------------------------------------------- CLOSED_DEBT

TEST_CASE("CLOSED_DEBT: dunning events on a paid debt", "[ledger][rejection]") {
  Book book = OverdueBook();
  Accept(book, Payment("pay-P2", kDebtor, "D1", "P2", 9000, "2026-02-05"));
  REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_PAID);
  Refuse(book, Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, Reminder("r0", kDebtor, "D1", 0, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, CreditNote("cn", kDebtor, "D1", 100, "2026-02-07"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, Promise("prm", kDebtor, "D1", 100, "2026-02-07", "2026-02-10"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, Dispute("dsp", kDebtor, "D1", "2026-02-07"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, Agency("agy", kDebtor, "D1", "2026-02-07"), v1::REJECTION_REASON_CLOSED_DEBT);
  Refuse(book, WriteOff("wo", kDebtor, "D1", "2026-02-07"), v1::REJECTION_REASON_CLOSED_DEBT);
}

// ------------------------------------------------------- DATE_OUT_OF_RANGE

TEST_CASE("DATE_OUT_OF_RANGE: impossible and out-of-range dates", "[ledger][rejection]") {
  Book book = OverdueBook();
  auto with_due = [](int year, int month, int day) {
    v1::Event e = Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-01", "2026-01-31");
    auto* due = e.mutable_invoice_issued()->mutable_due_date();
    due->set_year(year);
    due->set_month(month);
    due->set_day(day);
    return e;
  };
  Refuse(book, with_due(2026, 2, 30), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(2026, 2, 29), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(2026, 13, 1), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(2026, 4, 31), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(2026, 0, 10), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(2026, 1, 0), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(2200, 1, 1), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, with_due(-1, 1, 1), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);

  v1::Event e = Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07");
  auto* date = e.mutable_reminder_sent()->mutable_date();
  date->set_year(1969);
  date->set_month(12);
  date->set_day(31);
  Refuse(book, e, v1::REJECTION_REASON_DATE_OUT_OF_RANGE);

  v1::Event day = DayClosedEvent("day", "2026-02-10");
  day.mutable_day_closed()->mutable_business_date()->set_day(30);
  day.mutable_day_closed()->mutable_business_date()->set_month(2);
  Refuse(book, day, v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
}

TEST_CASE("DATE_OUT_OF_RANGE: inconsistent dates", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-31", "2026-01-30"),
         v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, Promise("prm", kDebtor, "D1", 100, "2026-02-10", "2026-02-09"), v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", {Inst("2026-03-31", 100), Inst("2026-02-28", 100)}),
         v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", {Inst("2026-02-28", 100), Inst("2026-02-28", 100)}),
         v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  Refuse(book, Plan("plan", kDebtor, "D1", "2026-02-05", {Inst("2026-02-04", 100)}),
         v1::REJECTION_REASON_DATE_OUT_OF_RANGE);
  // Due on the issue date, a promise for the day it is made, a first
  // instalment on the day of the agreement: all fine.
  Accept(book, Invoice("inv-D2", kDebtor, "D2", kAmount, "2026-01-31", "2026-01-31"));
  Accept(book, Promise("prm", kDebtor, "D2", 100, "2026-02-10", "2026-02-10"));
  Accept(book, Plan("plan", kDebtor, "D1", "2026-02-05", {Inst("2026-02-05", 100)}));
}

// -------------------------------------------------------------- DEBT_EXISTS

TEST_CASE("DEBT_EXISTS: a second invoice for a known debt id", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Invoice("inv-D1-again", kDebtor, "D1", 5000, "2026-01-01", "2026-01-31"),
         v1::REJECTION_REASON_DEBT_EXISTS);
  Refuse(book, Invoice("inv-D1-other", "DR2", "D1", 5000, "2026-01-01", "2026-01-31"),
         v1::REJECTION_REASON_DEBT_EXISTS);
}

// ----------------------------------------------------- NOT_ALLOWED_IN_STATE

TEST_CASE("NOT_ALLOWED_IN_STATE: events the transition table forbids", "[ledger][rejection]") {
  Book book;
  Accept(book, Invoice("inv-D1", kDebtor, "D1", kAmount, "2026-01-01", "2026-01-31"));
  Refuse(book, Reminder("r1", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-01-20"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Refuse(book, Agency("agy", kDebtor, "D1", "2026-01-20"), v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Refuse(book, Legal("lgl", kDebtor, "D1", "2026-01-20"), v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Refuse(book, Resolve("res", kDebtor, "D1", v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, "2026-01-20"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Accept(book, DayClosedEvent("day", "2026-01-31"));
  Accept(book, Agency("agy", kDebtor, "D1", "2026-02-20"));
  Refuse(book, Agency("agy2", kDebtor, "D1", "2026-02-21"), v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Accept(book, Plan("plan", kDebtor, "D1", "2026-02-22", {Inst("2026-03-31", 5000)}));
  Refuse(book, Promise("prm", kDebtor, "D1", 100, "2026-02-23", "2026-02-28"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
}

TEST_CASE("NOT_ALLOWED_IN_STATE: a policy version that is not newer", "[ledger][rejection]") {
  Book book;
  Accept(book, Policy("pol-2", "default", 2, 3, 5));
  Refuse(book, Policy("pol-2b", "default", 2, 4, 5), v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Refuse(book, Policy("pol-1", "default", 1, 4, 5), v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
  Accept(book, Policy("pol-3", "default", 3, 4, 5));
}

// ---------------------------------------------------------- UNKNOWN_PAYMENT

TEST_CASE("UNKNOWN_PAYMENT: reversing a payment not on record", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Reversal("rev", kDebtor, "P9", "2026-02-05"), v1::REJECTION_REASON_UNKNOWN_PAYMENT);
  // Another debtor's payment is not on this debtor's record.
  Refuse(book, Reversal("rev", "DR2", "P1", "2026-02-05"), v1::REJECTION_REASON_UNKNOWN_PAYMENT);
}

// -------------------------------------------------------- ALREADY_REVERSED

TEST_CASE("ALREADY_REVERSED: reversing a payment twice", "[ledger][rejection]") {
  Book book = OverdueBook();
  Accept(book, Reversal("rev", kDebtor, "P1", "2026-02-05"));
  Refuse(book, Reversal("rev-again", kDebtor, "P1", "2026-02-06"), v1::REJECTION_REASON_ALREADY_REVERSED);
  Refuse(book, Reversal("rev", kDebtor, "P1", "2026-02-05"), v1::REJECTION_REASON_DUPLICATE_EVENT);
}

// --------------------------------------------------------- DEBTOR_MISMATCH

TEST_CASE("DEBTOR_MISMATCH: an event naming another debtor than the debt's", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, Reminder("r1", "DR2", "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_DEBTOR_MISMATCH);
  Refuse(book, Payment("pay", "DR2", "D1", "P9", 100, "2026-02-03"), v1::REJECTION_REASON_DEBTOR_MISMATCH);
  v1::Event by_reference = Payment("pay", "DR2", "", "P9", 100, "2026-02-03");
  by_reference.mutable_payment_received()->set_invoice_reference("D1");
  Refuse(book, by_reference, v1::REJECTION_REASON_DEBTOR_MISMATCH);
}

// -------------------------------------------------------- AMOUNT_TOO_LARGE

TEST_CASE("AMOUNT_TOO_LARGE: amounts above the engine's money limit", "[ledger][rejection]") {
  Book book = OverdueBook();
  for (std::int64_t amount : {kAmountMinorMax + 1, INT64_MAX}) {
    INFO("amount " << amount);
    Refuse(book, Invoice("inv-D2", kDebtor, "D2", amount, "2026-01-01", "2026-01-31"),
           v1::REJECTION_REASON_AMOUNT_TOO_LARGE);
    Refuse(book, Payment("pay", kDebtor, "D1", "P9", amount, "2026-02-03"), v1::REJECTION_REASON_AMOUNT_TOO_LARGE);
    Refuse(book, CreditNote("cn", kDebtor, "D1", amount, "2026-02-03"), v1::REJECTION_REASON_AMOUNT_TOO_LARGE);
  }
  Accept(book, Invoice("inv-D2", kDebtor, "D2", kAmountMinorMax, "2026-01-01", "2026-01-31"));
}

// ----------------------------------------------------- STALE_BUSINESS_DATE

TEST_CASE("STALE_BUSINESS_DATE: a DayClosed not after the last one", "[ledger][rejection]") {
  Book book = OverdueBook();
  Refuse(book, DayClosedEvent("day-again", "2026-01-31"), v1::REJECTION_REASON_STALE_BUSINESS_DATE);
  Refuse(book, DayClosedEvent("day-before", "2026-01-15"), v1::REJECTION_REASON_STALE_BUSINESS_DATE);
  Accept(book, DayClosedEvent("day-next", "2026-02-01"));
}

// ------------------------------------------------- BUSINESS_DATE_TOO_FAR

TEST_CASE("BUSINESS_DATE_TOO_FAR: a DayClosed beyond the policy's step from the last one", "[ledger][rejection]") {
  Book book = OverdueBook();  // Last closed day: 2026-01-31.
  // A typo in the year: once accepted, no real day could ever be closed again.
  Refuse(book, DayClosedEvent("day-2199-12-31", "2199-12-31"), v1::REJECTION_REASON_BUSINESS_DATE_TOO_FAR);
  // Eight days: one more than the default step.
  Refuse(book, DayClosedEvent("day-2026-02-08", "2026-02-08"), v1::REJECTION_REASON_BUSINESS_DATE_TOO_FAR);
  // A week (a weekend next to a long holiday weekend) is a normal step, and
  // the real closes after a refused typo go on as if it had not come.
  Accept(book, DayClosedEvent("day-2026-02-07", "2026-02-07"));
  Accept(book, DayClosedEvent("day-2026-02-08", "2026-02-08"));
  CHECK(FormatDay(*ToDay(book.engine.meta.business_date())) == "2026-02-08");
}

TEST_CASE("BUSINESS_DATE_TOO_FAR: the policy sets the step, the first close has none to measure",
          "[ledger][rejection]") {
  Book book;
  // No earlier closed day on the partition: nothing to measure the step from.
  Accept(book, DayClosedEvent("day-2026-01-01", "2026-01-01"));
  v1::Event policy = Policy("policy-2", "fr", 2, 3, 5);
  policy.mutable_policy_published()->mutable_policy()->set_day_close_step_days_max(2);
  Accept(book, policy);
  Refuse(book, DayClosedEvent("day-2026-01-04", "2026-01-04"), v1::REJECTION_REASON_BUSINESS_DATE_TOO_FAR);
  Accept(book, DayClosedEvent("day-2026-01-03", "2026-01-03"));
}

// --------------------------------------------------------- LIMIT_EXCEEDED

TEST_CASE("LIMIT_EXCEEDED: a debt that reached its event limit", "[ledger][rejection]") {
  Book book = OverdueBook();
  core::Outcome out;
  // The invoice and the payment hold two slots; fill the rest with reminders.
  for (std::size_t i = 2; i < kEventsPerDebtMax; ++i) {
    core::Apply(Reminder("r" + std::to_string(i), kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"),
                book.engine.Context(), book.engine.access, &out);
    REQUIRE(out.accepted);
  }
  REQUIRE(static_cast<std::size_t>(book.Debt("D1").applied_event_hashes_size()) == kEventsPerDebtMax);
  REQUIRE(book.Invariants() == "");
  Refuse(book, Reminder("r-last", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-08"),
         v1::REJECTION_REASON_LIMIT_EXCEEDED);
  Refuse(book, Payment("pay", kDebtor, "D1", "P9", 100, "2026-02-08"), v1::REJECTION_REASON_LIMIT_EXCEEDED);
  // A replay of an applied event is still a duplicate, not over the limit.
  Refuse(book, Reminder("r2", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-07"), v1::REJECTION_REASON_DUPLICATE_EVENT);
}

}  // namespace
}  // namespace relance::testing
