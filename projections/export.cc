#include "projections/export.h"

#include <fmt/format.h>

#include "engine/core/money.h"
#include "engine/core/text.h"

namespace relance::projections {
namespace {

ExportCell Text(std::string text) { return {std::move(text), false}; }
template <typename T>
ExportCell Number(T value) {
  return {fmt::format("{}", value), true};
}
ExportCell Date(Day day) { return Text(day == kNoDay ? std::string() : FormatDay(day)); }

// Two columns per amount: "<name>_minor" and "<name>".
void AmountColumns(std::vector<std::string>* columns, const std::string& name) {
  columns->push_back(name + "_minor");
  columns->push_back(name);
}
void AmountCells(std::vector<ExportCell>* row, std::int64_t amount_minor, const std::string& currency) {
  row->push_back(Number(amount_minor));
  row->push_back({FormatDecimal(amount_minor, currency), false, true});
}

Status AgeingTable(const store::Store& store, const rocksdb::Snapshot* snapshot, const ExportOptions& options,
                   ExportTable* table) {
  AgeingQuery query;
  query.as_of = options.as_of;
  query.bucket_bounds = options.bucket_bounds;
  AgeingReport report;
  if (Status s = AgeingAsOf(store, snapshot, query, &report); !s.ok()) return s;
  table->columns = {"as_of", "scope", "id", "currency"};
  for (const auto& label : report.bucket_labels) AmountColumns(&table->columns, "bucket_" + label);
  AmountColumns(&table->columns, "total");
  table->columns.push_back("debts");
  auto add = [&](std::string_view scope, const std::string& id, const std::string& currency, const AgeingBuckets& b) {
    std::vector<ExportCell> row = {Date(report.as_of), Text(std::string(scope)), Text(id), Text(currency)};
    for (std::int64_t amount : b.buckets_minor) AmountCells(&row, amount, currency);
    AmountCells(&row, b.total_minor, currency);
    row.push_back(Number(b.debts));
    table->rows.push_back(std::move(row));
  };
  for (const auto& [currency, b] : report.portfolio) add("portfolio", "", currency, b);
  for (const auto& [key, b] : report.by_creditor) add("creditor", key.first, key.second, b);
  for (const auto& [key, b] : report.by_debtor) add("debtor", key.first, key.second, b);
  return Status::Ok();
}

Status DebtsTable(const store::Store& store, const rocksdb::Snapshot* snapshot, const ExportOptions& options,
                  ExportTable* table) {
  AgeingQuery query;
  query.as_of = options.as_of;
  query.bucket_bounds = options.bucket_bounds;
  std::vector<DebtAgeingRow> rows;
  Day day = kNoDay;
  if (Status s = DebtsAsOf(store, snapshot, query, &day, &rows); !s.ok()) return s;
  const std::vector<std::string> labels = BucketLabels(query.bucket_bounds);
  table->columns = {"as_of",      "debt_id",  "creditor_id",   "debtor_key", "currency",
                    "issue_date", "due_date", "days_past_due", "bucket"};
  AmountColumns(&table->columns, "issued");
  AmountColumns(&table->columns, "balance");
  for (const auto& r : rows) {
    std::vector<ExportCell> row = {Date(day),          Text(r.debt_id),         Text(r.creditor_id),
                                   Text(r.debtor_key), Text(r.currency),        Date(r.issue_date),
                                   Date(r.due_date),   Number(r.days_past_due), Text(labels[r.bucket])};
    AmountCells(&row, r.issued_minor, r.currency);
    AmountCells(&row, r.outstanding_minor, r.currency);
    table->rows.push_back(std::move(row));
  }
  return Status::Ok();
}

Status RiskTable(const store::Store& store, const rocksdb::Snapshot* snapshot, ExportTable* table) {
  std::vector<RiskReport> reports;
  if (Status s = AllRisks(store, snapshot, &reports); !s.ok()) return s;
  table->columns = {"debtor_key", "score", "segment", "as_of"};
  for (int i = 1; i <= 3; ++i) {
    table->columns.push_back(fmt::format("reason_{}_code", i));
    table->columns.push_back(fmt::format("reason_{}_text", i));
    table->columns.push_back(fmt::format("reason_{}_points", i));
  }
  for (const auto& r : reports) {
    std::vector<ExportCell> row = {Text(r.debtor_key), Number(r.score), Text(r.segment), Date(r.as_of)};
    for (std::size_t i = 0; i < 3; ++i) {
      if (i < r.reasons.size()) {
        row.push_back(Text(r.reasons[i].code));
        row.push_back(Text(r.reasons[i].text));
        row.push_back(Number(r.reasons[i].points));
      } else {
        row.insert(row.end(), {Text(""), Text(""), Number(0)});
      }
    }
    table->rows.push_back(std::move(row));
  }
  return Status::Ok();
}

Status EffectivenessTable(const store::Store& store, const rocksdb::Snapshot* snapshot, ExportTable* table) {
  EffectivenessReport report;
  if (Status s = Effectiveness(store, snapshot, &report); !s.ok()) return s;
  table->columns = {"level", "channel", "reached", "paid_7", "paid_30", "currency"};
  AmountColumns(&table->columns, "recovered");
  for (const auto& step : report.steps) {
    auto base = [&](const std::string& currency) {
      return std::vector<ExportCell>{Number(step.level),  Text(step.channel),   Number(step.reached),
                                     Number(step.paid_7), Number(step.paid_30), Text(currency)};
    };
    if (step.recovered_minor.empty()) {
      std::vector<ExportCell> row = base("");
      row.push_back(Number(0));
      row.push_back(Text("0"));
      table->rows.push_back(std::move(row));
    }
    // One row per currency: amounts of two currencies never add up.
    for (const auto& [currency, amount] : step.recovered_minor) {
      std::vector<ExportCell> row = base(currency);
      AmountCells(&row, amount, currency);
      table->rows.push_back(std::move(row));
    }
  }
  return Status::Ok();
}

}  // namespace

Status BuildExport(const store::Store& store, const rocksdb::Snapshot* snapshot, const ExportOptions& options,
                   ExportTable* table) {
  switch (options.kind) {
    case ExportKind::kAgeing:
      return AgeingTable(store, snapshot, options, table);
    case ExportKind::kDebts:
      return DebtsTable(store, snapshot, options, table);
    case ExportKind::kRisk:
      return RiskTable(store, snapshot, table);
    case ExportKind::kEffectiveness:
      return EffectivenessTable(store, snapshot, table);
  }
  return Status::InvalidArgument("unknown export");
}

void WriteCsv(const ExportTable& table, std::ostream& out, const CsvDialect& dialect) {
  if (dialect.byte_order_mark) out << "\xEF\xBB\xBF";
  const char separator = dialect.separator;
  // RFC 4180 lines end with CRLF.
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (i != 0) out << separator;
    out << CsvText(table.columns[i], separator);
  }
  out << "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i != 0) out << separator;
      const ExportCell& cell = row[i];
      if (cell.numeric) {
        out << cell.text;
      } else if (cell.decimal) {
        out << CsvDecimal(cell.text, dialect);
      } else {
        out << CsvText(cell.text, separator);
      }
    }
    out << "\r\n";
  }
}

void WriteJsonl(const ExportTable& table, std::ostream& out) {
  for (const auto& row : table.rows) {
    out << '{';
    for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
      out << (i ? "," : "") << JsonString(table.columns[i]) << ':'
          << (row[i].numeric ? row[i].text : JsonString(row[i].text));
    }
    out << "}\n";
  }
}

}  // namespace relance::projections
