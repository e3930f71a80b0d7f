// relance policy validate|publish and relance calendar fr|publish: dunning
// policies and public-holiday calendars, from files people write (protobuf
// text format or JSON) to events on the log (docs/policy.md).
//
// Both events are partition-level: keyless, and copied to every partition
// of the topic (kafka::PublishToEveryPartition), or appended to a log file
// that a replay routes the same way.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/hash.h"
#include "engine/core/policy_check.h"
#include "engine/kafka/publisher.h"
#include "tools/cli/commands.h"
#include "tools/cli/kafka_args.h"
#include "tools/policy/fr_holidays.h"
#include "tools/policy/policy_file.h"

namespace relance::cli {
namespace {

constexpr std::uint32_t kSchemaVersion = 1;
constexpr int kCalendarFromDefault = 2024;
constexpr int kCalendarToDefault = 2030;

void PrintDiagnostics(const std::string& path, const std::vector<policy::Diagnostic>& diagnostics) {
  for (const policy::Diagnostic& diagnostic : diagnostics) {
    std::fprintf(stderr, "%s\n", policy::FormatDiagnostic(path, diagnostic).c_str());
  }
}

// Reads `path` into *message and runs `check` on it. Prints every problem
// on stderr, each at its line and column, and returns the exit code: 0
// valid, 2 invalid, 1 unreadable.
template <typename Message, typename Check>
int LoadChecked(const char* what, const std::string& path, Message* message, Check check) {
  policy::FieldLocations locations;
  std::vector<policy::Diagnostic> diagnostics;
  if (Status s = policy::LoadMessageFile(path, message, &locations, &diagnostics); !s.ok()) {
    PrintDiagnostics(path, diagnostics);
    return Fail(what, s);
  }
  diagnostics = policy::Locate(check(*message), locations);
  if (diagnostics.empty()) return 0;
  PrintDiagnostics(path, diagnostics);
  return Fail(what, Status::InvalidArgument(
                        fmt::format("{}: {} error{}", path, diagnostics.size(), diagnostics.size() == 1 ? "" : "s")));
}

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// A partition-level event: no debtor key, no debt, no creditor. The time is
// when it was published; it is informative only.
v1::Event PartitionEvent(std::string event_id) {
  v1::Event event;
  event.set_event_id(std::move(event_id));
  event.set_event_time_ms(NowMs());
  event.set_schema_version(kSchemaVersion);
  return event;
}

// ------------------------------------------------------------ publishing

struct PublishTarget {
  std::string out;     // A log file to append to.
  std::string format;  // jsonl or pb; empty: from the file name.
  KafkaArgs kafka;
};

void AddPublishTargetOptions(CLI::App* cmd, PublishTarget* target) {
  cmd->add_option("--out", target->out, "Append the event to this log file (created if absent)");
  cmd->add_option("--format", target->format, "Log format for --out: jsonl or pb (default: from the file name)")
      ->check(CLI::IsMember({"jsonl", "pb"}));
  AddKafkaOptions(cmd, &target->kafka);
}

int AppendToLog(const char* what, const v1::Event& event, const PublishTarget& target) {
  const codec::Format format =
      target.format.empty() ? codec::FormatForPath(target.out) : *codec::ParseFormat(target.format);
  std::string error;
  auto writer = codec::LogWriter::Open(target.out, format, &error, codec::LogWriter::OpenMode::kAppend);
  if (!writer) return Fail(what, Status::IoError(error));
  writer->Write(event);
  if (!writer->Close()) return Fail(what, Status::IoError("writing " + target.out));
  std::printf("appended %s to %s\n", event.event_id().c_str(), target.out.c_str());
  return 0;
}

int Publish(const char* what, const v1::Event& event, const PublishTarget& target) {
  if (target.out.empty() && !target.kafka.given()) {
    return Fail(what, Status::InvalidArgument("say where: --out LOG, --brokers LIST (or --config / -X), or both"));
  }
  if (!target.out.empty()) {
    if (const int code = AppendToLog(what, event, target); code != 0) return code;
  }
  if (!target.kafka.given()) return 0;
  kafka::KafkaSettings settings;
  if (Status s = BuildSettings(target.kafka, &settings); !s.ok()) return Fail(what, s);
  kafka::PublishStats stats;
  if (Status s = kafka::PublishToEveryPartition(settings, target.kafka.topic, event, &stats); !s.ok()) {
    return Fail(what, s);
  }
  std::printf("published %s to %u partitions of %s\n", event.event_id().c_str(), stats.partitions,
              target.kafka.topic.c_str());
  return 0;
}

// ------------------------------------------------------------ policy

int ValidatePolicy(const std::string& path) {
  v1::DunningPolicy policy;
  if (const int code = LoadChecked("policy validate", path, &policy, core::CheckPolicy); code != 0) return code;
  int steps = 0;
  for (const v1::Ladder& ladder : policy.ladders()) steps += ladder.steps_size();
  std::printf("%s: policy %s version %u from %s: %d ladders, %d steps, %d debtor rules: valid\n", path.c_str(),
              policy.policy_id().c_str(), policy.version(), FormatDay(*ToDay(policy.effective_from())).c_str(),
              policy.ladders_size(), steps, policy.debtor_rules_size());
  return 0;
}

int PublishPolicy(const std::string& path, const PublishTarget& target) {
  v1::DunningPolicy policy;
  if (const int code = LoadChecked("policy publish", path, &policy, core::CheckPolicy); code != 0) return code;
  v1::Event event = PartitionEvent(fmt::format("policy:{}:{}", policy.policy_id(), policy.version()));
  *event.mutable_policy_published()->mutable_policy() = std::move(policy);
  return Publish("policy publish", event, target);
}

void AddPolicyCommand(CLI::App& app, int* exit_code) {
  CLI::App* policy = app.add_subcommand("policy", "Dunning policies: check a policy file, publish it (docs/policy.md)");
  policy->require_subcommand(1);
  auto path = std::make_shared<std::string>();
  CLI::App* validate = policy->add_subcommand(
      "validate",
      "Check a policy file (.json protobuf-JSON, or .textproto/.txtpb/.pbtxt text format): syntax, types and\n"
      "the semantic rules; every error at its line and column. Exit 0 valid, 2 invalid.");
  validate->add_option("file", *path, "The policy file")->required();
  validate->callback([path, exit_code] { *exit_code = ValidatePolicy(*path); });

  auto target = std::make_shared<PublishTarget>();
  CLI::App* publish = policy->add_subcommand(
      "publish",
      "Validate a policy file, then publish it as a PolicyPublished event (id policy:<id>:<version>) to every\n"
      "partition of the topic and/or append it to a log file. The engine applies a version only if newer.");
  publish->add_option("file", *path, "The policy file")->required();
  AddPublishTargetOptions(publish, target.get());
  publish->callback([path, target, exit_code] { *exit_code = PublishPolicy(*path, *target); });
}

// ------------------------------------------------------------ calendar

// protobuf-JSON with proto field names, one day a line, so that a person
// can review the file and its diffs.
std::string CalendarJson(const v1::CalendarPublished& calendar) {
  std::string out = fmt::format("{{\n  \"calendar_id\": \"{}\",\n  \"holidays\": [\n", calendar.calendar_id());
  for (int i = 0; i < calendar.holidays_size(); ++i) {
    const v1::CivilDate& day = calendar.holidays(i);
    fmt::format_to(std::back_inserter(out), "    {{\"year\": {}, \"month\": {}, \"day\": {}}}{}\n", day.year(),
                   day.month(), day.day(), i + 1 < calendar.holidays_size() ? "," : "");
  }
  out += "  ]\n}\n";
  return out;
}

struct FrenchCalendarArgs {
  int from = kCalendarFromDefault;
  int to = kCalendarToDefault;
  std::string out;  // Empty: stdout.
};

int WriteFrenchCalendar(const FrenchCalendarArgs& args) {
  if (args.from > args.to) return Fail("calendar fr", Status::InvalidArgument("--from is after --to"));
  const std::string json = CalendarJson(policy::FrenchCalendar(args.from, args.to));
  if (args.out.empty()) {
    std::fwrite(json.data(), 1, json.size(), stdout);
    return 0;
  }
  std::ofstream file(args.out, std::ios::binary | std::ios::trunc);
  file << json;
  file.close();
  if (!file) return Fail("calendar fr", Status::IoError("cannot write " + args.out));
  return 0;
}

int PublishCalendar(const std::string& path, const PublishTarget& target) {
  v1::CalendarPublished calendar;
  if (const int code = LoadChecked("calendar publish", path, &calendar, core::CheckCalendar); code != 0) return code;
  // The content decides the id: publishing the same days again is a
  // duplicate, a corrected calendar is a new event.
  const std::uint64_t hash = Fnv1a64(codec::DeterministicBytes(calendar));
  v1::Event event = PartitionEvent(fmt::format("calendar:{}:{:016x}", calendar.calendar_id(), hash));
  *event.mutable_calendar_published() = std::move(calendar);
  return Publish("calendar publish", event, target);
}

void AddCalendarCommand(CLI::App& app, int* exit_code) {
  CLI::App* calendar = app.add_subcommand("calendar", "Public-holiday calendars for the contact rules");
  calendar->require_subcommand(1);
  auto fr = std::make_shared<FrenchCalendarArgs>();
  CLI::App* french = calendar->add_subcommand(
      "fr", "Write the French public holidays (calendar FR, the 11 national days) as protobuf-JSON");
  french->add_option("--from", fr->from, "First year")->check(CLI::Range(kYearMin, kYearMax))->capture_default_str();
  french->add_option("--to", fr->to, "Last year")->check(CLI::Range(kYearMin, kYearMax))->capture_default_str();
  french->add_option("--out", fr->out, "Output file (default: stdout)");
  french->callback([fr, exit_code] { *exit_code = WriteFrenchCalendar(*fr); });

  auto path = std::make_shared<std::string>();
  auto target = std::make_shared<PublishTarget>();
  CLI::App* publish = calendar->add_subcommand(
      "publish",
      "Validate a calendar file (CalendarPublished as .json or text format), then publish it (id\n"
      "calendar:<id>:<content hash>) to every partition and/or append it to a log file.");
  publish->add_option("file", *path, "The calendar file")->required();
  AddPublishTargetOptions(publish, target.get());
  publish->callback([path, target, exit_code] { *exit_code = PublishCalendar(*path, *target); });
}

}  // namespace

void AddPolicyCommands(CLI::App& app, int* exit_code) {
  AddPolicyCommand(app, exit_code);
  AddCalendarCommand(app, exit_code);
}

}  // namespace relance::cli
