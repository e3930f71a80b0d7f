// Regression tests for behaviours found questionable in review, each with the
// rule it pins down.
#include <catch2/catch.hpp>

#include "engine/codec/event_codec.h"
#include "tests/support/temp_dir.h"
#include "tests/unit/engine/ledger_harness.h"

using namespace relance;
using namespace relance::testing;

TEST_CASE("a credit note clearing a promised debt does not count as a kept promise", "[ledger][regression]") {
  Book book;
  Accept(book, Invoice("i1", "DR1", "D1", 10000, "2026-01-01", "2026-01-31"));
  Accept(book, DayClosedEvent("day1", "2026-02-01"));
  Accept(book, Promise("p1", "DR1", "D1", 10000, "2026-02-02", "2026-02-10"));
  Accept(book, CreditNote("c1", "DR1", "D1", 10000, "2026-02-03"));
  REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_CREDITED);
  REQUIRE(book.Debtor("DR1").promises_kept() == 0);
  REQUIRE(book.Debtor("DR1").promises_broken() == 0);
}

TEST_CASE("an open dispute pauses the payment plan: no instalment is missed meanwhile", "[ledger][regression]") {
  Book book;
  Accept(book, Invoice("i1", "DR1", "D1", 10000, "2026-01-01", "2026-01-31"));
  Accept(book, DayClosedEvent("day1", "2026-02-01"));
  Accept(book, Plan("pl1", "DR1", "D1", "2026-02-02", {Inst("2026-02-15", 5000), Inst("2026-03-15", 5000)}));
  Accept(book, Dispute("d1", "DR1", "D1", "2026-02-10"));
  Accept(book, DayClosedEvent("day2", "2026-02-25"));  // Instalment 1 due + 5 days has passed.
  REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_DISPUTED);
  REQUIRE(book.Debt("D1").has_plan());
  REQUIRE(book.Debtor("DR1").instalments_missed() == 0);
  // Once the dispute is resolved, the plan is checked again at the next day.
  Accept(book, Resolve("r1", "DR1", "D1", v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, "2026-02-26"));
  REQUIRE(book.Debt("D1").status() == v1::DEBT_STATUS_IN_PAYMENT_PLAN);
  Accept(book, DayClosedEvent("day3", "2026-02-27"));
  REQUIRE(book.Debtor("DR1").instalments_missed() == 1);
  REQUIRE_FALSE(book.Debt("D1").has_plan());
}

TEST_CASE("a disputed debt with a pending promise is not reviewed every day", "[ledger][regression]") {
  Book book;
  Accept(book, Invoice("i1", "DR1", "D1", 10000, "2026-01-01", "2026-01-31"));
  Accept(book, DayClosedEvent("day1", "2026-02-01"));
  Accept(book, Promise("p1", "DR1", "D1", 10000, "2026-02-02", "2026-02-05"));
  Accept(book, Dispute("d1", "DR1", "D1", "2026-02-03"));
  REQUIRE(core::NextReviewDay(book.Debt("D1"), core::PolicyView{}) == kNoDay);
}

TEST_CASE("a reversed payment leaves no zero credit line behind", "[ledger][regression]") {
  Book book;
  Accept(book, Invoice("i1", "DR1", "D1", 1000, "2026-01-01", "2026-01-31"));
  Accept(book, Payment("p1", "DR1", "D1", "PAY1", 1500, "2026-01-10"));
  REQUIRE(CreditOf(book.Debtor("DR1"), "EUR") == 500);
  Accept(book, Reversal("r1", "DR1", "PAY1", "2026-01-12"));
  REQUIRE(book.Debtor("DR1").credit_size() == 0);
}

TEST_CASE("a policy without grace periods keeps the documented defaults", "[ledger][regression]") {
  v1::DunningPolicy policy;
  policy.set_policy_id("p");
  policy.set_version(1);
  REQUIRE(core::PolicyView::From(policy).promise_grace_days == 3);
  REQUIRE(core::PolicyView::From(policy).instalment_grace_days == 5);
  policy.set_promise_grace_days(0);  // An explicit zero is a zero.
  REQUIRE(core::PolicyView::From(policy).promise_grace_days == 0);
}

TEST_CASE("lines of only blanks in a JSON lines log are not records", "[codec][regression]") {
  TempDir tmp;
  std::string error;
  auto writer = codec::LogWriter::Open(tmp.Sub("log.jsonl"), codec::Format::kJsonLines, &error);
  REQUIRE(writer);
  writer->Write(Invoice("i1", "DR1", "D1", 1000, "2026-01-01", "2026-01-31"));
  writer->WriteRaw("   \t ");
  writer->Write(Invoice("i2", "DR1", "D2", 1000, "2026-01-01", "2026-01-31"));
  REQUIRE(writer->Close());
  auto reader = codec::LogReader::Open(tmp.Sub("log.jsonl"), codec::Format::kJsonLines, &error);
  REQUIRE(reader);
  codec::LogRecord record;
  bool end = false;
  int records = 0;
  for (;;) {
    REQUIRE(reader->Next(&record, &end).ok());
    if (end) break;
    v1::Event e;
    REQUIRE(reader->Decode(record, &e).empty());
    ++records;
  }
  REQUIRE(records == 2);
}
