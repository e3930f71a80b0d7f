// Regression tests for behaviours found questionable in review, each with the
// rule it pins down.
#include <catch2/catch.hpp>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/limits.h"
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

// Issue 15, item 4: the debtor keeps the newest 1,024 ids of its unattached
// payments; an older one, redelivered, was applied again. The core now names
// every id that leaves a window, and refuses an event the shell recalls.
TEST_CASE("ids that leave the debtor's windows are named, counted, and refused when recalled", "[ledger][regression]") {
  Book book;
  Issue(book, "D1", 1'000'000);
  const int count = static_cast<int>(kDebtorEventHashesMax) + 3;
  std::vector<core::ForgottenId> forgotten;
  for (int n = 0; n < count; ++n) {
    const core::Outcome& out =
        Accept(book, Payment("pay-" + std::to_string(n), kDebtor, "", "P-" + std::to_string(n), 1, "2026-02-01"));
    forgotten.insert(forgotten.end(), out.forgotten.begin(), out.forgotten.end());
  }
  // Three event ids and three payment ids, oldest first.
  REQUIRE(forgotten.size() == 6);
  CHECK(book.Debtor(kDebtor).ids_forgotten() == 6);
  std::vector<std::uint64_t> hashes;
  std::vector<std::string> payment_ids;
  for (const auto& id : forgotten) {
    if (id.kind == core::ForgottenId::Kind::kEventHash) hashes.push_back(id.event_hash);
    if (id.kind == core::ForgottenId::Kind::kPaymentId) payment_ids.push_back(id.payment_id);
  }
  CHECK(hashes == std::vector<std::uint64_t>{Fnv1a64("pay-0"), Fnv1a64("pay-1"), Fnv1a64("pay-2")});
  CHECK(payment_ids == std::vector<std::string>{"P-0", "P-1", "P-2"});
  // The shell found the ids in the store: refused, nothing changes.
  const std::string before = book.Snapshot();
  core::Context ctx = book.engine.Context();
  ctx.recall.event_id_seen = true;
  ctx.recall.payment_id_seen = true;
  core::Outcome out;
  core::Apply(Payment("pay-0", kDebtor, "", "P-0", 1, "2026-02-01"), ctx, book.engine.access, &out);
  CHECK_FALSE(out.accepted);
  CHECK(out.rejection.reason() == v1::REJECTION_REASON_DUPLICATE_EVENT);
  ctx.recall.event_id_seen = false;  // A new event for an old payment id.
  core::Apply(Payment("pay-0-again", kDebtor, "", "P-0", 1, "2026-02-01"), ctx, book.engine.access, &out);
  CHECK_FALSE(out.accepted);
  CHECK(out.rejection.reason() == v1::REJECTION_REASON_DUPLICATE_EVENT);
  CHECK(book.Snapshot() == before);
  CHECK(book.Debt("D1").paid_minor() == count);
}
