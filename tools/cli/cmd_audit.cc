// relance audit debt: one debt's decision trail; relance actions: the actions
// decided, one per line. Both read a database (read-only, one consistent
// view) through the same code as the query API (projections/api/audit_trail.h).
#include <cstdio>
#include <memory>

#include "engine/core/civil_date.h"
#include "projections/api/audit_trail.h"
#include "projections/api/read_view.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

struct AuditArgs {
  std::string id;
  std::string db;
  std::string format = "text";
};

struct ActionsArgs {
  std::string db;
  std::string from;
  std::string to;
  std::string debt;
  std::string creditor;
  std::string format = "jsonl";
};

// The database, read-only, behind one view.
struct Opened {
  std::unique_ptr<store::Store> store;
  api::StoreSource source{api::SourceMode::kReadOnly};
};

Status Open(const std::string& db, Opened* opened) {
  if (Status s = OpenForReading(db, &opened->store); !s.ok()) return s;
  return opened->source.Attach(opened->store.get());
}

int RunAuditDebt(const AuditArgs& args) {
  Opened opened;
  if (Status s = Open(args.db, &opened); !s.ok()) return Fail("open " + args.db, s);
  api::ApiResponse response;
  {
    api::ReadView view = opened.source.Open();
    response = api::DebtAuditResponse(view, args.id, nullptr,
                                      args.format == "json" ? api::TrailFormat::kJson : api::TrailFormat::kText);
  }
  opened.source.Detach();
  if (response.status == 404) return Fail("audit debt", Status::NotFound("no debt '" + args.id + "'"));
  if (response.status != 200) return Fail("audit debt", Status::Corruption(response.body));
  std::fwrite(response.body.data(), 1, response.body.size(), stdout);
  return 0;
}

bool ParseDateArg(const std::string& text, const char* flag, Day* day) {
  if (text.empty()) return true;
  const auto parsed = ParseDay(text);
  if (!parsed) {
    std::fprintf(stderr, "relance: actions: %s must be a date YYYY-MM-DD\n", flag);
    return false;
  }
  *day = *parsed;
  return true;
}

int RunActions(const ActionsArgs& args) {
  api::ActionFilter filter;
  if (!ParseDateArg(args.from, "--from", &filter.from) || !ParseDateArg(args.to, "--to", &filter.to)) {
    return kUsageExitCode;
  }
  if (!args.debt.empty()) filter.debt_id = args.debt;
  if (!args.creditor.empty()) filter.creditor_id = args.creditor;
  Opened opened;
  if (Status s = Open(args.db, &opened); !s.ok()) return Fail("open " + args.db, s);
  const bool csv = args.format == "csv";
  // CSV as the exports write it: RFC 4180, CRLF line ends.
  const char* const line_end = csv ? "\r\n" : "\n";
  if (csv) std::printf("%s%s", api::ActionCsvHeader().c_str(), line_end);
  Status status;
  {
    api::ReadView view = opened.source.Open();
    status = api::ForEachAction(view, filter, [csv, line_end](const v1::Action& action) {
      const std::string line = csv ? api::ActionCsvRow(action) : api::ActionJsonLine(action);
      std::fwrite(line.data(), 1, line.size(), stdout);
      std::fputs(line_end, stdout);
      return true;
    });
  }
  opened.source.Detach();
  if (!status.ok()) return Fail("actions", status);
  return std::fflush(stdout) == 0 ? 0 : Fail("actions", Status::IoError("writing to the standard output"));
}

}  // namespace

void AddAuditCommands(CLI::App& app, int* exit_code) {
  CLI::App* audit = app.add_subcommand("audit", "What the engine decided and why");
  audit->require_subcommand(1);
  auto args = std::make_shared<AuditArgs>();
  CLI::App* debt = audit->add_subcommand(
      "debt",
      "One debt's decision trail: each event, its balance changes, the status transitions, the actions that carried "
      "the debt (amounts, interest periods, the rule that fired) and the steps held back (and why)");
  debt->add_option("id", args->id, "Debt id")->required();
  debt->add_option("--db", args->db, "Database directory")->required();
  debt->add_option("--format", args->format, "text (a readable timeline, the default) or json (one document)")
      ->check(CLI::IsMember({"text", "json"}));
  debt->callback([args, exit_code] { *exit_code = RunAuditDebt(*args); });

  auto actions_args = std::make_shared<ActionsArgs>();
  CLI::App* actions =
      app.add_subcommand("actions", "The actions decided, one per line, by business date (then partition, id)");
  actions->add_option("--db", actions_args->db, "Database directory")->required();
  actions->add_option("--from", actions_args->from, "First business date, inclusive (YYYY-MM-DD)");
  actions->add_option("--to", actions_args->to, "Last business date, inclusive (YYYY-MM-DD)");
  actions->add_option("--debt", actions_args->debt, "Only the actions with an item for this debt");
  actions->add_option("--creditor", actions_args->creditor, "Only this creditor's actions");
  actions->add_option("--format", actions_args->format, "jsonl (the default) or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  actions->callback([actions_args, exit_code] { *exit_code = RunActions(*actions_args); });
}

}  // namespace relance::cli
