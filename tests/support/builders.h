// Test helpers: terse constructors of events and an in-memory StateAccess
// for exercising the pure core without RocksDB.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "relance/v1/events.pb.h"

namespace relance::testing {

// "2026-03-01" -> CivilDate; aborts on a bad literal (test code only).
v1::CivilDate D(const char* iso);
Day DayOf(const char* iso);
v1::Money M(std::int64_t amount_minor, const char* currency = "EUR");

// Envelope with a debt-level payload still to set.
v1::Event Envelope(const std::string& event_id, const std::string& debtor, const std::string& debt);

v1::Event Invoice(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  std::int64_t amount_minor, const char* issue, const char* due, const char* currency = "EUR",
                  v1::DebtorType type = v1::DEBTOR_TYPE_B2B);
// debt may be empty: an unreferenced payment, allocated oldest due first.
v1::Event Payment(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  const std::string& payment_id, std::int64_t amount_minor, const char* value_date,
                  const char* currency = "EUR");
v1::Event Reversal(const std::string& event_id, const std::string& debtor, const std::string& payment_id,
                   const char* date);
v1::Event CreditNote(const std::string& event_id, const std::string& debtor, const std::string& debt,
                     std::int64_t amount_minor, const char* date, const char* currency = "EUR");
v1::Event CreditApplied(const std::string& event_id, const std::string& debtor, const std::string& debt,
                        std::int64_t amount_minor, const char* date, const char* currency = "EUR");
v1::Event Reminder(const std::string& event_id, const std::string& debtor, const std::string& debt, std::uint32_t level,
                   v1::Channel channel, const char* date);
v1::Event Promise(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  std::int64_t amount_minor, const char* made_on, const char* promised_date);
v1::Event Dispute(const std::string& event_id, const std::string& debtor, const std::string& debt, const char* date,
                  std::int64_t disputed_minor = 0);
v1::Event Resolve(const std::string& event_id, const std::string& debtor, const std::string& debt,
                  v1::DisputeOutcome outcome, const char* date, std::int64_t credited_minor = 0);
v1::Event DayClosedEvent(const std::string& event_id, const char* date);
v1::Event Calendar(const std::string& event_id, const std::string& calendar_id,
                   std::initializer_list<const char*> holidays);
v1::Event Insolvency(const std::string& event_id, const std::string& debtor, const char* date, bool closed);
v1::Event OrderStage(const std::string& event_id, const std::string& debtor, const std::string& debt,
                     v1::OrderStage stage, const char* date);

// The ids of an outcome's touched (or re-timed) debts, in its order.
inline std::vector<std::string> DebtIds(const std::vector<core::Debt*>& debts) {
  std::vector<std::string> ids;
  ids.reserve(debts.size());
  for (const core::Debt* debt : debts) ids.push_back(debt->debt_id());
  return ids;
}

// An in-memory StateAccess: std::map, so iteration is ordered.
class MapAccess : public core::StateAccess {
 public:
  core::Debt* FindDebt(std::string_view debt_id) override;
  core::Debt* CreateDebt(std::string_view debt_id) override;
  core::Debtor* Debtor(std::string_view debtor_key) override;

  std::map<std::string, core::Debt, std::less<>> debts;
  std::map<std::string, core::Debtor, std::less<>> debtors;
};

// Applies debt/debtor events to a MapAccess and DayClosed events to every
// debt whose review day has come, like the shell does (one partition).
//
// A test may close a day further ahead than one DayClosed may move the
// business date (core: BUSINESS_DATE_TOO_FAR): with fill_skipped_days, the
// days in between are closed first, one DayClosed each ("fill-YYYY-MM-DD"),
// as a nightly `relance tick` would have, so that tests of rules months or
// years apart (limitation, orders for payment) read as before.
class MiniEngine {
 public:
  const core::Outcome& Apply(const v1::Event& event);
  bool fill_skipped_days = true;
  MapAccess access;
  v1::PartitionMeta meta;
  core::Outcome outcome;
  std::vector<v1::Action> actions;  // Every action the DayClosed reviews produced, in order.
  // Every transition of the closed days' visits, in order (the caller
  // clears it when it wants one event's).
  std::vector<v1::Transition> day_transitions;
  // Every decision of the closed days' visits, in order, described by
  // DescribeDecision ("2026-02-09 D1 action reminder L1 +7").
  std::vector<std::string> day_decisions;
  // Called after each closed day's visits (a DayClosed that skips days closes
  // several), so that a test sees what each day decided with the states as
  // that day left them. Optional.
  std::function<void(Day)> after_day;
  core::Context Context() const;

 private:
  void CloseDay(Day day);
};

// "<day> <debt> transition <from>-><to>[ <detail>]", "<day> <debt> action
// <kind> L<level> +<offset>" ("listed" instead of the offset for an invoice
// a letter lists beside its own), "<day> <debt> held <kind> L<level>
// +<offset> <reason>": one decision of `outcome`, for comparing whole trails.
std::string DescribeDecision(Day day, const core::Outcome& outcome, const core::Decision& decision);

// The DayClosed events of the days between the last closed day of `meta` and
// the day `event` closes, when that is further than one close may move the
// business date; none otherwise (or when `event` is no DayClosed).
std::vector<v1::Event> SkippedDayCloses(const v1::PartitionMeta& meta, const v1::Event& event);

}  // namespace relance::testing
