// Late-payment interest, the recovery indemnity and what a debt owes on a
// given day. Pure, integer arithmetic only.
//
// Interest accrues daily on the unpaid principal, ACT/365 (365 whatever the
// year), from the day after the due date (or after the formal notice when the
// rule says so) up to and including the day asked for. Each day's rate is the
// rate in force that day, so a rate change splits the period. Rounding: the
// exact sum over segments of principal_minor * rate_bp * days is kept as an
// integer and divided once by 10000 * 365, half away from zero, so splitting
// a period never loses or adds a cent.
// Worked example: EUR 1,000.00 at 10 % for 30 days is
// 100000 * 1000 * 30 / 3650000 = 821.9... -> 822 minor units (EUR 8.22).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/debt.h"
#include "engine/core/debtor.h"
#include "relance/v1/policy.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::core {

// The annual rate (bp) a rule gives on `day`: fixed, or reference + margin,
// never below the floor. 0 for INTEREST_KIND_UNSPECIFIED; before the first
// reference rate the reference counts as 0.
std::int32_t RateOnDay(const v1::InterestRule& rule, Day day);

// A change of the unpaid principal on a day (payments negative, reversals positive).
struct PrincipalChange {
  Day day = kNoDay;
  std::int64_t delta_minor = 0;
};

// A run of days with one principal and one rate, as a letter states it.
struct InterestPeriod {
  Day first_day = kNoDay;  // Inclusive.
  Day last_day = kNoDay;   // Inclusive.
  std::int32_t rate_bp = 0;
  std::int64_t principal_minor = 0;
};

// Interest from `first_day` to `last_day` inclusive on a principal that starts
// at `principal_minor` and changes by `changes` (sorted by day; a change on
// day D applies from D on). 0 when last_day < first_day. With `periods`, the
// runs of days that bore interest are appended to it (neighbours with the
// same principal and rate merged).
std::int64_t AccruedInterestMinor(const v1::InterestRule& rule, std::int64_t principal_minor,
                                  const std::vector<PrincipalChange>& changes, Day first_day, Day last_day,
                                  std::vector<InterestPeriod>* periods = nullptr);

// The interest of one period on its own (a letter's or an audit's line):
// principal x rate x days / (10000 x 365), rounded as above. A sum of
// periods' amounts may differ by a minor unit each from the interest of the
// whole run, which is rounded once.
std::int64_t PeriodInterestMinor(std::int64_t principal_minor, std::int32_t rate_bp, std::int64_t days);

// What a debt owes on `day`, per its debtor type's rules in `policy`.
struct Owed {
  std::int64_t principal_minor = 0;  // Balance without the disputed amount.
  std::int64_t interest_minor = 0;
  std::int64_t indemnity_minor = 0;
  // The indemnity's currency when it is not the debt's (the rule's
  // INDEMNITY_OTHER_CURRENCY_AS_STATED); empty when it is the debt's.
  std::string indemnity_currency;
  // principal + interest + the indemnity when it is in the debt's currency.
  std::int64_t total_minor = 0;
  std::vector<InterestPeriod> interest_periods;  // Filled on request only.
};

// Rules of the debtor type (B2B, B2C) with the defaults filled in: B2B
// 5 years and EUR 40 (when the policy has no rules for it at all), B2C 2 years
// and no indemnity. See policy.proto.
v1::DebtorTypeRules RulesFor(const v1::DunningPolicy& policy, v1::DebtorType type);

// The same without the limitation years and the debtor type, by reference
// (into `policy`, or to defaults that live as long as the program): what the
// interest and the indemnity read, without a copy.
const v1::DebtorTypeRules& StatedRulesFor(const v1::DunningPolicy& policy, v1::DebtorType type);

// RulesFor(policy, type).interest().during_dispute() without copying the
// rules, UNSPECIFIED read as ACCRUE.
v1::DisputeInterest DisputeInterestFor(const v1::DunningPolicy& policy, v1::DebtorType type);

// RulesFor(policy, type).limitation_years() without copying the rules (the
// limitation day is computed for every debt scheduled, on the hot path).
std::uint32_t LimitationYears(const v1::DunningPolicy& policy, v1::DebtorType type);

// The indemnity a debt in `currency` bears under `rules` (which must have a
// non-zero recovery_indemnity), with its currency: the rule's own amount in
// the debt's currency, else per indemnity_other_currency. amount_minor 0:
// none.
v1::Money IndemnityFor(const v1::DebtorTypeRules& rules, std::string_view currency);

// Interest on the debt's principal history (its payments' value dates,
// reversals; credit notes reduce the principal from the start) from the day
// after the due date (or the formal notice for after_formal_notice_only),
// without the disputed amount while a dispute is open and over the days of a
// dispute the policy suspended interest for (DebtState.interest_suspended);
// the indemnity once per late invoice of a debtor with a non-zero indemnity
// rule, unless `debtor` is in insolvency proceedings; nothing for a closed
// or not yet due debt. With `with_periods`, also how the interest accrued
// (Owed::interest_periods), for letters.
Owed OwedOn(const Debt& debt, const Debtor& debtor, const v1::DunningPolicy& policy, Day day,
            bool with_periods = false);

}  // namespace relance::core
