// The environment of the `relance` processes the tests start: this
// process's own, without any RELANCE_* variable (every option of the CLI
// reads one, so a developer's RELANCE_SEED or RELANCE_DB must not change
// what a test runs), plus the variables a test names.
// Header-only; test code.
#pragma once

#include <string>
#include <vector>

extern char** environ;

namespace relance::testing {

class ChildEnvironment {
 public:
  // `extra`: NAME=value entries added after the filtered environment.
  explicit ChildEnvironment(const std::vector<std::string>& extra = {}) {
    for (char** entry = environ; *entry != nullptr; ++entry) {
      if (std::string(*entry).rfind("RELANCE_", 0) != 0) entries_.emplace_back(*entry);
    }
    entries_.insert(entries_.end(), extra.begin(), extra.end());
    for (std::string& entry : entries_) pointers_.push_back(entry.data());
    pointers_.push_back(nullptr);
  }
  ChildEnvironment(const ChildEnvironment&) = delete;
  ChildEnvironment& operator=(const ChildEnvironment&) = delete;

  // For posix_spawn's envp; valid while this object lives.
  char** envp() { return pointers_.data(); }

 private:
  std::vector<std::string> entries_;
  std::vector<char*> pointers_;
};

}  // namespace relance::testing
