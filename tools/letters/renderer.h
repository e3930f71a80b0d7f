// `relance letters`: renders every action of one day, as stored in the
// `action` family, into letters (HTML and text) and e-mails (.eml), with an
// index. Reads the database read-only from one snapshot, in key order, and
// uses no clock: the same database gives the same files, byte for byte.
//
// Layout under out_dir:
//   <date>/<creditor>/<debtor>/<action>.<lang>.html|txt|eml   (names: SafeFileName)
//   <date>/index.csv   action_id,kind,level,channel,creditor,debtor,file (one row per file;
//                      text cells as CsvText writes them: formulas neutralised)
// A day's folder appears whole or not at all: the run writes .<date>.partial
// and renames it into place at the end (replacing an earlier <date> in one
// rename); a failed run (a full disk) removes it and leaves <date> as it was.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/status.h"
#include "tools/letters/creditors.h"
#include "tools/letters/format.h"

namespace relance::store {
class Store;
}

namespace relance::letters {

struct LettersOptions {
  Day date = kNoDay;
  std::string out_dir;
  // Each action is rendered once per language, in this order.
  std::vector<Language> languages = {Language::kFrench, Language::kEnglish};
  // Who the letters are from; null or missing entries give placeholders.
  const CreditorDirectory* creditors = nullptr;
};

// Something a person should look at; the letters were still written.
struct LetterWarning {
  std::string action_id;  // Empty for the run as a whole.
  std::string message;
};

struct LettersReport {
  std::uint64_t actions = 0;
  std::uint64_t letters = 0;  // .html + .txt files.
  std::uint64_t emails = 0;   // .eml files.
  std::string index_path;
  std::vector<LetterWarning> warnings;
};

// Renders the actions of options.date from an open store.
Status RenderLetters(const store::Store& store, const LettersOptions& options, LettersReport* report);

// Opens `db_dir` read-only, then as above.
Status RenderLettersFromDb(const std::string& db_dir, const LettersOptions& options, LettersReport* report);

}  // namespace relance::letters
