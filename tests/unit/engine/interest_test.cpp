// Late-payment interest (ACT/365, rate tables split at a change, floor,
// rounding once), what a debt owes on a day (principal history, consumers
// after the formal notice, the B2B recovery indemnity) and the calendar
// arithmetic the deadlines use (AddMonths, IsoWeekday).
#include "engine/core/interest.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "tests/support/builders.h"

namespace relance::testing {
namespace {

v1::InterestRule Fixed(std::int32_t rate_bp) {
  v1::InterestRule rule;
  rule.set_kind(v1::INTEREST_KIND_FIXED);
  rule.set_fixed_rate_bp(rate_bp);
  return rule;
}

// A reference rate table (from, rate) plus a margin.
v1::InterestRule Reference(std::initializer_list<std::pair<const char*, std::int32_t>> table, std::int32_t margin_bp,
                           std::int32_t floor_bp = 0) {
  v1::InterestRule rule;
  rule.set_kind(v1::INTEREST_KIND_REFERENCE_PLUS_MARGIN);
  for (const auto& [from, rate] : table) {
    auto* period = rule.add_reference_rates();
    *period->mutable_from() = D(from);
    period->set_rate_bp(rate);
  }
  rule.set_margin_bp(margin_bp);
  rule.set_floor_bp(floor_bp);
  return rule;
}

// A policy with a flat 10 % for traders (EUR 40 indemnity) and a flat 10 %
// for consumers that runs only after the formal notice (no indemnity).
v1::DunningPolicy FlatPolicy() {
  v1::DunningPolicy policy;
  policy.set_policy_id("interest-test");
  policy.set_version(1);
  *policy.mutable_effective_from() = D("2026-01-01");
  auto* b2b = policy.add_debtor_rules();
  b2b->set_debtor_type(v1::DEBTOR_TYPE_B2B);
  *b2b->mutable_interest() = Fixed(1000);
  *b2b->mutable_recovery_indemnity() = M(4000);
  auto* b2c = policy.add_debtor_rules();
  b2c->set_debtor_type(v1::DEBTOR_TYPE_B2C);
  *b2c->mutable_interest() = Fixed(1000);
  b2c->mutable_interest()->set_after_formal_notice_only(true);
  return policy;
}

// Applies an event that must be accepted.
void Run(MiniEngine& engine, const v1::Event& event) {
  INFO(event.ShortDebugString());
  const core::Outcome& out = engine.Apply(event);
  INFO(out.rejection.ShortDebugString());
  REQUIRE(out.accepted);
}

core::Owed OwedOn(MiniEngine& engine, const std::string& debt, const v1::DunningPolicy& policy, const char* day) {
  const core::Debt& d = engine.access.debts.at(debt);
  return core::OwedOn(d, *engine.access.Debtor(d.debtor_key()), policy, DayOf(day));
}

TEST_CASE("EUR 1,000.00 at 10 % for 30 days ACT/365 is 822 minor units", "[interest]") {
  // 100000 * 1000 bp * 30 days / (10000 * 365) = 821.92 -> 822 (EUR 8.22).
  CHECK(core::AccruedInterestMinor(Fixed(1000), 100000, {}, DayOf("2026-02-01"), DayOf("2026-03-02")) == 822);
  // Both ends included: one day is 100000 * 1000 / 3650000 = 27.4 -> 27.
  CHECK(core::AccruedInterestMinor(Fixed(1000), 100000, {}, DayOf("2026-02-01"), DayOf("2026-02-01")) == 27);
  // ACT/365 even in a leap year: 366 days of 2024 earn 366/365 of a year.
  CHECK(core::AccruedInterestMinor(Fixed(1000), 100000, {}, DayOf("2024-01-01"), DayOf("2024-12-31")) == 10027);
  // An empty period earns nothing.
  CHECK(core::AccruedInterestMinor(Fixed(1000), 100000, {}, DayOf("2026-02-02"), DayOf("2026-02-01")) == 0);
  CHECK(core::AccruedInterestMinor(v1::InterestRule(), 100000, {}, DayOf("2026-02-01"), DayOf("2026-03-02")) == 0);
}

TEST_CASE("a rate change on 1 July splits the period", "[interest]") {
  // ECB-style semesters: 4.00 % in force on 1 January, 4.25 % on 1 July, plus
  // 10 points. EUR 2,500.00 due 2024-05-31, interest as of 2024-07-31:
  //   H1: 2024-06-01..2024-06-30 = 30 days at 1400 bp: 250000 * 1400 * 30 = 10,500,000,000
  //   H2: 2024-07-01..2024-07-31 = 31 days at 1425 bp: 250000 * 1425 * 31 = 11,043,750,000
  //   (10,500,000,000 + 11,043,750,000) / 3,650,000 = 5902.397 -> 5902 (EUR 59.02).
  const v1::InterestRule rule = Reference({{"2024-01-01", 400}, {"2024-07-01", 425}}, 1000);
  CHECK(core::RateOnDay(rule, DayOf("2024-06-30")) == 1400);
  CHECK(core::RateOnDay(rule, DayOf("2024-07-01")) == 1425);
  CHECK(core::RateOnDay(rule, DayOf("2023-12-31")) == 1000);  // Before the table: reference 0.
  CHECK(core::AccruedInterestMinor(rule, 250000, {}, DayOf("2024-06-01"), DayOf("2024-07-31")) == 5902);
  // Not H1's rate for the whole period (61 * 1400 -> 5849) nor H2's (61 * 1425 -> 5954).
  CHECK(core::AccruedInterestMinor(Reference({{"2024-01-01", 400}}, 1000), 250000, {}, DayOf("2024-06-01"),
                                   DayOf("2024-07-31")) == 5849);

  SECTION("rounding happens once, over the exact sum of the segments") {
    // EUR 14.60 at 10 % earns 0.4 minor units a day. Two days on both sides
    // of a change (same rate): 0.4 + 0.4 = 0.8 -> 1, where rounding each
    // segment would give 0 + 0.
    const v1::InterestRule split = Reference({{"2024-01-01", 0}, {"2024-07-01", 0}}, 1000);
    CHECK(core::AccruedInterestMinor(split, 1460, {}, DayOf("2024-06-30"), DayOf("2024-06-30")) == 0);
    CHECK(core::AccruedInterestMinor(split, 1460, {}, DayOf("2024-07-01"), DayOf("2024-07-01")) == 0);
    CHECK(core::AccruedInterestMinor(split, 1460, {}, DayOf("2024-06-30"), DayOf("2024-07-01")) == 1);
    // Half up: 1825 minor at 10 % for 1 day is exactly 0.5 -> 1.
    CHECK(core::AccruedInterestMinor(Fixed(1000), 1825, {}, DayOf("2024-06-30"), DayOf("2024-06-30")) == 1);
  }
}

TEST_CASE("the floor applies when reference plus margin is below it", "[interest]") {
  // Reference 0 % + 5 points is 500 bp, below the 828 bp floor (three times a
  // legal rate of 2.76 %): 100000 * 828 * 30 / 3650000 = 680.5 -> 681.
  const v1::InterestRule rule = Reference({{"2026-01-01", 0}}, 500, 828);
  CHECK(core::RateOnDay(rule, DayOf("2026-02-01")) == 828);
  CHECK(core::AccruedInterestMinor(rule, 100000, {}, DayOf("2026-02-01"), DayOf("2026-03-02")) == 681);
  // Above the floor the table wins.
  const v1::InterestRule high = Reference({{"2026-01-01", 215}}, 1000, 828);
  CHECK(core::RateOnDay(high, DayOf("2026-02-01")) == 1215);
  // A fixed rate has a floor too.
  v1::InterestRule fixed = Fixed(300);
  fixed.set_floor_bp(828);
  CHECK(core::RateOnDay(fixed, DayOf("2026-02-01")) == 828);
}

TEST_CASE("interest follows the principal: a partial payment mid-period, a reversal undoes it", "[interest]") {
  const v1::DunningPolicy policy = FlatPolicy();
  MiniEngine engine;
  Run(engine, Invoice("inv", "DR1", "D1", 100000, "2026-01-01", "2026-01-31"));
  // Due 2026-01-31: interest runs from 2026-02-01. Nothing on the due date.
  CHECK(OwedOn(engine, "D1", policy, "2026-01-31").interest_minor == 0);
  CHECK(OwedOn(engine, "D1", policy, "2026-03-02").interest_minor == 822);  // 30 days on 1,000.00.

  // EUR 400.00 paid with value date 2026-02-10, as of 2026-03-02:
  //   2026-02-01..02-09:  9 days on 100000: 900,000,000
  //   2026-02-10..03-02: 21 days on  60000: 1,260,000,000
  //   2,160,000,000 / 3,650,000 = 591.8 -> 592.
  Run(engine, Payment("pay", "DR1", "D1", "P1", 40000, "2026-02-10"));
  core::Owed owed = OwedOn(engine, "D1", policy, "2026-03-02");
  CHECK(owed.principal_minor == 60000);
  CHECK(owed.interest_minor == 592);
  CHECK(owed.indemnity_minor == 4000);  // Still due after a partial payment.
  CHECK(owed.total_minor == 60000 + 592 + 4000);

  // The payment bounces: it never paid anything, the 30 days run on 1,000.00 again.
  Run(engine, Reversal("rev", "DR1", "P1", "2026-02-20"));
  owed = OwedOn(engine, "D1", policy, "2026-03-02");
  CHECK(owed.principal_minor == 100000);
  CHECK(owed.interest_minor == 822);

  // A credit note reduces the principal from the start: 25 % off -> 822 * 0.75 = 616.4.
  Run(engine, CreditNote("cn", "DR1", "D1", 25000, "2026-02-25"));
  CHECK(OwedOn(engine, "D1", policy, "2026-03-02").interest_minor == 616);
}

TEST_CASE("a partial dispute takes the disputed amount out of the principal from its opening", "[interest]") {
  const v1::DunningPolicy policy = FlatPolicy();
  MiniEngine engine;
  Run(engine, Invoice("inv", "DR1", "D1", 100000, "2026-01-01", "2026-01-31"));
  // EUR 300.00 disputed on 2026-02-11: 10 days on 100000 then 20 days on 70000:
  // (1,000,000,000 + 1,400,000,000) / 3,650,000 = 657.5 -> 658.
  Run(engine, Dispute("dsp", "DR1", "D1", "2026-02-11", 30000));
  const core::Owed owed = OwedOn(engine, "D1", policy, "2026-03-02");
  CHECK(owed.principal_minor == 70000);
  CHECK(owed.interest_minor == 658);
}

TEST_CASE("interest over the days of a dispute the creditor won: accrued by default, suspended if the policy says so",
          "[interest]") {
  // EUR 1,000.00 due 2026-01-31 at 10 %, disputed in full on 2026-03-02,
  // resolved on 2026-04-01; owed on 2026-04-30.
  //   accrue:  2026-02-01 .. 2026-04-30, 89 days: 100000 * 1000 * 89 / 3650000 = 2438.4 -> 2438
  //   suspend: without 2026-03-02 .. 2026-03-31 (30 days), 59 days:            = 1616.4 -> 1616
  // Settled with EUR 400.00 credited (a credit counts from the start):
  //   accrue:  60000 * 1000 * 89 / 3650000 = 1463.0 -> 1463
  //   suspend: 60000 * 1000 * 59 / 3650000 =  969.9 ->  970
  const auto owed_after = [](v1::DisputeInterest mode, v1::DisputeOutcome outcome, std::int64_t credited) {
    v1::DunningPolicy policy = FlatPolicy();
    policy.mutable_debtor_rules(0)->mutable_interest()->set_during_dispute(mode);
    MiniEngine engine;
    *engine.meta.mutable_policy() = policy;
    Run(engine, Invoice("inv", "DR1", "D1", 100000, "2026-01-01", "2026-01-31"));
    Run(engine, Dispute("dsp", "DR1", "D1", "2026-03-02"));
    // While the dispute is open, both exclude the disputed amount: 29 days
    // (2026-02-01 .. 2026-03-01) on 100000 = 794.5 -> 795.
    CHECK(OwedOn(engine, "D1", policy, "2026-03-15").interest_minor == 795);
    Run(engine, Resolve("res", "DR1", "D1", outcome, "2026-04-01", credited));
    return OwedOn(engine, "D1", policy, "2026-04-30").interest_minor;
  };
  using v1::DISPUTE_INTEREST_ACCRUE, v1::DISPUTE_INTEREST_SUSPEND, v1::DISPUTE_INTEREST_UNSPECIFIED;
  CHECK(owed_after(DISPUTE_INTEREST_UNSPECIFIED, v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, 0) == 2438);
  CHECK(owed_after(DISPUTE_INTEREST_ACCRUE, v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, 0) == 2438);
  CHECK(owed_after(DISPUTE_INTEREST_SUSPEND, v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, 0) == 1616);
  CHECK(owed_after(DISPUTE_INTEREST_ACCRUE, v1::DISPUTE_OUTCOME_SETTLED, 40000) == 1463);
  CHECK(owed_after(DISPUTE_INTEREST_SUSPEND, v1::DISPUTE_OUTCOME_SETTLED, 40000) == 970);
  // The default records nothing in the state (and so changes no digest).
  MiniEngine engine;
  *engine.meta.mutable_policy() = FlatPolicy();
  Run(engine, Invoice("inv", "DR1", "D1", 100000, "2026-01-01", "2026-01-31"));
  Run(engine, Dispute("dsp", "DR1", "D1", "2026-03-02"));
  Run(engine, Resolve("res", "DR1", "D1", v1::DISPUTE_OUTCOME_CREDITOR_UPHELD, "2026-04-01"));
  CHECK(engine.access.debts.at("D1").interest_suspended_size() == 0);
}

TEST_CASE("consumers: interest only after the formal notice, no indemnity", "[interest]") {
  const v1::DunningPolicy policy = FlatPolicy();
  MiniEngine engine;
  Run(engine, DayClosedEvent("day", "2026-02-01"));
  Run(engine, Invoice("inv", "DC1", "C1", 100000, "2026-01-01", "2026-01-31", "EUR", v1::DEBTOR_TYPE_B2C));
  Run(engine, Reminder("r1", "DC1", "C1", 1, v1::CHANNEL_EMAIL, "2026-02-07"));
  core::Owed owed = OwedOn(engine, "C1", policy, "2026-03-02");
  CHECK(owed.interest_minor == 0);  // A reminder is not a formal notice.
  CHECK(owed.indemnity_minor == 0);
  CHECK(owed.total_minor == 100000);

  // Formal notice on 2026-02-20: interest from 2026-02-21 to 2026-03-02,
  // 10 days: 100000 * 1000 * 10 / 3650000 = 274.
  Run(engine, Reminder("r2", "DC1", "C1", 2, v1::CHANNEL_FORMAL_NOTICE, "2026-02-20"));
  owed = OwedOn(engine, "C1", policy, "2026-03-02");
  CHECK(owed.interest_minor == 274);
  CHECK(owed.indemnity_minor == 0);
  CHECK(OwedOn(engine, "C1", policy, "2026-02-20").interest_minor == 0);

  // The same debt for a trader would owe interest from the due date.
  MiniEngine b2b;
  Run(b2b, Invoice("inv", "DB1", "B1", 100000, "2026-01-01", "2026-01-31"));
  CHECK(OwedOn(b2b, "B1", policy, "2026-03-02").interest_minor == 822);
}

TEST_CASE("no interest nor indemnity on a debt not yet due or closed", "[interest]") {
  const v1::DunningPolicy policy = FlatPolicy();
  MiniEngine engine;
  Run(engine, Invoice("inv1", "DR1", "D1", 100000, "2026-01-01", "2026-03-31"));
  core::Owed owed = OwedOn(engine, "D1", policy, "2026-03-31");  // The due date itself.
  CHECK(owed.interest_minor == 0);
  CHECK(owed.indemnity_minor == 0);
  CHECK(owed.total_minor == 100000);

  Run(engine, Invoice("inv2", "DR1", "D2", 100000, "2026-01-01", "2026-01-31"));
  Run(engine, Payment("pay", "DR1", "D2", "P1", 100000, "2026-02-15"));
  owed = OwedOn(engine, "D2", policy, "2026-03-02");
  CHECK(owed.principal_minor == 0);
  CHECK(owed.interest_minor == 0);
  CHECK(owed.indemnity_minor == 0);
  CHECK(owed.total_minor == 0);
}

TEST_CASE("no interest nor indemnity on a written-off debt", "[interest]") {
  // interest.h: "nothing for a closed or not yet due debt". A write-off
  // closes the debt with its balance left (written_off_minor records it).
  const v1::DunningPolicy policy = FlatPolicy();
  MiniEngine engine;
  Run(engine, Invoice("inv", "DR1", "D1", 100000, "2026-01-01", "2026-01-31"));
  v1::Event write_off = Envelope("wo", "DR1", "D1");
  *write_off.mutable_written_off()->mutable_date() = D("2026-02-15");
  write_off.mutable_written_off()->set_reason("uncollectable");
  Run(engine, write_off);
  REQUIRE(engine.access.debts.at("D1").status() == v1::DEBT_STATUS_WRITTEN_OFF);
  const core::Owed owed = OwedOn(engine, "D1", policy, "2026-03-02");
  CHECK(owed.interest_minor == 0);
  CHECK(owed.indemnity_minor == 0);
}

TEST_CASE("the recovery indemnity: once per late invoice, not under insolvency, not for consumers", "[interest]") {
  const v1::DunningPolicy policy = FlatPolicy();
  MiniEngine engine;
  Run(engine, Invoice("inv1", "DR1", "D1", 100000, "2026-01-01", "2026-01-31"));
  Run(engine, Invoice("inv2", "DR1", "D2", 5000, "2026-01-01", "2026-02-10"));
  // Each late invoice owes EUR 40 once, whatever its amount and however long
  // it is late: the figure does not grow with time or with reminders.
  CHECK(OwedOn(engine, "D1", policy, "2026-02-01").indemnity_minor == 4000);
  CHECK(OwedOn(engine, "D1", policy, "2026-12-31").indemnity_minor == 4000);
  CHECK(OwedOn(engine, "D2", policy, "2026-02-10").indemnity_minor == 0);  // Not late yet.
  CHECK(OwedOn(engine, "D2", policy, "2026-02-11").indemnity_minor == 4000);

  // Insolvency proceedings: no indemnity while they are open.
  Run(engine, Insolvency("ins", "DR1", "2026-03-01", false));
  CHECK(OwedOn(engine, "D1", policy, "2026-03-02").indemnity_minor == 0);
  CHECK(OwedOn(engine, "D1", policy, "2026-03-02").interest_minor > 0);  // Interest still runs.
  Run(engine, Insolvency("ins-end", "DR1", "2026-06-01", true));
  CHECK(OwedOn(engine, "D1", policy, "2026-06-02").indemnity_minor == 4000);

  // An indemnity in another currency than the debt's is not claimed unless
  // the policy says how (next test).
  Run(engine, Invoice("inv3", "DR1", "D3", 100000, "2026-01-01", "2026-01-31", "USD"));
  CHECK(OwedOn(engine, "D3", policy, "2026-03-02").indemnity_minor == 0);

  // A policy without trader rules still claims the legal EUR 40.
  v1::DunningPolicy bare;
  bare.set_policy_id("bare");
  bare.set_version(1);
  CHECK(OwedOn(engine, "D1", bare, "2026-06-02").indemnity_minor == 4000);
  CHECK(OwedOn(engine, "D1", bare, "2026-06-02").interest_minor == 0);  // No rule: no interest.
  CHECK(core::RulesFor(bare, v1::DEBTOR_TYPE_B2B).limitation_years() == 5);
  CHECK(core::RulesFor(bare, v1::DEBTOR_TYPE_B2C).limitation_years() == 2);
  CHECK(core::RulesFor(bare, v1::DEBTOR_TYPE_B2C).recovery_indemnity().amount_minor() == 0);
}

TEST_CASE("the recovery indemnity on a B2B debt in USD follows indemnity_other_currency", "[interest]") {
  MiniEngine engine;
  Run(engine, Invoice("inv", "DR1", "D1", 100000, "2026-01-01", "2026-01-31", "USD"));
  v1::DunningPolicy policy = FlatPolicy();
  v1::DebtorTypeRules& b2b = *policy.mutable_debtor_rules(0);
  const core::Owed unset = OwedOn(engine, "D1", policy, "2026-03-02");
  // Absent: none, as before the field existed (older policies replay the same).
  CHECK(unset.indemnity_minor == 0);
  CHECK(unset.total_minor == unset.principal_minor + unset.interest_minor);
  b2b.set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_NONE);
  CHECK(OwedOn(engine, "D1", policy, "2026-03-02").indemnity_minor == 0);

  // AS_STATED: the law's EUR 40, in euros, beside the dollars.
  b2b.set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_AS_STATED);
  const core::Owed stated = OwedOn(engine, "D1", policy, "2026-03-02");
  CHECK(stated.indemnity_minor == 4000);
  CHECK(stated.indemnity_currency == "EUR");
  CHECK(stated.total_minor == stated.principal_minor + stated.interest_minor);  // USD only.
  CHECK(stated.interest_minor == unset.interest_minor);
  // Still not under insolvency proceedings, nor for a debt not yet late.
  CHECK(OwedOn(engine, "D1", policy, "2026-01-31").indemnity_minor == 0);

  // BY_CURRENCY: the table's amount in the debt's currency; none if absent.
  b2b.set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_BY_CURRENCY);
  *b2b.add_recovery_indemnity_by_currency() = M(4500, "USD");
  const core::Owed table = OwedOn(engine, "D1", policy, "2026-03-02");
  CHECK(table.indemnity_minor == 4500);
  CHECK(table.indemnity_currency.empty());
  CHECK(table.total_minor == table.principal_minor + table.interest_minor + 4500);
  Run(engine, Invoice("inv-gbp", "DR1", "D2", 100000, "2026-01-01", "2026-01-31", "GBP"));
  CHECK(OwedOn(engine, "D2", policy, "2026-03-02").indemnity_minor == 0);
  // A debt in the rule's own currency is untouched by all this.
  Run(engine, Invoice("inv-eur", "DR1", "D3", 100000, "2026-01-01", "2026-01-31"));
  CHECK(OwedOn(engine, "D3", policy, "2026-03-02").indemnity_minor == 4000);

  Run(engine, Insolvency("ins", "DR1", "2026-03-01", false));
  b2b.set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_AS_STATED);
  b2b.clear_recovery_indemnity_by_currency();
  CHECK(OwedOn(engine, "D1", policy, "2026-03-02").indemnity_minor == 0);
}

TEST_CASE("interest periods: one per run of one principal and one rate, for the letter", "[interest]") {
  // The 1 July split of the test above, and a payment of EUR 1,000.00 on
  // 2024-07-16: three periods, and the same total as without asking for them.
  const v1::InterestRule rule = Reference({{"2024-01-01", 400}, {"2024-07-01", 425}}, 1000);
  const std::vector<core::PrincipalChange> changes = {{DayOf("2024-07-16"), -100000}};
  std::vector<core::InterestPeriod> periods;
  const std::int64_t with =
      core::AccruedInterestMinor(rule, 250000, changes, DayOf("2024-06-01"), DayOf("2024-07-31"), &periods);
  CHECK(with == core::AccruedInterestMinor(rule, 250000, changes, DayOf("2024-06-01"), DayOf("2024-07-31")));
  REQUIRE(periods.size() == 3);
  auto is = [](const core::InterestPeriod& p, const char* first, const char* last, std::int32_t rate,
               std::int64_t principal) {
    return p.first_day == DayOf(first) && p.last_day == DayOf(last) && p.rate_bp == rate &&
           p.principal_minor == principal;
  };
  CHECK(is(periods[0], "2024-06-01", "2024-06-30", 1400, 250000));
  CHECK(is(periods[1], "2024-07-01", "2024-07-15", 1425, 250000));
  CHECK(is(periods[2], "2024-07-16", "2024-07-31", 1425, 150000));
  // A change of reference that leaves the rate where it was (the floor
  // holds it) does not cut the period; days without principal are left out.
  periods.clear();
  const v1::InterestRule floored = Reference({{"2024-01-01", 0}, {"2024-07-01", 100}}, 500, 828);
  core::AccruedInterestMinor(floored, 1000, {{DayOf("2024-07-10"), -1000}}, DayOf("2024-06-01"), DayOf("2024-07-31"),
                             &periods);
  REQUIRE(periods.size() == 1);
  CHECK(is(periods[0], "2024-06-01", "2024-07-09", 828, 1000));
}

TEST_CASE("AddMonths clamps to month ends, IsoWeekday counts from a Thursday", "[interest][civil_date]") {
  auto add = [](const char* day, int months) { return FormatDay(AddMonths(DayOf(day), months)); };
  CHECK(add("2024-01-31", 1) == "2024-02-29");
  CHECK(add("2023-01-31", 1) == "2023-02-28");
  CHECK(add("2024-02-29", 12) == "2025-02-28");
  CHECK(add("2024-02-29", 48) == "2028-02-29");
  CHECK(add("2024-03-31", -1) == "2024-02-29");
  CHECK(add("2024-05-31", 1) == "2024-06-30");
  CHECK(add("2024-12-31", 2) == "2025-02-28");
  CHECK(add("2024-01-15", -1) == "2023-12-15");
  CHECK(add("2026-01-31", 60) == "2031-01-31");  // Five years of limitation.
  CHECK(add("2028-02-29", 60) == "2033-02-28");
  CHECK(add("1970-01-31", 1) == "1970-02-28");
  CHECK(add("2026-05-04", 0) == "2026-05-04");

  CHECK(IsoWeekday(DayOf("1970-01-01")) == 4);  // Thursday.
  CHECK(IsoWeekday(DayOf("1970-01-04")) == 7);  // Sunday.
  CHECK(IsoWeekday(DayOf("1970-01-05")) == 1);  // Monday.
  CHECK(IsoWeekday(DayOf("2024-02-29")) == 4);
  CHECK(IsoWeekday(DayOf("2026-03-01")) == 7);
  CHECK(IsoWeekday(DayOf("2026-03-02")) == 1);
  CHECK(IsoWeekday(DayOf("2199-12-31")) == 2);
}

}  // namespace
}  // namespace relance::testing
