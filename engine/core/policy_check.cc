#include "engine/core/policy_check.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <set>
#include <string_view>

#include "engine/core/civil_date.h"
#include "engine/core/limits.h"
#include "engine/core/money.h"
#include "engine/core/segment.h"
#include "engine/core/text.h"
#include "engine/core/validate.h"

namespace relance::core {
namespace {

using Errors = std::vector<PolicyError>;

// Bytes of a policy's own text quoted in an error, at most, before "...".
constexpr std::size_t kQuotedBytesMax = 64;

// A string of the policy in an error. Errors are printed on a terminal
// (`relance policy validate`): a control byte or an escape sequence written
// in the file ("\u001b" in JSON) is shown escaped, never run, and a long
// string is cut.
std::string Quoted(std::string_view text) { return "'" + OneLine(text, kQuotedBytesMax) + "'"; }

void Add(Errors* errors, std::string path, std::string message) {
  errors->push_back(PolicyError{std::move(path), std::move(message)});
}

void CheckRange(Errors* errors, std::string path, std::int64_t value, std::int64_t min, std::int64_t max) {
  if (value < min || value > max) Add(errors, std::move(path), fmt::format("{} is not in {}..{}", value, min, max));
}

// A required date: set, real, within the engine's years.
void CheckDate(Errors* errors, std::string path, const v1::CivilDate& date) {
  const std::optional<Day> day = ToDay(date);
  if (day && *day == kNoDay) {
    Add(errors, std::move(path), "is missing");
  } else if (!day) {
    Add(errors, std::move(path),
        fmt::format("{:04d}-{:02d}-{:02d} is not a valid date in {}..{}", date.year(), date.month(), date.day(),
                    kYearMin, kYearMax));
  }
}

void CheckCount(Errors* errors, std::string path, int count, std::size_t max) {
  if (static_cast<std::size_t>(count) > max) Add(errors, std::move(path), fmt::format("more than {} entries", max));
}

void CheckHeader(const v1::DunningPolicy& policy, Errors* errors) {
  if (!IsValidId(policy.policy_id())) {
    Add(errors, "policy_id", fmt::format("must be 1..{} printable ASCII characters, without spaces", kIdLengthMax));
  }
  if (policy.version() < 1) Add(errors, "version", "must be 1 or more (0 is unset)");
  CheckDate(errors, "effective_from", policy.effective_from());
  if (policy.has_promise_grace_days()) {
    CheckRange(errors, "promise_grace_days", policy.promise_grace_days(), 0, kGraceDaysMax);
  }
  if (policy.has_instalment_grace_days()) {
    CheckRange(errors, "instalment_grace_days", policy.instalment_grace_days(), 0, kGraceDaysMax);
  }
  if (policy.has_limitation_warning_days()) {
    CheckRange(errors, "limitation_warning_days", policy.limitation_warning_days(), 0, kLimitationWarningDaysMax);
  }
  if (policy.has_day_close_step_days_max()) {
    CheckRange(errors, "day_close_step_days_max", policy.day_close_step_days_max(), kDayCloseStepDaysMin,
               kDayCloseStepDaysMax);
  }
  // A binary policy may carry a number this version has no rule for.
  if (!v1::CreditApplicationRule_IsValid(policy.credit_application())) {
    Add(errors, "credit_application", fmt::format("unknown rule {}", static_cast<int>(policy.credit_application())));
  }
}

void CheckMinimumBalance(const v1::DunningPolicy& policy, Errors* errors) {
  CheckCount(errors, "minimum_balance", policy.minimum_balance_size(), kPolicyCurrenciesMax);
  std::set<std::string> seen;
  for (int i = 0; i < policy.minimum_balance_size(); ++i) {
    const v1::Money& money = policy.minimum_balance(i);
    const std::string path = fmt::format("minimum_balance[{}]", i);
    if (!IsCurrencyCode(money.currency())) {
      Add(errors, path + ".currency",
          fmt::format("{} is not an ISO 4217 code (3 upper-case letters)", Quoted(money.currency())));
    } else if (!seen.insert(money.currency()).second) {
      Add(errors, path + ".currency", fmt::format("{} appears twice", money.currency()));
    }
    CheckRange(errors, path + ".amount_minor", money.amount_minor(), 0, kAmountMinorMax);
  }
}

// Levels rise strictly and offsets never go back, so that a later step is
// never due before an earlier one; the courtesy notice (level 0) comes on or
// before the due date, every reminder after it.
void CheckStep(const v1::LadderStep& step, const v1::LadderStep* previous, const std::string& path, Errors* errors) {
  if (previous != nullptr && step.level() <= previous->level()) {
    Add(errors, path + ".level",
        fmt::format("{} is not above the previous step's level {}", step.level(), previous->level()));
  }
  if (previous != nullptr && step.day_offset() < previous->day_offset()) {
    Add(errors, path + ".day_offset",
        fmt::format("{} is before the previous step's day_offset {}", step.day_offset(), previous->day_offset()));
  }
  if (step.level() == 0 && step.day_offset() > 0) {
    Add(errors, path + ".day_offset",
        fmt::format("{}: a level-0 courtesy notice comes on or before the due date (<= 0)", step.day_offset()));
  }
  if (step.level() >= 1 && step.day_offset() < 1) {
    Add(errors, path + ".day_offset",
        fmt::format("{}: a reminder (level >= 1) comes after the due date (>= 1)", step.day_offset()));
  }
  CheckRange(errors, path + ".day_offset", step.day_offset(), -kStepDayOffsetMax, kStepDayOffsetMax);
  if (step.channel() == v1::CHANNEL_UNSPECIFIED || !v1::Channel_IsValid(step.channel())) {
    Add(errors, path + ".channel", "is missing");
  }
  if (step.template_id().empty()) Add(errors, path + ".template_id", "is missing");
  if (step.has_deadline_days()) CheckRange(errors, path + ".deadline_days", step.deadline_days(), 1, kDeadlineDaysMax);
}

void CheckLadder(const v1::Ladder& ladder, const std::string& path, Errors* errors) {
  if (!IsLadderSegment(ladder.segment())) {
    Add(errors, path + ".segment",
        fmt::format("{} is not one of \"\", new, reliable, occasional, chronic, at_risk", Quoted(ladder.segment())));
  }
  if (!v1::DebtorType_IsValid(ladder.debtor_type())) Add(errors, path + ".debtor_type", "is not a known debtor type");
  if (ladder.steps_size() == 0) Add(errors, path + ".steps", "a ladder needs at least one step");
  CheckCount(errors, path + ".steps", ladder.steps_size(), kLadderStepsMax);
  for (int i = 0; i < ladder.steps_size(); ++i) {
    const v1::LadderStep* previous = i == 0 ? nullptr : &ladder.steps(i - 1);
    CheckStep(ladder.steps(i), previous, fmt::format("{}.steps[{}]", path, i), errors);
  }
}

// `earlier` catches every debtor `later` would: the first match wins, so
// `later` would never be used.
bool Shadows(const v1::Ladder& earlier, const v1::Ladder& later) {
  const bool segment = earlier.segment().empty() || earlier.segment() == later.segment();
  const bool type =
      earlier.debtor_type() == v1::DEBTOR_TYPE_UNSPECIFIED || earlier.debtor_type() == later.debtor_type();
  return segment && type;
}

void CheckLadders(const v1::DunningPolicy& policy, Errors* errors) {
  CheckCount(errors, "ladders", policy.ladders_size(), kPolicyLaddersMax);
  for (int i = 0; i < policy.ladders_size(); ++i) {
    const std::string path = fmt::format("ladders[{}]", i);
    CheckLadder(policy.ladders(i), path, errors);
    for (int j = 0; j < i; ++j) {
      if (!Shadows(policy.ladders(j), policy.ladders(i))) continue;
      Add(errors, path, fmt::format("never used: ladders[{}] comes first and matches every debtor it matches", j));
      break;
    }
  }
}

void CheckReferenceRates(const v1::InterestRule& rule, const std::string& path, Errors* errors) {
  if (rule.reference_rates_size() == 0) Add(errors, path + ".reference_rates", "REFERENCE_PLUS_MARGIN needs rates");
  CheckCount(errors, path + ".reference_rates", rule.reference_rates_size(), kPolicyRatePeriodsMax);
  std::optional<Day> previous;
  for (int i = 0; i < rule.reference_rates_size(); ++i) {
    const v1::RatePeriod& period = rule.reference_rates(i);
    const std::string at = fmt::format("{}.reference_rates[{}]", path, i);
    CheckRange(errors, at + ".rate_bp", period.rate_bp(), 0, kPolicyRateBpMax);
    const std::optional<Day> from = ToDay(period.from());
    if (!from || *from == kNoDay) {
      CheckDate(errors, at + ".from", period.from());
      continue;
    }
    if (previous && *from <= *previous) {
      Add(errors, at + ".from",
          fmt::format("{} is not after the previous period's {}", FormatDay(*from), FormatDay(*previous)));
    }
    previous = from;
  }
}

// Each kind reads its own fields; a field the kind ignores is a mistake the
// author would not see until the first interest computation.
void CheckInterest(const v1::InterestRule& rule, const std::string& path, Errors* errors) {
  CheckRange(errors, path + ".fixed_rate_bp", rule.fixed_rate_bp(), 0, kPolicyRateBpMax);
  CheckRange(errors, path + ".margin_bp", rule.margin_bp(), 0, kPolicyRateBpMax);
  CheckRange(errors, path + ".floor_bp", rule.floor_bp(), 0, kPolicyRateBpMax);
  switch (rule.kind()) {
    case v1::INTEREST_KIND_UNSPECIFIED: {
      const bool rates = rule.fixed_rate_bp() != 0 || rule.reference_rates_size() > 0 || rule.margin_bp() != 0;
      if (rates) Add(errors, path + ".kind", "is unset (no interest) but rates are given");
      return;
    }
    case v1::INTEREST_KIND_FIXED:
      if (rule.fixed_rate_bp() <= 0) Add(errors, path + ".fixed_rate_bp", "FIXED needs a rate above 0");
      if (rule.reference_rates_size() > 0) Add(errors, path + ".reference_rates", "FIXED ignores reference rates");
      return;
    case v1::INTEREST_KIND_REFERENCE_PLUS_MARGIN:
      if (rule.fixed_rate_bp() != 0) Add(errors, path + ".fixed_rate_bp", "REFERENCE_PLUS_MARGIN ignores it");
      CheckReferenceRates(rule, path, errors);
      return;
    default:
      Add(errors, path + ".kind", "is not a known interest kind");
  }
}

void CheckIndemnity(const v1::Money& money, const std::string& path, Errors* errors) {
  CheckRange(errors, path + ".amount_minor", money.amount_minor(), 0, kAmountMinorMax);
  const bool needed = money.amount_minor() != 0 || !money.currency().empty();
  if (needed && !IsCurrencyCode(money.currency())) {
    Add(errors, path + ".currency",
        fmt::format("{} is not an ISO 4217 code (3 upper-case letters)", Quoted(money.currency())));
  }
}

// The other-currency rule and its table: a table only with BY_CURRENCY (a
// table the rule ignores is a mistake the author should hear of), each
// currency once and bounded like the other per-currency lists.
void CheckIndemnityOtherCurrency(const v1::DebtorTypeRules& rules, const std::string& path, Errors* errors) {
  const auto mode = rules.indemnity_other_currency();
  if (!v1::IndemnityOtherCurrency_IsValid(mode)) {
    Add(errors, path + ".indemnity_other_currency", fmt::format("unknown value {}", static_cast<int>(mode)));
  }
  const auto& table = rules.recovery_indemnity_by_currency();
  if (mode == v1::INDEMNITY_OTHER_CURRENCY_BY_CURRENCY && table.empty()) {
    Add(errors, path + ".recovery_indemnity_by_currency", "is empty, which INDEMNITY_OTHER_CURRENCY_BY_CURRENCY reads");
  }
  if (mode != v1::INDEMNITY_OTHER_CURRENCY_BY_CURRENCY && !table.empty()) {
    Add(errors, path + ".recovery_indemnity_by_currency", "is read only with INDEMNITY_OTHER_CURRENCY_BY_CURRENCY");
  }
  CheckCount(errors, path + ".recovery_indemnity_by_currency", table.size(), kPolicyCurrenciesMax);
  std::set<std::string> currencies;
  for (int i = 0; i < table.size(); ++i) {
    const std::string item = fmt::format("{}.recovery_indemnity_by_currency[{}]", path, i);
    CheckIndemnity(table.Get(i), item, errors);
    if (!currencies.insert(table.Get(i).currency()).second) {
      Add(errors, item + ".currency", fmt::format("'{}' is listed twice", table.Get(i).currency()));
    }
  }
}

void CheckDebtorRules(const v1::DunningPolicy& policy, Errors* errors) {
  std::set<int> seen;
  for (int i = 0; i < policy.debtor_rules_size(); ++i) {
    const v1::DebtorTypeRules& rules = policy.debtor_rules(i);
    const std::string path = fmt::format("debtor_rules[{}]", i);
    if (rules.debtor_type() != v1::DEBTOR_TYPE_B2B && rules.debtor_type() != v1::DEBTOR_TYPE_B2C) {
      Add(errors, path + ".debtor_type", "must be DEBTOR_TYPE_B2B or DEBTOR_TYPE_B2C");
    } else if (!seen.insert(rules.debtor_type()).second) {
      Add(errors, path + ".debtor_type", fmt::format("{} has rules twice", v1::DebtorType_Name(rules.debtor_type())));
    }
    CheckInterest(rules.interest(), path + ".interest", errors);
    if (rules.has_recovery_indemnity())
      CheckIndemnity(rules.recovery_indemnity(), path + ".recovery_indemnity", errors);
    CheckIndemnityOtherCurrency(rules, path, errors);
    if (rules.has_limitation_years()) {
      CheckRange(errors, path + ".limitation_years", rules.limitation_years(), kLimitationYearsMin,
                 kLimitationYearsMax);
    }
  }
}

void CheckContact(const v1::ContactRules& contact, Errors* errors) {
  if (contact.has_max_contacts_per_week()) {
    CheckRange(errors, "contact.max_contacts_per_week", contact.max_contacts_per_week(), kContactsPerWeekMin,
               kContactsPerWeekMax);
  }
  if (contact.has_cooldown_days())
    CheckRange(errors, "contact.cooldown_days", contact.cooldown_days(), 0, kCooldownDaysMax);
  if (!contact.calendar_id().empty() && !IsValidId(contact.calendar_id())) {
    Add(errors, "contact.calendar_id", "must be printable ASCII without spaces, or empty for none");
  }
}

void CheckOrderForPayment(const v1::OrderForPaymentRules& order, Errors* errors) {
  if (order.has_service_months()) {
    CheckRange(errors, "order_for_payment.service_months", order.service_months(), kOrderMonthsMin, kOrderMonthsMax);
  }
  if (order.has_opposition_months()) {
    CheckRange(errors, "order_for_payment.opposition_months", order.opposition_months(), kOrderMonthsMin,
               kOrderMonthsMax);
  }
  if (order.has_warning_days()) {
    CheckRange(errors, "order_for_payment.warning_days", order.warning_days(), 0, kOrderWarningDaysMax);
  }
}

void CheckSegments(const v1::SegmentRules& segments, Errors* errors) {
  if (segments.has_reliable_max_late_pct()) {
    CheckRange(errors, "segments.reliable_max_late_pct", segments.reliable_max_late_pct(), 0, kPercentMax);
  }
  if (segments.has_chronic_min_late_pct()) {
    CheckRange(errors, "segments.chronic_min_late_pct", segments.chronic_min_late_pct(), 0, kPercentMax);
  }
}

}  // namespace

bool IsLadderSegment(const std::string& segment) {
  if (segment.empty()) return true;
  constexpr std::array<Segment, 5> kSegments = {Segment::kNew, Segment::kReliable, Segment::kOccasional,
                                                Segment::kChronic, Segment::kAtRisk};
  for (Segment s : kSegments) {
    if (SegmentName(s) == segment) return true;
  }
  return false;
}

std::vector<PolicyError> CheckCalendar(const v1::CalendarPublished& calendar) {
  Errors errors;
  if (!IsValidId(calendar.calendar_id())) {
    Add(&errors, "calendar_id", fmt::format("must be 1..{} printable ASCII characters, without spaces", kIdLengthMax));
  }
  if (calendar.holidays_size() == 0) Add(&errors, "holidays", "a calendar needs at least one day");
  CheckCount(&errors, "holidays", calendar.holidays_size(), kCalendarDaysMax);
  std::optional<Day> previous;
  for (int i = 0; i < calendar.holidays_size(); ++i) {
    const std::string path = fmt::format("holidays[{}]", i);
    const std::optional<Day> day = ToDay(calendar.holidays(i));
    if (!day || *day == kNoDay) {
      CheckDate(&errors, path, calendar.holidays(i));
      continue;
    }
    if (previous && *day <= *previous) {
      Add(&errors, path, fmt::format("{} is not after the previous day {}", FormatDay(*day), FormatDay(*previous)));
    }
    previous = day;
  }
  return errors;
}

std::vector<PolicyError> CheckPolicy(const v1::DunningPolicy& policy) {
  Errors errors;
  CheckHeader(policy, &errors);
  CheckMinimumBalance(policy, &errors);
  CheckLadders(policy, &errors);
  CheckDebtorRules(policy, &errors);
  CheckContact(policy.contact(), &errors);
  CheckOrderForPayment(policy.order_for_payment(), &errors);
  CheckSegments(policy.segments(), &errors);
  return errors;
}

}  // namespace relance::core
