// French public holidays (jours fériés, Code du travail art. L3133-1) for
// the contact rules' calendar: no dunning contact on these days. Pure.
//
// The eleven national days only: the extra days of Alsace-Moselle (Good
// Friday, 26 December) and of the overseas departments are not included; a
// creditor who needs them publishes its own calendar.
#pragma once

#include <vector>

#include "engine/core/civil_date.h"
#include "relance/v1/events.pb.h"

namespace relance::policy {

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm,
// Meeus/Jones/Butcher). REQUIRES: kYearMin <= year <= kYearMax.
Day EasterSunday(int year);

// The eleven public holidays of `year`, in date order: 1 January, Easter
// Monday, 1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50),
// 14 July, 15 August, 1 November, 11 November, 25 December.
// Ascension can fall on 1 or 8 May; the day is then listed once.
// REQUIRES: kYearMin <= year <= kYearMax.
std::vector<Day> FrenchPublicHolidays(int year);

// The calendar "FR" with the holidays of from_year..to_year.
// REQUIRES: kYearMin <= from_year <= to_year <= kYearMax.
v1::CalendarPublished FrenchCalendar(int from_year, int to_year);

}  // namespace relance::policy
