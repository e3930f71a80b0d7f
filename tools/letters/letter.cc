#include "tools/letters/letter.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "tools/letters/templates.h"

namespace relance::letters {
namespace {

// Templates addressed to the creditor's own staff rather than to the debtor.
constexpr std::array<std::string_view, 4> kInternalTemplates = {"phone.script", "limitation_warning", "order_service",
                                                                "enforceability"};

// Template ids come from the policy (data): only these characters make a
// template name, so that an id cannot reach a partial ('_') or another
// directory.
bool IsTemplateIdSyntax(std::string_view id) {
  if (id.empty() || id.front() == '_' || id.front() == '.') return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string TemplateName(Language language, std::string_view id, std::string_view format) {
  return fmt::format("{}/{}.{}", LanguageCode(language), id, format);
}

Day DayOrNone(const v1::CivilDate& date) {
  const std::optional<Day> day = ToDay(date);
  return day ? *day : kNoDay;
}

bool CheckedAdd(std::int64_t a, std::int64_t b, std::int64_t* sum) { return !__builtin_add_overflow(a, b, sum); }

struct CurrencyTotals {
  std::int64_t principal = 0;
  std::int64_t interest = 0;
  std::int64_t indemnity = 0;
  std::int64_t owed = 0;
};

// Sums the items per currency and checks them against what the action says:
// a letter is evidence, so amounts that do not add up are refused rather
// than printed.
Status SumItems(const v1::Action& action, std::map<std::string, CurrencyTotals>* totals) {
  const auto corrupt = [&](std::string what) {
    return Status::Corruption(fmt::format("action '{}': {}", action.action_id(), what));
  };
  for (const auto& item : action.items()) {
    // An indemnity in another currency is owed in that currency, beside the
    // invoice's own amounts (actions.proto).
    const bool foreign = !item.indemnity_currency().empty() && item.indemnity_currency() != item.currency();
    std::int64_t owed = 0;
    if (!CheckedAdd(item.principal_minor(), item.interest_minor(), &owed) ||
        !CheckedAdd(owed, foreign ? 0 : item.indemnity_minor(), &owed) || owed != item.owed_minor()) {
      return corrupt(fmt::format("invoice '{}': owed is not principal + interest + indemnity", item.invoice_number()));
    }
    CurrencyTotals& t = (*totals)[item.currency()];
    if (!CheckedAdd(t.principal, item.principal_minor(), &t.principal) ||
        !CheckedAdd(t.interest, item.interest_minor(), &t.interest) ||
        !CheckedAdd(t.indemnity, foreign ? 0 : item.indemnity_minor(), &t.indemnity) ||
        !CheckedAdd(t.owed, item.owed_minor(), &t.owed)) {
      return corrupt("amounts overflow");
    }
    if (foreign) {
      CurrencyTotals& other = (*totals)[item.indemnity_currency()];
      if (!CheckedAdd(other.indemnity, item.indemnity_minor(), &other.indemnity) ||
          !CheckedAdd(other.owed, item.indemnity_minor(), &other.owed)) {
        return corrupt("amounts overflow");
      }
    }
  }
  if (action.totals_size() > 0) {
    if (static_cast<std::size_t>(action.totals_size()) != totals->size()) return corrupt("totals do not match items");
    for (const auto& total : action.totals()) {
      auto it = totals->find(total.currency());
      if (it == totals->end() || it->second.owed != total.amount_minor()) {
        return corrupt("totals do not match items");
      }
    }
  }
  return Status::Ok();
}

TemplateData Lines(const google::protobuf::RepeatedPtrField<std::string>& lines) {
  TemplateData list = TemplateData::List();
  for (const auto& line : lines) list.Push(TemplateData::Object().Set("line", line));
  return list;
}

TemplateData Lines(const std::vector<std::string>& lines) {
  TemplateData list = TemplateData::List();
  for (const auto& line : lines) list.Push(TemplateData::Object().Set("line", line));
  return list;
}

// Sets `key` and `has_<key>`: mustache treats an empty string as true, so
// templates test the flag.
void SetOptional(TemplateData* object, const std::string& key, const std::string& value) {
  object->Set(key, value);
  object->Set("has_" + key, !value.empty());
}

TemplateData CreditorData(const v1::Action& action, const Creditor* creditor) {
  TemplateData data = TemplateData::Object();
  data.Set("id", action.creditor_id());
  data.Set("known", creditor != nullptr);
  const Creditor empty;
  const Creditor& c = creditor != nullptr ? *creditor : empty;
  data.Set("name", c.name.empty() ? action.creditor_id() : c.name);
  data.Set("address", Lines(c.address));
  data.Set("has_address", !c.address.empty());
  SetOptional(&data, "legal_id", c.legal_id);
  SetOptional(&data, "iban", c.iban);
  SetOptional(&data, "bic", c.bic);
  SetOptional(&data, "contact", c.contact);
  SetOptional(&data, "email", c.email);
  SetOptional(&data, "signatory", c.signatory);
  SetOptional(&data, "city", c.city);
  return data;
}

TemplateData DebtorData(const v1::Action& action) {
  TemplateData data = TemplateData::Object();
  data.Set("key", action.debtor_key());
  data.Set("name", action.debtor_name().empty() ? action.debtor_key() : action.debtor_name());
  data.Set("address", Lines(action.debtor_address()));
  data.Set("has_address", action.debtor_address_size() > 0);
  SetOptional(&data, "email", action.debtor_email());
  return data;
}

TemplateData ItemData(const v1::ActionItem& item, Language language) {
  const std::string& currency = item.currency();
  TemplateData data = TemplateData::Object();
  data.Set("invoice_number", item.invoice_number());
  data.Set("issue_date", FormatDateShort(DayOrNone(item.issue_date()), language));
  data.Set("due_date", FormatDateShort(DayOrNone(item.due_date()), language));
  data.Set("currency", currency);
  data.Set("principal", FormatAmount(item.principal_minor(), currency, language));
  data.Set("interest", FormatAmount(item.interest_minor(), currency, language));
  data.Set("has_interest", item.interest_minor() != 0);
  const std::string& indemnity_currency = item.indemnity_currency().empty() ? currency : item.indemnity_currency();
  data.Set("indemnity", FormatAmount(item.indemnity_minor(), indemnity_currency, language));
  data.Set("has_indemnity", item.indemnity_minor() != 0);
  data.Set("indemnity_foreign", item.indemnity_minor() != 0 && indemnity_currency != currency);
  // The rate next to the interest: per period of one principal and one rate.
  TemplateData periods = TemplateData::List();
  for (const auto& period : item.interest_periods()) {
    const Day from = DayOrNone(period.from());
    const Day to = DayOrNone(period.to());
    periods.Push(TemplateData::Object()
                     .Set("rate", FormatRate(period.rate_bp(), language))
                     .Set("from", FormatDateShort(from, language))
                     .Set("to", FormatDateShort(to, language))
                     .Set("days", std::to_string(from == kNoDay || to == kNoDay ? 0 : to - from + 1))
                     .Set("principal", FormatAmount(period.principal_minor(), currency, language)));
  }
  data.Set("interest_periods", std::move(periods));
  data.Set("has_interest_periods", item.interest_minor() != 0 && item.interest_periods_size() > 0);
  data.Set("owed", FormatAmount(item.owed_minor(), currency, language));
  data.Set("days_late", std::to_string(item.days_late()));
  data.Set("is_overdue", item.days_late() > 0);
  data.Set("days_to_due", std::to_string(item.days_late() < 0 ? -static_cast<std::int64_t>(item.days_late()) : 0));
  const Day limitation = DayOrNone(item.limitation_date());
  data.Set("limitation_date", FormatDateLong(limitation, language));
  data.Set("has_limitation_date", limitation != kNoDay);
  return data;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? last : separator;
    out += parts[i];
  }
  return out;
}

// Partials of one language and format: "fr/_parties.html" is {{> _parties}}.
// The underscore keeps partial names apart from data keys, which share one
// namespace in the library.
std::vector<std::string> PartialNames(Language language, std::string_view format) {
  const std::string prefix = fmt::format("{}/", LanguageCode(language));
  const std::string suffix = fmt::format(".{}", format);
  std::vector<std::string> names;
  for (const auto& t : EmbeddedTemplates()) {
    if (t.name.starts_with(prefix + "_") && t.name.ends_with(suffix)) {
      names.emplace_back(t.name.substr(prefix.size(), t.name.size() - prefix.size() - suffix.size()));
    }
  }
  return names;
}

Status Render(Language language, std::string_view id, std::string_view format, const TemplateData& data, Escape escape,
              std::string* out) {
  const std::string name = TemplateName(language, id, format);
  const std::optional<std::string_view> source = FindTemplate(name);
  if (!source) return Status::NotFound("no template " + name);
  const auto lookup = [language, format](std::string_view partial) {
    return FindTemplate(fmt::format("{}/{}.{}", LanguageCode(language), partial, format));
  };
  if (Status s = RenderMustache(*source, data, PartialNames(language, format), lookup, escape, out); !s.ok()) {
    return Status::InvalidArgument(name + ": " + s.message());
  }
  return Status::Ok();
}

// A subject is one line: the template's line breaks and runs of spaces
// become single spaces.
std::string OneLineTrimmed(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

TemplateData ContactData(const v1::PriorContact& contact, Language language) {
  return TemplateData::Object()
      .Set("level", std::to_string(contact.level()))
      .Set("level_name", LevelName(contact.level(), language))
      .Set("channel", std::string(ChannelName(contact.channel(), language)))
      .Set("date", FormatDateLong(DayOrNone(contact.date()), language))
      .Set("invoice_number", contact.invoice_number());
}

// The earlier reminders, as a list (prior_contacts) and per invoice in the
// items' order (prior_contact_groups), for a letter that covers several
// invoices and must say which reminder was about which. Courtesy notices
// (level 0) were no reminders: left out, whatever an older action holds.
void SetPriorContacts(const v1::Action& action, Language language, TemplateData* data) {
  TemplateData contacts = TemplateData::List();
  std::size_t count = 0;
  for (const auto& contact : action.prior_contacts()) {
    if (contact.level() == 0) continue;
    contacts.Push(ContactData(contact, language));
    ++count;
  }
  TemplateData groups = TemplateData::List();
  for (const auto& item : action.items()) {
    TemplateData group_contacts = TemplateData::List();
    bool any = false;
    for (const auto& contact : action.prior_contacts()) {
      if (contact.level() == 0 || contact.invoice_number() != item.invoice_number()) continue;
      group_contacts.Push(ContactData(contact, language));
      any = true;
    }
    groups.Push(TemplateData::Object()
                    .Set("invoice_number", item.invoice_number())
                    .Set("contacts", std::move(group_contacts))
                    .Set("has_contacts", any));
  }
  // Contacts of an action written before they named their invoice cannot be
  // grouped: the letter lists them as one list.
  const bool named =
      std::all_of(action.prior_contacts().begin(), action.prior_contacts().end(),
                  [](const v1::PriorContact& c) { return c.level() == 0 || !c.invoice_number().empty(); });
  data->Set("prior_contacts", std::move(contacts));
  data->Set("prior_contact_groups", std::move(groups));
  data->Set("has_prior_contacts", count > 0);
  data->Set("contacts_by_invoice", count > 0 && named && action.items_size() > 1);
}

}  // namespace

std::string_view DefaultTemplateId(const v1::Action& action) {
  switch (action.kind()) {
    case v1::ACTION_KIND_COURTESY_NOTICE:
      return "courtesy";
    case v1::ACTION_KIND_FORMAL_NOTICE:
      return "formal_notice";
    case v1::ACTION_KIND_HAND_OVER:
      return "handover";
    case v1::ACTION_KIND_LEGAL:
      return "legal";
    case v1::ACTION_KIND_LIMITATION_WARNING:
      return "limitation_warning";
    case v1::ACTION_KIND_ORDER_SERVICE_DUE:
      return "order_service";
    case v1::ACTION_KIND_ENFORCEABILITY_DUE:
      return "enforceability";
    default:
      break;
  }
  // A reminder (or an unknown kind): the channel and the tone choose.
  if (action.channel() == v1::CHANNEL_PHONE) return "phone.script";
  switch (action.tone()) {
    case v1::TONE_FIRM:
      return "reminder.firm";
    case v1::TONE_WARNING:
    case v1::TONE_FORMAL:
      return "reminder.warning";
    default:
      return "reminder.courteous";
  }
}

std::string ResolveTemplateId(const v1::Action& action, Language language, bool* fell_back) {
  const std::string& id = action.template_id();
  *fell_back = !(IsTemplateIdSyntax(id) && FindTemplate(TemplateName(language, id, "html")).has_value());
  return *fell_back ? std::string(DefaultTemplateId(action)) : id;
}

Status BuildLetterData(const v1::Action& action, const Creditor* creditor, Language language, TemplateData* out) {
  std::map<std::string, CurrencyTotals> sums;
  if (Status s = SumItems(action, &sums); !s.ok()) return s;
  TemplateData data = TemplateData::Object();
  data.Set("action_id", action.action_id());
  data.Set("level", std::to_string(action.level()));
  const Day date = DayOrNone(action.date());
  data.Set("letter_date", FormatDateLong(date, language));
  data.Set("letter_date_short", FormatDateShort(date, language));
  const Day deadline = DayOrNone(action.deadline());
  data.Set("deadline", FormatDateLong(deadline, language));
  data.Set("has_deadline", deadline != kNoDay);
  data.Set("is_email", action.channel() == v1::CHANNEL_EMAIL);
  data.Set("is_b2c", action.debtor_type() == v1::DEBTOR_TYPE_B2C);
  data.Set("creditor", CreditorData(action, creditor));
  data.Set("debtor", DebtorData(action));

  TemplateData invoices = TemplateData::List();
  std::vector<std::string> numbers;
  for (const auto& item : action.items()) {
    invoices.Push(ItemData(item, language));
    numbers.push_back(item.invoice_number());
  }
  data.Set("invoices", std::move(invoices));
  data.Set("single_invoice", numbers.size() == 1);
  data.Set("invoice_count", std::to_string(numbers.size()));
  const std::string invoice_numbers = Join(numbers, ", ", ", ");
  data.Set("invoice_numbers", invoice_numbers);
  const Creditor* c = creditor;
  data.Set("payment_reference", c != nullptr && !c->payment_reference.empty()
                                    ? c->payment_reference + " " + invoice_numbers
                                    : invoice_numbers);

  TemplateData totals = TemplateData::List();
  std::vector<std::string> owed;
  bool any_interest = false, any_indemnity = false;
  for (const auto& [currency, t] : sums) {
    TemplateData total = TemplateData::Object();
    total.Set("currency", currency);
    total.Set("principal", FormatAmount(t.principal, currency, language));
    // A currency that holds only an indemnity (EUR 40 under a USD invoice)
    // has no principal line to show.
    total.Set("has_principal", t.principal != 0 || t.indemnity == 0);
    total.Set("interest", FormatAmount(t.interest, currency, language));
    total.Set("has_interest", t.interest != 0);
    total.Set("indemnity", FormatAmount(t.indemnity, currency, language));
    total.Set("has_indemnity", t.indemnity != 0);
    total.Set("owed", FormatAmount(t.owed, currency, language));
    totals.Push(std::move(total));
    owed.push_back(FormatAmount(t.owed, currency, language));
    any_interest = any_interest || t.interest != 0;
    any_indemnity = any_indemnity || t.indemnity != 0;
  }
  data.Set("totals", std::move(totals));
  data.Set("total_owed", Join(owed, ", ", language == Language::kFrench ? " et " : " and "));
  // Not has_*: inside the invoices list, mustache would find the item's own.
  data.Set("any_interest", any_interest);
  data.Set("any_indemnity", any_indemnity);

  data.Set("any_foreign_indemnity",
           std::any_of(action.items().begin(), action.items().end(), [](const v1::ActionItem& item) {
             return item.indemnity_minor() != 0 && !item.indemnity_currency().empty() &&
                    item.indemnity_currency() != item.currency();
           }));
  data.Set("any_interest_periods",
           std::any_of(action.items().begin(), action.items().end(), [](const v1::ActionItem& item) {
             return item.interest_minor() != 0 && item.interest_periods_size() > 0;
           }));
  SetPriorContacts(action, language, &data);
  *out = std::move(data);
  return Status::Ok();
}

Status RenderLetter(const v1::Action& action, const Creditor* creditor, Language language, RenderedLetter* out) {
  RenderedLetter letter;
  letter.template_id = ResolveTemplateId(action, language, &letter.fell_back);
  for (std::string_view internal : kInternalTemplates) {
    if (letter.template_id == internal) letter.to_debtor = false;
  }
  TemplateData data = TemplateData::Object();
  if (Status s = BuildLetterData(action, creditor, language, &data); !s.ok()) return s;
  std::string subject;
  if (Status s = Render(language, letter.template_id, "subject", data, Escape::kNone, &subject); !s.ok()) return s;
  letter.subject = OneLineTrimmed(subject);
  if (Status s = Render(language, letter.template_id, "html", data, Escape::kHtml, &letter.html); !s.ok()) return s;
  if (Status s = Render(language, letter.template_id, "txt", data, Escape::kNone, &letter.text); !s.ok()) return s;
  *out = std::move(letter);
  return Status::Ok();
}

}  // namespace relance::letters
