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

// The conversions below are inline: dates are read on every event and every
// DayClosed visit, and a call per look showed in replay profiles (ToDay was
// 6 % of a replay).
constexpr bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
constexpr int DaysInMonth(int year, int month) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// Days since the epoch of a valid y-m-d (no validation; see IsValidCivil).
// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
constexpr Day DaysFromCivil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}
void CivilFromDays(Day days, int* year, int* month, int* day);

// True for a real calendar date within [kYearMin, kYearMax].
constexpr bool IsValidCivil(int year, int month, int day) {
  if (year < kYearMin || year > kYearMax) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= DaysInMonth(year, month);
}

// An unset message (all zero) is "absent".
inline bool IsUnset(const v1::CivilDate& date) { return date.year() == 0 && date.month() == 0 && date.day() == 0; }
// kNoDay when unset; nullopt when set but invalid or out of range.
inline std::optional<Day> ToDay(const v1::CivilDate& date) {
  const int year = date.year(), month = date.month(), day = date.day();
  if (year == 0 && month == 0 && day == 0) return kNoDay;
  if (!IsValidCivil(year, month, day)) return std::nullopt;
  return DaysFromCivil(year, month, day);
}
// The day, kNoDay when unset or invalid: for rules that treat both as "no date".
inline Day DayOf(const v1::CivilDate& date) { return ToDay(date).value_or(kNoDay); }
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
