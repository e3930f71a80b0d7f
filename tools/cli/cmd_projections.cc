// relance projections rebuild: the read side rebuilt from history alone.
// relance export: ageing, debts, risk or step effectiveness as CSV or JSON lines.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "projections/export.h"
#include "projections/rebuild.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

struct RebuildArgs {
  std::string db;
};

int RunRebuild(const RebuildArgs& args) {
  store::StoreOptions options;
  options.bulk = true;  // Rebuilt from history: a crash is repaired by running it again.
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(args.db, options, &store); !s.ok()) return Fail("open " + args.db, s);
  projections::RebuildStats stats;
  if (Status s = projections::RebuildProjections(store.get(), &stats); !s.ok()) return Fail("rebuild", s);
  std::printf("rebuilt: %u partitions, %llu debts, %llu history events, %llu debtors, %llu mismatches\n",
              stats.partitions, static_cast<unsigned long long>(stats.debts),
              static_cast<unsigned long long>(stats.history_events), static_cast<unsigned long long>(stats.debtors),
              static_cast<unsigned long long>(stats.mismatches));
  return stats.mismatches == 0 ? 0 : 3;
}

struct ExportArgs {
  std::string kind;
  std::string db;
  std::string format = "csv";
  std::string csv_dialect = "rfc4180";
  std::string as_of;
  std::string buckets;
  std::string out;
};

int RunExport(const ExportArgs& args) {
  projections::ExportOptions options;
  if (args.kind == "ageing") options.kind = projections::ExportKind::kAgeing;
  if (args.kind == "debts") options.kind = projections::ExportKind::kDebts;
  if (args.kind == "risk") options.kind = projections::ExportKind::kRisk;
  if (args.kind == "effectiveness") options.kind = projections::ExportKind::kEffectiveness;
  options.format = args.format == "jsonl" ? projections::ExportFormat::kJsonl : projections::ExportFormat::kCsv;
  if (!args.as_of.empty() && (args.kind == "risk" || args.kind == "effectiveness")) {
    // These tables are kept current, without history: an answer "as of" a
    // past date would silently be today's.
    return Fail("--as-of", Status::InvalidArgument("the " + args.kind +
                                                   " table is kept as of the latest business date only, with no "
                                                   "history: --as-of applies to ageing and debts"));
  }
  if (!args.as_of.empty()) {
    const std::optional<Day> day = ParseDay(args.as_of);
    if (!day) return Fail("--as-of", Status::InvalidArgument("expected YYYY-MM-DD, got '" + args.as_of + "'"));
    options.as_of = *day;
  }
  if (!args.buckets.empty()) {
    if (Status s = projections::ParseBucketBounds(args.buckets, &options.bucket_bounds); !s.ok()) {
      return Fail("--buckets", s);
    }
  }
  std::unique_ptr<store::Store> store;
  if (Status s = OpenForReading(args.db, &store); !s.ok()) return Fail("open " + args.db, s);
  const rocksdb::Snapshot* snapshot = store->db()->GetSnapshot();
  projections::ExportTable table;
  const Status built = projections::BuildExport(*store, snapshot, options, &table);
  store->db()->ReleaseSnapshot(snapshot);
  if (!built.ok()) return Fail("export", built);
  std::ofstream file;
  if (!args.out.empty()) {
    file.open(args.out, std::ios::binary | std::ios::trunc);
    if (!file) return Fail("export", Status::IoError("cannot write " + args.out));
  }
  std::ostream& out = args.out.empty() ? std::cout : file;
  if (options.format == projections::ExportFormat::kCsv) {
    projections::WriteCsv(table, out, *CsvDialectNamed(args.csv_dialect));
  } else {
    projections::WriteJsonl(table, out);
  }
  out.flush();
  if (!out) return Fail("export", Status::IoError("write failed"));
  return 0;
}

}  // namespace

void AddProjectionCommands(CLI::App& app, int* exit_code) {
  CLI::App* projections = app.add_subcommand("projections", "The read side: ageing, risk, step effectiveness");
  projections->require_subcommand(1);
  auto rebuild_args = std::make_shared<RebuildArgs>();
  CLI::App* rebuild =
      projections->add_subcommand("rebuild", "Drop the projection family and rebuild it from history alone");
  rebuild->add_option("--db", rebuild_args->db, "Database directory")->required();
  rebuild->callback([rebuild_args, exit_code] { *exit_code = RunRebuild(*rebuild_args); });

  auto export_args = std::make_shared<ExportArgs>();
  CLI::App* exp = app.add_subcommand("export", "Export a read-side table as CSV or JSON lines (columns: README)");
  exp->add_option("kind", export_args->kind, "ageing, debts, risk or effectiveness")
      ->required()
      ->check(CLI::IsMember({"ageing", "debts", "risk", "effectiveness"}));
  exp->add_option("--db", export_args->db, "Database directory")->required();
  exp->add_option("--format", export_args->format, "csv (default) or jsonl")->check(CLI::IsMember({"csv", "jsonl"}));
  exp->add_option("--csv-dialect", export_args->csv_dialect,
                  "rfc4180 (default: comma, decimal point) or excel-fr (semicolon, decimal comma, UTF-8 BOM: what "
                  "French Excel opens in columns)")
      ->check(CLI::IsMember({"rfc4180", "excel-fr"}));
  exp->add_option("--as-of", export_args->as_of,
                  "Ageing and debts as of this date (default: the business date); refused for risk and effectiveness, "
                  "which are kept current only");
  exp->add_option("--buckets", export_args->buckets,
                  "Ageing and debts: upper bounds of the overdue buckets in days (default 30,60,90,120)");
  exp->add_option("--out", export_args->out, "Output file (default: standard output)");
  exp->callback([export_args, exit_code] { *exit_code = RunExport(*export_args); });
}

}  // namespace relance::cli
