// Test harness of the pure core for the [ledger] and [transitions] tests: a
// MiniEngine that hands out the transitions of each event, a DayClosed's
// visits included, snapshots of the whole state to prove that a rejection
// changed nothing, and the money invariants checked after every accepted event.
//
// Header-only because only *_test.cpp files are globbed into the binary.
#pragma once

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/ledger.h"
#include "tests/support/builders.h"

// Enum names in failure messages instead of numbers.
namespace Catch {
template <>
struct StringMaker<relance::v1::DebtStatus> {
  static std::string convert(relance::v1::DebtStatus status) { return relance::v1::DebtStatus_Name(status); }
};
template <>
struct StringMaker<relance::v1::RejectionReason> {
  static std::string convert(relance::v1::RejectionReason reason) { return relance::v1::RejectionReason_Name(reason); }
};
}  // namespace Catch

namespace relance::testing {

// Applies events to one partition held in memory with MiniEngine (so the
// core's DayClosed procedure), and keeps every transition of each event.
class Book {
 public:
  // Like MiniEngine, closes the skipped days first when a test leaps
  // further than one DayClosed may (MiniEngine::fill_skipped_days); their
  // transitions are kept with the event's.
  const core::Outcome& Apply(const v1::Event& event) {
    std::vector<v1::Transition> kept;
    if (engine.fill_skipped_days) {
      for (const v1::Event& close : SkippedDayCloses(engine.meta, event)) {
        const core::Outcome& out = ApplyOne(close);
        kept.insert(kept.end(), transitions.begin(), transitions.end());
        if (!out.accepted) return out;
      }
    }
    const core::Outcome& out = ApplyOne(event);
    kept.insert(kept.end(), transitions.begin(), transitions.end());
    transitions = std::move(kept);
    return out;
  }

  const core::Outcome& ApplyOne(const v1::Event& event) {
    engine.day_transitions.clear();
    const core::Outcome& out = engine.Apply(event);
    if (event.has_day_closed()) {
      transitions = engine.day_transitions;
    } else {
      transitions.assign(out.begin(), out.end());
    }
    return out;
  }

  core::Debt& Debt(const std::string& debt_id) { return engine.access.debts.at(debt_id); }
  core::Debtor& Debtor(const std::string& debtor_key) { return engine.access.debtors.at(debtor_key); }

  // Every debt, every non-empty debtor and the partition meta, serialized.
  // An empty debtor is the same as an absent one: StateAccess::Debtor hands
  // out an empty state for an unknown key, and MapAccess keeps it.
  std::string Snapshot() const {
    std::string out;
    auto add = [&out](const std::string& key, const google::protobuf::Message& m) {
      const std::string bytes = m.SerializeAsString();
      out += key;
      out += '\0';
      out += std::to_string(bytes.size());
      out += '\0';
      out += bytes;
    };
    for (const auto& [id, debt] : engine.access.debts) add("debt:" + id, debt.ToProto());
    for (const auto& [key, debtor] : engine.access.debtors) {
      if (debtor.ByteSizeLong() != 0) add("debtor:" + key, debtor.ToProto());
    }
    add("meta", engine.meta);
    return out;
  }

  // The same, readable, for failure messages.
  std::string SnapshotText() const {
    std::string out;
    for (const auto& [id, debt] : engine.access.debts) out += "debt " + id + " {" + debt.ShortDebugString() + "}\n";
    for (const auto& [key, debtor] : engine.access.debtors) {
      if (debtor.ByteSizeLong() != 0) out += "debtor " + key + " {" + debtor.ShortDebugString() + "}\n";
    }
    out += "meta {" + engine.meta.ShortDebugString() + "}\n";
    return out;
  }

  // Empty when every debt satisfies core::CheckDebtInvariants.
  std::string Invariants() const {
    std::string problems;
    for (const auto& [id, debt] : engine.access.debts) {
      const std::string problem = core::CheckDebtInvariants(debt);
      if (!problem.empty()) problems += problem + "\n";
    }
    return problems;
  }

  MiniEngine engine;
  std::vector<v1::Transition> transitions;  // Of the last Apply, DayClosed included.
};

// Applies an event that must be accepted; then every debt's invariants hold.
inline const core::Outcome& Accept(Book& book, const v1::Event& event) {
  INFO("event " << codec::EncodeJson(event));
  const core::Outcome& out = book.Apply(event);
  INFO("rejection " << out.rejection.ShortDebugString());
  REQUIRE(out.accepted);
  INFO("state\n" << book.SnapshotText());
  REQUIRE(book.Invariants() == "");
  return out;
}

// Applies an event that must be rejected for `reason`; the state must be
// byte-identical before and after.
inline void Refuse(Book& book, const v1::Event& event, v1::RejectionReason reason) {
  INFO("event " << codec::EncodeJson(event));
  const std::string before = book.Snapshot();
  const std::string before_text = book.SnapshotText();
  // The event alone is refused: no skipped day is closed before it.
  const bool fill = book.engine.fill_skipped_days;
  book.engine.fill_skipped_days = false;
  const core::Outcome& out = book.Apply(event);
  book.engine.fill_skipped_days = fill;
  INFO("rejection " << out.rejection.ShortDebugString());
  REQUIRE_FALSE(out.accepted);
  CHECK(out.rejection.reason() == reason);
  CHECK(out.rejection.event_id() == event.event_id());
  CHECK_FALSE(out.rejection.detail().empty());
  CHECK(out.transitions_used == 0);
  INFO("before\n" << before_text << "after\n" << book.SnapshotText());
  REQUIRE(book.Snapshot() == before);
}

// One expected status change: which debt, from, to, and the detail text.
struct Move {
  std::string debt_id;
  v1::DebtStatus from;
  v1::DebtStatus to;
  std::string detail;
};

// The transitions of the last Apply are exactly `expected`, in order.
inline void RequireMoves(const Book& book, const std::vector<Move>& expected) {
  std::string seen;
  for (const auto& t : book.transitions) seen += t.ShortDebugString() + "\n";
  INFO("transitions\n" << seen);
  REQUIRE(book.transitions.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const v1::Transition& t = book.transitions[i];
    CHECK(t.debt_id() == expected[i].debt_id);
    CHECK(t.from() == expected[i].from);
    CHECK(t.to() == expected[i].to);
    CHECK(t.detail() == expected[i].detail);
  }
}

// The five money figures of a debt.
inline void CheckBalances(const core::Debt& d, std::int64_t issued, std::int64_t paid, std::int64_t reversed,
                          std::int64_t credited, std::int64_t balance) {
  INFO("debt " << d.ShortDebugString());
  CHECK(d.issued_minor() == issued);
  CHECK(d.paid_minor() == paid);
  CHECK(d.reversed_minor() == reversed);
  CHECK(d.credited_minor() == credited);
  CHECK(d.balance_minor() == balance);
}

inline std::vector<std::string> OpenDebtIds(const core::Debtor& debtor) {
  std::vector<std::string> ids;
  for (const auto& ref : debtor.open_debts()) ids.push_back(ref.debt_id());
  return ids;
}

// Sum of the debtor's credit in `currency` (0 when absent).
inline std::int64_t CreditOf(const core::Debtor& debtor, const std::string& currency) {
  std::int64_t total = 0;
  for (const auto& m : debtor.credit()) {
    if (m.currency() == currency) total += m.amount_minor();
  }
  return total;
}

// The debtor and amount most ledger tests use.
inline constexpr const char* kDebtor = "DR1";
inline constexpr std::int64_t kAmount = 10000;  // EUR 100.00

// D1: EUR 100.00 issued 2026-01-01, due 2026-01-31.
inline void Issue(Book& book, const std::string& debt = "D1", std::int64_t amount = kAmount,
                  const char* due = "2026-01-31") {
  Accept(book, Invoice("inv-" + debt, kDebtor, debt, amount, "2026-01-01", due));
}

// Closes the due date of D1: it becomes overdue.
inline void CloseDueDate(Book& book) { Accept(book, DayClosedEvent("day-2026-01-31", "2026-01-31")); }

inline v1::Instalment Inst(const char* due_date, std::int64_t amount_minor, const char* currency = "EUR") {
  v1::Instalment inst;
  *inst.mutable_due_date() = D(due_date);
  *inst.mutable_amount() = M(amount_minor, currency);
  return inst;
}

inline v1::Event Plan(const std::string& event_id, const std::string& debtor, const std::string& debt,
                      const char* agreed_on, std::vector<v1::Instalment> instalments) {
  v1::Event e = Envelope(event_id, debtor, debt);
  auto* p = e.mutable_payment_plan_agreed();
  p->set_plan_id("PLAN-" + event_id);
  *p->mutable_agreed_on() = D(agreed_on);
  for (auto& inst : instalments) *p->add_instalments() = std::move(inst);
  return e;
}

inline v1::Event Agency(const std::string& event_id, const std::string& debtor, const std::string& debt,
                        const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  e.mutable_handed_to_agency()->set_agency_id("AGENCY-1");
  *e.mutable_handed_to_agency()->mutable_date() = D(date);
  return e;
}

inline v1::Event Legal(const std::string& event_id, const std::string& debtor, const std::string& debt,
                       const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  e.mutable_legal_action_filed()->set_kind(v1::LEGAL_ACTION_KIND_ORDER_FOR_PAYMENT);
  *e.mutable_legal_action_filed()->mutable_date() = D(date);
  e.mutable_legal_action_filed()->set_court_reference("RG 26/00042");
  return e;
}

inline v1::Event WriteOff(const std::string& event_id, const std::string& debtor, const std::string& debt,
                          const char* date) {
  v1::Event e = Envelope(event_id, debtor, debt);
  *e.mutable_written_off()->mutable_date() = D(date);
  e.mutable_written_off()->set_reason("debtor insolvent");
  return e;
}

inline v1::Event Policy(const std::string& event_id, const std::string& policy_id, std::uint32_t version,
                        std::uint32_t promise_grace_days, std::uint32_t instalment_grace_days) {
  v1::Event e;
  e.set_event_id(event_id);
  e.set_schema_version(1);
  auto* p = e.mutable_policy_published()->mutable_policy();
  p->set_policy_id(policy_id);
  p->set_version(version);
  *p->mutable_effective_from() = D("2026-01-01");
  p->set_promise_grace_days(promise_grace_days);
  p->set_instalment_grace_days(instalment_grace_days);
  return e;
}

}  // namespace relance::testing
