#include "tools/policy/fr_holidays.h"

#include <algorithm>
#include <cassert>

namespace relance::policy {
namespace {

constexpr int kAscensionAfterEaster = 39;
constexpr int kWhitMondayAfterEaster = 50;

}  // namespace

Day EasterSunday(int year) {
  assert(year >= kYearMin && year <= kYearMax);
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil(year, month, day);
}

std::vector<Day> FrenchPublicHolidays(int year) {
  const Day easter = EasterSunday(year);
  std::vector<Day> days = {
      DaysFromCivil(year, 1, 1),      easter + 1,
      DaysFromCivil(year, 5, 1),      DaysFromCivil(year, 5, 8),
      easter + kAscensionAfterEaster, easter + kWhitMondayAfterEaster,
      DaysFromCivil(year, 7, 14),     DaysFromCivil(year, 8, 15),
      DaysFromCivil(year, 11, 1),     DaysFromCivil(year, 11, 11),
      DaysFromCivil(year, 12, 25),
  };
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

v1::CalendarPublished FrenchCalendar(int from_year, int to_year) {
  assert(from_year >= kYearMin && from_year <= to_year && to_year <= kYearMax);
  v1::CalendarPublished calendar;
  calendar.set_calendar_id("FR");
  for (int year = from_year; year <= to_year; ++year) {
    for (Day day : FrenchPublicHolidays(year)) SetCivil(day, calendar.add_holidays());
  }
  return calendar;
}

}  // namespace relance::policy
