// Test helpers for the letters: terse Action records and a way to store
// them in the `action` family as the engine does. Header-only test code.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/hash.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "relance/v1/actions.pb.h"
#include "tests/support/builders.h"

namespace relance::testing {

// An action of `date` for one debtor, without items.
inline v1::Action MakeAction(const std::string& action_id, v1::ActionKind kind, const char* date,
                             const std::string& template_id, v1::Channel channel = v1::CHANNEL_LETTER,
                             v1::Tone tone = v1::TONE_COURTEOUS, std::uint32_t level = 1) {
  v1::Action action;
  action.set_action_id(action_id);
  action.set_kind(kind);
  action.set_debtor_key("DEBTOR-1");
  action.set_creditor_id("ACME-FR");
  *action.mutable_date() = D(date);
  action.set_level(level);
  action.set_channel(channel);
  action.set_template_id(template_id);
  action.set_tone(tone);
  *action.mutable_deadline() = ToCivil(DayOf(date) + 15);
  action.set_debtor_type(v1::DEBTOR_TYPE_B2B);
  action.set_debtor_name("Durand Bâtiment SARL");
  action.add_debtor_address("3 avenue des Lilas");
  action.add_debtor_address("69003 Lyon");
  action.set_debtor_email("compta@durand.example");
  return action;
}

// Adds an invoice and keeps `totals` (owed per currency, sorted) in step.
inline void AddItem(v1::Action* action, const std::string& invoice_number, const char* issue, const char* due,
                    std::int64_t principal_minor, std::int64_t interest_minor = 0, std::int64_t indemnity_minor = 0,
                    const char* currency = "EUR") {
  v1::ActionItem* item = action->add_items();
  item->set_debt_id("DEBT-" + invoice_number);
  item->set_invoice_number(invoice_number);
  *item->mutable_issue_date() = D(issue);
  *item->mutable_due_date() = D(due);
  item->set_currency(currency);
  item->set_principal_minor(principal_minor);
  item->set_interest_minor(interest_minor);
  item->set_indemnity_minor(indemnity_minor);
  item->set_owed_minor(principal_minor + interest_minor + indemnity_minor);
  item->set_days_late(*ToDay(action->date()) - DayOf(due));
  item->set_level(action->level());
  for (auto& total : *action->mutable_totals()) {
    if (total.currency() == currency) {
      total.set_amount_minor(total.amount_minor() + item->owed_minor());
      return;
    }
  }
  v1::Money* total = action->add_totals();
  total->set_currency(currency);
  total->set_amount_minor(item->owed_minor());
  std::sort(action->mutable_totals()->begin(), action->mutable_totals()->end(),
            [](const v1::Money& a, const v1::Money& b) { return a.currency() < b.currency(); });
}

inline void AddPriorContact(v1::Action* action, std::uint32_t level, v1::Channel channel, const char* date,
                            const std::string& invoice_number = "") {
  v1::PriorContact* contact = action->add_prior_contacts();
  contact->set_level(level);
  contact->set_channel(channel);
  *contact->mutable_date() = D(date);
  contact->set_invoice_number(invoice_number);
}

// Creates (or opens) a database in `dir` and puts each action in the
// `action` family under ActionKey(date, partition, id), as the engine does.
inline void StoreActions(const std::string& dir, const std::vector<v1::Action>& actions, std::uint32_t partitions = 8) {
  std::unique_ptr<store::Store> db;
  const Status opened = store::Store::Open(dir, store::StoreOptions{}, &db);
  INFO(opened.ToString());
  REQUIRE(opened.ok());
  std::uint32_t count = 0;
  REQUIRE(db->UsePartitions(partitions, &count).ok());
  rocksdb::WriteBatch batch;
  for (const auto& action : actions) {
    const std::uint32_t partition = PartitionForKey(action.debtor_key(), count);
    REQUIRE(batch
                .Put(db->handle(store::Family::kAction),
                     store::ActionKey(*ToDay(action.date()), partition, action.action_id()), action.SerializeAsString())
                .ok());
  }
  const Status written = db->Write(&batch);
  INFO(written.ToString());
  REQUIRE(written.ok());
}

}  // namespace relance::testing
