// BI exports of the read side: ageing, debts, risk and step effectiveness as
// CSV (RFC 4180, one header row, or a dialect French Excel opens; text cells
// that a spreadsheet would run as a formula are neutralised) or JSON lines (one object per row, the same
// keys). Column names are stable and documented in the README; dates are ISO
// (YYYY-MM-DD); amounts come twice: `*_minor` (integer minor units) and the
// decimal string with the currency's exponent ("1234.56", JPY "1234").
//
// Thread safety: reentrant.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/core/csv.h"
#include "engine/core/status.h"
#include "engine/store/store.h"
#include "projections/query.h"

namespace relance::projections {

enum class ExportKind { kAgeing, kDebts, kRisk, kEffectiveness };
enum class ExportFormat { kCsv, kJsonl };

struct ExportOptions {
  ExportKind kind = ExportKind::kAgeing;
  ExportFormat format = ExportFormat::kCsv;
  Day as_of = kNoDay;  // Ageing and debts; kNoDay: the latest business date.
  std::vector<std::int32_t> bucket_bounds = DefaultBucketBounds();  // Ageing and debts.
};

// A table: column names, then rows of cells; `numeric` cells are written
// bare in JSON, the others as strings; `decimal` cells are amounts ("1234.56",
// a JSON string) that CSV writes with the dialect's decimal mark. Only the
// other text cells can be read as formulas (CsvText).
struct ExportCell {
  std::string text;
  bool numeric = false;
  bool decimal = false;
};
struct ExportTable {
  std::vector<std::string> columns;
  std::vector<std::vector<ExportCell>> rows;
};

Status BuildExport(const store::Store& store, const rocksdb::Snapshot* snapshot, const ExportOptions& options,
                   ExportTable* table);
void WriteCsv(const ExportTable& table, std::ostream& out, const CsvDialect& dialect = CsvDialect::Rfc4180());
void WriteJsonl(const ExportTable& table, std::ostream& out);

}  // namespace relance::projections
