// The query API without sockets: request targets (segments split before
// percent-decoding, strict parameters), error bodies, and random targets
// that must never crash nor answer anything but a JSON body with a known
// status. RELANCE_SEED=<seed> replays the random part.
#include "projections/api/query_api.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "projections/api/api_limits.h"
#include "projections/api/projection_read_model.h"
#include "projections/api/request_target.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::api {
namespace {

TEST_CASE("api: request targets are split, then percent-decoded", "[api]") {
  RequestTarget t;
  std::string error;
  REQUIRE(ParseTarget("/v1/debts/D%2F1/history?debtor=A+B&limit=5&flag", 8, &t, &error));
  CHECK(t.segments == std::vector<std::string>{"v1", "debts", "D/1", "history"});
  REQUIRE(t.params.size() == 3);
  CHECK(t.params[0] == std::pair<std::string, std::string>{"debtor", "A B"});
  CHECK(t.params[1] == std::pair<std::string, std::string>{"limit", "5"});
  CHECK(t.params[2] == std::pair<std::string, std::string>{"flag", ""});

  REQUIRE(ParseTarget("/", 8, &t, &error));
  CHECK(t.segments.empty());
  REQUIRE(ParseTarget("/a/", 8, &t, &error));
  CHECK(t.segments == std::vector<std::string>{"a", ""});

  CHECK_FALSE(ParseTarget("v1/debts", 8, &t, &error));
  CHECK_FALSE(ParseTarget("/v1/%zz", 8, &t, &error));
  CHECK_FALSE(ParseTarget("/v1/%4", 8, &t, &error));
  CHECK_FALSE(ParseTarget("/v1?a=%", 8, &t, &error));
  CHECK_FALSE(ParseTarget("/v1?a=1&b=2&c=3", 2, &t, &error));
}

struct Fixture {
  StoreSource source{SourceMode::kReadOnly};  // Nothing attached: data endpoints answer 503.
  ProjectionReadModel model;
  QueryApi api{&source, &model};
};

TEST_CASE("api: parameters are checked before the store is needed", "[api]") {
  Fixture f;
  const std::string too_long(kIdLengthMax + 1, 'x');
  struct Case {
    std::string target;
    int status;
  };
  const std::vector<Case> cases = {
      {"/healthz", 200},
      {"/readyz", 503},  // Nothing attached.
      {"/v1/debts/D1", 503},
      {"/v1/debts/" + too_long, 400},
      {"/v1/debts/a%00b", 400},
      {"/v1/debts/a%20b", 400},
      {"/v1/debts/%C3%A9", 400},
      {"/v1/debts/", 400},
      {"/v1/debts/D1?debtr=K", 400},
      {"/v1/debts/D1?debtor=K&debtor=K", 400},
      {"/v1/debts/D1?debtor=", 400},
      {"/v1/debts/D1/history?limit=0", 400},
      {"/v1/debts/D1/history?limit=1001", 400},
      {"/v1/debts/D1/history?limit=-1", 400},
      {"/v1/debts/D1/history?after_seq=x", 400},
      {"/v1/debts/D1/history?limit=1000&after_seq=0", 503},
      {"/v1/debtors/K?x=1", 400},
      {"/v1/ageing?as_of=2025-02-30", 400},
      {"/v1/ageing?as_of=2025-1-1", 400},
      {"/v1/ageing?currency=eur", 400},
      {"/v1/ageing?as_of=2025-03-31&currency=EUR&creditor=C1", 503},
      {"/v1/risk/top?n=0", 400},
      {"/v1/risk/top?n=1001", 400},
      {"/v1/risk/top?n=99999999999999999999999", 400},
      {"/v1/risk/top?n=10", 503},
      {"/v1/effectiveness?x", 400},
      {"/v2/debts/D1", 404},
      {"/", 404},
      {"/metrics/", 404},
      {"/" + std::string(kTargetBytesMax, 'a'), 414},
  };
  for (const Case& c : cases) {
    const ApiResponse r = f.api.Handle("GET", c.target);
    INFO(c.target << " -> " << r.status << " " << r.body);
    CHECK(r.status == c.status);
    if (r.status >= 400 && c.target != "/readyz") CHECK(r.body.rfind(R"({"error":{"code":")", 0) == 0);
  }
  CHECK(f.api.Handle("DELETE", "/v1/debts/D1").status == 405);
  CHECK(f.api.Handle("POST", "/nothing").status == 404);
  CHECK(f.api.Handle("HEAD", "/healthz").status == 200);
}

// A byte that is not UTF-8 is U+FFFD; a name with accents stays itself.
TEST_CASE("api: error bodies are JSON whatever the input held", "[api]") {
  CHECK(JsonError(404, "not_found", "no debt 'a\"b\\c\n\x01\xff'").body ==
        R"({"error":{"code":"not_found","message":"no debt 'a\"b\\c\n\u0001\ufffd'"}})");
  CHECK(JsonError(404, "not_found", "no debtor 'Société Générale'").body ==
        R"({"error":{"code":"not_found","message":"no debtor 'Société Générale'"}})");
}

TEST_CASE("api: random targets never crash and always answer a JSON error or a page", "[api][fuzz]") {
  const unsigned long long seed = relance::testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  relance::testing::Prng rng(seed);
  Fixture f;
  const std::vector<std::string> pieces = {"/",  "v1", "debts", "debtors", "history",   "ageing",  "risk",   "top",
                                           "?",  "&",  "=",     "%",       "%2F",       "%00",     "%ZZ",    "..",
                                           "+",  "#",  "n",     "limit",   "after_seq", "debtor",  "as_of",  "9",
                                           "\\", " ",  "\x7f",  "\xff",    "metrics",   "healthz", "readyz", "-1"};
  const std::set<int> known = {200, 400, 404, 405, 414, 503};
  for (int i = 0; i < 20'000; ++i) {
    std::string target = rng.Below(10) == 0 ? "" : "/";
    const auto length = rng.Below(12);
    for (std::uint64_t j = 0; j < length; ++j) target += pieces[rng.Below(pieces.size())];
    const ApiResponse r = f.api.Handle(rng.Below(8) == 0 ? "PUT" : "GET", target);
    INFO("target '" << target << "' -> " << r.status << " " << r.body);
    REQUIRE(known.count(r.status) == 1);
    REQUIRE(!r.body.empty());
  }
}

}  // namespace
}  // namespace relance::api
