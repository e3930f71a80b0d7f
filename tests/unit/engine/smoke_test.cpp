#include <catch2/catch.hpp>

#include "tests/support/builders.h"

using namespace relance;
using namespace relance::testing;

TEST_CASE("an invoice opens a debt not yet due", "[ledger]") {
  MiniEngine engine;
  const auto& out = engine.Apply(Invoice("e1", "DR1", "D1", 10000, "2026-01-01", "2026-01-31"));
  REQUIRE(out.accepted);
  REQUIRE(engine.access.debts.at("D1").status() == v1::DEBT_STATUS_NOT_YET_DUE);
  REQUIRE(engine.access.debts.at("D1").balance_minor() == 10000);
}
