// The read side over hand-built histories: events written to a log and
// replayed with the projections live, then queried (ageing as of several
// dates, risk of three kinds of debtor, step effectiveness), and rebuilt.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <sstream>

#include "engine/codec/event_codec.h"
#include "engine/replay/replayer.h"
#include "projections/export.h"
#include "projections/projector.h"
#include "projections/query.h"
#include "projections/rebuild.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::projections {
namespace {

using testing::DayOf;

// Events by day; each day's events are followed by its DayClosed.
class History {
 public:
  void On(const char* day, v1::Event event) { by_day_[testing::DayOf(day)].push_back(std::move(event)); }
  // After the last DayClosed: the next day's events, its day not closed yet.
  void AfterLast(v1::Event event) { after_last_.push_back(std::move(event)); }
  // Writes the log from `first` to `last` (DayClosed every day) and replays
  // it into a new database with the projections live, batch_events events
  // per commit.
  std::unique_ptr<store::Store> Replay(const testing::TempDir& dir, const char* first, const char* last,
                                       std::size_t batch_events = 1'000'000) {
    const std::string log = dir.Sub("log.pb");
    std::string error;
    auto writer = codec::LogWriter::Open(log, codec::Format::kBinary, &error);
    REQUIRE(writer);
    for (Day d = DayOf(first); d <= DayOf(last); ++d) {
      for (const auto& e : by_day_[d]) writer->Write(e);
      const std::string iso = FormatDay(d);
      writer->Write(testing::DayClosedEvent("day-" + iso, iso.c_str()));
    }
    for (const auto& e : after_last_) writer->Write(e);
    REQUIRE(writer->Close());
    std::unique_ptr<store::Store> store;
    REQUIRE(store::Store::Open(dir.Sub("db"), store::StoreOptions(), &store).ok());
    replay::ReplayOptions options;
    options.input = log;
    options.partitions = 4;
    options.batch_events = batch_events;
    options.rejections_logged_max = 0;
    options.projection_sink_factory = ProjectorFactory();
    replay::ReplayStats stats;
    const Status s = replay::Replay(store.get(), options, &stats);
    INFO(s.ToString());
    REQUIRE(s.ok());
    REQUIRE(stats.rejected == 0);
    return store;
  }

 private:
  std::map<Day, std::vector<v1::Event>> by_day_;
  std::vector<v1::Event> after_last_;
};

const AgeingBuckets& Portfolio(const AgeingReport& r, const std::string& currency) {
  REQUIRE(r.portfolio.count(currency) == 1);
  return r.portfolio.at(currency);
}

TEST_CASE("projections: bucket bounds parse from 30,60,90 and are checked", "[projections][ageing]") {
  std::vector<std::int32_t> bounds;
  REQUIRE(ParseBucketBounds("30,60,90,120", &bounds).ok());
  CHECK(bounds == DefaultBucketBounds());
  REQUIRE(ParseBucketBounds("7", &bounds).ok());
  CHECK(bounds == std::vector<std::int32_t>{7});
  CHECK(BucketLabels(bounds) == std::vector<std::string>{"not_yet_due", "1_7", "over_7"});
  REQUIRE(ParseBucketBounds("1,2,36500", &bounds).ok());
  for (const char* bad : {"", ",", "0", "10,10", "20,10", "30,,60", "30,", " 30", "30 ", "+30", "-1", "1e3", "36501",
                          "9999999999", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17"}) {
    INFO("'" << bad << "'");
    CHECK(ParseBucketBounds(bad, &bounds).code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("projections: ageing of hand-built debts as of several dates", "[projections][ageing]") {
  History h;
  h.On("2025-01-01", testing::Invoice("a1", "A", "A-1", 100'000, "2025-01-01", "2025-01-31"));
  h.On("2025-01-15", testing::Invoice("b1", "B", "B-1", 50'000, "2025-01-15", "2025-02-14", "JPY"));
  h.On("2025-02-10", testing::Payment("a2", "A", "A-1", "pay-a", 40'000, "2025-02-10"));
  testing::TempDir dir;
  auto store = h.Replay(dir, "2025-01-01", "2025-03-31");

  AgeingQuery q;
  AgeingReport before;
  q.as_of = DayOf("2024-12-31");
  REQUIRE(AgeingAsOf(*store, nullptr, q, &before).ok());
  CHECK(before.portfolio.empty());

  AgeingReport jan;
  q.as_of = DayOf("2025-01-20");
  REQUIRE(AgeingAsOf(*store, nullptr, q, &jan).ok());
  CHECK(Portfolio(jan, "EUR").buckets_minor == std::vector<std::int64_t>{100'000, 0, 0, 0, 0, 0});
  CHECK(Portfolio(jan, "JPY").buckets_minor == std::vector<std::int64_t>{50'000, 0, 0, 0, 0, 0});

  AgeingReport feb;
  q.as_of = DayOf("2025-02-05");  // A-1 5 days past due, B-1 not yet due.
  REQUIRE(AgeingAsOf(*store, nullptr, q, &feb).ok());
  CHECK(Portfolio(feb, "EUR").buckets_minor == std::vector<std::int64_t>{0, 100'000, 0, 0, 0, 0});
  CHECK(feb.by_debtor.at({"B", "JPY"}).buckets_minor[0] == 50'000);

  AgeingReport latest;  // kNoDay: the business date, 2025-03-31.
  q.as_of = kNoDay;
  REQUIRE(AgeingAsOf(*store, nullptr, q, &latest).ok());
  CHECK(latest.as_of == DayOf("2025-03-31"));
  CHECK(latest.bucket_labels ==
        std::vector<std::string>{"not_yet_due", "1_30", "31_60", "61_90", "91_120", "over_120"});
  CHECK(Portfolio(latest, "EUR").buckets_minor == std::vector<std::int64_t>{0, 0, 60'000, 0, 0, 0});  // 59 days.
  CHECK(Portfolio(latest, "JPY").buckets_minor == std::vector<std::int64_t>{0, 0, 50'000, 0, 0, 0});  // 45 days.

  AgeingReport custom;
  q.bucket_bounds = {10, 20};
  REQUIRE(AgeingAsOf(*store, nullptr, q, &custom).ok());
  CHECK(custom.bucket_labels == std::vector<std::string>{"not_yet_due", "1_10", "11_20", "over_20"});
  CHECK(Portfolio(custom, "EUR").buckets_minor == std::vector<std::int64_t>{0, 0, 0, 60'000});
  q.bucket_bounds = {20, 10};
  CHECK(AgeingAsOf(*store, nullptr, q, &custom).code() == Status::Code::kInvalidArgument);
  q.bucket_bounds = DefaultBucketBounds();

  DsoQuery dq;
  dq.window_days = 90;  // 2025-01-01 .. 2025-03-31: both invoices are sales.
  DsoReport dso;
  REQUIRE(PortfolioDso(*store, nullptr, dq, &dso).ok());
  CHECK(dso.by_currency.at("EUR").sales_minor == 100'000);
  CHECK(dso.by_currency.at("EUR").dso_days == 60'000 * 90 / 100'000);
  dq.window_days = 30;  // No invoice in March.
  DsoReport none;
  REQUIRE(PortfolioDso(*store, nullptr, dq, &none).ok());
  CHECK_FALSE(none.by_currency.at("EUR").dso_days.has_value());

  ExportOptions eo;
  eo.kind = ExportKind::kDebts;
  ExportTable table;
  REQUIRE(BuildExport(*store, nullptr, eo, &table).ok());
  REQUIRE(table.rows.size() == 2);
}

TEST_CASE("projections: the ageing cells follow payments, reversals, write-offs and changes after the business date",
          "[projections][ageing]") {
  History h;
  h.On("2025-01-01", testing::Invoice("a1", "A", "A-1", 100'000, "2025-01-01", "2025-01-31"));
  h.On("2025-01-01", testing::Invoice("b1", "B", "B-1", 50'000, "2025-01-01", "2025-01-31"));
  h.On("2025-01-01", testing::Invoice("c1", "C", "C-1", 70'000, "2025-01-01", "2025-01-31"));
  h.On("2025-03-01", testing::Invoice("d1", "D", "D-1", 30'000, "2025-03-01", "2025-03-31"));
  h.On("2025-02-10", testing::Payment("a2", "A", "A-1", "pay-a", 40'000, "2025-02-10"));
  h.On("2025-02-10", testing::Payment("b2", "B", "B-1", "pay-b", 50'000, "2025-02-10"));  // Paid...
  h.On("2025-02-20", testing::Reversal("b3", "B", "pay-b", "2025-02-20"));                // ... and bounced.
  v1::Event write_off = testing::Envelope("c2", "C", "C-1");
  *write_off.mutable_written_off()->mutable_date() = testing::D("2025-03-03");
  h.On("2025-03-03", write_off);
  // Paid on 2025-04-01, a day not closed yet: still owed as of 2025-03-31.
  h.AfterLast(testing::Payment("d2", "D", "D-1", "pay-d", 30'000, "2025-04-01"));

  for (const std::size_t batch : {std::size_t{1}, std::size_t{1'000'000}}) {
    INFO("batch " << batch);
    testing::TempDir dir;
    auto store = h.Replay(dir, "2025-01-01", "2025-03-31", batch);
    AgeingQuery q;
    q.by_debtor = false;
    AgeingReport cells;
    DsoReport cells_dso;
    REQUIRE(AgeingWithDso(*store, nullptr, q, 90, &cells, &cells_dso).ok());
    CHECK(cells.from_cells);
    CHECK(cells.as_of == DayOf("2025-03-31"));
    // A-1 60,000 and B-1 50,000 59 days past due; C-1 written off; D-1 due today.
    CHECK(Portfolio(cells, "EUR").buckets_minor == std::vector<std::int64_t>{30'000, 0, 110'000, 0, 0, 0});
    CHECK(Portfolio(cells, "EUR").debts == 3);
    CHECK(cells_dso.by_currency.at("EUR").outstanding_minor == 140'000);
    CHECK(cells_dso.by_currency.at("EUR").sales_minor == 250'000);

    q.source = AgeingSource::kScan;
    AgeingReport scan;
    DsoReport scan_dso;
    REQUIRE(AgeingWithDso(*store, nullptr, q, 90, &scan, &scan_dso).ok());
    CHECK_FALSE(scan.from_cells);
    CHECK(cells.portfolio == scan.portfolio);
    CHECK(cells.by_creditor == scan.by_creditor);
    CHECK(cells_dso.by_currency == scan_dso.by_currency);

    // Before the reversal and after the write-off's date, from the cells too.
    q.source = AgeingSource::kCells;
    q.as_of = DayOf("2025-02-15");
    AgeingReport february;
    REQUIRE(AgeingAsOf(*store, nullptr, q, &february).ok());
    CHECK(february.from_cells);
    CHECK(Portfolio(february, "EUR").buckets_minor == std::vector<std::int64_t>{0, 130'000, 0, 0, 0, 0});
    CHECK(Portfolio(february, "EUR").debts == 2);
    q.as_of = DayOf("2025-04-01");
    AgeingReport april;
    REQUIRE(AgeingAsOf(*store, nullptr, q, &april).ok());
    CHECK(Portfolio(april, "EUR").buckets_minor == std::vector<std::int64_t>{0, 0, 110'000, 0, 0, 0});
    q.by_debtor = true;
    AgeingReport by_debtor;
    CHECK(AgeingAsOf(*store, nullptr, q, &by_debtor).code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("projections: risk of a perfect payer, a chronic late payer, a debtor with a broken promise and bounces",
          "[projections][risk]") {
  History h;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    const std::string issue = fmt::format("2025-01-0{}", i + 1);
    h.On(issue.c_str(),
         testing::Invoice("p-inv" + n, "P", "P-" + n, 10'000, issue.c_str(), fmt::format("2025-02-0{}", i).c_str()));
    h.On("2025-01-20", testing::Payment("p-pay" + n, "P", "P-" + n, "pp" + n, 10'000, "2025-01-20"));
    h.On(issue.c_str(), testing::Invoice("l-inv" + n, "L", "L-" + n, 10'000, issue.c_str(),
                                         fmt::format("2025-01-1{}", i + 1).c_str()));
    h.On("2025-01-20", testing::Reminder("l-rem" + n, "L", "L-" + n, 1, v1::CHANNEL_EMAIL, "2025-01-20"));
    const std::string paid = fmt::format("2025-02-2{}", i + 1);  // 41 days late.
    h.On(paid.c_str(), testing::Payment("l-pay" + n, "L", "L-" + n, "lp" + n, 10'000, paid.c_str()));
  }
  h.On("2025-01-05", testing::Invoice("b-inv", "B", "B-1", 100'000, "2025-01-05", "2025-01-15"));
  h.On("2025-01-20", testing::Promise("b-prom", "B", "B-1", 100'000, "2025-01-20", "2025-01-25"));
  h.On("2025-02-01", testing::Payment("b-pay1", "B", "B-1", "bp1", 10'000, "2025-02-01"));
  h.On("2025-02-03", testing::Reversal("b-rev1", "B", "bp1", "2025-02-03"));
  h.On("2025-02-05", testing::Payment("b-pay2", "B", "B-1", "bp2", 10'000, "2025-02-05"));
  h.On("2025-02-07", testing::Reversal("b-rev2", "B", "bp2", "2025-02-07"));
  testing::TempDir dir;
  auto store = h.Replay(dir, "2025-01-01", "2025-03-10");

  RiskReport p, l, b;
  REQUIRE(DebtorRisk(*store, nullptr, "P", &p).ok());
  CHECK(p.score == 0);
  CHECK(p.reasons.empty());
  CHECK(p.segment == "reliable");

  REQUIRE(DebtorRisk(*store, nullptr, "L", &l).ok());
  CHECK(l.score == 250 + 2 * 41 + 25);
  REQUIRE(l.reasons.size() == 3);
  CHECK(l.reasons[0].code == "R01");
  CHECK(l.reasons[0].text == "share of invoices paid late");
  CHECK(l.reasons[1].code == "R02");
  CHECK(l.reasons[2].code == "R06");
  CHECK(l.segment == "chronic");

  REQUIRE(DebtorRisk(*store, nullptr, "B", &b).ok());
  CHECK(b.segment == "at_risk");
  REQUIRE(b.reasons.size() == 3);
  CHECK(b.reasons[0].code == "R04");  // 2 bounces: 160 points.
  CHECK(b.reasons[0].points == 160);
  bool has_promise = false;
  for (const auto& r : b.reasons) has_promise |= r.code == "R03" || r.code == "R08";
  CHECK(has_promise);
  CHECK(DebtorRisk(*store, nullptr, "nobody", &b).code() == Status::Code::kNotFound);

  std::vector<RiskReport> top;
  REQUIRE(TopRiskyDebtors(*store, nullptr, 2, &top).ok());
  REQUIRE(top.size() == 2);
  CHECK(top[0].score >= top[1].score);
  CHECK(top[0].score == std::max(l.score, b.score));
  std::vector<RiskReport> all;
  REQUIRE(TopRiskyDebtors(*store, nullptr, 10, &all).ok());
  REQUIRE(all.size() == 3);
  CHECK(all.back().debtor_key == "P");
}

TEST_CASE("projections: step effectiveness counts steps reached, closes within 7 and 30 days, amounts recovered",
          "[projections][effectiveness]") {
  History h;
  h.On("2025-01-01", testing::Invoice("c1", "C", "C-1", 20'000, "2025-01-01", "2025-01-10"));
  h.On("2025-01-20", testing::Reminder("c2", "C", "C-1", 1, v1::CHANNEL_EMAIL, "2025-01-20"));
  h.On("2025-01-25", testing::Payment("c3", "C", "C-1", "cp", 20'000, "2025-01-25"));  // 5 days after: paid_7.
  h.On("2025-01-01", testing::Invoice("d1", "D", "D-1", 30'000, "2025-01-01", "2025-01-10"));
  h.On("2025-01-20", testing::Reminder("d2", "D", "D-1", 1, v1::CHANNEL_EMAIL, "2025-01-20"));
  h.On("2025-02-01", testing::Payment("d3", "D", "D-1", "dp1", 10'000, "2025-02-01"));  // Recovered, not closed.
  h.On("2025-02-10", testing::Reminder("d4", "D", "D-1", 2, v1::CHANNEL_LETTER, "2025-02-10"));
  h.On("2025-03-01", testing::Payment("d5", "D", "D-1", "dp2", 20'000, "2025-03-01"));  // 19 days after level 2.
  testing::TempDir dir;
  auto store = h.Replay(dir, "2025-01-01", "2025-03-05");

  EffectivenessReport report;
  REQUIRE(Effectiveness(*store, nullptr, &report).ok());
  REQUIRE(report.steps.size() == 2);
  const StepEffectiveness& email = report.steps[0];
  CHECK(email.level == 1);
  CHECK(email.channel == "email");
  CHECK(email.reached == 2);
  CHECK(email.paid_7 == 1);
  CHECK(email.paid_30 == 1);  // C-1 only: D-1 closed 40 days after its email.
  CHECK(email.recovered_minor.at("EUR") == 30'000);
  const StepEffectiveness& letter = report.steps[1];
  CHECK(letter.level == 2);
  CHECK(letter.channel == "letter");
  CHECK(letter.reached == 1);
  CHECK(letter.paid_7 == 0);
  CHECK(letter.paid_30 == 1);
  CHECK(letter.recovered_minor.at("EUR") == 20'000);
}

TEST_CASE("projections: CSV fields are quoted as RFC 4180 says", "[projections][export]") {
  CHECK(CsvText("plain") == "plain");
  CHECK(CsvText("a,b") == "\"a,b\"");
  CHECK(CsvText("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvText("two\nlines") == "\"two\nlines\"");
  CHECK(CsvText("a;b") == "a;b");
  CHECK(CsvText("a;b", ';') == "\"a;b\"");
  ExportTable t;
  t.columns = {"id", "n"};
  t.rows.push_back({{"x,y", false}, {"3", true}});
  std::ostringstream csv, jsonl;
  WriteCsv(t, csv);
  WriteJsonl(t, jsonl);
  CHECK(csv.str() == "id,n\r\n\"x,y\",3\r\n");
  CHECK(jsonl.str() == "{\"id\":\"x,y\",\"n\":3}\n");
}

TEST_CASE("projections: CSV text a spreadsheet would run as a formula is neutralised, numbers are not",
          "[projections][export]") {
  for (const char* formula :
       {"=HYPERLINK(\"http://pay.example\",\"Pay here\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
    INFO(formula);
    CHECK(LooksLikeFormula(formula));
    const std::string cell = CsvText(formula);
    // Quoted or not, the cell's content starts with an apostrophe.
    CHECK(cell.substr(cell.front() == '"' ? 1 : 0, 1) == "'");
  }
  CHECK(CsvText("=1+1") == "'=1+1");
  CHECK(CsvText("=A1,B1") == "\"'=A1,B1\"");
  CHECK_FALSE(LooksLikeFormula("ACME SA"));
  CHECK_FALSE(LooksLikeFormula(""));
  CHECK(CsvText("2024-01-31") == "2024-01-31");
  ExportTable t;
  t.columns = {"name", "amount_minor", "amount"};
  t.rows.push_back({{"=cmd|' /C calc'!A0", false}, {"-1250", true}, {"-12.50", false, true}});
  std::ostringstream csv;
  WriteCsv(t, csv);
  CHECK(csv.str() == "name,amount_minor,amount\r\n'=cmd|' /C calc'!A0,-1250,-12.50\r\n");
}

TEST_CASE("projections: the excel-fr CSV dialect: BOM, semicolons, decimal commas", "[projections][export]") {
  REQUIRE(CsvDialectNamed("excel-fr").has_value());
  REQUIRE(CsvDialectNamed("rfc4180").has_value());
  CHECK_FALSE(CsvDialectNamed("excel").has_value());
  ExportTable t;
  t.columns = {"creditor", "total_minor", "total"};
  t.rows.push_back({{"Dupont; fils", false}, {"123456", true}, {"1234.56", false, true}});
  t.rows.push_back({{"Martin, SA", false}, {"500", true}, {"500", false, true}});  // JPY: no decimals.
  std::ostringstream csv;
  WriteCsv(t, csv, *CsvDialectNamed("excel-fr"));
  CHECK(csv.str() ==
        "\xEF\xBB\xBF"
        "creditor;total_minor;total\r\n"
        "\"Dupont; fils\";123456;1234,56\r\n"
        "Martin, SA;500;500\r\n");
  // A comma as decimal mark with a comma separator would split the cell: quoted.
  CHECK(CsvDecimal("1234.56", CsvDialect{',', ',', false}) == "\"1234,56\"");
}

}  // namespace
}  // namespace relance::projections
