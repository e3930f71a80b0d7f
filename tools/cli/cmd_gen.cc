// relance gen: writes a deterministic synthetic portfolio as an event log.
#include <cstdio>
#include <memory>

#include "engine/codec/event_codec.h"
#include "tools/cli/commands.h"
#include "tools/gen/generator.h"
#include "tools/policy/defaults.h"
#include "tools/policy/policy_file.h"
#include "engine/core/policy_check.h"

namespace relance::cli {
namespace {

struct GenArgs {
  gen::GenOptions options;
  std::string policy;
  std::string out;
  std::string format = "pb";
  std::string start = "2025-01-01";
};

int RunGen(const GenArgs& args) {
  const auto format = codec::ParseFormat(args.format);
  if (!format) return Fail("gen", Status::InvalidArgument("--format is jsonl or pb"));
  gen::GenOptions options = args.options;
  const auto start = ParseDay(args.start);
  if (!start) return Fail("gen", Status::InvalidArgument("--start is YYYY-MM-DD"));
  options.start_day = *start;
  if (Status s = UseGenPolicy(args.policy, &options); !s.ok()) return Fail("gen", s);
  std::string error;
  auto writer = codec::LogWriter::Open(args.out, *format, &error);
  if (!writer) return Fail("gen", Status::IoError(error));
  const gen::GenStats stats = gen::Generate(options, [&](const v1::Event& e) { writer->Write(e); });
  if (!writer->Close()) return Fail("gen", Status::IoError("writing " + args.out));
  std::printf("generated %llu events: %llu debts, %llu days closed, %llu duplicate redeliveries -> %s\n",
              static_cast<unsigned long long>(stats.events), static_cast<unsigned long long>(stats.debts),
              static_cast<unsigned long long>(stats.day_closed), static_cast<unsigned long long>(stats.duplicates),
              args.out.c_str());
  return 0;
}

}  // namespace

Status UseGenPolicy(const std::string& policy, gen::GenOptions* options) {
  options->policy.Clear();
  options->calendars.clear();
  if (policy == "builtin") return Status::Ok();
  v1::CalendarPublished calendar;
  if (Status s = policy::DefaultCalendar(&calendar); !s.ok()) return s;
  options->calendars.push_back(std::move(calendar));
  if (policy.empty()) return policy::DefaultPolicy(&options->policy);
  policy::FieldLocations locations;
  std::vector<policy::Diagnostic> diagnostics;
  if (Status s = policy::LoadMessageFile(policy, &options->policy, &locations, &diagnostics); !s.ok()) return s;
  const std::vector<core::PolicyError> errors = core::CheckPolicy(options->policy);
  if (!errors.empty()) {
    return Status::InvalidArgument(policy + ": " + errors.front().field_path + ": " + errors.front().message +
                                   " (relance policy validate tells all)");
  }
  return Status::Ok();
}

void AddGenCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<GenArgs>();
  CLI::App* cmd = app.add_subcommand("gen", "Generate a deterministic synthetic portfolio (an event log)");
  cmd->add_option("--debtors", args->options.debtors, "Number of debtors")->required();
  cmd->add_option("--seed", args->options.seed, "Seed: the same seed gives the same log, byte for byte");
  cmd->add_option("--out", args->out, "Output file")->required();
  cmd->add_option("--format", args->format, "jsonl (protobuf-JSON lines) or pb (length-delimited binary)")
      ->check(CLI::IsMember({"jsonl", "pb"}));
  cmd->add_option("--start", args->start, "First business day (YYYY-MM-DD)");
  cmd->add_option("--days", args->options.horizon_days, "Days simulated");
  cmd->add_option("--duplicates", args->options.duplicate_per_mille, "Redelivered events per thousand");
  cmd->add_option("--policy", args->policy,
                  "Dunning policy at the head of the log: a policy file, or 'builtin' for the generator's minimal "
                  "one (default: the shipped French policy and holidays)");
  cmd->callback([args, exit_code] { *exit_code = RunGen(*args); });
}

}  // namespace relance::cli
