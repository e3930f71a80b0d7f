// The creditors file: who the letters are from. A JSON object keyed by
// creditor id (the `creditor_id` of the events), for example:
//
//   {"ACME": {"name": "ACME SAS", "address": ["12 rue de la Paix", "75002 Paris"],
//             "legal_id": "SIREN 552 100 554", "city": "Paris",
//             "payment": {"iban": "FR76 ...", "bic": "AGRIFRPP", "reference": "ACME"},
//             "contact": "+33 1 23 45 67 89", "email": "recouvrement@acme.example",
//             "signatory": "Claire Martin, responsable du recouvrement"}}
//
// Every field is optional; a letter shows a visible placeholder for what is
// missing rather than inventing it. Unknown fields are refused, so that a
// typo does not silently drop the IBAN from every letter.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/status.h"

namespace relance::letters {

// Lines of a creditor's postal address.
inline constexpr std::size_t kAddressLinesMax = 8;

struct Creditor {
  std::string name;
  std::vector<std::string> address;
  std::string legal_id;  // SIREN or another registration number, as printed.
  std::string iban;
  std::string bic;
  std::string payment_reference;  // Quoted before the invoice numbers on transfers.
  std::string contact;            // Phone, e-mail or department, as printed.
  std::string email;              // The sender of e-mails (From:).
  std::string signatory;
  std::string city;  // "Paris, le 23 novembre 2026".
};

class CreditorDirectory {
 public:
  // nullptr when the creditor is not in the file.
  const Creditor* Find(std::string_view creditor_id) const;
  std::size_t size() const { return creditors_.size(); }

  // Parses the JSON text of a creditors file into *out (replacing its content).
  static Status Parse(std::string_view json, CreditorDirectory* out);
  // Reads and parses `path`.
  static Status Load(const std::string& path, CreditorDirectory* out);

 private:
  std::map<std::string, Creditor, std::less<>> creditors_;
};

// A plain e-mail address (local@domain, printable ASCII without header
// delimiters): what is safe to put between < > in a header.
bool IsPlainEmailAddress(std::string_view address);

}  // namespace relance::letters
