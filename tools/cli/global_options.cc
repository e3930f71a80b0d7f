#include "tools/cli/global_options.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cctype>
#include <memory>

#include "engine/kafka/log.h"

namespace relance::cli {
namespace {

constexpr std::string_view kEnvironmentPrefix = "RELANCE_";
constexpr unsigned kUmaskMax = 0777;
constexpr std::size_t kUmaskDigitsMax = 4;

struct GlobalArgs {
  std::string log_format = "text";
  std::string log_level = "info";
  std::string umask = fmt::format("{:03o}", kUmaskDefault);
};

// Names the options of `command` (and of its option groups, which CLI11
// keeps as unnamed subcommands) after the environment rule.
void NameOptions(CLI::App* command) {
  for (CLI::Option* option : command->get_options()) {
    if (option == command->get_help_ptr() || option == command->get_help_all_ptr() ||
        option == command->get_version_ptr()) {
      continue;
    }
    if (option->get_lnames().empty() && option->get_snames().empty()) continue;
    if (!option->get_envname().empty()) continue;
    option->envname(EnvironmentName(*option));
  }
  for (CLI::App* group : command->get_subcommands([](CLI::App* sub) { return sub->get_name().empty(); })) {
    NameOptions(group);
  }
}

}  // namespace

std::string EnvironmentName(const CLI::Option& option) {
  const std::string& name = option.get_lnames().empty() ? option.get_snames().front() : option.get_lnames().front();
  std::string out(kEnvironmentPrefix);
  for (char c : name) {
    out += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::optional<unsigned> ParseUmask(std::string_view text) {
  if (text.empty() || text.size() > kUmaskDigitsMax) return std::nullopt;
  unsigned value = 0;
  for (char c : text) {
    if (c < '0' || c > '7') return std::nullopt;
    value = value * 8 + static_cast<unsigned>(c - '0');
  }
  if (value > kUmaskMax) return std::nullopt;
  return value;
}

void AddGlobalOptions(CLI::App& app) {
  auto args = std::make_shared<GlobalArgs>();
  app.fallthrough();
  app.add_option("--log-format", args->log_format, "Log lines as text (key=value) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_option("--log-level", args->log_level, "Log entries at this level and above: info, warn or error")
      ->check(CLI::IsMember({"info", "warn", "error"}))
      ->capture_default_str();
  app.add_option("--umask", args->umask,
                 "umask (octal) of the files and directories created: databases, letters, exports. 077 keeps "
                 "them to the user (they hold personal data); 027 opens them to the group")
      ->check(CLI::Validator(
          [](std::string& text) {
            return ParseUmask(text) ? std::string() : std::string("an octal umask from 000 to 777, e.g. 077");
          },
          "OCTAL"))
      ->capture_default_str();
  // Before the subcommand's callback: the files it creates and the lines it
  // logs follow the options from the start.
  app.parse_complete_callback([args] {
    kafka::SetLogFormat(*kafka::ParseLogFormat(args->log_format));
    kafka::SetLogLevelMin(*kafka::ParseLogLevel(args->log_level));
    ::umask(static_cast<mode_t>(*ParseUmask(args->umask)));
  });
}

void BindEnvironment(CLI::App& app) {
  NameOptions(&app);
  // A command's options are named when it is parsed, not before: CLI11 reads
  // the environment of every command, used or not, and a value meant for one
  // command (RELANCE_BROKERS=host:9092 for run) must not fail the check of
  // another's option of the same name (mock-kafka's broker count).
  std::vector<CLI::App*> pending = app.get_subcommands([](CLI::App* sub) { return !sub->get_name().empty(); });
  while (!pending.empty()) {
    CLI::App* command = pending.back();
    pending.pop_back();
    command->preparse_callback([command](std::size_t) { NameOptions(command); });
    for (CLI::App* sub : command->get_subcommands([](CLI::App* s) { return !s->get_name().empty(); })) {
      pending.push_back(sub);
    }
  }
}

}  // namespace relance::cli
