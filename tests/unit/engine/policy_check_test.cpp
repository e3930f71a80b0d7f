// The semantic checks of a dunning policy (engine/core/policy_check.h): one
// test per rule, each naming the exact field path of the error.
#include "engine/core/policy_check.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace relance::core {
namespace {

void SetDate(int year, int month, int day, v1::CivilDate* date) {
  date->set_year(year);
  date->set_month(month);
  date->set_day(day);
}

v1::LadderStep* AddStep(v1::Ladder* ladder, int day_offset, std::uint32_t level, v1::Channel channel) {
  v1::LadderStep* step = ladder->add_steps();
  step->set_day_offset(day_offset);
  step->set_level(level);
  step->set_channel(channel);
  step->set_template_id("reminder.courteous");
  return step;
}

// A small valid policy every test breaks in one place.
v1::DunningPolicy ValidPolicy() {
  v1::DunningPolicy policy;
  policy.set_policy_id("test");
  policy.set_version(1);
  SetDate(2025, 1, 1, policy.mutable_effective_from());
  v1::Money* minimum = policy.add_minimum_balance();
  minimum->set_currency("EUR");
  minimum->set_amount_minor(1000);
  v1::Ladder* ladder = policy.add_ladders();
  AddStep(ladder, -3, 0, v1::CHANNEL_EMAIL);
  AddStep(ladder, 7, 1, v1::CHANNEL_EMAIL);
  AddStep(ladder, 14, 2, v1::CHANNEL_PHONE);
  v1::DebtorTypeRules* b2b = policy.add_debtor_rules();
  b2b->set_debtor_type(v1::DEBTOR_TYPE_B2B);
  v1::InterestRule* interest = b2b->mutable_interest();
  interest->set_kind(v1::INTEREST_KIND_REFERENCE_PLUS_MARGIN);
  interest->set_margin_bp(1000);
  v1::RatePeriod* rate = interest->add_reference_rates();
  SetDate(2025, 1, 1, rate->mutable_from());
  rate->set_rate_bp(315);
  rate = interest->add_reference_rates();
  SetDate(2025, 7, 1, rate->mutable_from());
  rate->set_rate_bp(215);
  b2b->mutable_recovery_indemnity()->set_currency("EUR");
  b2b->mutable_recovery_indemnity()->set_amount_minor(4000);
  b2b->set_limitation_years(5);
  return policy;
}

std::vector<std::string> Paths(const v1::DunningPolicy& policy) {
  std::vector<std::string> paths;
  for (const PolicyError& error : CheckPolicy(policy)) {
    INFO(error.field_path << ": " << error.message);
    CHECK_FALSE(error.message.empty());
    paths.push_back(error.field_path);
  }
  return paths;
}

using List = std::vector<std::string>;

TEST_CASE("a valid policy has no errors", "[policy]") { CHECK(Paths(ValidPolicy()).empty()); }

TEST_CASE("policy_id is 1..128 printable ASCII", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.set_policy_id("");
  CHECK(Paths(policy) == List{"policy_id"});
  policy.set_policy_id("has space");
  CHECK(Paths(policy) == List{"policy_id"});
  policy.set_policy_id(std::string(129, 'x'));
  CHECK(Paths(policy) == List{"policy_id"});
  policy.set_policy_id(std::string(128, 'x'));
  CHECK(Paths(policy).empty());
}

TEST_CASE("version is at least 1", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.set_version(0);
  CHECK(Paths(policy) == List{"version"});
}

TEST_CASE("credit_application is a rule this version knows", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.set_credit_application(v1::CREDIT_APPLICATION_OLDEST_OPEN_DEBT);
  CHECK(Paths(policy).empty());
  policy.set_credit_application(static_cast<v1::CreditApplicationRule>(7));
  CHECK(Paths(policy) == List{"credit_application"});
}

TEST_CASE("effective_from is a real date", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.clear_effective_from();
  CHECK(Paths(policy) == List{"effective_from"});
  SetDate(2025, 2, 29, policy.mutable_effective_from());
  CHECK(Paths(policy) == List{"effective_from"});
}

TEST_CASE("grace and warning days are bounded", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.set_promise_grace_days(367);
  policy.set_instalment_grace_days(400);
  policy.set_limitation_warning_days(4000);
  CHECK(Paths(policy) == List{"promise_grace_days", "instalment_grace_days", "limitation_warning_days"});
}

TEST_CASE("the step of a DayClosed is between one day and a month", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  for (std::uint32_t days : {1u, 7u, 31u}) {
    policy.set_day_close_step_days_max(days);
    CHECK(Paths(policy).empty());
  }
  for (std::uint32_t days : {0u, 32u, 36500u}) {
    policy.set_day_close_step_days_max(days);
    CHECK(Paths(policy) == List{"day_close_step_days_max"});
  }
}

TEST_CASE("a ladder names a known segment", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  for (const char* segment : {"new", "reliable", "occasional", "chronic", "at_risk"}) {
    policy.mutable_ladders(0)->set_segment(segment);
    CHECK(Paths(policy).empty());
  }
  policy.mutable_ladders(0)->set_segment("gold");
  CHECK(Paths(policy) == List{"ladders[0].segment"});
}

TEST_CASE("a ladder has steps", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->clear_steps();
  CHECK(Paths(policy) == List{"ladders[0].steps"});
}

TEST_CASE("levels rise strictly", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->mutable_steps(2)->set_level(1);
  CHECK(Paths(policy) == List{"ladders[0].steps[2].level"});
}

TEST_CASE("offsets never go back", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->mutable_steps(2)->set_day_offset(6);
  CHECK(Paths(policy) == List{"ladders[0].steps[2].day_offset"});
  policy.mutable_ladders(0)->mutable_steps(2)->set_day_offset(7);  // The same day is allowed.
  CHECK(Paths(policy).empty());
}

TEST_CASE("a level-0 courtesy notice comes on or before the due date", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->mutable_steps(0)->set_day_offset(0);
  CHECK(Paths(policy).empty());
  policy.mutable_ladders(0)->mutable_steps(0)->set_day_offset(1);
  CHECK(Paths(policy) == List{"ladders[0].steps[0].day_offset"});
}

TEST_CASE("a reminder comes after the due date", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->mutable_steps(1)->set_day_offset(0);
  CHECK(Paths(policy) == List{"ladders[0].steps[1].day_offset"});
}

TEST_CASE("a step has a channel and a template", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->mutable_steps(1)->set_channel(v1::CHANNEL_UNSPECIFIED);
  policy.mutable_ladders(0)->mutable_steps(2)->clear_template_id();
  CHECK(Paths(policy) == List{"ladders[0].steps[1].channel", "ladders[0].steps[2].template_id"});
}

TEST_CASE("a step's deadline and offset are bounded", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->mutable_steps(1)->set_deadline_days(0);
  policy.mutable_ladders(0)->mutable_steps(2)->set_day_offset(5000);
  CHECK(Paths(policy) == List{"ladders[0].steps[1].deadline_days", "ladders[0].steps[2].day_offset"});
  policy.mutable_ladders(0)->mutable_steps(1)->set_deadline_days(8);
  policy.mutable_ladders(0)->mutable_steps(2)->set_day_offset(90);
  CHECK(Paths(policy).empty());
}

TEST_CASE("a ladder after one that matches all its debtors is never used", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  *policy.add_ladders() = policy.ladders(0);
  policy.mutable_ladders(1)->set_segment("chronic");
  CHECK(Paths(policy) == List{"ladders[1]"});
  // Specific first, the catch-all last: both are used.
  policy.mutable_ladders(0)->set_segment("chronic");
  policy.mutable_ladders(1)->set_segment("");
  CHECK(Paths(policy).empty());
  policy.mutable_ladders(0)->set_debtor_type(v1::DEBTOR_TYPE_B2B);
  policy.mutable_ladders(1)->set_segment("chronic");
  CHECK(Paths(policy).empty());
}

TEST_CASE("minimum balances have a currency each, once, and no negative amount", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_minimum_balance(0)->set_currency("eur");
  CHECK(Paths(policy) == List{"minimum_balance[0].currency"});
  policy.mutable_minimum_balance(0)->set_currency("EUR");
  policy.mutable_minimum_balance(0)->set_amount_minor(-1);
  CHECK(Paths(policy) == List{"minimum_balance[0].amount_minor"});
  policy.mutable_minimum_balance(0)->set_amount_minor(0);
  *policy.add_minimum_balance() = policy.minimum_balance(0);
  CHECK(Paths(policy) == List{"minimum_balance[1].currency"});
}

TEST_CASE("an indemnity table per currency only with BY_CURRENCY, each currency once", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  v1::DebtorTypeRules* b2b = policy.mutable_debtor_rules(0);
  b2b->set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_AS_STATED);
  CHECK(Paths(policy).empty());
  b2b->set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_BY_CURRENCY);
  CHECK(Paths(policy) == List{"debtor_rules[0].recovery_indemnity_by_currency"});
  v1::Money* usd = b2b->add_recovery_indemnity_by_currency();
  usd->set_currency("USD");
  usd->set_amount_minor(4500);
  CHECK(Paths(policy).empty());
  *b2b->add_recovery_indemnity_by_currency() = *usd;
  CHECK(Paths(policy) == List{"debtor_rules[0].recovery_indemnity_by_currency[1].currency"});
  b2b->mutable_recovery_indemnity_by_currency(1)->set_currency("usd");
  CHECK(Paths(policy) == List{"debtor_rules[0].recovery_indemnity_by_currency[1].currency"});
  b2b->mutable_recovery_indemnity_by_currency()->RemoveLast();
  b2b->set_indemnity_other_currency(v1::INDEMNITY_OTHER_CURRENCY_NONE);
  CHECK(Paths(policy) == List{"debtor_rules[0].recovery_indemnity_by_currency"});
  b2b->clear_recovery_indemnity_by_currency();
  b2b->set_indemnity_other_currency(static_cast<v1::IndemnityOtherCurrency>(9));
  CHECK(Paths(policy) == List{"debtor_rules[0].indemnity_other_currency"});
}

TEST_CASE("FIXED interest needs a positive rate and no table", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  v1::InterestRule* interest = policy.mutable_debtor_rules(0)->mutable_interest();
  interest->set_kind(v1::INTEREST_KIND_FIXED);
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.fixed_rate_bp", "debtor_rules[0].interest.reference_rates"});
  interest->clear_reference_rates();
  interest->set_fixed_rate_bp(1000);
  CHECK(Paths(policy).empty());
}

TEST_CASE("REFERENCE_PLUS_MARGIN needs a dated table sorted strictly", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  v1::InterestRule* interest = policy.mutable_debtor_rules(0)->mutable_interest();
  SetDate(2025, 1, 1, interest->mutable_reference_rates(1)->mutable_from());
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.reference_rates[1].from"});
  SetDate(2025, 6, 31, interest->mutable_reference_rates(1)->mutable_from());
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.reference_rates[1].from"});
  interest->mutable_reference_rates(1)->clear_from();
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.reference_rates[1].from"});
  interest->clear_reference_rates();
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.reference_rates"});
  interest->set_fixed_rate_bp(800);
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.fixed_rate_bp", "debtor_rules[0].interest.reference_rates"});
}

TEST_CASE("no interest kind means no rates", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_debtor_rules(0)->mutable_interest()->set_kind(v1::INTEREST_KIND_UNSPECIFIED);
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.kind"});
  policy.mutable_debtor_rules(0)->clear_interest();
  CHECK(Paths(policy).empty());
}

TEST_CASE("rates are within 0..100000 bp and the floor is not negative", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  v1::InterestRule* interest = policy.mutable_debtor_rules(0)->mutable_interest();
  interest->mutable_reference_rates(0)->set_rate_bp(100'001);
  interest->mutable_reference_rates(1)->set_rate_bp(-1);
  interest->set_margin_bp(100'001);
  interest->set_floor_bp(-1);
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.margin_bp", "debtor_rules[0].interest.floor_bp",
                              "debtor_rules[0].interest.reference_rates[0].rate_bp",
                              "debtor_rules[0].interest.reference_rates[1].rate_bp"});
  interest->set_kind(v1::INTEREST_KIND_FIXED);
  interest->clear_reference_rates();
  interest->set_margin_bp(0);
  interest->set_floor_bp(0);
  interest->set_fixed_rate_bp(100'001);
  CHECK(Paths(policy) == List{"debtor_rules[0].interest.fixed_rate_bp"});
}

TEST_CASE("the recovery indemnity is not negative and has a currency", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  v1::Money* indemnity = policy.mutable_debtor_rules(0)->mutable_recovery_indemnity();
  indemnity->set_amount_minor(-4000);
  CHECK(Paths(policy) == List{"debtor_rules[0].recovery_indemnity.amount_minor"});
  indemnity->set_amount_minor(4000);
  indemnity->clear_currency();
  CHECK(Paths(policy) == List{"debtor_rules[0].recovery_indemnity.currency"});
  indemnity->set_amount_minor(0);  // Zero without a currency: no indemnity.
  CHECK(Paths(policy).empty());
}

TEST_CASE("limitation is 1..30 years", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_debtor_rules(0)->set_limitation_years(0);
  CHECK(Paths(policy) == List{"debtor_rules[0].limitation_years"});
  policy.mutable_debtor_rules(0)->set_limitation_years(31);
  CHECK(Paths(policy) == List{"debtor_rules[0].limitation_years"});
  policy.mutable_debtor_rules(0)->set_limitation_years(30);
  CHECK(Paths(policy).empty());
}

TEST_CASE("debtor rules name B2B or B2C, once each", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  *policy.add_debtor_rules() = policy.debtor_rules(0);
  CHECK(Paths(policy) == List{"debtor_rules[1].debtor_type"});
  policy.mutable_debtor_rules(1)->set_debtor_type(v1::DEBTOR_TYPE_UNSPECIFIED);
  CHECK(Paths(policy) == List{"debtor_rules[1].debtor_type"});
  policy.mutable_debtor_rules(1)->set_debtor_type(v1::DEBTOR_TYPE_B2C);
  CHECK(Paths(policy).empty());
}

TEST_CASE("contact caps and cooldowns are bounded", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_contact()->set_cooldown_days(31);
  policy.mutable_contact()->set_max_contacts_per_week(0);
  CHECK(Paths(policy) == List{"contact.max_contacts_per_week", "contact.cooldown_days"});
  policy.mutable_contact()->set_cooldown_days(30);
  policy.mutable_contact()->set_max_contacts_per_week(51);
  CHECK(Paths(policy) == List{"contact.max_contacts_per_week"});
  policy.mutable_contact()->set_max_contacts_per_week(50);
  policy.mutable_contact()->set_calendar_id("F R");
  CHECK(Paths(policy) == List{"contact.calendar_id"});
}

TEST_CASE("order-for-payment months are 1..24", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_order_for_payment()->set_service_months(0);
  policy.mutable_order_for_payment()->set_opposition_months(25);
  policy.mutable_order_for_payment()->set_warning_days(400);
  CHECK(Paths(policy) == List{"order_for_payment.service_months", "order_for_payment.opposition_months",
                              "order_for_payment.warning_days"});
  policy.mutable_order_for_payment()->set_service_months(6);
  policy.mutable_order_for_payment()->set_opposition_months(1);
  policy.mutable_order_for_payment()->set_warning_days(30);
  CHECK(Paths(policy).empty());
}

TEST_CASE("segment percentages are at most 100", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_segments()->set_reliable_max_late_pct(101);
  policy.mutable_segments()->set_chronic_min_late_pct(101);
  CHECK(Paths(policy) == List{"segments.reliable_max_late_pct", "segments.chronic_min_late_pct"});
  policy.mutable_segments()->set_reliable_max_late_pct(100);
  policy.mutable_segments()->set_chronic_min_late_pct(100);
  CHECK(Paths(policy).empty());
}

TEST_CASE("every error is reported, not only the first", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.set_version(0);
  policy.mutable_ladders(0)->mutable_steps(1)->clear_template_id();
  policy.mutable_debtor_rules(0)->set_limitation_years(0);
  CHECK(Paths(policy) == List{"version", "ladders[0].steps[1].template_id", "debtor_rules[0].limitation_years"});
}

// Found by the policy fuzz target: a segment written "\u0007" in a JSON file
// reached the terminal of `relance policy validate` as a raw BEL, and an
// escape sequence would have run there.
TEST_CASE("the policy's text quoted in an error is escaped and cut", "[policy]") {
  v1::DunningPolicy policy = ValidPolicy();
  policy.mutable_ladders(0)->set_segment("\x07\x1b[31mred");
  policy.mutable_minimum_balance(0)->set_currency("E\nU");
  policy.mutable_debtor_rules(0)->mutable_recovery_indemnity()->set_currency(std::string(1000, 'x'));
  const std::vector<PolicyError> errors = CheckPolicy(policy);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].message == "'E\\x0aU' is not an ISO 4217 code (3 upper-case letters)");
  CHECK(errors[1].message == "'\\x07\\x1b[31mred' is not one of \"\", new, reliable, occasional, chronic, at_risk");
  CHECK(errors[2].message == "'" + std::string(64, 'x') + "...' is not an ISO 4217 code (3 upper-case letters)");
}

TEST_CASE("a calendar has an id and real days in increasing order", "[policy][calendar]") {
  v1::CalendarPublished calendar;
  calendar.set_calendar_id("FR");
  SetDate(2025, 1, 1, calendar.add_holidays());
  SetDate(2025, 4, 21, calendar.add_holidays());
  std::vector<std::string> paths;
  CHECK(CheckCalendar(calendar).empty());
  calendar.set_calendar_id("");
  SetDate(2025, 4, 21, calendar.add_holidays());
  SetDate(2025, 2, 30, calendar.add_holidays());
  for (const PolicyError& error : CheckCalendar(calendar)) paths.push_back(error.field_path);
  CHECK(paths == List{"calendar_id", "holidays[2]", "holidays[3]"});
  calendar.Clear();
  calendar.set_calendar_id("FR");
  CHECK(CheckCalendar(calendar).size() == 1);
  CHECK(CheckCalendar(calendar)[0].field_path == "holidays");
}

}  // namespace
}  // namespace relance::core
