// The letters module: amount and date formatting, the creditors file, the
// templates (every id in both languages, no unescaped data), subject lines,
// the formal notice's mandatory mentions, HTML escaping, e-mail encoding,
// safe file names, and the renderer over a real RocksDB.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <climits>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "tests/support/actions.h"
#include "tests/support/temp_dir.h"
#include "tools/letters/creditors.h"
#include "tools/letters/email.h"
#include "tools/letters/format.h"
#include "tools/letters/letter.h"
#include "tools/letters/output.h"
#include "tools/letters/renderer.h"
#include "tools/letters/template_engine.h"
#include "tools/letters/templates.h"

namespace relance::testing {
namespace {

using letters::Language;
constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

constexpr std::array<const char*, 11> kTemplateIds = {
    "courtesy", "reminder.courteous", "reminder.firm", "reminder.warning", "phone.script", "formal_notice", "handover",
    "legal",    "limitation_warning", "order_service", "enforceability"};

letters::Creditor Acme() {
  letters::Creditor c;
  c.name = "ACME Distribution SAS";
  c.address = {"12 rue de la Paix", "75002 Paris"};
  c.legal_id = "SIREN 552 100 554";
  c.iban = "FR76 3000 6000 0112 3456 7890 189";
  c.bic = "AGRIFRPP";
  c.payment_reference = "ACME";
  c.contact = "01 23 45 67 89";
  c.email = "recouvrement@acme.example";
  c.signatory = "Claire Martin, responsable du recouvrement";
  c.city = "Paris";
  return c;
}

// A formal notice with two invoices, interest and indemnity, and two
// earlier reminders.
v1::Action FormalNotice() {
  v1::Action a = MakeAction("FN-1", v1::ACTION_KIND_FORMAL_NOTICE, "2026-11-23", "formal_notice",
                            v1::CHANNEL_FORMAL_NOTICE, v1::TONE_FORMAL, 5);
  *a.mutable_deadline() = D("2026-12-01");
  AddItem(&a, "12345", "2026-08-01", "2026-08-31", 123456, 2345, 4000);
  AddItem(&a, "12346", "2026-09-01", "2026-09-30", 50000, 610, 4000);
  AddPriorContact(&a, 1, v1::CHANNEL_EMAIL, "2026-09-07");
  AddPriorContact(&a, 3, v1::CHANNEL_REGISTERED_LETTER, "2026-10-15");
  return a;
}

letters::RenderedLetter Render(const v1::Action& action, Language language,
                               const letters::Creditor* creditor = nullptr) {
  letters::RenderedLetter letter;
  const Status s = letters::RenderLetter(action, creditor, language, &letter);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return letter;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every regular file under `root`, relative path -> bytes.
std::map<std::string, std::string> Files(const std::filesystem::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[entry.path().lexically_relative(root).string()] = ReadFile(entry.path());
  }
  return files;
}

}  // namespace

TEST_CASE("amounts: French and English, minor units, integer only", "[letters]") {
  using letters::FormatAmount;
  CHECK(FormatAmount(123456, "EUR", kFr) == "1 234,56 €");
  CHECK(FormatAmount(123456, "EUR", kEn) == "EUR 1,234.56");
  CHECK(FormatAmount(0, "EUR", kFr) == "0,00 €");
  CHECK(FormatAmount(0, "EUR", kEn) == "EUR 0.00");
  CHECK(FormatAmount(5, "EUR", kFr) == "0,05 €");
  CHECK(FormatAmount(-5, "EUR", kFr) == "-0,05 €");
  CHECK(FormatAmount(-123456, "EUR", kEn) == "EUR -1,234.56");
  CHECK(FormatAmount(100000, "EUR", kFr) == "1 000,00 €");
  CHECK(FormatAmount(99999, "EUR", kEn) == "EUR 999.99");
  CHECK(FormatAmount(123456789012, "USD", kFr) == "1 234 567 890,12 USD");
  CHECK(FormatAmount(123456789012, "USD", kEn) == "USD 1,234,567,890.12");
  CHECK(FormatAmount(1234, "JPY", kFr) == "1 234 JPY");
  CHECK(FormatAmount(1234, "JPY", kEn) == "JPY 1,234");
  CHECK(FormatAmount(-1000000, "JPY", kEn) == "JPY -1,000,000");
  CHECK(FormatAmount(12345, "TND", kFr) == "12,345 TND");
  CHECK(FormatAmount(INT64_MAX, "EUR", kEn) == "EUR 92,233,720,368,547,758.07");
  CHECK(FormatAmount(INT64_MIN, "EUR", kFr) == "-92 233 720 368 547 758,08 €");
}

TEST_CASE("dates: long and short forms per language", "[letters]") {
  using letters::FormatDateLong;
  using letters::FormatDateShort;
  CHECK(FormatDateLong(DayOf("2026-11-23"), kFr) == "23 novembre 2026");
  CHECK(FormatDateLong(DayOf("2026-03-01"), kFr) == "1er mars 2026");
  CHECK(FormatDateLong(DayOf("2026-08-15"), kFr) == "15 août 2026");
  CHECK(FormatDateLong(DayOf("2026-11-23"), kEn) == "23 November 2026");
  CHECK(FormatDateShort(DayOf("2026-11-23"), kFr) == "23/11/2026");
  CHECK(FormatDateShort(DayOf("2026-01-05"), kFr) == "05/01/2026");
  CHECK(FormatDateShort(DayOf("2026-11-23"), kEn) == "23 November 2026");
  CHECK(FormatDateLong(kNoDay, kFr) == "-");
}

TEST_CASE("template engine: standalone tag lines leave no blank line behind", "[letters]") {
  letters::TemplateData data = letters::TemplateData::Object();
  data.Set("yes", true).Set("no", false).Set("name", "<b>");
  letters::TemplateData list = letters::TemplateData::List();
  list.Push(letters::TemplateData::Object().Set("x", "1")).Push(letters::TemplateData::Object().Set("x", "2"));
  data.Set("items", std::move(list));
  const auto lookup = [](std::string_view name) -> std::optional<std::string_view> {
    if (name == "_p") return std::string_view("P1\n  {{#no}}\nhidden\n  {{/no}}\nP2\n");
    return std::nullopt;
  };
  const std::string source =
      "A\n{{#no}}\nskipped\n{{/no}}\nB\n  {{#yes}}\nshown {{name}}\n  {{/yes}}\n{{^yes}}\nnot\n{{/yes}}\n"
      "{{#items}}\n- {{x}}\n{{/items}}\n{{> _p}}\nC {{#no}}x{{/no}}\n\n{{#yes}}\n\nD\n{{/yes}}\n{{> _p}}\n\nE";
  std::string out;
  REQUIRE(letters::RenderMustache(source, data, {"_p"}, lookup, letters::Escape::kNone, &out).ok());
  CHECK(out == "A\nB\nshown <b>\n- 1\n- 2\nP1\nP2\nC \n\n\nD\nP1\nP2\n\nE");
  REQUIRE(letters::RenderMustache(source, data, {"_p"}, lookup, letters::Escape::kHtml, &out).ok());
  CHECK(Contains(out, "shown &lt;b&gt;\n"));
  CHECK(letters::RenderMustache("{{#open}}", data, {}, lookup, letters::Escape::kNone, &out).code() ==
        Status::Code::kInvalidArgument);
  CHECK(letters::RenderMustache("{{> _q}}", data, {"_q"}, lookup, letters::Escape::kNone, &out).code() ==
        Status::Code::kInvalidArgument);
}

TEST_CASE("templates: every id in both languages and formats, data never unescaped", "[letters]") {
  for (const char* lang : {"fr", "en"}) {
    for (const char* id : kTemplateIds) {
      for (const char* format : {"html", "txt", "subject"}) {
        const std::string name = fmt::format("{}/{}.{}", lang, id, format);
        INFO(name);
        CHECK(letters::FindTemplate(name).has_value());
      }
    }
  }
  std::size_t fr = 0, en = 0;
  for (const auto& t : letters::EmbeddedTemplates()) {
    INFO(t.name);
    CHECK(t.text.find("{{{") == std::string_view::npos);
    CHECK(t.text.find("{{&") == std::string_view::npos);
    if (t.name.starts_with("fr/")) ++fr;
    if (t.name.starts_with("en/")) ++en;
    // The English name must exist for every French one, and back.
    std::string other(t.name);
    other.replace(0, 2, t.name.starts_with("fr/") ? "en" : "fr");
    CHECK(letters::FindTemplate(other).has_value());
  }
  CHECK(fr == en);
}

TEST_CASE("templates: each renders for its kind without leftover tags", "[letters]") {
  const letters::Creditor acme = Acme();
  for (const char* id : kTemplateIds) {
    v1::Action a = FormalNotice();
    a.set_template_id(id);
    for (Language language : {kFr, kEn}) {
      INFO(id << " " << letters::LanguageCode(language));
      const letters::RenderedLetter letter = Render(a, language, &acme);
      CHECK_FALSE(letter.fell_back);
      CHECK(letter.template_id == id);
      CHECK_FALSE(letter.subject.empty());
      CHECK(letter.subject.find('\n') == std::string::npos);
      for (const std::string* body : {&letter.html, &letter.text, &letter.subject}) {
        CHECK_FALSE(Contains(*body, "{{"));
        CHECK_FALSE(Contains(*body, "}}"));
        CHECK(Contains(*body, "12345"));
      }
      CHECK(Contains(letter.html, "<!DOCTYPE html>"));
      CHECK(Contains(letter.html, "</html>"));
    }
  }
}

TEST_CASE("subject lines: one or several invoices, French and English", "[letters]") {
  v1::Action a = MakeAction("R-1", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous", v1::CHANNEL_EMAIL);
  AddItem(&a, "12345", "2026-10-01", "2026-10-31", 10000);
  CHECK(Render(a, kFr).subject == "Rappel de paiement – Facture n° 12345");
  CHECK(Render(a, kEn).subject == "Payment reminder – Invoice no. 12345");
  AddItem(&a, "12346", "2026-10-02", "2026-11-01", 20000);
  CHECK(Render(a, kFr).subject == "Rappel de paiement – Factures n° 12345, 12346");
  CHECK(Render(a, kEn).subject == "Payment reminder – Invoices no. 12345, 12346");
  const v1::Action notice = FormalNotice();
  CHECK(Render(notice, kFr).subject == "Mise en demeure de payer – Factures n° 12345, 12346");
  CHECK(Render(notice, kEn).subject == "Formal notice to pay – Invoices no. 12345, 12346");
}

TEST_CASE("letters: amounts formatted, interest and fee lines only when non-zero", "[letters]") {
  v1::Action a =
      MakeAction("R-2", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.firm", v1::CHANNEL_LETTER, v1::TONE_FIRM, 2);
  AddItem(&a, "A-1", "2026-09-01", "2026-10-01", 123456);
  SECTION("principal only") {
    for (Language language : {kFr, kEn}) {
      const letters::RenderedLetter letter = Render(a, language);
      const bool fr = language == kFr;
      CHECK(Contains(letter.text, fr ? "1 234,56 €" : "EUR 1,234.56"));
      CHECK(Contains(letter.html, fr ? "1 234,56 €" : "EUR 1,234.56"));
      for (const std::string* body : {&letter.text, &letter.html}) {
        CHECK_FALSE(Contains(*body, fr ? "Intérêts de retard" : "Late-payment interest"));
        CHECK_FALSE(Contains(*body, fr ? "intérêts de retard" : "late-payment interest"));
        CHECK_FALSE(Contains(*body, fr ? "ndemnité forfaitaire" : "ixed recovery indemnity"));
      }
      CHECK(Contains(letter.text, fr ? "échue le 01/10/2026" : "due 1 October 2026"));
      CHECK(Contains(letter.text, fr ? "émise le 01/09/2026" : "issued 1 September 2026"));
      CHECK(Contains(letter.text, fr ? "au plus tard le 8 décembre 2026" : "by 8 December 2026"));
    }
  }
  SECTION("interest and indemnity") {
    a.clear_items();
    a.clear_totals();
    AddItem(&a, "A-1", "2026-09-01", "2026-10-01", 123456, 789, 4000);
    const letters::RenderedLetter fr = Render(a, kFr);
    CHECK(Contains(fr.text, "Intérêts de retard : 7,89 €"));
    CHECK(Contains(fr.text, "Indemnité forfaitaire pour frais de recouvrement : 40,00 €"));
    CHECK(Contains(fr.text, "Total dû : 1 282,45 €"));
    CHECK(Contains(fr.html, "7,89 €"));
    const letters::RenderedLetter en = Render(a, kEn);
    CHECK(Contains(en.text, "Late-payment interest: EUR 7.89"));
    CHECK(Contains(en.text, "Fixed recovery indemnity: EUR 40.00"));
    CHECK(Contains(en.text, "Total due: EUR 1,282.45"));
  }
  SECTION("several currencies") {
    AddItem(&a, "A-2", "2026-09-01", "2026-10-01", 5000, 0, 0, "JPY");
    const letters::RenderedLetter fr = Render(a, kFr);
    CHECK(Contains(fr.text, "1 234,56 € et 5 000 JPY"));
    CHECK(Contains(Render(a, kEn).text, "EUR 1,234.56 and JPY 5,000"));
  }
}

TEST_CASE("letters: amounts that do not add up are refused", "[letters]") {
  v1::Action a = MakeAction("R-3", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.firm");
  AddItem(&a, "A-1", "2026-09-01", "2026-10-01", 1000, 10, 0);
  letters::RenderedLetter letter;
  SECTION("item owed") {
    a.mutable_items(0)->set_owed_minor(999);
    CHECK(letters::RenderLetter(a, nullptr, kFr, &letter).code() == Status::Code::kCorruption);
  }
  SECTION("totals") {
    a.mutable_totals(0)->set_amount_minor(1);
    CHECK(letters::RenderLetter(a, nullptr, kFr, &letter).code() == Status::Code::kCorruption);
  }
}

TEST_CASE("formal notice: every mandatory mention, French and English, HTML and text", "[letters]") {
  const letters::Creditor acme = Acme();
  const v1::Action a = FormalNotice();
  for (Language language : {kFr, kEn}) {
    const bool fr = language == kFr;
    const letters::RenderedLetter letter = Render(a, language, &acme);
    CHECK(letter.template_id == "formal_notice");
    for (const std::string* body : {&letter.html, &letter.text}) {
      INFO(letters::LanguageCode(language) << (body == &letter.html ? " html" : " txt") << "\n" << *body);
      // The words "mise en demeure" in the body; "formal notice" in English.
      CHECK(Contains(*body, "mise en demeure"));
      if (!fr) CHECK(Contains(*body, "formal notice"));
      // Identities and addresses of creditor and debtor.
      CHECK(Contains(*body, "ACME Distribution SAS"));
      CHECK(Contains(*body, "12 rue de la Paix"));
      CHECK(Contains(*body, "75002 Paris"));
      CHECK(Contains(*body, "SIREN 552 100 554"));
      CHECK(Contains(*body, "Durand Bâtiment SARL"));
      CHECK(Contains(*body, "3 avenue des Lilas"));
      CHECK(Contains(*body, "69003 Lyon"));
      // The amount, the invoices and their due dates.
      CHECK(Contains(*body, fr ? "1 844,11 €" : "EUR 1,844.11"));
      CHECK(Contains(*body, "12345"));
      CHECK(Contains(*body, "12346"));
      CHECK(Contains(*body, fr ? "31/08/2026" : "31 August 2026"));
      CHECK(Contains(*body, fr ? "30/09/2026" : "30 September 2026"));
      // Interest and fees claimed.
      CHECK(Contains(*body, fr ? "29,55 €" : "EUR 29.55"));
      CHECK(Contains(*body, fr ? "80,00 €" : "EUR 80.00"));
      CHECK(Contains(*body, fr ? "ntérêts de retard" : "ate-payment interest"));
      CHECK(Contains(*body, fr ? "ndemnité forfaitaire" : "ixed recovery indemnity"));
      // A final payment deadline.
      CHECK(Contains(*body, fr ? "au plus tard le 1er décembre 2026" : "by 1 December 2026 at the latest"));
      // How to pay.
      CHECK(Contains(*body, "FR76 3000 6000 0112 3456 7890 189"));
      CHECK(Contains(*body, "AGRIFRPP"));
      CHECK(Contains(*body, "ACME 12345, 12346"));
      // A summary of the earlier reminders: what each was, when, how.
      CHECK(Contains(*body,
                     fr ? "1re relance du 7 septembre 2026 (e-mail)" : "1st reminder of 7 September 2026 (e-mail)"));
      CHECK(Contains(*body, fr ? "3e relance du 15 octobre 2026 (courrier recommandé)"
                               : "3rd reminder of 15 October 2026 (registered letter)"));
      // The date of the letter.
      CHECK(Contains(*body, fr ? "Paris, le 23 novembre 2026" : "Paris, 23 November 2026"));
      // A signature.
      CHECK(Contains(*body, "Claire Martin, responsable du recouvrement"));
      CHECK(Contains(*body, fr ? "Pour ACME Distribution SAS" : "For ACME Distribution SAS"));
      // A court will be seized if payment does not follow.
      CHECK(Contains(*body, fr ? "nous saisirons la juridiction compétente" : "before the competent court"));
      // Sent by registered letter with acknowledgement of receipt.
      CHECK(Contains(*body, fr ? "avis de réception" : "cknowledgement of receipt"));
    }
  }
}

TEST_CASE("formal notice: earlier reminders by invoice, courtesy notices left out", "[letters]") {
  v1::Action a = FormalNotice();
  a.clear_prior_contacts();
  // What the engine writes: the courtesy notices of older actions included
  // (level 0), then per invoice in the items' order.
  AddPriorContact(&a, 0, v1::CHANNEL_EMAIL, "2026-08-28", "12345");
  AddPriorContact(&a, 1, v1::CHANNEL_EMAIL, "2026-09-07", "12345");
  AddPriorContact(&a, 3, v1::CHANNEL_LETTER, "2026-09-21", "12345");
  AddPriorContact(&a, 0, v1::CHANNEL_EMAIL, "2026-09-27", "12346");
  AddPriorContact(&a, 1, v1::CHANNEL_EMAIL, "2026-10-07", "12346");
  for (Language language : {kFr, kEn}) {
    const bool fr = language == kFr;
    const letters::RenderedLetter letter = Render(a, language);
    INFO(letter.text);
    for (const std::string* body : {&letter.html, &letter.text}) {
      CHECK_FALSE(Contains(*body, fr ? "niveau 0" : "level 0"));
      CHECK_FALSE(Contains(*body, fr ? "28 août 2026" : "28 August 2026"));
      CHECK_FALSE(Contains(*body, fr ? "27 septembre 2026" : "27 September 2026"));
    }
    // Each invoice heads the reminders that were about it.
    const std::string first = fr ? "- Facture n° 12345 :\n  - 1re relance du 7 septembre 2026 (e-mail)\n"
                                   "  - 3e relance du 21 septembre 2026 (courrier)\n"
                                 : "- Invoice no. 12345:\n  - 1st reminder of 7 September 2026 (e-mail)\n"
                                   "  - 3rd reminder of 21 September 2026 (letter)\n";
    const std::string second = fr ? "- Facture n° 12346 :\n  - 1re relance du 7 octobre 2026 (e-mail)\n"
                                  : "- Invoice no. 12346:\n  - 1st reminder of 7 October 2026 (e-mail)\n";
    CHECK(Contains(letter.text, first + second));
    CHECK(Contains(letter.html, fr ? "<span class=\"invoice\">Facture n° 12346</span>"
                                   : "<span class=\"invoice\">Invoice no. 12346</span>"));
  }
  // One invoice: one list, no heading.
  v1::Action single = FormalNotice();
  single.clear_items();
  single.clear_totals();
  single.clear_prior_contacts();
  AddItem(&single, "12345", "2026-08-01", "2026-08-31", 123456, 2345, 4000);
  AddPriorContact(&single, 0, v1::CHANNEL_EMAIL, "2026-08-28", "12345");
  AddPriorContact(&single, 2, v1::CHANNEL_PHONE, "2026-09-14", "12345");
  const std::string text = Render(single, kFr).text;
  CHECK(Contains(text, "sans effet :\n- 2e relance du 14 septembre 2026 (appel téléphonique)\n"));
  CHECK_FALSE(Contains(text, "- Facture n° 12345 :\n"));
  // Only courtesy notices: nothing to recall.
  single.clear_prior_contacts();
  AddPriorContact(&single, 0, v1::CHANNEL_EMAIL, "2026-08-28", "12345");
  CHECK(Contains(Render(single, kFr).text, "Aucune relance antérieure"));
}

TEST_CASE("letters: the interest rate, dates and days next to the interest", "[letters]") {
  v1::Action a = FormalNotice();
  // 12345: 1,234.56 at 12.15 % from 01/09 to 30/09 (30 days), then after a
  // payment 1,000.00 at 10.15 % from 01/10 to 23/11 (54 days). 12346: none.
  v1::ActionItem* item = a.mutable_items(0);
  auto add = [&](const char* from, const char* to, std::int32_t rate_bp, std::int64_t principal_minor) {
    v1::InterestPeriod* p = item->add_interest_periods();
    *p->mutable_from() = D(from);
    *p->mutable_to() = D(to);
    p->set_rate_bp(rate_bp);
    p->set_principal_minor(principal_minor);
  };
  add("2026-09-01", "2026-09-30", 1215, 123456);
  add("2026-10-01", "2026-11-23", 1015, 100000);
  const letters::RenderedLetter fr = Render(a, kFr);
  INFO(fr.text);
  CHECK(Contains(fr.text,
                 "- Facture n° 12345 : 23,45 €\n"
                 "  au taux annuel de 12,15 % sur 1 234,56 € du 01/09/2026 au 30/09/2026 (30 jours)\n"
                 "  au taux annuel de 10,15 % sur 1 000,00 € du 01/10/2026 au 23/11/2026 (54 jours)\n"));
  CHECK_FALSE(Contains(fr.text, "- Facture n° 12346 : 6,10 €"));  // Periods not given: no line.
  CHECK(Contains(fr.html, "au taux annuel de 12,15 % sur <span class=\"amount\">1 234,56 €</span>"));
  const letters::RenderedLetter en = Render(a, kEn);
  CHECK(Contains(en.text,
                 "at an annual rate of 12.15% on EUR 1,234.56 from 1 September 2026 to 30 September 2026 "
                 "(30 days)"));
  // Without periods (an action written before they were), no such block.
  CHECK_FALSE(Contains(Render(FormalNotice(), kFr).text, "au taux annuel"));
}

TEST_CASE("letters: an indemnity in euros under an invoice in dollars is totalled in euros", "[letters]") {
  v1::Action a = MakeAction("FN-USD", v1::ACTION_KIND_FORMAL_NOTICE, "2026-11-23", "formal_notice",
                            v1::CHANNEL_FORMAL_NOTICE, v1::TONE_FORMAL, 5);
  AddItem(&a, "US-1", "2026-08-01", "2026-08-31", 250000, 3000);  // USD below.
  v1::ActionItem* item = a.mutable_items(0);
  item->set_currency("USD");
  item->set_indemnity_minor(4000);
  item->set_indemnity_currency("EUR");
  a.clear_totals();
  for (const auto& [currency, amount] : {std::pair<const char*, std::int64_t>{"EUR", 4000}, {"USD", 253000}}) {
    v1::Money* total = a.add_totals();
    total->set_currency(currency);
    total->set_amount_minor(amount);
  }
  const letters::RenderedLetter fr = Render(a, kFr);
  INFO(fr.text);
  CHECK(Contains(fr.text,
                 "Facture n° US-1, émise le 01/08/2026, échue le 31/08/2026 : 2 530,00 USD\n"
                 "  (principal 2 500,00 USD, intérêts de retard 30,00 USD, indemnité forfaitaire 40,00 €)"));
  CHECK(Contains(fr.text, "Indemnité forfaitaire pour frais de recouvrement : 40,00 €\nTotal dû : 40,00 €"));
  CHECK_FALSE(Contains(fr.text, "Principal restant dû : 0,00 €"));  // Euros hold the indemnity only.
  CHECK(Contains(fr.text, "Total dû : 2 530,00 USD"));
  CHECK(Contains(fr.text, "40,00 € et 2 530,00 USD"));
  CHECK(Contains(fr.text, "fixée en euros par la loi"));
  CHECK(Contains(Render(a, kEn).text, "set in euros by French law"));
  // The amounts must still add up: a foreign indemnity counted in the
  // invoice's owed is refused.
  a.mutable_items(0)->set_owed_minor(257000);
  letters::RenderedLetter refused;
  CHECK(letters::RenderLetter(a, nullptr, kFr, &refused).code() == Status::Code::kCorruption);
}

TEST_CASE("rates and level names: French and English", "[letters]") {
  CHECK(letters::FormatRate(1215, kFr) == "12,15 %");
  CHECK(letters::FormatRate(1250, kFr) == "12,5 %");
  CHECK(letters::FormatRate(800, kFr) == "8 %");
  CHECK(letters::FormatRate(5, kFr) == "0,05 %");
  CHECK(letters::FormatRate(1215, kEn) == "12.15%");
  CHECK(letters::FormatRate(828, kEn) == "8.28%");
  CHECK(letters::LevelName(1, kFr) == "1re relance");
  CHECK(letters::LevelName(2, kFr) == "2e relance");
  CHECK(letters::LevelName(1, kEn) == "1st reminder");
  CHECK(letters::LevelName(2, kEn) == "2nd reminder");
  CHECK(letters::LevelName(3, kEn) == "3rd reminder");
  CHECK(letters::LevelName(4, kEn) == "4th reminder");
  CHECK(letters::LevelName(11, kEn) == "11th reminder");
  CHECK(letters::LevelName(22, kEn) == "22nd reminder");
}

TEST_CASE("letters: values are HTML-escaped in HTML and left as they are in text", "[letters]") {
  v1::Action a = MakeAction("R-4", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous", v1::CHANNEL_EMAIL);
  a.set_debtor_name("<Dupont & Fils>");
  a.set_debtor_address(0, "1 rue \"Haute\" <script>");
  AddItem(&a, "F<1>&'2", "2026-10-01", "2026-10-31", 10000);
  letters::Creditor evil = Acme();
  evil.name = "L'Atelier <b>&</b>";
  for (Language language : {kFr, kEn}) {
    const letters::RenderedLetter letter = Render(a, language, &evil);
    CHECK(Contains(letter.html, "&lt;Dupont &amp; Fils&gt;"));
    CHECK_FALSE(Contains(letter.html, "<Dupont"));
    CHECK(Contains(letter.html, "1 rue &quot;Haute&quot; &lt;script&gt;"));
    CHECK_FALSE(Contains(letter.html, "<script>"));
    CHECK(Contains(letter.html, "F&lt;1&gt;&amp;&apos;2"));
    CHECK(Contains(letter.html, "L&apos;Atelier &lt;b&gt;&amp;&lt;/b&gt;"));
    CHECK(Contains(letter.text, "<Dupont & Fils>"));
    CHECK(Contains(letter.text, "F<1>&'2"));
    CHECK(Contains(letter.subject, "F<1>&'2"));
  }
}

TEST_CASE("letters: an unknown template falls back by kind and tone", "[letters]") {
  v1::Action a = MakeAction("R-5", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.very_firm", v1::CHANNEL_LETTER,
                            v1::TONE_WARNING, 3);
  AddItem(&a, "12345", "2026-10-01", "2026-10-31", 10000);
  letters::RenderedLetter letter = Render(a, kFr);
  CHECK(letter.fell_back);
  CHECK(letter.template_id == "reminder.warning");
  CHECK(letter.subject == "Dernier rappel avant recouvrement – Facture n° 12345");
  // Ids that could reach a partial or another directory are unknown too.
  for (const char* id : {"", "_parties", "../fr/legal", "Reminder.Firm", "formal_notice/.."}) {
    a.set_template_id(id);
    INFO(id);
    CHECK(Render(a, kEn).fell_back);
  }
  a.set_channel(v1::CHANNEL_PHONE);
  CHECK(Render(a, kFr).template_id == "phone.script");
  CHECK_FALSE(Render(a, kFr).to_debtor);
  a.set_kind(v1::ACTION_KIND_FORMAL_NOTICE);
  CHECK(Render(a, kFr).template_id == "formal_notice");
  a.set_kind(v1::ACTION_KIND_ENFORCEABILITY_DUE);
  CHECK(Render(a, kEn).template_id == "enforceability");
}

TEST_CASE("letters: without the creditor's details, the id and visible placeholders", "[letters]") {
  v1::Action a = MakeAction("R-6", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous");
  AddItem(&a, "12345", "2026-10-01", "2026-10-31", 10000);
  const letters::RenderedLetter fr = Render(a, kFr);
  CHECK(Contains(fr.text, "ACME-FR"));
  CHECK(Contains(fr.text, "[Adresse du créancier à compléter – identifiant ACME-FR]"));
  CHECK(Contains(fr.text, "[IBAN du créancier à compléter]"));
  CHECK(Contains(fr.text, "[Nom et qualité du signataire à compléter]"));
  CHECK(Contains(fr.text, "Le 23 novembre 2026"));
  const letters::RenderedLetter en = Render(a, kEn);
  CHECK(Contains(en.html, "[Creditor's address to be completed – id ACME-FR]"));
  CHECK(Contains(en.text, "[Creditor's IBAN to be completed]"));
}

TEST_CASE("creditors file: the example parses, mistakes are refused", "[letters]") {
  letters::CreditorDirectory directory;
  const Status example =
      letters::CreditorDirectory::Load(RELANCE_SOURCE_DIR "/deploy/creditors.example.json", &directory);
  INFO(example.ToString());
  REQUIRE(example.ok());
  const letters::Creditor* acme = directory.Find("ACME-FR");
  REQUIRE(acme != nullptr);
  CHECK(acme->address.size() == 3);
  CHECK(acme->iban == "FR76 3000 6000 0112 3456 7890 189");
  CHECK(acme->payment_reference == "ACME");
  CHECK(directory.Find("nobody") == nullptr);
  const auto refused = [](const char* json) {
    letters::CreditorDirectory d;
    return letters::CreditorDirectory::Parse(json, &d).code() == Status::Code::kInvalidArgument;
  };
  CHECK(refused("not json"));
  CHECK(refused("[1, 2]"));
  CHECK(refused(R"({"A": {"nmae": "typo"}})"));
  CHECK(refused(R"({"A": {"payment": {"ibna": "typo"}}})"));
  CHECK(refused(R"({"A": {"name": 12}})"));
  CHECK(refused(R"({"A": {"address": "one string"}})"));
  CHECK(refused(R"({"A": {"name": "two\nlines"}})"));
  CHECK(refused(R"({"A": {"email": "x@y.example\r\nBcc: z@w.example"}})"));
  CHECK(refused(R"({"A": {"email": "no-at-sign"}})"));
  CHECK(refused(R"({"A": {"address": ["1","2","3","4","5","6","7","8","9"]}})"));
  letters::CreditorDirectory empty;
  CHECK(letters::CreditorDirectory::Parse("{}", &empty).ok());
  CHECK(empty.size() == 0);
}

TEST_CASE("file names: unsafe characters encoded, distinct ids stay distinct", "[letters]") {
  using letters::SafeFileName;
  CHECK(SafeFileName("ACT-2026-11-23.0001") == "ACT-2026-11-23.0001");
  CHECK(SafeFileName("a/b") == "a%2Fb");
  CHECK(SafeFileName("a%2Fb") == "a%252Fb");
  CHECK(SafeFileName("..") == "%2E.");
  CHECK(SafeFileName(".hidden") == "%2Ehidden");
  CHECK(SafeFileName("a b:c*?") == "a%20b%3Ac%2A%3F");
  CHECK(SafeFileName("") == "%");
  const std::string long_id(128, '/');
  const std::string cut = SafeFileName(long_id);
  CHECK(cut.size() <= letters::kFileNameBytesMax);
  CHECK(cut != SafeFileName(std::string(127, '/')));
  CHECK(cut.find('/') == std::string::npos);
}

TEST_CASE("e-mail: encoded subject, date from the action, CRLF lines", "[letters]") {
  CHECK(letters::Base64("") == "");
  CHECK(letters::Base64("f") == "Zg==");
  CHECK(letters::Base64("fo") == "Zm8=");
  CHECK(letters::Base64("foobar") == "Zm9vYmFy");
  CHECK(letters::EncodeHeaderText("Payment reminder") == "Payment reminder");
  CHECK(letters::EncodeHeaderText("Rappel de paiement – Facture n° 12345") ==
        "=?UTF-8?B?" + letters::Base64("Rappel de paiement – Facture n° 12345") + "?=");
  // A long subject is split into encoded words, never inside a character.
  const std::string subject = "Mise en demeure de payer – Factures n° 12345, 12346, 12347, 12348, 12349, 12350";
  const std::string encoded = letters::EncodeHeaderText(subject);
  CHECK(Contains(encoded, "?=\r\n =?UTF-8?B?"));
  std::size_t start = 0;
  while ((start = encoded.find("=?UTF-8?B?", start)) != std::string::npos) {
    const std::size_t end = encoded.find("?=", start + 10);
    CHECK(end - start + 2 <= 75);
    start = end;
  }
  CHECK(letters::Rfc5322Date(DayOf("2026-11-23")) == "Mon, 23 Nov 2026 00:00:00 +0000");
  CHECK(letters::Rfc5322Date(DayOf("1970-01-01")) == "Thu, 01 Jan 1970 00:00:00 +0000");
  CHECK(letters::Rfc5322Date(DayOf("2024-02-29")) == "Thu, 29 Feb 2024 00:00:00 +0000");

  letters::EmailMessage m;
  m.from_name = "ACME";
  m.from_address = "a@acme.example";
  m.to_name = "Durand Bâtiment\r\nBcc: x@evil.example";
  m.to_address = "compta@durand.example";
  m.date = DayOf("2026-11-23");
  m.subject = "Rappel de paiement – Facture n° 12345";
  m.action_id = "R-1";
  m.text = "line 1\nline 2\n";
  m.html = "<p>é</p>\n";
  const std::string eml = letters::BuildEml(m);
  CHECK(eml.starts_with("Date: Mon, 23 Nov 2026 00:00:00 +0000\r\n"));
  CHECK(Contains(eml, "\r\nFrom: \"ACME\" <a@acme.example>\r\n"));
  CHECK(Contains(eml, "\r\nSubject: =?UTF-8?B?"));
  CHECK(Contains(eml, "<compta@durand.example>\r\n"));
  CHECK_FALSE(Contains(eml, "\r\nBcc:"));
  CHECK(Contains(eml, "Content-Type: multipart/alternative; boundary=\"=_relance_alternative\""));
  CHECK(Contains(eml, "Content-Type: text/plain; charset=UTF-8"));
  CHECK(Contains(eml, "Content-Type: text/html; charset=UTF-8"));
  CHECK(Contains(eml, letters::Base64("line 1\r\nline 2\r\n")));
  CHECK(eml.ends_with("--=_relance_alternative--\r\n"));
  for (std::size_t i = 0; i < eml.size(); ++i) {
    if (eml[i] == '\n') REQUIRE((i > 0 && eml[i - 1] == '\r'));
  }
}

TEST_CASE("renderer: the day's actions as files, an index, the same bytes twice", "[letters]") {
  TempDir tmp;
  const std::string db = tmp.Sub("db");
  v1::Action email =
      MakeAction("ACT/1", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous", v1::CHANNEL_EMAIL);
  AddItem(&email, "12345", "2026-10-01", "2026-10-31", 10000);
  v1::Action notice = FormalNotice();
  notice.set_debtor_key("DEBTOR/2");
  v1::Action unknown = MakeAction("ACT-3", v1::ACTION_KIND_REMINDER, "2026-11-23", "no.such.template",
                                  v1::CHANNEL_LETTER, v1::TONE_FIRM, 2);
  unknown.set_creditor_id("OTHER");
  AddItem(&unknown, "777", "2026-10-01", "2026-10-31", 5000);
  v1::Action other_day = email;
  other_day.set_action_id("ACT-OTHER-DAY");
  *other_day.mutable_date() = D("2026-11-24");
  StoreActions(db, {email, notice, unknown, other_day});

  letters::CreditorDirectory creditors;
  REQUIRE(letters::CreditorDirectory::Parse(R"({"ACME-FR": {"name": "ACME", "email": "r@acme.example"}})", &creditors)
              .ok());
  letters::LettersOptions options;
  options.date = DayOf("2026-11-23");
  options.creditors = &creditors;
  options.out_dir = tmp.Sub("out1");
  letters::LettersReport report;
  Status s = letters::RenderLettersFromDb(db, options, &report);
  INFO(s.ToString());
  REQUIRE(s.ok());
  CHECK(report.actions == 3);
  CHECK(report.letters == 12);
  CHECK(report.emails == 2);
  const auto files = Files(tmp.path() / "out1");
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);
  const std::vector<std::string> expected = {"2026-11-23/ACME-FR/DEBTOR%2F2/FN-1.en.html",
                                             "2026-11-23/ACME-FR/DEBTOR%2F2/FN-1.en.txt",
                                             "2026-11-23/ACME-FR/DEBTOR%2F2/FN-1.fr.html",
                                             "2026-11-23/ACME-FR/DEBTOR%2F2/FN-1.fr.txt",
                                             "2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.en.eml",
                                             "2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.en.html",
                                             "2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.en.txt",
                                             "2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.fr.eml",
                                             "2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.fr.html",
                                             "2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.fr.txt",
                                             "2026-11-23/OTHER/DEBTOR-1/ACT-3.en.html",
                                             "2026-11-23/OTHER/DEBTOR-1/ACT-3.en.txt",
                                             "2026-11-23/OTHER/DEBTOR-1/ACT-3.fr.html",
                                             "2026-11-23/OTHER/DEBTOR-1/ACT-3.fr.txt",
                                             "2026-11-23/index.csv"};
  CHECK(names == expected);
  const std::string eml = files.at("2026-11-23/ACME-FR/DEBTOR-1/ACT%2F1.fr.eml");
  CHECK(Contains(eml, "Subject: =?UTF-8?B?" + letters::Base64("Rappel de paiement – Facture n° 12345") + "?="));
  CHECK(Contains(eml, "\"ACME\" <r@acme.example>"));
  CHECK(Contains(eml, "<compta@durand.example>"));
  CHECK(Contains(eml, "X-Relance-Action-Id: ACT/1\r\n"));
  const std::string index = files.at("2026-11-23/index.csv");
  CHECK(index.starts_with("action_id,kind,level,channel,creditor,debtor,file\n"));
  CHECK(
      Contains(index, "ACT/1,ACTION_KIND_REMINDER,1,CHANNEL_EMAIL,ACME-FR,DEBTOR-1,ACME-FR/DEBTOR-1/ACT%2F1.fr.eml\n"));
  CHECK(Contains(index, "FN-1,ACTION_KIND_FORMAL_NOTICE,5,CHANNEL_FORMAL_NOTICE,ACME-FR,DEBTOR/2,"));
  CHECK(std::count(index.begin(), index.end(), '\n') == 15);
  CHECK_FALSE(Contains(index, "ACT-OTHER-DAY"));
  // The unknown template and the creditor missing from the file are reported.
  bool fallback_warned = false, creditor_warned = false;
  for (const auto& w : report.warnings) {
    fallback_warned |= w.action_id == "ACT-3" && Contains(w.message, "no.such.template");
    creditor_warned |= Contains(w.message, "'OTHER'");
  }
  CHECK(fallback_warned);
  CHECK(creditor_warned);
  CHECK(Contains(files.at("2026-11-23/OTHER/DEBTOR-1/ACT-3.fr.txt"), "Relance de paiement"));

  // Determinism: a second run writes the same files, byte for byte.
  options.out_dir = tmp.Sub("out2");
  letters::LettersReport again;
  REQUIRE(letters::RenderLettersFromDb(db, options, &again).ok());
  CHECK(Files(tmp.path() / "out2") == files);

  // One language only.
  options.out_dir = tmp.Sub("out-en");
  options.languages = {kEn};
  letters::LettersReport english;
  REQUIRE(letters::RenderLettersFromDb(db, options, &english).ok());
  CHECK(english.letters == 6);
  for (const auto& [name, bytes] : Files(tmp.path() / "out-en")) CHECK_FALSE(Contains(name, ".fr."));

  // The other day has its own letters only.
  options.date = DayOf("2026-11-24");
  options.out_dir = tmp.Sub("out3");
  letters::LettersReport next_day;
  REQUIRE(letters::RenderLettersFromDb(db, options, &next_day).ok());
  CHECK(next_day.actions == 1);
  CHECK(Files(tmp.path() / "out3").count("2026-11-24/ACME-FR/DEBTOR-1/ACT-OTHER-DAY.en.html") == 1);
}

TEST_CASE("renderer: a record under the wrong day is refused", "[letters]") {
  TempDir tmp;
  const std::string db = tmp.Sub("db");
  v1::Action a = MakeAction("ACT-1", v1::ACTION_KIND_REMINDER, "2026-11-23", "reminder.courteous");
  AddItem(&a, "12345", "2026-10-01", "2026-10-31", 10000);
  {
    std::unique_ptr<store::Store> s;
    REQUIRE(store::Store::Open(db, store::StoreOptions{}, &s).ok());
    rocksdb::WriteBatch batch;
    REQUIRE(batch
                .Put(s->handle(store::Family::kAction), store::ActionKey(DayOf("2026-11-22"), 0, "ACT-1"),
                     a.SerializeAsString())
                .ok());
    REQUIRE(s->Write(&batch).ok());
  }
  letters::LettersOptions options;
  options.date = DayOf("2026-11-22");
  options.out_dir = tmp.Sub("out");
  letters::LettersReport report;
  CHECK(letters::RenderLettersFromDb(db, options, &report).code() == Status::Code::kCorruption);
}

}  // namespace relance::testing
