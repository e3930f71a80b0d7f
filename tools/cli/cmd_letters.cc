// relance letters: the day's stored actions rendered as letters and e-mails
// (tools/letters/renderer.h).
#include <cstdio>
#include <memory>

#include "engine/kafka/log.h"
#include "tools/cli/commands.h"
#include "tools/letters/creditors.h"
#include "tools/letters/renderer.h"

namespace relance::cli {
namespace {

struct LettersArgs {
  std::string db;
  std::string date;
  std::string out;
  std::string lang;
  std::string creditors;
};

int RunLetters(const LettersArgs& args) {
  letters::LettersOptions options;
  const auto date = ParseDay(args.date);
  if (!date) return Fail("letters", Status::InvalidArgument("--date is YYYY-MM-DD"));
  options.date = *date;
  options.out_dir = args.out;
  if (!args.lang.empty()) {
    const auto language = letters::ParseLanguage(args.lang);
    if (!language) return Fail("letters", Status::InvalidArgument("--lang is fr or en"));
    options.languages = {*language};
  }
  letters::CreditorDirectory creditors;
  if (!args.creditors.empty()) {
    if (Status s = letters::CreditorDirectory::Load(args.creditors, &creditors); !s.ok()) {
      return Fail("letters", s);
    }
    options.creditors = &creditors;
  }
  letters::LettersReport report;
  std::unique_ptr<store::Store> store;
  Status status = OpenForReading(args.db, &store);
  if (status.ok()) status = letters::RenderLetters(*store, options, &report);
  for (const auto& warning : report.warnings) {
    kafka::Log(kafka::LogLevel::kWarn, "letters", "action=\"{}\" detail=\"{}\"", kafka::Quoted(warning.action_id),
               kafka::Quoted(warning.message));
  }
  if (!status.ok()) return Fail("letters", status);
  std::printf("actions: %llu, letters: %llu, e-mails: %llu, index: %s\n",
              static_cast<unsigned long long>(report.actions), static_cast<unsigned long long>(report.letters),
              static_cast<unsigned long long>(report.emails), report.index_path.c_str());
  return 0;
}

}  // namespace

void AddLettersCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<LettersArgs>();
  CLI::App* cmd = app.add_subcommand("letters", "Render a day's actions as letters (HTML, text) and e-mails (.eml)");
  cmd->add_option("--db", args->db, "Database directory (opened read-only)")->required();
  cmd->add_option("--date", args->date, "The actions' date (YYYY-MM-DD)")->required();
  cmd->add_option("--out", args->out, "Output directory: OUT/<date>/<creditor>/<debtor>/<action>.<lang>.*")->required();
  cmd->add_option("--lang", args->lang, "fr or en (default: both)")->check(CLI::IsMember({"fr", "en"}));
  cmd->add_option("--creditors", args->creditors, "Creditors file (JSON): names, addresses, payment details");
  cmd->callback([args, exit_code] { *exit_code = RunLetters(*args); });
}

}  // namespace relance::cli
