// Fuzz target: a dunning policy file written by a person, in JSON, read and
// checked as `relance policy validate|publish` does (policy::ParseMessage,
// core::CheckPolicy, policy::Locate). For any text:
//   - reading never throws; a file that does not parse has diagnostics, each
//     a one-line message placed inside the text (or nowhere);
//   - a parsed policy's semantic errors are one-line messages, each located;
//   - a policy without errors is one the engine takes and works with: its
//     PolicyPublished passes the engine's own checks, it reads back the same
//     from its JSON and text encodings, and debts of both debtor types run
//     a year of DayClosed under it with their money invariants intact.
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "engine/core/policy_check.h"
#include "engine/core/validate.h"
#include "tests/fuzz/event_checks.h"
#include "tests/fuzz/fuzz_check.h"
#include "tests/support/builders.h"
#include "tools/policy/policy_file.h"

namespace relance::fuzz {
namespace {

// Where the year of DayClosed starts; any date in range would do.
constexpr std::string_view kFirstDay = "2026-01-05";
constexpr int kDaysRun = 366;

// 1-based line count and the length of each line, for placing diagnostics.
std::vector<int> LineLengths(std::string_view text) {
  std::vector<int> lengths{0};
  for (const char c : text) {
    if (c == '\n') {
      lengths.push_back(0);
    } else {
      ++lengths.back();
    }
  }
  return lengths;
}

void CheckDiagnostic(const policy::Diagnostic& diagnostic, const std::vector<int>& line_lengths) {
  const std::string text = policy::FormatDiagnostic("fuzz.json", diagnostic);
  FUZZ_CHECK(IsOneLine(diagnostic.message), Visible(text));
  FUZZ_CHECK(IsOneLine(text), Visible(text));
  if (!diagnostic.location.known()) return;
  const int line = diagnostic.location.line;
  FUZZ_CHECK(line <= static_cast<int>(line_lengths.size()), text);
  // Column one past the line's end: an error at the end of the line or file.
  FUZZ_CHECK(diagnostic.location.column >= 1 && diagnostic.location.column <= line_lengths[line - 1] + 1, text);
}

// Reads `text` again in `format` and checks it is `policy`, still valid.
void CheckReadsBack(const std::string& text, policy::FileFormat format, const v1::DunningPolicy& policy) {
  v1::DunningPolicy back;
  policy::FieldLocations locations;
  std::vector<policy::Diagnostic> diagnostics;
  const bool parsed = policy::ParseMessage(text, format, &back, &locations, &diagnostics);
  FUZZ_CHECK(parsed, text + (diagnostics.empty() ? "" : " -> " + diagnostics.front().message));
  FUZZ_CHECK(codec::DeterministicBytes(back) == codec::DeterministicBytes(policy), text);
}

// The engine takes the policy and runs a year of days under it.
void CheckInForce(const v1::DunningPolicy& policy) {
  v1::Event published;
  published.set_event_id("fuzz-policy");
  published.set_schema_version(1);
  *published.mutable_policy_published()->mutable_policy() = policy;
  const core::Verdict verdict = core::ValidateEvent(published);
  FUZZ_CHECK(verdict.ok(), "valid for `relance policy validate`, refused by the engine: " + verdict.detail);

  testing::MiniEngine engine;
  engine.fill_skipped_days = false;
  CheckApplied(&engine, published);
  FUZZ_CHECK(engine.outcome.accepted, engine.outcome.rejection.detail());
  const Day first = *ParseDay(kFirstDay);
  const std::string issue = FormatDay(first);
  const std::string due = FormatDay(first + 30);
  CheckApplied(&engine, testing::Invoice("fuzz-b2b", "DR-B2B", "D-B2B", 150'000, issue.c_str(), due.c_str(), "EUR",
                                         v1::DEBTOR_TYPE_B2B));
  CheckApplied(&engine, testing::Invoice("fuzz-b2c", "DR-B2C", "D-B2C", 9'000, issue.c_str(), due.c_str(), "EUR",
                                         v1::DEBTOR_TYPE_B2C));
  const int step = std::max(1, engine.Context().policy.day_close_step_days_max);
  for (Day day = first; day < first + kDaysRun; day += step) {
    const std::string date = FormatDay(day);
    CheckApplied(&engine, testing::DayClosedEvent("fuzz-day-" + date, date.c_str()));
    FUZZ_CHECK(engine.outcome.accepted, date + ": " + engine.outcome.rejection.detail());
  }
}

}  // namespace
}  // namespace relance::fuzz

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  relance::fuzz::SilenceProtobufLog();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace relance;
  using namespace relance::fuzz;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text.size() > policy::kPolicyFileBytesMax) return 0;  // LoadMessageFile refuses it unread.
  const std::vector<int> line_lengths = LineLengths(text);
  v1::DunningPolicy parsed;
  policy::FieldLocations locations;
  std::vector<policy::Diagnostic> diagnostics;
  if (!policy::ParseMessage(text, policy::FileFormat::kJson, &parsed, &locations, &diagnostics)) {
    FUZZ_CHECK(!diagnostics.empty());
    for (const policy::Diagnostic& diagnostic : diagnostics) CheckDiagnostic(diagnostic, line_lengths);
    return 0;
  }
  FUZZ_CHECK(diagnostics.empty());
  const std::vector<core::PolicyError> errors = core::CheckPolicy(parsed);
  const std::vector<policy::Diagnostic> located = policy::Locate(errors, locations);
  FUZZ_CHECK(located.size() == errors.size());
  for (const policy::Diagnostic& diagnostic : located) CheckDiagnostic(diagnostic, line_lengths);
  if (!errors.empty()) return 0;

  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string json;
  FUZZ_CHECK(google::protobuf::util::MessageToJsonString(parsed, &json, options).ok());
  CheckReadsBack(json, policy::FileFormat::kJson, parsed);
  std::string text_format;
  FUZZ_CHECK(google::protobuf::TextFormat::PrintToString(parsed, &text_format));
  CheckReadsBack(text_format, policy::FileFormat::kText, parsed);
  CheckInForce(parsed);
  return 0;
}
