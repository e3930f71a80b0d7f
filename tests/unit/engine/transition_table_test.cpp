// The transition table (engine/core/transition_table.cc): the table written
// out again here, so that any change to it is noticed, and every (event kind,
// status) cell exercised on a debt driven into that status by real events.
#include "engine/core/transition_table.h"

#include <array>
#include <catch2/catch.hpp>
#include <string>

#include "engine/core/ledger.h"
#include "tests/support/builders.h"
#include "tests/unit/engine/ledger_harness.h"

namespace relance::testing {
namespace {

using core::EventKind;
using core::Rule;

constexpr Rule A = Rule::kAllow;
constexpr Rule C = Rule::kRejectClosed;
constexpr Rule S = Rule::kRejectState;

constexpr const char* kDebtor = "DR1";

constexpr std::array<v1::DebtStatus, 12> kStatuses = {
    v1::DEBT_STATUS_NOT_YET_DUE,        v1::DEBT_STATUS_OVERDUE,
    v1::DEBT_STATUS_IN_DUNNING,         v1::DEBT_STATUS_PROMISED,
    v1::DEBT_STATUS_IN_PAYMENT_PLAN,    v1::DEBT_STATUS_DISPUTED,
    v1::DEBT_STATUS_FORMAL_NOTICE_SENT, v1::DEBT_STATUS_WITH_AGENCY,
    v1::DEBT_STATUS_IN_LEGAL_ACTION,    v1::DEBT_STATUS_PAID,
    v1::DEBT_STATUS_CREDITED,           v1::DEBT_STATUS_WRITTEN_OFF,
};

// The expected table, row per event kind in enum order, columns as kStatuses.
//                                NYD OVD DUN PRM PLN DSP FNS AGY LGL PAID CRED WOFF
constexpr std::array<std::array<Rule, 12>, core::kEventKindCount> kExpected = {{
    /* InvoiceIssued     */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* PaymentReceived   */ {A, A, A, A, A, A, A, A, A, A, A, A},
    /* PaymentReversed   */ {A, A, A, A, A, A, A, A, A, A, A, A},
    /* CreditNoteIssued  */ {A, A, A, A, A, A, A, A, A, C, C, C},
    /* ReminderSent      */ {S, A, A, S, S, S, A, A, A, C, C, C},
    /* PromiseToPay      */ {A, A, A, A, S, S, A, A, A, C, C, C},
    /* PaymentPlanAgreed */ {A, A, A, A, A, S, A, A, A, C, C, C},
    /* DisputeOpened     */ {A, A, A, A, A, S, A, A, A, C, C, C},
    /* DisputeResolved   */ {S, S, S, S, S, A, S, S, S, C, C, C},
    /* HandedToAgency    */ {S, A, A, A, A, S, A, S, A, C, C, C},
    /* LegalActionFiled  */ {S, A, A, A, A, S, A, A, A, C, C, C},
    /* WrittenOff        */ {A, A, A, A, A, A, A, A, A, C, C, C},
    /* DayClosed         */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* PolicyPublished   */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* CalendarPublished */ {S, S, S, S, S, S, S, S, S, S, S, S},
    /* Insolvency        */ {A, A, A, A, A, A, A, A, A, A, A, A},
    /* OrderForPayment   */ {S, S, S, S, S, S, S, S, A, C, C, C},
    /* CreditApplied     */ {A, A, A, A, A, A, A, A, A, C, C, C},
    /* Unknown           */ {S, S, S, S, S, S, S, S, S, S, S, S},
}};

const char* RuleName(Rule rule) {
  switch (rule) {
    case Rule::kAllow:
      return "allow";
    case Rule::kRejectClosed:
      return "closed";
    case Rule::kRejectState:
      return "state";
  }
  return "?";
}

// A book whose debt D1 (debtor DR1, EUR 100.00 due 2026-01-31) is in
// `status`, reached by real events. Every book also holds a payment P0 of
// EUR 1.00 made before the due date, so that a reversal has something to undo.
Book DebtIn(v1::DebtStatus status) {
  Book book;
  Accept(book, Invoice("inv", kDebtor, "D1", 10000, "2026-01-01", "2026-01-31"));
  Accept(book, Payment("pay-P0", kDebtor, "D1", "P0", 100, "2026-01-15"));
  if (status != v1::DEBT_STATUS_NOT_YET_DUE) Accept(book, DayClosedEvent("day", "2026-01-31"));
  switch (status) {
    case v1::DEBT_STATUS_IN_DUNNING:
      Accept(book, Reminder("drive", kDebtor, "D1", 1, v1::CHANNEL_EMAIL, "2026-02-05"));
      break;
    case v1::DEBT_STATUS_PROMISED:
      Accept(book, Promise("drive", kDebtor, "D1", 1000, "2026-02-05", "2026-02-25"));
      break;
    case v1::DEBT_STATUS_IN_PAYMENT_PLAN:
      Accept(book, Plan("drive", kDebtor, "D1", "2026-02-05", {Inst("2026-02-28", 4900), Inst("2026-03-31", 5000)}));
      break;
    case v1::DEBT_STATUS_DISPUTED:
      Accept(book, Dispute("drive", kDebtor, "D1", "2026-02-05"));
      break;
    case v1::DEBT_STATUS_FORMAL_NOTICE_SENT:
      Accept(book, Reminder("drive", kDebtor, "D1", 4, v1::CHANNEL_FORMAL_NOTICE, "2026-02-05"));
      break;
    case v1::DEBT_STATUS_WITH_AGENCY:
      Accept(book, Agency("drive", kDebtor, "D1", "2026-02-05"));
      break;
    case v1::DEBT_STATUS_IN_LEGAL_ACTION:
      Accept(book, Legal("drive", kDebtor, "D1", "2026-02-05"));
      break;
    case v1::DEBT_STATUS_PAID:
      Accept(book, Payment("drive", kDebtor, "D1", "P1", 9900, "2026-02-05"));
      break;
    case v1::DEBT_STATUS_CREDITED:
      Accept(book, CreditNote("drive", kDebtor, "D1", 9900, "2026-02-05"));
      break;
    case v1::DEBT_STATUS_WRITTEN_OFF:
      Accept(book, WriteOff("drive", kDebtor, "D1", "2026-02-05"));
      break;
    default:
      break;
  }
  REQUIRE(book.Debt("D1").status() == status);
  return book;
}

// A valid event of `kind` for D1, dated 2026-02-10.
v1::Event EventOfKind(EventKind kind) {
  const std::string id = "cell";
  switch (kind) {
    case EventKind::kInvoiceIssued:
      return Invoice(id, kDebtor, "D1", 5000, "2026-02-01", "2026-03-01");
    case EventKind::kPaymentReceived:
      return Payment(id, kDebtor, "D1", "PX", 100, "2026-02-10");
    case EventKind::kPaymentReversed:
      return Reversal(id, kDebtor, "P0", "2026-02-10");
    case EventKind::kCreditNoteIssued:
      return CreditNote(id, kDebtor, "D1", 100, "2026-02-10");
    case EventKind::kReminderSent:
      return Reminder(id, kDebtor, "D1", 1, v1::CHANNEL_LETTER, "2026-02-10");
    case EventKind::kPromiseToPay:
      return Promise(id, kDebtor, "D1", 100, "2026-02-10", "2026-02-20");
    case EventKind::kPaymentPlanAgreed:
      return Plan(id, kDebtor, "D1", "2026-02-10", {Inst("2026-02-28", 100)});
    case EventKind::kDisputeOpened:
      return Dispute(id, kDebtor, "D1", "2026-02-10");
    case EventKind::kDisputeResolved:
      return Resolve(id, kDebtor, "D1", v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, "2026-02-10");
    case EventKind::kHandedToAgency:
      return Agency(id, kDebtor, "D1", "2026-02-10");
    case EventKind::kLegalActionFiled:
      return Legal(id, kDebtor, "D1", "2026-02-10");
    case EventKind::kWrittenOff:
      return WriteOff(id, kDebtor, "D1", "2026-02-10");
    case EventKind::kDayClosed:
      return DayClosedEvent(id, "2026-02-10");
    case EventKind::kPolicyPublished:
      return Policy(id, "default", 1, 3, 5);
    case EventKind::kCalendarPublished:
      return Calendar(id, "FR", {"2026-05-01"});
    case EventKind::kInsolvencyProceedings:
      return Insolvency(id, kDebtor, "2026-02-10", false);
    case EventKind::kOrderForPaymentUpdate:
      return OrderStage(id, kDebtor, "D1", v1::ORDER_STAGE_GRANTED, "2026-02-10");
    case EventKind::kCreditApplied:
      return CreditApplied(id, kDebtor, "D1", 100, "2026-02-10");
    case EventKind::kUnknown:
      return Envelope(id, kDebtor, "D1");
  }
  return {};
}

TEST_CASE("RuleFor matches the table written out in the test", "[transitions]") {
  for (int k = 0; k < core::kEventKindCount; ++k) {
    const auto kind = static_cast<EventKind>(k);
    for (std::size_t s = 0; s < kStatuses.size(); ++s) {
      INFO(core::EventKindName(kind) << " in " << core::StatusName(kStatuses[s]));
      CHECK(std::string(RuleName(core::RuleFor(kind, kStatuses[s]))) == RuleName(kExpected[k][s]));
    }
    // Not a real status: nothing is allowed.
    CHECK(core::RuleFor(kind, v1::DEBT_STATUS_UNSPECIFIED) == Rule::kRejectState);
    CHECK(core::RuleFor(kind, static_cast<v1::DebtStatus>(13)) == Rule::kRejectState);
  }
}

TEST_CASE("KindOf and the names agree with the payloads", "[transitions]") {
  for (int k = 0; k < core::kEventKindCount; ++k) {
    const auto kind = static_cast<EventKind>(k);
    INFO(core::EventKindName(kind));
    CHECK(core::KindOf(EventOfKind(kind)) == kind);
  }
  CHECK(core::EventKindName(EventKind::kInvoiceIssued) == "invoice_issued");
  CHECK(core::EventKindName(EventKind::kPolicyPublished) == "policy_published");
  CHECK(core::EventKindName(EventKind::kUnknown) == "unknown");
  CHECK(core::StatusName(v1::DEBT_STATUS_NOT_YET_DUE) == "not_yet_due");
  CHECK(core::StatusName(v1::DEBT_STATUS_WRITTEN_OFF) == "written_off");
  CHECK(core::StatusName(v1::DEBT_STATUS_UNSPECIFIED) == "none");
}

TEST_CASE("every status can be reached by real events", "[transitions]") {
  for (v1::DebtStatus status : kStatuses) {
    INFO(core::StatusName(status));
    Book book = DebtIn(status);
    CHECK(book.Debt("D1").status() == status);
    CHECK(core::IsClosed(status) == (status == v1::DEBT_STATUS_PAID || status == v1::DEBT_STATUS_CREDITED ||
                                     status == v1::DEBT_STATUS_WRITTEN_OFF));
  }
}

TEST_CASE("every (event kind, status) cell behaves as the table says", "[transitions]") {
  for (int k = 0; k < core::kEventKindCount; ++k) {
    const auto kind = static_cast<EventKind>(k);
    for (std::size_t s = 0; s < kStatuses.size(); ++s) {
      const v1::DebtStatus status = kStatuses[s];
      INFO(core::EventKindName(kind) << " in " << core::StatusName(status));
      Book book = DebtIn(status);
      if (kind == EventKind::kCreditApplied) {
        // Credit to apply: another invoice paid 1.00 too much.
        Accept(book, Invoice("credit-inv", kDebtor, "D9", 1000, "2026-01-01", "2026-01-31"));
        Accept(book, Payment("credit-pay", kDebtor, "D9", "P9", 1100, "2026-02-06"));
      }
      const v1::Event event = EventOfKind(kind);
      const Rule rule = core::RuleFor(kind, status);
      if (kind == EventKind::kInvoiceIssued) {
        // The table says "state"; Apply answers first that the debt exists.
        CHECK(rule == Rule::kRejectState);
        Refuse(book, event, v1::REJECTION_REASON_DEBT_EXISTS);
      } else if (core::IsPartitionLevel(kind) || kind == EventKind::kUnknown) {
        // Never reach a debt: core::Apply refuses them as malformed.
        CHECK(rule == Rule::kRejectState);
        const std::string before = book.Snapshot();
        core::Outcome out;
        core::Apply(event, book.engine.Context(), book.engine.access, &out);
        CHECK_FALSE(out.accepted);
        CHECK(out.rejection.reason() == v1::REJECTION_REASON_MALFORMED);
        CHECK(book.Snapshot() == before);
      } else if (rule == Rule::kAllow) {
        Accept(book, event);
      } else if (rule == Rule::kRejectClosed) {
        Refuse(book, event, v1::REJECTION_REASON_CLOSED_DEBT);
      } else {
        Refuse(book, event, v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
      }
    }
  }
}

TEST_CASE("the courtesy reminder is the one exception to the table", "[transitions]") {
  REQUIRE(core::RuleFor(EventKind::kReminderSent, v1::DEBT_STATUS_NOT_YET_DUE) == Rule::kRejectState);
  Book book = DebtIn(v1::DEBT_STATUS_NOT_YET_DUE);
  Accept(book, Reminder("courtesy", kDebtor, "D1", 0, v1::CHANNEL_EMAIL, "2026-01-25"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  // Level 0 is no exception elsewhere: a promised debt still refuses it.
  Book promised = DebtIn(v1::DEBT_STATUS_PROMISED);
  Refuse(promised, Reminder("courtesy", kDebtor, "D1", 0, v1::CHANNEL_EMAIL, "2026-02-10"),
         v1::REJECTION_REASON_NOT_ALLOWED_IN_STATE);
}

TEST_CASE("an allowed event leads to the status the flags derive", "[transitions]") {
  // The status after an accepted event is DeriveOpenStatus of the flags, in
  // the precedence dispute > plan > promise > legal > agency > notice >
  // dunning > overdue > not yet due.
  Book book = DebtIn(v1::DEBT_STATUS_IN_LEGAL_ACTION);
  Accept(book, Promise("prm", kDebtor, "D1", 100, "2026-02-10", "2026-02-20"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_PROMISED);
  Accept(book, Plan("plan", kDebtor, "D1", "2026-02-11", {Inst("2026-02-28", 100)}));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_IN_PAYMENT_PLAN);
  Accept(book, Dispute("dsp", kDebtor, "D1", "2026-02-12"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_DISPUTED);
  Accept(book, Resolve("res", kDebtor, "D1", v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, "2026-02-13"));
  CHECK(book.Debt("D1").status() == v1::DEBT_STATUS_IN_PAYMENT_PLAN);
  CHECK(core::DeriveOpenStatus(book.Debt("D1")) == v1::DEBT_STATUS_IN_PAYMENT_PLAN);
}

}  // namespace
}  // namespace relance::testing
