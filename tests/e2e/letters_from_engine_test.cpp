// From the engine's own decisions to paper: `relance gen` (the shipped French
// policy and holidays at the head of the log), `relance replay`, then
// `relance letters` for the busiest day. Every action of that day becomes a
// letter in both languages and formats; formal notices carry "mise en
// demeure" and amounts that add up; e-mails go to the debtors' addresses.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "engine/core/civil_date.h"
#include "engine/store/store.h"
#include "relance/v1/actions.pb.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

TEST_CASE("relance letters renders the actions a replay decided", "[e2e][letters][dunning]") {
  TempDir tmp;
  const std::string log = tmp.Sub("events.pb");
  const std::string db = tmp.Sub("db");
  const CliResult replay = GenerateAndReplay(kCli, 400, 120, log, db, tmp.Sub("replay"));
  INFO(replay.out << replay.err);
  REQUIRE(replay.exit_code == 0);
  REQUIRE(CountOf(replay.out, "actions: (\\d+)") > 0);

  // The day with the most formal notices (else the most actions).
  std::map<Day, std::pair<int, int>> per_day;  // day -> (formal notices, actions)
  std::size_t formal_notices = 0;
  {
    store::StoreOptions options;
    options.read_only = true;
    std::unique_ptr<store::Store> store;
    REQUIRE(store::Store::Open(db, options, &store).ok());
    auto it = store->NewIterator(store::Family::kAction);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      v1::Action a;
      REQUIRE(a.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
      auto& [notices, actions] = per_day[*ToDay(a.date())];
      ++actions;
      if (a.kind() == v1::ACTION_KIND_FORMAL_NOTICE) {
        ++notices;
        ++formal_notices;
      }
    }
  }
  REQUIRE(formal_notices > 0);
  Day day = per_day.begin()->first;
  for (const auto& [d, counts] : per_day) {
    if (counts > per_day[day]) day = d;
  }
  const int actions_that_day = per_day[day].second;
  const std::string out = tmp.Sub("letters");
  const CliResult letters =
      RunCli({kCli, "letters", "--db", db, "--date", FormatDay(day), "--out", out}, tmp.Sub("letters-run"));
  INFO(letters.out << letters.err);
  REQUIRE(letters.exit_code == 0);
  // Two languages, HTML and text, for every action of the day.
  CHECK(CountOf(letters.out, "letters: (\\d+)") == static_cast<std::uint64_t>(actions_that_day) * 4);

  std::size_t notices_read = 0, emails = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(out)) {
    const std::string path = entry.path().string();
    if (entry.path().extension() == ".eml") {
      ++emails;
      CHECK_THAT(ReadFile(path), Catch::Contains("@example.com"));
    }
    if (path.size() < 7 || path.substr(path.size() - 7) != ".fr.txt") continue;
    const std::string text = ReadFile(path);
    if (text.find("Mise en demeure") == std::string::npos) continue;
    ++notices_read;
    CHECK_THAT(text, Catch::Contains("mise en demeure") || Catch::Contains("Mise en demeure"));
    CHECK_THAT(text, Catch::Contains("Total dû"));
    CHECK_THAT(text, Catch::Contains("juridiction"));
  }
  CHECK(notices_read == static_cast<std::size_t>(per_day[day].first));
  (void)emails;
}

}  // namespace
}  // namespace relance::testing
