// What every `relance` command shares: the log's format and level, the
// umask of the files it creates, and the rule that makes every option an
// environment variable too.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace relance::cli {

// The default umask: files and directories the tool creates (databases,
// letters, exports) are its user's alone; they hold personal data.
inline constexpr unsigned kUmaskDefault = 0077;

// The largest --batch-mib (1 TiB): the bytes must not overflow.
inline constexpr std::size_t kBatchMibMax = std::size_t{1} << 20;

// --log-format text|json, --log-level info|warn|error, --umask OCTAL: options
// of the main app, accepted before or after the subcommand. Applied once
// parsing is over, before the subcommand runs.
// REQUIRES: called before the subcommands are added (they inherit the
// fallthrough that lets the options follow them).
void AddGlobalOptions(CLI::App& app);

// Every option of every command can come from the environment:
// RELANCE_<LONG_NAME>, upper-cased with '-' as '_' (--db: RELANCE_DB,
// --exit-when-idle: RELANCE_EXIT_WHEN_IDLE; -X, which has no long name:
// RELANCE_X). The command line wins over the environment. Only the options
// of the commands being run read it, so RELANCE_BROKERS is `run --brokers`
// under `relance run` and the broker count under `relance mock-kafka`.
// REQUIRES: called after every subcommand is added.
void BindEnvironment(CLI::App& app);

// The environment variable of `option` by the rule above.
std::string EnvironmentName(const CLI::Option& option);

// "077", "0027": an octal umask up to 0777; nullopt otherwise.
std::optional<unsigned> ParseUmask(std::string_view text);

}  // namespace relance::cli
