// The deterministic synthetic portfolio generator: a seed in, an event log out.
//
// Generate() simulates a receivables portfolio day by day and hands every
// event to a sink in log order: one PolicyPublished, then for each business
// day D of the horizon the debtor events dated D followed by DayClosed(D).
// Each debtor follows a payment profile (good payer, late payer, partial
// payer, disputer, promiser, payment-plan debtor, bouncer, unreferenced payer,
// chronic debtor) and keeps a compact model of its debts that mirrors the
// engine's rules, so that every event is accepted by the core, except the
// deliberate at-least-once redeliveries, which the engine must reject as
// REJECTION_REASON_DUPLICATE_EVENT.
//
// Determinism: the same options give the same events, byte for byte, on any
// platform: own PRNG, integer arithmetic only, no unordered iteration.
// Memory: O(debtors) with under 200 bytes per debtor; the log is streamed,
// never held.
//
// Thread safety: Generate is reentrant; the sink is called on the caller's
// thread.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "engine/core/civil_date.h"
#include "relance/v1/events.pb.h"

namespace relance::gen {

// 2025-01-01 as days since 1970-01-01.
inline constexpr Day kDefaultStartDay = 20089;
// Longest simulation: day offsets are stored in 16 bits per debt.
inline constexpr int kHorizonDaysMax = 3650;
// Largest portfolio: debtor indexes are 32-bit and "DR-%06d" keys stay short.
inline constexpr std::uint64_t kDebtorsMax = 100'000'000;

struct GenOptions {
  // Debtors in the portfolio, keyed "DR-000001", "DR-000002"... Clamped to
  // kDebtorsMax. Default 1000.
  std::uint64_t debtors = 1000;
  // Seeds every random choice; another seed gives another portfolio. Default 1.
  std::uint64_t seed = 1;
  // The first simulated business day. Dates run up to a year past the
  // horizon, so start_day + horizon_days must stay a year before the engine's
  // last date (2199-12-31). Default 2025-01-01.
  Day start_day = kDefaultStartDay;
  // Simulated days; one DayClosed each. Clamped to 0..kHorizonDaysMax. Default 365.
  int horizon_days = 365;
  // Per mille of debtor events that are delivered a second time later the
  // same day, with the same event_id (at-least-once transport). Default 2.
  std::uint32_t duplicate_per_mille = 2;
  // The dunning policy published at the head of the log. Empty (no
  // policy_id): a minimal built-in one with the simulated collectors' ladder
  // and no interest rules. The CLI passes the shipped French default.
  v1::DunningPolicy policy;
  // Calendars published right after the policy (CalendarPublished). Default: none.
  std::vector<v1::CalendarPublished> calendars;
};

// What Generate emitted. `events` counts everything given to the sink.
struct GenStats {
  std::uint64_t events = 0;
  std::uint64_t debts = 0;  // InvoiceIssued events (each opens a debt).
  std::uint64_t day_closed = 0;
  std::uint64_t duplicates = 0;  // Redeliveries; not counted in the kinds below.
  std::uint64_t payments = 0;
  std::uint64_t unreferenced_payments = 0;  // Payments without a debt id (also in `payments`).
  std::uint64_t reversals = 0;
  std::uint64_t credit_notes = 0;
  std::uint64_t reminders = 0;
  std::uint64_t promises = 0;
  std::uint64_t payment_plans = 0;
  std::uint64_t disputes_opened = 0;
  std::uint64_t disputes_resolved = 0;
  std::uint64_t handed_to_agency = 0;
  std::uint64_t legal_actions = 0;
  std::uint64_t write_offs = 0;
};

using EventSink = std::function<void(const v1::Event&)>;

// Calls `sink` for every event in log order. Deterministic: the same options
// give the same events, byte for byte. The event passed to the sink is only
// valid during the call.
GenStats Generate(const GenOptions& options, const EventSink& sink);

// Rough number of events per debtor (DayClosed and PolicyPublished excluded)
// for these options, measured on a small sample portfolio. Used to size a
// benchmark: debtors = wanted events / estimate.
double EventsPerDebtorEstimate(const GenOptions& options);

}  // namespace relance::gen
