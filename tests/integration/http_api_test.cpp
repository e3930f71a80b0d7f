// The query API over real HTTP (cpp-httplib client against the server on
// 127.0.0.1, ephemeral port) on a database built by replaying a generated
// log: lookups equal the stored states, history pages hold history_seq
// entries, errors are 404/400/405 with a JSON body, odd raw requests never
// bring the server down, /metrics parses as Prometheus text.
// RELANCE_SEED=<seed> replays a run.
#include <fmt/format.h>
#include <google/protobuf/util/message_differencer.h>

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/hash.h"
#include "engine/core/transition_table.h"
#include "engine/store/keys.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/outcomes.pb.h"
#include "tests/integration/http_support.h"
#include "tests/support/prng.h"

namespace relance::testing::http {
namespace {

using google::protobuf::util::MessageDifferencer;

constexpr int kDebtors = 300;
constexpr int kDays = 120;
constexpr std::size_t kSampleEvery = 7;  // Every 7th debt is looked up.

struct Debt {
  std::uint32_t partition = 0;
  v1::DebtState state;
};

std::vector<Debt> SampleDebts(const store::Store& store) {
  std::vector<Debt> debts;
  auto it = store.NewIterator(store::Family::kDebt);
  std::size_t index = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next(), ++index) {
    if (index % kSampleEvery != 0) continue;
    Debt& debt = debts.emplace_back();
    debt.partition = store::PartitionOf(std::string_view(it->key().data(), it->key().size()));
    REQUIRE(debt.state.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
  }
  REQUIRE(it->status().ok());
  REQUIRE(debts.size() > 50);
  return debts;
}

TEST_CASE("http: debt and debtor lookups equal the states in the database", "[http]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", kDebtors, kDays, seed % 1'000'000'007);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();

  std::set<std::string> debtors_seen;
  for (const Debt& debt : SampleDebts(*store)) {
    v1::DebtState expected = debt.state;
    expected.clear_applied_event_hashes();
    const std::string& id = expected.debt_id();
    INFO("debt " << id);
    for (const std::string& target : {"/v1/debts/" + id + "?debtor=" + expected.debtor_key(), "/v1/debts/" + id}) {
      const Reply reply = Get(client, target);
      REQUIRE(reply.status == 200);
      CHECK(reply.content_type == "application/json");
      const auto parsed = ParseJson(reply.body);
      CHECK(parsed.fields().at("partition").number_value() == debt.partition);
      v1::DebtState served_state;
      FieldToMessage(parsed, "debt", &served_state);
      CHECK(MessageDifferencer::Equals(served_state, expected));
    }
    // The debt exists, but not for this debtor.
    const Reply other = Get(client, "/v1/debts/" + id + "?debtor=NOT-" + expected.debtor_key());
    CHECK(other.status == 404);
    CHECK(ErrorCode(other.body) == "not_found");

    if (!debtors_seen.insert(expected.debtor_key()).second) continue;
    const Reply reply = Get(client, "/v1/debtors/" + expected.debtor_key());
    REQUIRE(reply.status == 200);
    const auto parsed = ParseJson(reply.body);
    v1::DebtorState served_debtor;
    FieldToMessage(parsed, "debtor", &served_debtor);
    std::string value;
    bool found = false;
    REQUIRE(store
                ->Get(store::Family::kDebtor,
                      store::EntityKey(PartitionForKey(expected.debtor_key(), engine_it::kPartitions),
                                       expected.debtor_key()),
                      &value, &found)
                .ok());
    REQUIRE(found);
    v1::DebtorState stored;
    REQUIRE(stored.ParseFromString(value));
    stored.clear_applied_event_hashes();
    CHECK(MessageDifferencer::Equals(served_debtor, stored));
    // Risk from the projection (its content: http_read_model_test.cpp).
    CHECK(parsed.fields().at("risk").has_struct_value());
  }
}

// All of a debt's history through pages of `limit`, following next_after_seq;
// *balance: the sum of the balance changes the entries list.
std::vector<std::string> WalkHistory(httplib::Client& client, const Debt& debt, int limit, std::uint64_t* pages,
                                     std::int64_t* balance) {
  std::vector<std::string> event_ids;
  *balance = 0;
  std::string after;
  std::uint64_t expected_seq = 1;
  for (*pages = 0; *pages <= debt.state.history_seq() + 1; ++*pages) {
    std::string target =
        fmt::format("/v1/debts/{}/history?debtor={}&limit={}", debt.state.debt_id(), debt.state.debtor_key(), limit);
    if (!after.empty()) target += "&after_seq=" + after;
    const Reply reply = Get(client, target);
    INFO(target << " -> " << reply.body.substr(0, 500));
    REQUIRE(reply.status == 200);
    const auto parsed = ParseJson(reply.body);
    CHECK(parsed.fields().at("history_seq").number_value() == static_cast<double>(debt.state.history_seq()));
    for (const auto& entry : parsed.fields().at("entries").list_value().values()) {
      const auto& fields = entry.struct_value().fields();
      CHECK(fields.at("seq").number_value() == static_cast<double>(expected_seq++));
      std::string json;
      REQUIRE(google::protobuf::util::MessageToJsonString(entry.struct_value(), &json).ok());
      v1::HistoryEntry served;
      google::protobuf::util::JsonParseOptions options;
      options.ignore_unknown_fields = true;  // "seq"
      REQUIRE(google::protobuf::util::JsonStringToMessage(json, &served, options).ok());
      event_ids.push_back(served.event().event_id());
      for (const v1::BalanceChange& change : served.balance_changes()) {
        CHECK(change.cause() != v1::BALANCE_CAUSE_UNSPECIFIED);
        *balance += change.delta_minor();
      }
      // A debt's first entry is its invoice, which opens the balance.
      if (expected_seq == 2) {
        REQUIRE(served.balance_changes_size() >= 1);
        CHECK(served.balance_changes(0).cause() == v1::BALANCE_CAUSE_INVOICE);
        CHECK(served.balance_changes(0).delta_minor() == debt.state.issued_minor());
      }
    }
    const auto& next = parsed.fields().at("next_after_seq");
    if (next.has_null_value()) return event_ids;
    after = fmt::format("{}", static_cast<std::uint64_t>(next.number_value()));
  }
  FAIL("history paging did not end");
  return event_ids;
}

TEST_CASE(
    "http: a debt's history holds history_seq entries, in pages or whole, and its balance changes add up to its "
    "balance",
    "[http]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", kDebtors, kDays, seed % 1'000'000'007);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();
  std::uint64_t multi_page = 0;
  for (const Debt& debt : SampleDebts(*store)) {
    INFO("debt " << debt.state.debt_id() << " history_seq " << debt.state.history_seq());
    std::uint64_t pages = 0;
    std::int64_t balance = 0;
    const std::vector<std::string> whole = WalkHistory(client, debt, 1000, &pages, &balance);
    CHECK(whole.size() == debt.state.history_seq());
    CHECK(pages == 0);
    // The trail accounts for the balance: what the engine decided, entry by entry.
    CHECK(balance == debt.state.balance_minor());
    const std::vector<std::string> paged = WalkHistory(client, debt, 2, &pages, &balance);
    CHECK(paged == whole);
    CHECK(balance == debt.state.balance_minor());
    CHECK(pages == (debt.state.history_seq() + 1) / 2 - 1);  // ceil(N / 2) requests.
    if (pages > 0) ++multi_page;
    // Past the end: an empty page.
    const Reply tail =
        Get(client, fmt::format("/v1/debts/{}/history?after_seq={}", debt.state.debt_id(), debt.state.history_seq()));
    REQUIRE(tail.status == 200);
    CHECK(ParseJson(tail.body).fields().at("entries").list_value().values_size() == 0);
  }
  CHECK(multi_page > 0);
}

// The actions of the action family, by the debts they have an item for.
std::map<std::string, std::map<std::string, v1::Action>> ActionsByDebt(const store::Store& store) {
  std::map<std::string, std::map<std::string, v1::Action>> by_debt;
  auto it = store.NewIterator(store::Family::kAction);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    v1::Action action;
    REQUIRE(action.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
    for (const auto& item : action.items()) by_debt[item.debt_id()][action.action_id()] = action;
  }
  REQUIRE(it->status().ok());
  return by_debt;
}

TEST_CASE(
    "http: a debt's audit trail is its history with the engine's decisions: the actions that carried it, as the "
    "action family holds them, and status changes that chain to its status",
    "[http][audit]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", kDebtors, kDays, seed % 1'000'000'007);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();
  const auto by_debt = ActionsByDebt(*store);
  const std::map<std::string, v1::Action> none;
  std::size_t with_actions = 0, transitions = 0;
  for (const Debt& debt : SampleDebts(*store)) {
    const std::string& id = debt.state.debt_id();
    INFO("debt " << id);
    const auto found_actions = by_debt.find(id);
    const std::map<std::string, v1::Action>& stored = found_actions == by_debt.end() ? none : found_actions->second;
    const Reply reply = Get(client, fmt::format("/v1/debts/{}/audit?debtor={}", id, debt.state.debtor_key()));
    REQUIRE(reply.status == 200);
    CHECK(reply.content_type == "application/json");
    const auto parsed = ParseJson(reply.body);
    const auto& head = parsed.fields().at("debt").struct_value().fields();
    CHECK(head.at("debt_id").string_value() == id);
    CHECK(head.at("history_seq").number_value() == static_cast<double>(debt.state.history_seq()));
    const auto& timeline = parsed.fields().at("timeline").list_value().values();
    // The event ids are the history endpoint's, in order.
    std::uint64_t pages = 0;
    std::int64_t balance = 0;
    const std::vector<std::string> history = WalkHistory(client, debt, 1000, &pages, &balance);
    std::vector<std::string> events;
    std::set<std::string> named;
    std::string status;  // The last transition's target.
    for (const auto& entry : timeline) {
      const auto& fields = entry.struct_value().fields();
      if (fields.count("rejected") > 0) continue;  // A refused event: not in the history.
      events.push_back(fields.at("event_id").string_value());
      for (const auto& value : fields.at("decisions").list_value().values()) {
        const auto& decision = value.struct_value().fields();
        const std::string& kind = decision.at("kind").string_value();
        if (kind == "transition") {
          ++transitions;
          if (!status.empty()) CHECK(decision.at("from").string_value() == status);
          status = decision.at("to").string_value();
        } else if (kind == "action") {
          named.insert(decision.at("action_id").string_value());
          // The item is the action's own, as the action family keeps it.
          const auto& item = decision.at("item").struct_value().fields();
          const auto found = stored.find(decision.at("action_id").string_value());
          REQUIRE(found != stored.end());
          CHECK(decision.at("date").string_value() == FormatDay(*ToDay(found->second.date())));
          for (const auto& stored_item : found->second.items()) {
            if (stored_item.debt_id() != id) continue;
            CHECK(item.at("owed_minor").number_value() == static_cast<double>(stored_item.owed_minor()));
            CHECK(item.at("interest_minor").number_value() == static_cast<double>(stored_item.interest_minor()));
            CHECK(item.at("level").number_value() == static_cast<double>(stored_item.level()));
            CHECK(item.at("interest_periods").list_value().values_size() == stored_item.interest_periods_size());
          }
        } else {
          CHECK(kind == "held");
          CHECK(decision.at("reason").string_value() != "unspecified");
        }
      }
    }
    CHECK(events == history);
    if (!status.empty()) CHECK(status == std::string(core::StatusName(debt.state.status())));
    // Every action that carries or lists the debt is in its trail, and no other.
    std::set<std::string> expected;
    for (const auto& [action_id, action] : stored) expected.insert(action_id);
    CHECK(named == expected);
    if (!expected.empty()) ++with_actions;
  }
  CHECK(with_actions > 10);
  CHECK(transitions > 10);
  // The same trail as a readable timeline.
  const Debt first = SampleDebts(*store).front();
  const Reply text = Get(client, fmt::format("/v1/debts/{}/audit?format=text", first.state.debt_id()));
  REQUIRE(text.status == 200);
  CHECK(text.content_type == "text/plain; charset=utf-8");
  CHECK(text.body.rfind("Debt " + first.state.debt_id() + " ", 0) == 0);
  CHECK(Get(client, "/v1/debts/NO-SUCH-DEBT/audit").status == 404);
  CHECK(Get(client, fmt::format("/v1/debts/{}/audit?format=xml", first.state.debt_id())).status == 400);
}

TEST_CASE("http: unknown ids are 404, bad parameters 400, other methods 405, with a JSON error", "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 50, 30, 5);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();
  struct Case {
    std::string target;
    int status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"/v1/debts/NO-SUCH-DEBT", 404, "not_found"},
      {"/v1/debts/NO-SUCH-DEBT?debtor=DR-000001", 404, "not_found"},
      {"/v1/debts/NO-SUCH-DEBT/history", 404, "not_found"},
      {"/v1/debtors/NO-SUCH-DEBTOR", 404, "not_found"},
      {"/v1/nothing", 404, "not_found"},
      {"/v1/debts/" + std::string(200, 'x'), 400, "bad_request"},
      {"/v1/debts/a%20b", 400, "bad_request"},
      {"/v1/debts/a%ZZ", 400, "bad_request"},
      {"/v1/debts/D?debtor=a%01b", 400, "bad_request"},
      {"/v1/debts/D/history?limit=100000", 400, "bad_request"},
      {"/v1/debts/D/history?after_seq=-3", 400, "bad_request"},
      {"/v1/ageing?as_of=2025-13-01", 400, "bad_request"},
      {"/v1/ageing?as_of=yesterday", 400, "bad_request"},
      {"/v1/risk/top?n=0", 400, "bad_request"},
      {"/v1/risk/top?n=5000", 400, "bad_request"},
      {"/v1/risk/top?m=5", 400, "bad_request"},
      {"/v1/ageing?as_of=2025-02-29", 400, "bad_request"},
      {"/v1/ageing?currency=eur", 400, "bad_request"},
      {"/v1/ageing?creditor=", 400, "bad_request"},
      {"/v1/effectiveness?n=1", 400, "bad_request"},
  };
  for (const Case& c : cases) {
    const Reply reply = Get(client, c.target);
    INFO(c.target << " -> " << reply.status << " " << reply.body);
    CHECK(reply.status == c.status);
    CHECK(ErrorCode(reply.body) == c.code);
    CHECK(reply.content_type == "application/json");
  }
  auto deleted = client.Delete("/v1/debts/D");
  REQUIRE(deleted);
  CHECK(deleted->status == 405);
  CHECK(deleted->get_header_value("Allow") == "GET, HEAD");
  CHECK(ErrorCode(deleted->body) == "method_not_allowed");
  auto head = client.Head("/healthz");
  REQUIRE(head);
  CHECK(head->status == 200);
  const Reply long_target = Get(client, "/v1/debts/" + std::string(api::kTargetBytesMax, 'x'));
  CHECK(long_target.status == 414);
  CHECK(ErrorCode(long_target.body) == "uri_too_long");
}

TEST_CASE("http: odd raw requests never bring the server down", "[http][fuzz]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  Prng rng(seed);
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 50, 30, 5);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  const std::vector<std::string> pieces = {
      "/",   "v1",  "debts", "debtors", "history", "?",     "&",         "=",      "%",         "%2F",
      "%00", "%ff", "..",    "+",       "#",       "limit", "after_seq", "debtor", "DR-000001", "DR-000001-INV-001",
      "\\",  "%%",  "\x01",  "\xff",    "é",       "*",     "metrics",   "n=",     "%20",       "//"};
  const std::set<int> expected = {200, 400, 404, 405, 414};
  int answered = 0;
  for (int i = 0; i < 400; ++i) {
    std::string target = rng.Below(10) == 0 ? "" : "/";
    const auto length = rng.Below(14);
    for (std::uint64_t j = 0; j < length; ++j) target += pieces[rng.Below(pieces.size())];
    std::string request;
    bool half_close = false;  // Complete requests: the server closes (Connection: close).
    switch (rng.Below(6)) {
      case 0:  // A request line without a version, or garbage.
        request = "GET " + target + "\r\n\r\n";
        half_close = true;
        break;
      case 1:
        request = "BREW " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        break;
      case 2:  // A body where none is expected, too large.
        request = "POST " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 5000\r\n\r\n" +
                  std::string(5000, 'b');
        break;
      case 3:  // Headers cut short.
        request = "GET " + target + " HTTP/1.1\r\nHost";
        half_close = true;
        break;
      default:
        request = "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    }
    const std::string response = RawRequest(served.server.port(), request, half_close);
    INFO("request " << request.substr(0, 300) << "\nresponse " << response.substr(0, 300));
    if (response.empty()) continue;  // The server may close a malformed request without a word.
    REQUIRE(response.rfind("HTTP/1.1 ", 0) == 0);
    const int status = std::stoi(response.substr(9, 3));
    if (request.rfind("GET /", 0) == 0 && request.find(" HTTP/1.1\r\nHost: x\r\n") != std::string::npos) {
      CHECK(expected.count(status) == 1);
      if (response.find("Content-Type: text/plain") != std::string::npos) {
        CHECK(target.rfind("/metrics", 0) == 0);  // Prometheus text, the one non-JSON endpoint.
      } else {
        CHECK(response.find("\r\n\r\n{") != std::string::npos);  // A JSON body, errors included.
      }
      ++answered;
    }
  }
  CHECK(answered > 0);
  auto client = served.Client();
  CHECK(Get(client, "/healthz").status == 200);
}

TEST_CASE("http: /metrics is Prometheus text and counts the requests", "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 50, 30, 5);
  auto store = OpenReadOnly(built.db);
  Served served(store.get(), api::SourceMode::kReadOnly);
  auto client = served.Client();
  REQUIRE(Get(client, "/healthz").status == 200);
  REQUIRE(Get(client, "/v1/debts/NO-SUCH").status == 404);
  REQUIRE(Get(client, "/v1/debts/NO-SUCH").status == 404);
  const Reply reply = Get(client, "/metrics");
  REQUIRE(reply.status == 200);
  CHECK(reply.content_type == "text/plain; version=0.0.4; charset=utf-8");
  std::istringstream lines(reply.body);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    INFO("line " << count << ": " << line);
    CHECK(IsPrometheusLine(line));
    ++count;
  }
  CHECK(count > 20);
  CHECK(reply.body.find("relance_http_requests_total{route=\"healthz\",code=\"200\"} 1\n") != std::string::npos);
  CHECK(reply.body.find("relance_http_requests_total{route=\"debt\",code=\"404\"} 2\n") != std::string::npos);
  CHECK(reply.body.find("relance_http_request_duration_seconds_count{route=\"debt\"} 2\n") != std::string::npos);
  CHECK(MetricValue(reply.body, "relance_store_open") == 1);
  CHECK(Get(client, "/readyz").status == 200);
}

TEST_CASE("http: `relance serve` answers as a child process and stops on SIGTERM", "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 50, 30, 5);
  std::string debt_id;
  {
    auto store = OpenReadOnly(built.db);
    auto it = store->NewIterator(store::Family::kDebt);
    it->SeekToFirst();
    REQUIRE(it->Valid());
    debt_id = it->key().ToString().substr(2);
  }
  engine_it::Child serve({kCli, "serve", "--db", built.db, "--listen", "127.0.0.1:0"}, dir.Sub("serve"));
  std::string port;
  REQUIRE(engine_it::WaitUntil(
      [&] {
        port = Find(serve.Out(), "on 127\\.0\\.0\\.1:(\\d+)\n");
        return !port.empty() || !serve.Running();
      },
      std::chrono::seconds(20)));
  INFO(serve.Err());
  REQUIRE(!port.empty());
  httplib::Client client("127.0.0.1", std::stoi(port));
  CHECK(Get(client, "/healthz").body == R"({"status":"ok"})");
  CHECK(Get(client, "/readyz").status == 200);
  CHECK(Get(client, "/v1/debts/" + debt_id).status == 200);
  serve.Signal(SIGTERM);
  CHECK(serve.Wait(std::chrono::seconds(10)) == 0);
}

}  // namespace
}  // namespace relance::testing::http
