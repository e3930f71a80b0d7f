// Language-aware formatting for letters: amounts, dates and channel names.
// Pure functions of their arguments (no locale, no wall clock), so a letter
// rendered twice is the same byte for byte.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/civil_date.h"
#include "relance/v1/common.pb.h"

namespace relance::letters {

enum class Language { kFrench, kEnglish };

// "fr" or "en" (what file names and --lang use).
std::string_view LanguageCode(Language language);
std::optional<Language> ParseLanguage(std::string_view code);

// An amount in minor units as a reader expects it, with integer arithmetic
// only (the currency's exponent comes from ISO 4217, JPY has none):
//   French:  "1 234,56 €", "-5,00 €", "1 234 JPY", "12,345 TND" (code after the number;
//            "€" for EUR)
//   English: "EUR 1,234.56", "EUR -5.00", "JPY 1,234"
// The separators are plain ASCII spaces; HTML templates keep an amount on one
// line with CSS rather than with no-break spaces, so that text files and
// subjects stay plain.
std::string FormatAmount(std::int64_t amount_minor, std::string_view currency, Language language);

// French "23 novembre 2026" ("1er mars 2026"), English "23 November 2026".
// "-" for kNoDay.
std::string FormatDateLong(Day day, Language language);
// French "23/11/2026"; English uses the long form, which no reader misreads
// as month/day. "-" for kNoDay.
std::string FormatDateShort(Day day, Language language);

// "e-mail", "courrier recommandé"...: how an earlier contact is named in a
// letter's summary of reminders.
std::string_view ChannelName(v1::Channel channel, Language language);

// An annual rate in basis points: French "12,15 %", "8 %"; English "12.15%",
// "8%" (the decimals only when there are some).
std::string FormatRate(std::int32_t rate_bp, Language language);

// The name of a ladder level in a summary of reminders: French "1re relance",
// "2e relance"; English "1st reminder", "2nd reminder", "11th reminder".
std::string LevelName(std::uint32_t level, Language language);

}  // namespace relance::letters
