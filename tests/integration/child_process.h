// Child processes for the Kafka integration tests: the `relance` CLI and
// kcat, with a stdin file and a deadline (a hung client fails the test
// instead of hanging it). Builds on the e2e helpers (tests/e2e/cli_process.h).
// Header-only test code.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/e2e/cli_process.h"

namespace relance::testing {

inline constexpr auto kChildDeadline = std::chrono::seconds(30);
inline constexpr auto kChildPollInterval = std::chrono::milliseconds(10);

// The full path of `program` on PATH, or "" when it is not there.
inline std::string FindOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    const std::filesystem::path candidate = std::filesystem::path(dir) / program;
    if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return {};
}

// kcat is a test dependency like the compiler: missing, the test fails.
inline std::string KcatPath() {
  const std::string kcat = FindOnPath("kcat");
  INFO(
      "kcat not found on PATH: install it (Debian package kcat); the Kafka integration tests use it as an "
      "outside client");
  REQUIRE(!kcat.empty());
  return kcat;
}

// Starts `args` (args[0] a path) with stdin from `stdin_path`.
inline pid_t SpawnWithInput(const std::vector<std::string>& args, const std::string& stdin_path,
                            const std::string& stdout_path, const std::string& stderr_path) {
  return SpawnCli(args, stdout_path, stderr_path, stdin_path);
}

// Waits for `pid` at most `deadline`; SIGKILLs it and fails past that.
inline int WaitWithDeadline(pid_t pid, const std::string& what,
                            std::chrono::steady_clock::duration deadline = kChildDeadline) {
  const auto end = std::chrono::steady_clock::now() + deadline;
  for (;;) {
    if (const auto code = PollChild(pid)) return *code;
    if (std::chrono::steady_clock::now() > end) {
      kill(pid, SIGKILL);
      WaitChild(pid);
      FAIL(what << " did not finish in time and was killed");
    }
    std::this_thread::sleep_for(kChildPollInterval);
  }
}

// Runs a child to completion; `scratch` is a path prefix for its outputs.
inline CliResult RunChild(const std::vector<std::string>& args, const std::string& scratch,
                          const std::string& stdin_path = "/dev/null") {
  const std::string out_path = scratch + ".out", err_path = scratch + ".err";
  const pid_t pid = SpawnWithInput(args, stdin_path, out_path, err_path);
  CliResult result;
  result.exit_code = WaitWithDeadline(pid, args[0] + " " + (args.size() > 1 ? args[1] : ""));
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

}  // namespace relance::testing
