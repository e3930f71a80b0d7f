#include "tests/support/temp_dir.h"

#include <cstdlib>
#include <random>

namespace relance::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "relance-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  path_ = made != nullptr ? std::filesystem::path(made) : std::filesystem::path(pattern);
}

TempDir::~TempDir() {
  if (std::getenv("RELANCE_KEEP_TMP") != nullptr) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

unsigned long long TestSeed() {
  if (const char* s = std::getenv("RELANCE_SEED"); s != nullptr) return std::strtoull(s, nullptr, 10);
  return std::random_device{}();
}

}  // namespace relance::testing
