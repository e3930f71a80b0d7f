// Runs the `relance` binary as a child process for end-to-end tests:
// posix_spawn with stdout and stderr sent to files, wait, or SIGKILL.
// Header-only; test code (REQUIREs on system-call failures).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/child_env.h"

namespace relance::testing {

// The lines of a text, without their line ends (LF or CRLF).
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Starts `args` (args[0] is the program) with stdout/stderr in files and
// stdin from `stdin_path`.
// `env_extra`: NAME=value entries added to the child's environment
// (child_env.h: RELANCE_* variables of this process are not passed on).
inline pid_t SpawnCli(const std::vector<std::string>& args, const std::string& stdout_path,
                      const std::string& stderr_path, const std::string& stdin_path = "/dev/null",
                      const std::vector<std::string>& env_extra = {}) {
  posix_spawn_file_actions_t actions;
  REQUIRE(posix_spawn_file_actions_init(&actions) == 0);
  REQUIRE(posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, stdin_path.c_str(), O_RDONLY, 0) == 0);
  REQUIRE(posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                           0644) == 0);
  REQUIRE(posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                           0644) == 0);
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  ChildEnvironment env(env_extra);
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), env.envp());
  posix_spawn_file_actions_destroy(&actions);
  INFO("posix_spawn " << args[0] << ": " << rc);
  REQUIRE(rc == 0);
  return pid;
}

// The exit code, or 128 + signal for a child killed by a signal.
inline int DecodeWaitStatus(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

inline int WaitChild(pid_t pid) {
  int status = 0;
  pid_t done = -1;
  do {
    done = waitpid(pid, &status, 0);
  } while (done < 0 && errno == EINTR);
  REQUIRE(done == pid);
  return DecodeWaitStatus(status);
}

// nullopt while the child runs.
inline std::optional<int> PollChild(pid_t pid) {
  int status = 0;
  const pid_t done = waitpid(pid, &status, WNOHANG);
  REQUIRE(done >= 0);
  if (done == 0) return std::nullopt;
  return DecodeWaitStatus(status);
}

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the CLI to completion. `scratch` is a path prefix for the output files.
inline CliResult RunCli(const std::vector<std::string>& args, const std::string& scratch,
                        const std::vector<std::string>& env_extra = {}) {
  const std::string out_path = scratch + ".out", err_path = scratch + ".err";
  const pid_t pid = SpawnCli(args, out_path, err_path, "/dev/null", env_extra);
  CliResult result;
  result.exit_code = WaitChild(pid);
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

// `relance gen --debtors D --days N --out LOG` then `relance replay` of it
// into DB; `scratch` is a path prefix for the output files. Gives the
// replay's result, or the generator's when it failed.
inline CliResult GenerateAndReplay(const std::string& cli, int debtors, int days, const std::string& log,
                                   const std::string& db, const std::string& scratch) {
  const CliResult gen =
      RunCli({cli, "gen", "--debtors", std::to_string(debtors), "--days", std::to_string(days), "--out", log},
             scratch + "-gen");
  if (gen.exit_code != 0) return gen;
  return RunCli({cli, "replay", "--input", log, "--db", db}, scratch + "-replay");
}

// The first capture group of `pattern` in `text`, or "" when absent.
inline std::string Find(const std::string& text, const std::string& pattern) {
  std::smatch match;
  if (!std::regex_search(text, match, std::regex(pattern))) return {};
  return match[1].str();
}

// `relance replay` prints "digest: <64 hex>".
inline std::string DigestOf(const std::string& out) { return Find(out, "digest: ([0-9a-f]{64})"); }

inline std::uint64_t CountOf(const std::string& text, const std::string& pattern) {
  const std::string found = Find(text, pattern);
  return found.empty() ? 0 : std::stoull(found);
}

}  // namespace relance::testing
