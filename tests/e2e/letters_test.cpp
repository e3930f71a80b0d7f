// `relance letters` driven as a user would: a database holding actions of
// two days, the CLI run with and without a creditors file and --lang, and
// the files it writes checked by name and content; two runs give the same
// bytes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "tests/e2e/cli_process.h"
#include "tests/support/actions.h"
#include "tests/support/temp_dir.h"
#include "tools/letters/email.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;

std::map<std::string, std::string> FilesUnder(const std::filesystem::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[entry.path().lexically_relative(root).string()] = ReadFile(entry.path());
  }
  return files;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Three actions on 2026-11-23 (an e-mail reminder, a formal notice, a phone
// call with an unknown template) and one on 2026-11-24.
std::string MakeDb(const TempDir& tmp) {
  v1::Action email = MakeAction("A-1", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous", v1::CHANNEL_EMAIL);
  email.set_debtor_name("<Dupont & Fils>");
  AddItem(&email, "12345", "2026-10-01", "2026-10-31", 123456);
  v1::Action notice = MakeAction("A-2", v1::ACTION_KIND_FORMAL_NOTICE, "2026-11-23", "formal_notice",
                                 v1::CHANNEL_FORMAL_NOTICE, v1::TONE_FORMAL, 5);
  notice.set_debtor_key("D/2");
  AddItem(&notice, "9001", "2026-07-01", "2026-07-31", 50000, 1234, 4000);
  AddPriorContact(&notice, 1, v1::CHANNEL_EMAIL, "2026-08-07");
  v1::Action phone =
      MakeAction("A-3", v1::ACTION_KIND_REMINDER, "2026-11-23", "phone.v2", v1::CHANNEL_PHONE, v1::TONE_FIRM, 2);
  phone.set_creditor_id("NORDLYS");
  AddItem(&phone, "N-77", "2026-10-01", "2026-10-31", 250000, 0, 0, "GBP");
  v1::Action tomorrow = MakeAction("A-4", v1::ACTION_KIND_REMINDER, "2026-11-24", "reminder.firm");
  AddItem(&tomorrow, "55", "2026-10-01", "2026-10-31", 100);
  const std::string db = tmp.Sub("db");
  StoreActions(db, {email, notice, phone, tomorrow});
  return db;
}

}  // namespace

TEST_CASE("relance letters: renders the day's actions, the same bytes twice", "[e2e][letters]") {
  TempDir tmp;
  const std::string db = MakeDb(tmp);
  const std::string creditors = std::filesystem::path(RELANCE_SOURCE_DIR) / "deploy" / "creditors.example.json";
  const CliResult run =
      RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", tmp.Sub("out"), "--creditors", creditors},
             tmp.Sub("run1"));
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "actions: 3, letters: 12, e-mails: 2"));
  // The unknown template is logged, with the action and the template used.
  CHECK(Contains(run.err, "level=warn"));
  CHECK(Contains(run.err, "action=\"A-3\""));
  CHECK(Contains(run.err, "unknown template 'phone.v2', used 'phone.script'"));

  const auto files = FilesUnder(tmp.path() / "out");
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);
  const std::vector<std::string> expected = {"2026-11-23/ACME-FR/D%2F2/A-2.en.html",
                                             "2026-11-23/ACME-FR/D%2F2/A-2.en.txt",
                                             "2026-11-23/ACME-FR/D%2F2/A-2.fr.html",
                                             "2026-11-23/ACME-FR/D%2F2/A-2.fr.txt",
                                             "2026-11-23/ACME-FR/DEBTOR-1/A-1.en.eml",
                                             "2026-11-23/ACME-FR/DEBTOR-1/A-1.en.html",
                                             "2026-11-23/ACME-FR/DEBTOR-1/A-1.en.txt",
                                             "2026-11-23/ACME-FR/DEBTOR-1/A-1.fr.eml",
                                             "2026-11-23/ACME-FR/DEBTOR-1/A-1.fr.html",
                                             "2026-11-23/ACME-FR/DEBTOR-1/A-1.fr.txt",
                                             "2026-11-23/NORDLYS/DEBTOR-1/A-3.en.html",
                                             "2026-11-23/NORDLYS/DEBTOR-1/A-3.en.txt",
                                             "2026-11-23/NORDLYS/DEBTOR-1/A-3.fr.html",
                                             "2026-11-23/NORDLYS/DEBTOR-1/A-3.fr.txt",
                                             "2026-11-23/index.csv"};
  CHECK(names == expected);

  const std::string& reminder = files.at("2026-11-23/ACME-FR/DEBTOR-1/A-1.fr.html");
  CHECK(Contains(reminder, "&lt;Dupont &amp; Fils&gt;"));
  CHECK_FALSE(Contains(reminder, "<Dupont"));
  CHECK(Contains(reminder, "1 234,56 €"));
  CHECK(Contains(reminder, "ACME Distribution SAS"));
  CHECK(Contains(reminder, "FR76 3000 6000 0112 3456 7890 189"));
  CHECK(Contains(files.at("2026-11-23/ACME-FR/DEBTOR-1/A-1.en.txt"), "EUR 1,234.56"));
  const std::string& eml = files.at("2026-11-23/ACME-FR/DEBTOR-1/A-1.fr.eml");
  CHECK(Contains(eml, "Date: Mon, 23 Nov 2026 00:00:00 +0000\r\n"));
  CHECK(Contains(eml, "From: \"ACME Distribution SAS\" <recouvrement@acme.example>\r\n"));
  CHECK(Contains(eml, "To: \"<Dupont & Fils>\" <compta@durand.example>\r\n"));
  CHECK(Contains(eml, "Subject: =?UTF-8?B?"));
  // The en dash makes even the English subject an encoded word.
  CHECK(Contains(files.at("2026-11-23/ACME-FR/DEBTOR-1/A-1.en.eml"),
                 "Subject: =?UTF-8?B?" + letters::Base64("Payment reminder – Invoice no. 12345") + "?=\r\n"));

  const std::string& notice = files.at("2026-11-23/ACME-FR/D%2F2/A-2.fr.txt");
  CHECK(Contains(notice, "mise en demeure"));
  CHECK(Contains(notice, "Intérêts de retard : 12,34 €"));
  CHECK(Contains(notice, "1re relance du 7 août 2026 (e-mail)"));
  CHECK(Contains(notice, "juridiction compétente"));
  const std::string& call = files.at("2026-11-23/NORDLYS/DEBTOR-1/A-3.en.txt");
  CHECK(Contains(call, "CALL SCRIPT"));
  CHECK(Contains(call, "GBP 2,500.00"));
  CHECK_FALSE(Contains(call, "interest"));

  const std::string& index = files.at("2026-11-23/index.csv");
  CHECK(
      Contains(index, "A-2,ACTION_KIND_FORMAL_NOTICE,5,CHANNEL_FORMAL_NOTICE,ACME-FR,D/2,ACME-FR/D%2F2/A-2.fr.txt\n"));
  CHECK_FALSE(Contains(index, "A-4"));

  // The same database gives the same files, byte for byte.
  const CliResult again =
      RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", tmp.Sub("out2"), "--creditors", creditors},
             tmp.Sub("run2"));
  REQUIRE(again.exit_code == 0);
  CHECK(FilesUnder(tmp.path() / "out2") == files);
}

TEST_CASE("relance letters: a disk that fills mid-way leaves no half-written day, and an earlier one intact",
          "[e2e][letters]") {
  TempDir tmp;
  const std::string db = MakeDb(tmp);
  const std::string out = tmp.Sub("out");
  // Each file at most 5,120 bytes (ulimit -f counts 512-byte blocks): the
  // letters (.html, .txt) fit, an e-mail (.eml, about 6 KB) does not, as if
  // the disk filled after the first letters of the day.
  const auto run_limited = [&](const std::string& scratch) {
    return RunCli({"/bin/sh", "-c",
                   std::string("trap '' XFSZ; ulimit -f 10; exec ") + kCli + " letters --db " + db +
                       " --date 2026-11-23 --out " + out},
                  tmp.Sub(scratch));
  };
  const CliResult full = run_limited("full");
  INFO(full.out << full.err);
  CHECK(full.exit_code != 0);
  CHECK(Contains(full.err, "cannot write"));
  // Nothing of the day: no folder, no staging folder left behind.
  CHECK(FilesUnder(out).empty());
  CHECK_FALSE(std::filesystem::exists(std::filesystem::path(out) / "2026-11-23"));

  // A complete run, then one that fails: the complete day stays as it was.
  const CliResult ok = RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", out}, tmp.Sub("ok"));
  REQUIRE(ok.exit_code == 0);
  const auto complete = FilesUnder(out);
  REQUIRE(complete.count("2026-11-23/index.csv") == 1);
  CHECK(run_limited("full-again").exit_code != 0);
  CHECK(FilesUnder(out) == complete);
  // And a run that succeeds replaces it whole, with the same bytes.
  REQUIRE(RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", out}, tmp.Sub("again")).exit_code == 0);
  CHECK(FilesUnder(out) == complete);
}

TEST_CASE("relance letters: --lang en, no creditors file, another day", "[e2e][letters]") {
  TempDir tmp;
  const std::string db = MakeDb(tmp);
  const CliResult run = RunCli(
      {kCli, "letters", "--db", db, "--date", "2026-11-24", "--out", tmp.Sub("out"), "--lang", "en"}, tmp.Sub("run"));
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.err, "creditor 'ACME-FR' is not in the creditors file"));
  const auto files = FilesUnder(tmp.path() / "out");
  CHECK(files.size() == 3);
  const std::string& letter = files.at("2026-11-24/ACME-FR/DEBTOR-1/A-4.en.txt");
  CHECK(Contains(letter, "Overdue payment – invoice no. 55"));
  CHECK(Contains(letter, "[Creditor's address to be completed – id ACME-FR]"));
  CHECK(files.count("2026-11-24/index.csv") == 1);

  // A day without actions still gets its (empty) index.
  const CliResult empty =
      RunCli({kCli, "letters", "--db", db, "--date", "2026-11-25", "--out", tmp.Sub("out")}, tmp.Sub("empty"));
  REQUIRE(empty.exit_code == 0);
  CHECK(ReadFile(tmp.Sub("out") + "/2026-11-25/index.csv") == "action_id,kind,level,channel,creditor,debtor,file\n");
}

TEST_CASE("relance letters: bad arguments and a bad creditors file", "[e2e][letters]") {
  TempDir tmp;
  const std::string db = MakeDb(tmp);
  CHECK(
      RunCli({kCli, "letters", "--db", db, "--date", "23/11/2026", "--out", tmp.Sub("out")}, tmp.Sub("a")).exit_code ==
      2);
  CHECK(RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", tmp.Sub("out"), "--lang", "de"},
               tmp.Sub("b"))
            .exit_code != 0);
  {
    std::ofstream bad(tmp.Sub("creditors.json"));
    bad << R"({"ACME-FR": {"iban": "misplaced"}})";
  }
  const CliResult refused = RunCli({kCli, "letters", "--db", db, "--date", "2026-11-23", "--out", tmp.Sub("out"),
                                    "--creditors", tmp.Sub("creditors.json")},
                                   tmp.Sub("c"));
  CHECK(refused.exit_code == 2);
  CHECK(Contains(refused.err, "ACME-FR.iban: unknown field"));
  const CliResult missing =
      RunCli({kCli, "letters", "--db", tmp.Sub("nope"), "--date", "2026-11-23", "--out", tmp.Sub("out")}, tmp.Sub("d"));
  CHECK(missing.exit_code != 0);
}

}  // namespace relance::testing
