// Civil dates as day numbers: conversions between relance.v1.CivilDate and a
// count of days since 1970-01-01, validation and ISO formatting. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "relance/v1/common.pb.h"

namespace relance {

// Days since 1970-01-01. kNoDay means "absent" (an unset CivilDate).
using Day = std::int32_t;
inline constexpr Day kNoDay = INT32_MIN;

// The engine accepts dates from 1970-01-01 to 2199-12-31.
inline constexpr int kYearMin = 1970;
inline constexpr int kYearMax = 2199;

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

// Days since the epoch of a valid y-m-d (no validation; see IsValidCivil).
Day DaysFromCivil(int year, int month, int day);
void CivilFromDays(Day days, int* year, int* month, int* day);

// True for a real calendar date within [kYearMin, kYearMax].
bool IsValidCivil(int year, int month, int day);

// An unset message (all zero) is "absent".
bool IsUnset(const v1::CivilDate& date);
// kNoDay when unset; nullopt when set but invalid or out of range.
std::optional<Day> ToDay(const v1::CivilDate& date);
v1::CivilDate ToCivil(Day day);
void SetCivil(Day day, v1::CivilDate* out);

// The same day `months` later (earlier when negative), clamped to the end of
// a shorter month: 2024-01-31 + 1 month is 2024-02-29, 2024-02-29 + 12 months
// is 2025-02-28. REQUIRES: day != kNoDay.
Day AddMonths(Day day, int months);
// 1 = Monday ... 7 = Sunday (ISO 8601).
int IsoWeekday(Day day);

// "YYYY-MM-DD"; "-" for kNoDay.
std::string FormatDay(Day day);
std::optional<Day> ParseDay(std::string_view iso);

}  // namespace relance
