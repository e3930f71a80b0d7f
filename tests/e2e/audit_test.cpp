// `relance actions` and `relance audit debt` driven as an auditor would: a
// generated log replayed by the CLI, then every action listed once (JSON
// lines and CSV agree, the filters select what they say), and debts' trails
// that parse as one JSON document and name the actions that list them.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "relance/v1/events.pb.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

google::protobuf::Struct Parse(const std::string& json) {
  google::protobuf::Struct parsed;
  INFO(json.substr(0, 1000));
  REQUIRE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok());
  return parsed;
}

const google::protobuf::Value& Field(const google::protobuf::Struct& s, const std::string& name) {
  const auto found = s.fields().find(name);
  INFO("field " << name);
  REQUIRE(found != s.fields().end());
  return found->second;
}

TEST_CASE("e2e: the actions decided, listed and filtered, and debts' trails as JSON and as text", "[e2e][audit]") {
  const std::uint64_t seed = TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  TempDir dir;
  const std::string log = dir.Sub("log.pb"), db = dir.Sub("db");
  REQUIRE(RunCli({kCli, "gen", "--debtors", "200", "--days", "200", "--seed", std::to_string(seed % 1'000'000'007),
                  "--out", log},
                 dir.Sub("gen"))
              .exit_code == 0);
  const CliResult replay = RunCli({kCli, "replay", "--input", log, "--db", db, "--partitions", "8"}, dir.Sub("replay"));
  INFO(replay.err);
  REQUIRE(replay.exit_code == 0);
  const std::size_t produced = std::stoull(Find(replay.out, "actions: ([0-9]+)"));
  REQUIRE(produced > 50);

  // Every action, once, in order of business date; CSV says the same.
  const CliResult jsonl = RunCli({kCli, "actions", "--db", db}, dir.Sub("jsonl"));
  INFO(jsonl.err);
  REQUIRE(jsonl.exit_code == 0);
  const std::vector<std::string> lines = Lines(jsonl.out);
  REQUIRE(lines.size() == produced);
  std::set<std::string> ids;
  std::map<std::string, std::set<std::string>> by_debt;  // Debt -> the actions with an item for it.
  std::vector<std::string> dates;
  for (const std::string& line : lines) {
    const google::protobuf::Struct action = Parse(line);
    const std::string id = Field(action, "action_id").string_value();
    CHECK(ids.insert(id).second);
    dates.push_back(Field(action, "date").string_value());
    for (const auto& item : Field(action, "items").list_value().values()) {
      by_debt[item.struct_value().fields().at("debt_id").string_value()].insert(id);
    }
    CHECK(action.fields().count("debtor_name") == 0);  // No personal data in a listing.
  }
  CHECK(std::is_sorted(dates.begin(), dates.end()));
  const CliResult csv = RunCli({kCli, "actions", "--db", db, "--format", "csv"}, dir.Sub("csv"));
  REQUIRE(csv.exit_code == 0);
  const std::vector<std::string> rows = Lines(csv.out);
  REQUIRE(rows.size() == produced + 1);
  CHECK(rows[0].rfind("date,action_id,kind,level,channel,", 0) == 0);
  for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i].rfind(dates[i - 1] + ",", 0) == 0);

  // --from/--to: exactly the actions of those days.
  const std::string from = dates[dates.size() / 3], to = dates[2 * dates.size() / 3];
  const CliResult window = RunCli({kCli, "actions", "--db", db, "--from", from, "--to", to}, dir.Sub("window"));
  REQUIRE(window.exit_code == 0);
  const auto in_window = static_cast<std::size_t>(
      std::count_if(dates.begin(), dates.end(), [&](const std::string& d) { return d >= from && d <= to; }));
  CHECK(Lines(window.out).size() == in_window);
  CHECK(RunCli({kCli, "actions", "--db", db, "--from", "2025-02-30"}, dir.Sub("bad")).exit_code == 2);

  // A few debts: --debt lists exactly the actions with an item for it, and
  // its trail (one JSON document) names the same actions.
  std::size_t checked = 0;
  for (const auto& [debt, expected] : by_debt) {
    if (checked++ % 25 != 0) continue;
    INFO("debt " << debt);
    const CliResult listed = RunCli({kCli, "actions", "--db", db, "--debt", debt}, dir.Sub("debt"));
    REQUIRE(listed.exit_code == 0);
    std::set<std::string> listed_ids;
    for (const std::string& line : Lines(listed.out)) listed_ids.insert(Field(Parse(line), "action_id").string_value());
    CHECK(listed_ids == expected);
    const CliResult audit = RunCli({kCli, "audit", "debt", debt, "--db", db, "--format", "json"}, dir.Sub("audit"));
    INFO(audit.err);
    REQUIRE(audit.exit_code == 0);
    const google::protobuf::Struct trail = Parse(audit.out);
    std::set<std::string> named;
    for (const auto& entry : Field(trail, "timeline").list_value().values()) {
      for (const auto& decision : entry.struct_value().fields().at("decisions").list_value().values()) {
        const auto& fields = decision.struct_value().fields();
        if (fields.at("kind").string_value() == "action") named.insert(fields.at("action_id").string_value());
      }
    }
    CHECK(named == expected);
    const CliResult text = RunCli({kCli, "audit", "debt", debt, "--db", db}, dir.Sub("text"));
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.rfind("Debt " + debt + " ", 0) == 0);
    for (const std::string& id : expected) CHECK(text.out.find(id) != std::string::npos);
  }
  CHECK(checked > 3);
  const CliResult unknown = RunCli({kCli, "audit", "debt", "NO-SUCH-DEBT", "--db", db}, dir.Sub("unknown"));
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("no debt 'NO-SUCH-DEBT'") != std::string::npos);
}

TEST_CASE("e2e: refused events that name a debt are in its trail, after the entry they followed, duplicates not",
          "[e2e][audit]") {
  TempDir dir;
  const std::string log = dir.Sub("log.jsonl"), db = dir.Sub("db");
  REQUIRE(RunCli({kCli, "gen", "--debtors", "40", "--days", "60", "--seed", "7", "--format", "jsonl", "--out", log},
                 dir.Sub("gen"))
              .exit_code == 0);
  // The first invoice of the log, and three events about its debt at the end.
  std::string invoice_line;
  for (const std::string& line : Lines(ReadFile(log))) {
    if (line.find("invoice_issued") != std::string::npos) {
      invoice_line = line;
      break;
    }
  }
  REQUIRE_FALSE(invoice_line.empty());
  v1::Event invoice;
  REQUIRE(google::protobuf::util::JsonStringToMessage(invoice_line, &invoice).ok());
  const std::string& currency = invoice.invoice_issued().amount().currency();
  const std::string value_date = FormatDay(*ToDay(invoice.invoice_issued().issue_date()));
  v1::Event wrong_currency = Payment("refused-currency", invoice.debtor_key(), invoice.debt_id(), "PAY-X1", 1000,
                                     value_date.c_str(), currency == "EUR" ? "USD" : "EUR");
  v1::Event negative = Payment("refused-negative", invoice.debtor_key(), invoice.debt_id(), "PAY-X2", -500,
                               value_date.c_str(), currency.c_str());
  for (v1::Event* e : {&wrong_currency, &negative}) e->set_creditor_id(invoice.creditor_id());
  {
    std::ofstream out(log, std::ios::app);
    for (const v1::Event* e : {&wrong_currency, &negative}) {
      std::string json;
      REQUIRE(google::protobuf::util::MessageToJsonString(*e, &json).ok());
      out << json << "\n";
    }
    out << invoice_line << "\n";  // A redelivery: refused as a duplicate, a no-op, not in the trail.
  }
  const CliResult replay = RunCli({kCli, "replay", "--input", log, "--db", db}, dir.Sub("replay"));
  INFO(replay.out << replay.err);
  REQUIRE(replay.exit_code == 0);
  const CliResult audit =
      RunCli({kCli, "audit", "debt", invoice.debt_id(), "--db", db, "--format", "json"}, dir.Sub("audit"));
  INFO(audit.err);
  REQUIRE(audit.exit_code == 0);
  const google::protobuf::Struct trail = Parse(audit.out);
  const auto& timeline = Field(trail, "timeline").list_value().values();
  const auto history_seq = static_cast<int>(Field(Field(trail, "debt").struct_value(), "history_seq").number_value());
  REQUIRE(timeline.size() == history_seq + 2);
  // The two refused events come last (they arrived last), in order, with
  // their reasons; the applied entries keep their seqs.
  for (int i = 0; i < history_seq; ++i) {
    CHECK(timeline[i].struct_value().fields().at("seq").number_value() == i + 1);
  }
  const std::vector<std::string> ids = {"refused-currency", "refused-negative"};
  for (int k = 0; k < 2; ++k) {
    const auto& entry = timeline[history_seq + k].struct_value().fields();
    CHECK(entry.at("seq").has_null_value());
    CHECK(entry.at("event_id").string_value() == ids[k]);
    const auto& rejected = entry.at("rejected").struct_value().fields();
    const std::string reason = rejected.at("reason").string_value();
    CHECK(reason != "duplicate_event");
    CHECK_FALSE(reason.empty());
    // The dead-letter count names the same reason.
    CHECK(replay.out.find("REJECTION_REASON_" + [&] {
      std::string upper = reason;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return upper;
    }()) != std::string::npos);
  }
  const CliResult text = RunCli({kCli, "audit", "debt", invoice.debt_id(), "--db", db}, dir.Sub("text"));
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("refused payment_received refused-currency") != std::string::npos);
  CHECK(text.out.find("refused payment_received refused-negative") != std::string::npos);
}

}  // namespace
}  // namespace relance::testing
