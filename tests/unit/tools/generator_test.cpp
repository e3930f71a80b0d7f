// The synthetic portfolio generator: deterministic, accepted by the real core
// (deliberate redeliveries aside), with the promised mix of behaviours, and in
// log order (a day's events, then its DayClosed).
#include "tools/gen/generator.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "engine/core/ledger.h"
#include "engine/core/transition_table.h"
#include "tests/support/builders.h"

namespace relance::gen {
namespace {

constexpr std::uint64_t kReplayDebtors = 2000;
constexpr std::uint64_t kReplaySeed = 7;
constexpr std::uint64_t kSmallDebtors = 300;
constexpr int kRejectionsShownMax = 10;

// The whole log, each event serialised and length-prefixed.
std::string SerialisedLog(const GenOptions& options, GenStats* stats) {
  std::string log;
  std::string bytes;
  *stats = Generate(options, [&](const v1::Event& e) {
    REQUIRE(e.SerializeToString(&bytes));
    log += fmt::format("{}:", bytes.size());
    log += bytes;
  });
  return log;
}

// The date a debtor event's payload carries (its business day).
Day PayloadDay(const v1::Event& e) {
  switch (e.payload_case()) {
    case v1::Event::kInvoiceIssued:
      return *ToDay(e.invoice_issued().issue_date());
    case v1::Event::kPaymentReceived:
      return *ToDay(e.payment_received().value_date());
    case v1::Event::kPaymentReversed:
      return *ToDay(e.payment_reversed().date());
    case v1::Event::kCreditNoteIssued:
      return *ToDay(e.credit_note_issued().date());
    case v1::Event::kReminderSent:
      return *ToDay(e.reminder_sent().date());
    case v1::Event::kPromiseToPay:
      return *ToDay(e.promise_to_pay().made_on());
    case v1::Event::kPaymentPlanAgreed:
      return *ToDay(e.payment_plan_agreed().agreed_on());
    case v1::Event::kDisputeOpened:
      return *ToDay(e.dispute_opened().date());
    case v1::Event::kDisputeResolved:
      return *ToDay(e.dispute_resolved().date());
    case v1::Event::kHandedToAgency:
      return *ToDay(e.handed_to_agency().date());
    case v1::Event::kLegalActionFiled:
      return *ToDay(e.legal_action_filed().date());
    case v1::Event::kWrittenOff:
      return *ToDay(e.written_off().date());
    default:
      return kNoDay;
  }
}

// What a replay through the real core gave.
struct Replay {
  GenStats stats;
  testing::MiniEngine engine;
  std::uint64_t accepted = 0;
  std::uint64_t duplicates_rejected = 0;
  std::uint64_t other_rejected = 0;
  std::string rejections;  // The first few unexpected ones, with their detail.
};

void RunReplay(const GenOptions& options, Replay* replay) {
  replay->stats = Generate(options, [replay](const v1::Event& e) {
    const core::Outcome& out = replay->engine.Apply(e);
    if (out.accepted) {
      ++replay->accepted;
    } else if (out.rejection.reason() == v1::REJECTION_REASON_DUPLICATE_EVENT) {
      ++replay->duplicates_rejected;
    } else if (++replay->other_rejected <= kRejectionsShownMax) {
      replay->rejections += fmt::format("{} {}: {}\n  event: {}\n", v1::RejectionReason_Name(out.rejection.reason()),
                                        e.event_id(), out.rejection.detail(), e.ShortDebugString());
    }
  });
}

TEST_CASE("the same options give the same log, byte for byte, another seed another", "[gen]") {
  GenOptions options;
  options.debtors = kSmallDebtors;
  options.seed = 42;
  GenStats first_stats, second_stats, other_stats;
  const std::string first = SerialisedLog(options, &first_stats);
  const std::string second = SerialisedLog(options, &second_stats);
  REQUIRE(first_stats.events > kSmallDebtors);
  CHECK(first_stats.events == second_stats.events);
  CHECK(first == second);

  options.seed = 43;
  const std::string other = SerialisedLog(options, &other_stats);
  CHECK(first != other);
}

TEST_CASE("a replay through the core accepts every event but the redeliveries", "[gen]") {
  GenOptions options;
  options.debtors = kReplayDebtors;
  options.seed = kReplaySeed;
  Replay replay;
  RunReplay(options, &replay);
  const GenStats& stats = replay.stats;
  INFO(fmt::format("{} events, {} debts, {} duplicates; unexpected rejections: {}\n{}", stats.events, stats.debts,
                   stats.duplicates, replay.other_rejected, replay.rejections));
  CHECK(replay.other_rejected == 0);
  CHECK(replay.duplicates_rejected == stats.duplicates);
  CHECK(stats.duplicates > 0);
  CHECK(replay.accepted + replay.duplicates_rejected + replay.other_rejected == stats.events);
  CHECK(stats.day_closed == static_cast<std::uint64_t>(options.horizon_days));
  CHECK(replay.engine.access.debts.size() == stats.debts);
  for (const auto& [id, debt] : replay.engine.access.debts) {
    const std::string broken = core::CheckDebtInvariants(debt);
    INFO(broken);
    REQUIRE(broken.empty());
  }
}

TEST_CASE("a generated portfolio has the whole mix of behaviours", "[gen]") {
  GenOptions options;
  options.debtors = kReplayDebtors;
  options.seed = kReplaySeed;
  Replay replay;
  RunReplay(options, &replay);
  REQUIRE(replay.other_rejected == 0);

  std::map<v1::DebtStatus, int> statuses;
  std::set<std::string> currencies;
  std::set<v1::DebtorType> debtor_types;
  for (const auto& [id, debt] : replay.engine.access.debts) {
    ++statuses[debt.status()];
    currencies.insert(debt.currency());
    debtor_types.insert(debt.debtor_type());
  }
  int promises_broken = 0, instalments_missed = 0, disputes = 0, bounces = 0, with_credit = 0;
  for (const auto& [key, debtor] : replay.engine.access.debtors) {
    promises_broken += static_cast<int>(debtor.promises_broken());
    instalments_missed += static_cast<int>(debtor.instalments_missed());
    disputes += static_cast<int>(debtor.disputes_opened());
    bounces += debtor.bounces() > 0 ? 1 : 0;
    for (const auto& credit : debtor.credit()) with_credit += credit.amount_minor() > 0 ? 1 : 0;
  }
  std::string summary;
  for (const auto& [status, count] : statuses) summary += fmt::format("{} {}, ", core::StatusName(status), count);
  INFO(summary);
  INFO(fmt::format("broken promises {}, missed instalments {}, disputes {}, bouncing debtors {}, credits {}",
                   promises_broken, instalments_missed, disputes, bounces, with_credit));
  CHECK(statuses[v1::DEBT_STATUS_PAID] > 0);
  CHECK(statuses[v1::DEBT_STATUS_IN_DUNNING] + statuses[v1::DEBT_STATUS_FORMAL_NOTICE_SENT] > 0);
  CHECK(statuses[v1::DEBT_STATUS_PROMISED] + promises_broken > 0);
  CHECK(statuses[v1::DEBT_STATUS_IN_PAYMENT_PLAN] + instalments_missed > 0);
  CHECK(statuses[v1::DEBT_STATUS_DISPUTED] + disputes > 0);
  CHECK(statuses[v1::DEBT_STATUS_CREDITED] > 0);
  CHECK(statuses[v1::DEBT_STATUS_WRITTEN_OFF] > 0);
  CHECK(statuses[v1::DEBT_STATUS_WITH_AGENCY] > 0);
  CHECK(statuses[v1::DEBT_STATUS_IN_LEGAL_ACTION] > 0);
  CHECK(with_credit > 0);
  CHECK(bounces > 0);
  CHECK(currencies.size() >= 3);
  CHECK(debtor_types.count(v1::DEBTOR_TYPE_B2B) == 1);
  CHECK(debtor_types.count(v1::DEBTOR_TYPE_B2C) == 1);
  CHECK(replay.stats.unreferenced_payments > 0);
}

TEST_CASE("days close in order, each after all the events it dates", "[gen]") {
  GenOptions options;
  options.debtors = kSmallDebtors;
  Day open_day = options.start_day;  // The business day the log is in.
  std::uint64_t seen = 0, misplaced = 0, days_closed = 0;
  std::string first_misplaced;
  Generate(options, [&](const v1::Event& e) {
    if (seen++ == 0) {
      CHECK(e.has_policy_published());
      CHECK(e.policy_published().policy().policy_id() == "fr-default");
      return;
    }
    if (e.has_day_closed()) {
      const Day day = *ToDay(e.day_closed().business_date());
      if (day != open_day) ++misplaced;
      CHECK(e.event_id() == "day-" + FormatDay(day));
      CHECK(e.debtor_key().empty());
      open_day = day + 1;
      ++days_closed;
      return;
    }
    if (PayloadDay(e) != open_day) {
      if (misplaced++ == 0) first_misplaced = e.ShortDebugString();
    }
  });
  INFO(first_misplaced);
  CHECK(misplaced == 0);
  CHECK(days_closed == static_cast<std::uint64_t>(options.horizon_days));
  CHECK(FormatDay(kDefaultStartDay) == "2025-01-01");
}

}  // namespace
}  // namespace relance::gen
