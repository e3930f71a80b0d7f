// A temporary directory removed at scope exit (unless RELANCE_KEEP_TMP is set).
#pragma once

#include <filesystem>
#include <string>

namespace relance::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string Sub(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The seed of a randomised test: RELANCE_SEED if set, else a fresh one.
// Printed by the caller so that a failure can be replayed.
unsigned long long TestSeed();

}  // namespace relance::testing
