// Policy and calendar files (tools/policy/policy_file.h): errors at their
// line and column in JSON and text format, and the files shipped in deploy/.
#include "tools/policy/policy_file.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/policy_check.h"
#include "tools/policy/fr_holidays.h"
#include "tools/policy/json_locator.h"

namespace relance::policy {
namespace {

const std::string kSourceDir = RELANCE_SOURCE_DIR;

struct Parsed {
  bool ok = false;
  v1::DunningPolicy policy;
  FieldLocations locations;
  std::vector<Diagnostic> diagnostics;
};

Parsed Parse(const std::string& text, FileFormat format) {
  Parsed parsed;
  parsed.ok = ParseMessage(text, format, &parsed.policy, &parsed.locations, &parsed.diagnostics);
  return parsed;
}

std::string Where(const SourceLocation& location) {
  return std::to_string(location.line) + ":" + std::to_string(location.column);
}

TEST_CASE("file formats follow the extension", "[policy]") {
  CHECK(FileFormatForPath("fr.json") == FileFormat::kJson);
  CHECK(FileFormatForPath("fr.textproto") == FileFormat::kText);
  CHECK(FileFormatForPath("fr.txtpb") == FileFormat::kText);
  CHECK(FileFormatForPath("fr.pbtxt") == FileFormat::kText);
  CHECK_FALSE(FileFormatForPath("fr.yaml").has_value());
}

TEST_CASE("JSON syntax errors are placed at their line and column", "[policy]") {
  FieldLocations locations;
  Diagnostic error;
  CHECK_FALSE(LocateJsonFields("{\n  \"version\": 1\n  \"policy_id\": \"x\"\n}", &locations, &error));
  CHECK(Where(error.location) == "3:3");
  CHECK_FALSE(LocateJsonFields("{\"a\": [1, 2,]}", &locations, &error));
  CHECK(Where(error.location) == "1:13");
  CHECK_FALSE(LocateJsonFields("{\"a\": \"open\n}", &locations, &error));
  CHECK(Where(error.location) == "1:12");
  CHECK_FALSE(LocateJsonFields("{} x", &locations, &error));
  CHECK(Where(error.location) == "1:4");
  CHECK_FALSE(LocateJsonFields(std::string(kJsonDepthMax + 2, '['), &locations, &error));
}

TEST_CASE("JSON keys and array elements are located under proto names", "[policy]") {
  FieldLocations locations;
  Diagnostic error;
  REQUIRE(LocateJsonFields("{\"ladders\": [\n  {\"steps\": [{}, {\"dayOffset\": 1}]}\n]}", &locations, &error));
  CHECK(Where(locations.Find("ladders")) == "1:2");
  CHECK(Where(locations.Find("ladders[0].steps[1]")) == "2:18");
  CHECK(Where(locations.Find("ladders[0].steps[1].day_offset")) == "2:19");
  // A field the file does not write is placed at its nearest parent.
  CHECK(Where(locations.Find("ladders[0].steps[0].template_id")) == "2:14");
  CHECK_FALSE(locations.Find("contact.cooldown_days").known());
  CHECK(SnakeCase("maxContactsPerWeek") == "max_contacts_per_week");
  CHECK(SnakeCase("rate_bp") == "rate_bp");
}

TEST_CASE("JSON type errors and unknown fields name the field and its line", "[policy]") {
  Parsed wrong_type = Parse("{\n  \"ladders\": [{\"steps\": [\n    {\"level\": \"two\"}\n  ]}]\n}", FileFormat::kJson);
  REQUIRE_FALSE(wrong_type.ok);
  REQUIRE(wrong_type.diagnostics.size() == 1);
  CHECK(wrong_type.diagnostics[0].field_path == "ladders[0].steps[0].level");
  CHECK(Where(wrong_type.diagnostics[0].location) == "3:6");
  CHECK(FormatDiagnostic("p.json", wrong_type.diagnostics[0]) ==
        "p.json:3:6: field \"ladders[0].steps[0].level\": invalid value \"two\" for type TYPE_UINT32");

  Parsed unknown = Parse("{\n  \"contact\": {\n    \"cooldownDayz\": 2\n  }\n}", FileFormat::kJson);
  REQUIRE_FALSE(unknown.ok);
  REQUIRE(unknown.diagnostics.size() == 1);
  CHECK(unknown.diagnostics[0].field_path == "contact.cooldown_dayz");
  CHECK(unknown.diagnostics[0].message == "unknown field");
  CHECK(Where(unknown.diagnostics[0].location) == "3:5");

  Parsed top = Parse("{\"version\": 1,\n\"nope\": 1}", FileFormat::kJson);
  REQUIRE(top.diagnostics.size() == 1);
  CHECK(top.diagnostics[0].field_path == "nope");
  CHECK(Where(top.diagnostics[0].location) == "2:1");
}

// Found by the policy fuzz target: a NUL, a \u001b escape or a raw DEL in a
// policy file reached the terminal of `relance policy validate` raw, quoted
// in the error about it (as did a byte that is not UTF-8); later, an unknown
// key decoding to a newline left the message empty, and one starting with "("
// was read as a field path and printed raw.
TEST_CASE("what a policy file holds reaches a diagnostic escaped", "[policy]") {
  Parsed nul = Parse(std::string("\0{}", 3), FileFormat::kJson);
  REQUIRE(nul.diagnostics.size() == 1);
  CHECK(nul.diagnostics[0].message == "unexpected character '\\x00', a value was expected");
  Parsed key = Parse("{\"a\x7f\xff\" 1}", FileFormat::kJson);
  REQUIRE(key.diagnostics.size() == 1);
  CHECK(key.diagnostics[0].message == "expected ':' after the key \"a\\x7f\\xff\"");
  Parsed value = Parse("{\"version\": \"\\u001b[31m\"}", FileFormat::kJson);
  REQUIRE(value.diagnostics.size() == 1);
  CHECK(value.diagnostics[0].field_path == "version");
  CHECK(value.diagnostics[0].message == "invalid value \"\\x1b[31m\" for type TYPE_UINT32");
  // A key that decodes to a newline made protobuf's message start with one,
  // and the diagnostic was empty.
  Parsed newline_key = Parse("{\"\\n\":1\n\n}", FileFormat::kJson);
  REQUIRE(newline_key.diagnostics.size() == 1);
  CHECK(newline_key.diagnostics[0].message == "unknown field \"\\x0a\"");
  Parsed nested_key = Parse("{\"contact\": {\"a b\": 1}}", FileFormat::kJson);
  REQUIRE(nested_key.diagnostics.size() == 1);
  CHECK(nested_key.diagnostics[0].field_path == "contact");
  CHECK(nested_key.diagnostics[0].message == "unknown field \"a b\"");
  Parsed paren_key = Parse("{\"(a\\u0000b)c\": 1}", FileFormat::kJson);
  REQUIRE(paren_key.diagnostics.size() == 1);
  CHECK(paren_key.diagnostics[0].field_path.empty());
  CHECK(paren_key.diagnostics[0].message == "unknown field \"(a\\x00b)c\"");
  Parsed text = Parse("version: \"\x1b[31m\"\n", FileFormat::kText);
  REQUIRE_FALSE(text.diagnostics.empty());
  for (const Diagnostic& d : text.diagnostics) CHECK(d.message.find('\x1b') == std::string::npos);
}

TEST_CASE("text format errors and fields are placed at their line and column", "[policy]") {
  Parsed broken = Parse("version: 1\nladders {\n  steps { levle: 2 }\n}\n", FileFormat::kText);
  REQUIRE_FALSE(broken.ok);
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK(Where(broken.diagnostics[0].location) == "3:16");  // Where protobuf noticed: after the name.
  CHECK_THAT(broken.diagnostics[0].message, Catch::Contains("levle"));

  Parsed parsed = Parse("version: 1\nladders {\n  steps { level: 2 }\n  steps { level: 1 }\n}\n", FileFormat::kText);
  REQUIRE(parsed.ok);
  const std::vector<Diagnostic> located = Locate(core::CheckPolicy(parsed.policy), parsed.locations);
  bool found = false;
  for (const Diagnostic& d : located) {
    if (d.field_path != "ladders[0].steps[1].level") continue;
    found = true;
    CHECK(Where(d.location) == "4:11");
  }
  CHECK(found);
}

TEST_CASE("the shipped French policy is valid and says what the law says", "[policy]") {
  v1::DunningPolicy policy;
  FieldLocations locations;
  std::vector<Diagnostic> diagnostics;
  const Status status =
      LoadMessageFile(kSourceDir + "/deploy/policies/fr-default.json", &policy, &locations, &diagnostics);
  INFO(status.ToString());
  REQUIRE(status.ok());
  for (const core::PolicyError& error : core::CheckPolicy(policy)) FAIL(error.field_path << ": " << error.message);
  CHECK(policy.policy_id() == "fr-default");
  CHECK(policy.version() == 1);
  REQUIRE(policy.debtor_rules_size() == 2);
  const v1::DebtorTypeRules& b2b = policy.debtor_rules(0);
  const v1::DebtorTypeRules& b2c = policy.debtor_rules(1);
  CHECK(b2b.debtor_type() == v1::DEBTOR_TYPE_B2B);
  CHECK(b2b.recovery_indemnity().amount_minor() == 4000);
  CHECK(b2b.recovery_indemnity().currency() == "EUR");
  CHECK(b2b.limitation_years() == 5);
  CHECK(b2b.interest().kind() == v1::INTEREST_KIND_REFERENCE_PLUS_MARGIN);
  CHECK(b2b.interest().margin_bp() == 1000);
  CHECK(b2b.interest().reference_rates_size() == 16);
  CHECK(FormatDay(*ToDay(b2b.interest().reference_rates(8).from())) == "2023-01-01");
  CHECK(b2b.interest().reference_rates(8).rate_bp() == 250);
  CHECK(b2c.debtor_type() == v1::DEBTOR_TYPE_B2C);
  CHECK(b2c.limitation_years() == 2);
  CHECK_FALSE(b2c.has_recovery_indemnity());
  CHECK(b2c.interest().after_formal_notice_only());
  CHECK(policy.minimum_balance(0).amount_minor() == 1000);
  CHECK(policy.contact().calendar_id() == "FR");
  CHECK(policy.limitation_warning_days() == 180);
}

TEST_CASE("the shipped French calendar is what `relance calendar fr` writes", "[calendar]") {
  v1::CalendarPublished calendar;
  FieldLocations locations;
  std::vector<Diagnostic> diagnostics;
  REQUIRE(LoadMessageFile(kSourceDir + "/deploy/calendars/fr.json", &calendar, &locations, &diagnostics).ok());
  CHECK(core::CheckCalendar(calendar).empty());
  CHECK(calendar.SerializeAsString() == FrenchCalendar(2024, 2030).SerializeAsString());
}

}  // namespace
}  // namespace relance::policy
