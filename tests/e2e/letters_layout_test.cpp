// Letters as a clerk prints them: `relance letters` renders them, headless
// Chromium lays them out on an A4 page (tests/e2e/letters_layout_check.py:
// the printable width the letter's @page leaves, the envelope window of the
// address block, amounts right-aligned in tabular figures) and the test fails
// when anything lies outside the page.
//
// The letters: every kind of letter a generated log's engine decided, on the
// day with the most formal notices and on the first day of each kind that day
// lacks, from creditors with long names and addresses; and a formal notice
// made long on purpose (thirty invoices, long invoice numbers, a long debtor
// name and address, interest over several rates, an indemnity in euros under
// invoices in dollars). Then a letter that cannot fit, an amount in the
// quintillions, to prove that the check fails when it should.
//
// The PDF and PNG renderings go to <temp dir>/shots; RELANCE_KEEP_TMP=1 keeps
// them for a look.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/store/store.h"
#include "relance/v1/actions.pb.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/actions.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

std::string Checker() { return std::string(RELANCE_SOURCE_DIR) + "/tests/e2e/letters_layout_check.py"; }

// Runs the layout check over every .html under `dir`.
CliResult CheckLayout(const TempDir& tmp, const std::string& dir, const std::string& name) {
  std::vector<std::string> args = {RELANCE_PYTHON3, Checker(), "--shots", tmp.Sub("shots")};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() == ".html") args.push_back(entry.path().string());
  }
  REQUIRE(args.size() > 4);
  return RunCli(args, tmp.Sub(name));
}

// Creditors with names and addresses as long as real ones get, for every
// creditor id of the log.
std::string WriteCreditors(const TempDir& tmp, const std::set<std::string>& ids) {
  std::string json = "{";
  for (const std::string& id : ids) {
    if (json.size() > 1) json += ",";
    json += fmt::format(R"json("{}": {{
  "name": "Société Coopérative Agricole et Industrielle des Producteurs Réunis du Grand Sud-Ouest ({})",
  "address": ["Zone d'activités économiques intercommunale des Portes de l'Entre-Deux-Mers", "Bâtiment C, 3e étage",
              "1245 avenue du Maréchal-de-Lattre-de-Tassigny", "33370 Fargues-Saint-Hilaire Cedex"],
  "legal_id": "SIREN 552 100 554 – RCS Bordeaux – TVA FR 32 552 100 554",
  "city": "Fargues-Saint-Hilaire",
  "payment": {{"iban": "FR76 3000 6000 0112 3456 7890 189", "bic": "AGRIFRPPXXX", "reference": "SCAIPR-{}"}},
  "contact": "Service recouvrement et contentieux – 05 56 00 00 00 – recouvrement-contentieux@scaipr.example",
  "email": "recouvrement@scaipr.example",
  "signatory": "Marie-Christine de La Rochefoucauld-Montbel, directrice administrative et financière"
}})json",
                        id, id, id);
  }
  json += "}";
  const std::string path = tmp.Sub("creditors.json");
  std::ofstream(path) << json;
  return path;
}

// The day with the most formal notices, then the first day of each letter
// kind (template) that day lacks; and the creditor ids.
std::vector<Day> DaysOfEveryKind(const std::string& db, std::set<std::string>* creditors) {
  store::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<store::Store> store;
  REQUIRE(store::Store::Open(db, options, &store).ok());
  std::map<Day, int> notices;
  std::map<Day, std::set<std::string>> templates;
  auto it = store->NewIterator(store::Family::kAction);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    v1::Action a;
    REQUIRE(a.ParseFromArray(it->value().data(), static_cast<int>(it->value().size())));
    const Day day = *ToDay(a.date());
    templates[day].insert(a.template_id());
    if (a.kind() == v1::ACTION_KIND_FORMAL_NOTICE) ++notices[day];
    creditors->insert(a.creditor_id());
  }
  REQUIRE_FALSE(notices.empty());
  Day busiest = notices.begin()->first;
  for (const auto& [day, count] : notices) {
    if (count > notices[busiest]) busiest = day;
  }
  std::vector<Day> days = {busiest};
  std::set<std::string> covered = templates[busiest];
  for (const auto& [day, ids] : templates) {
    bool adds = false;
    for (const std::string& id : ids) adds = covered.insert(id).second || adds;
    if (adds) days.push_back(day);
  }
  return days;
}

// A formal notice as long as they come: thirty invoices (long numbers, two
// currencies, interest over two rates, the EUR 40 beside the dollars), a
// debtor whose name and address fill the envelope window, reminders on each.
v1::Action LongFormalNotice() {
  v1::Action a = MakeAction("FN-LONG", v1::ACTION_KIND_FORMAL_NOTICE, "2026-11-23", "formal_notice",
                            v1::CHANNEL_FORMAL_NOTICE, v1::TONE_FORMAL, 6);
  // Longer than the 38 characters a line of the postal standard allows.
  a.set_debtor_name("Établissements Dupont-Aignan, Fils, Petits-Fils et Associés SARL");
  a.clear_debtor_address();
  a.add_debtor_address("Service comptabilité fournisseurs – Mme Bérénice Castelnau");
  a.add_debtor_address("Zone industrielle des Quatre-Chemins, lot 27");
  a.add_debtor_address("13890 Mouriès Cedex 04");
  for (int i = 0; i < 30; ++i) {
    const bool usd = i % 5 == 4;
    const std::string number =
        fmt::format("FAC-2026-{:08}-AGENCE-MARSEILLE-EST{}", 1000 + i, i % 3 == 0 ? "-AVOIR-PARTIEL" : "");
    const std::int64_t principal = 887654321 + i * 1000003;  // Up to 9,166,544.08: wide.
    const std::int64_t interest = 12345678;
    AddItem(&a, number, "2026-06-01", "2026-07-01", principal, interest, usd ? 0 : 4000, usd ? "USD" : "EUR");
    v1::ActionItem* item = a.mutable_items(i);
    if (usd) {
      item->set_indemnity_minor(4000);
      item->set_indemnity_currency("EUR");
    }
    for (const auto& [from, to, rate] : {std::tuple<const char*, const char*, int>{"2026-07-02", "2026-09-30", 1215},
                                         {"2026-10-01", "2026-11-23", 1265}}) {
      v1::InterestPeriod* p = item->add_interest_periods();
      *p->mutable_from() = D(from);
      *p->mutable_to() = D(to);
      p->set_rate_bp(rate);
      p->set_principal_minor(principal);
    }
    AddPriorContact(&a, 1, v1::CHANNEL_EMAIL, "2026-07-08", number);
    AddPriorContact(&a, 3, v1::CHANNEL_LETTER, "2026-07-22", number);
    AddPriorContact(&a, 5, v1::CHANNEL_REGISTERED_LETTER, "2026-08-07", number);
  }
  // The EUR 40 of the dollar invoices is totalled in euros.
  for (auto& total : *a.mutable_totals()) {
    if (total.currency() == "EUR") total.set_amount_minor(total.amount_minor() + 6 * 4000);
  }
  return a;
}

}  // namespace

TEST_CASE("letters fit an A4 page in Chromium: every kind of a generated day, and a long formal notice",
          "[e2e][letters][chromium]") {
  TempDir tmp;
  const std::string log = tmp.Sub("events.pb");
  const std::string db = tmp.Sub("db");
  const CliResult replay = GenerateAndReplay(kCli, 400, 120, log, db, tmp.Sub("replay"));
  INFO(replay.out << replay.err);
  REQUIRE(replay.exit_code == 0);
  std::set<std::string> creditor_ids = {"ACME-FR"};
  const std::vector<Day> days = DaysOfEveryKind(db, &creditor_ids);
  const std::string creditors = WriteCreditors(tmp, creditor_ids);
  const std::string out = tmp.Sub("letters");
  for (Day day : days) {
    const CliResult run =
        RunCli({kCli, "letters", "--db", db, "--date", FormatDay(day), "--out", out, "--creditors", creditors},
               tmp.Sub("letters-" + FormatDay(day)));
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
  }
  const std::string long_db = tmp.Sub("long-db");
  StoreActions(long_db, {LongFormalNotice()});
  const CliResult long_run =
      RunCli({kCli, "letters", "--db", long_db, "--date", "2026-11-23", "--out", out, "--creditors", creditors},
             tmp.Sub("letters-long"));
  INFO(long_run.out << long_run.err);
  REQUIRE(long_run.exit_code == 0);

  const CliResult check = CheckLayout(tmp, out, "check");
  INFO("days: " << days.size() << "\n" << check.out << check.err);
  REQUIRE(check.exit_code == 0);
  CHECK_THAT(check.out, Catch::Contains("0 problems"));
}

TEST_CASE("the A4 layout check fails on a letter wider than the page", "[e2e][letters][chromium]") {
  TempDir tmp;
  // An amount no column holds: 9,000,000,000,000,000.00 euros.
  v1::Action wide = MakeAction("TOO-WIDE", v1::ACTION_KIND_FORMAL_NOTICE, "2026-11-23", "formal_notice",
                               v1::CHANNEL_FORMAL_NOTICE, v1::TONE_FORMAL, 6);
  AddItem(&wide, "F-1", "2026-06-01", "2026-07-01", 900'000'000'000'000'000, 1, 4000);
  const std::string db = tmp.Sub("db");
  StoreActions(db, {wide});
  const std::string out = tmp.Sub("letters");
  const CliResult run =
      RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", out, "--lang", "fr"}, tmp.Sub("letters"));
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  const CliResult check = CheckLayout(tmp, out, "check");
  INFO(check.out << check.err);
  CHECK(check.exit_code == 1);  // 2 would be Chromium missing: that is no proof.
  CHECK_THAT(check.err, Catch::Contains("td.amount \"9 000 000 000 000 000,00 €\""));
  CHECK_THAT(check.err, Catch::Contains("print:"));
}

}  // namespace relance::testing
