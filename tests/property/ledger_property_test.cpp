// Random histories through the pure core (MiniEngine): every kind of event,
// valid or not, in any order, with the properties of DESIGN §1/§3 checked
// after every single event. RELANCE_SEED=<seed> replays a run; a failure
// prints the seed, the history index and the history up to the failing event.
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/civil_date.h"
#include "engine/core/ledger.h"
#include "engine/core/limits.h"
#include "engine/core/transition_table.h"
#include "tests/property/history_gen.h"
#include "tests/support/builders.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

using property::HistoryGen;

constexpr int kHistories = 20'000;
constexpr int kEventsPerHistoryMin = 10;
constexpr int kEventsPerHistoryMax = 60;

// Deterministic bytes of a state (no maps in the state messages, but say it).
std::string Bytes(const google::protobuf::MessageLite& message) { return codec::DeterministicBytes(message); }

// Every state of a MiniEngine as bytes. An empty DebtorState is what
// StateAccess::Debtor hands out for an unknown debtor: it is not state.
struct Snapshot {
  std::map<std::string, std::string> debts;
  std::map<std::string, std::string> debtors;
  std::string meta;
  bool operator==(const Snapshot&) const = default;
};

Snapshot Take(const MiniEngine& engine) {
  Snapshot s;
  for (const auto& [id, debt] : engine.access.debts) s.debts.emplace(id, Bytes(debt.ToProto()));
  for (const auto& [key, debtor] : engine.access.debtors) {
    std::string bytes = Bytes(debtor.ToProto());
    if (!bytes.empty()) s.debtors.emplace(key, std::move(bytes));
  }
  s.meta = Bytes(engine.meta);
  return s;
}

// What the checks need of a debt before an event.
struct DebtView {
  v1::DebtStatus status = v1::DEBT_STATUS_UNSPECIFIED;
  std::int64_t balance_minor = 0;
  std::int64_t paid_minor = 0;
  std::int64_t credited_minor = 0;
};

std::map<std::string, DebtView> Views(const MiniEngine& engine) {
  std::map<std::string, DebtView> views;
  for (const auto& [id, d] : engine.access.debts) {
    views[id] = DebtView{d.status(), d.balance_minor(), d.paid_minor(), d.credited_minor()};
  }
  return views;
}

// ---------------------------------------------------------------------------
// The independent money model, fed with accepted events only.
//
// The conservation law, per currency c (worked out from ledger.cc):
//
//   sum over debts in c of balance_minor  -  sum over debtors of credit[c]
//     =   sum of accepted InvoiceIssued amounts in c
//       - sum of accepted PaymentReceived amounts in c
//       + sum of the amounts of accepted PaymentReversed's payments in c
//       - sum of accepted CreditNoteIssued amounts in c
//       - DisputeResolved credits in c: DEBTOR_UPHELD credits the disputed
//         amount fixed when the dispute opened (the asked amount capped at the
//         balance then, or the whole balance when none was asked); SETTLED
//         credits credited_amount; CREDITOR_UPHELD nothing
//       - early-payment discounts waived in c by payments not reversed.
//
// Why: a payment or a credit splits into a part taken by debts (balance
// down) and a part kept as debtor credit (credit up): either way
// balance - credit falls by the full amount. A reversal restores the
// allocations, takes back the credit the payment had left and the discount
// it earned. A write-off
// keeps the balance (only written_off_minor records it), DayClosed and the
// other events move no money. The early-payment discount is the one money
// movement no event amount shows: PayDebt waives the rest of the balance
// into credited_minor. The model takes it as the growth of credited_minor
// during a payment and checks it separately: only on a debt with a discount,
// paid by its pay_by date, at most discount_minor, leaving a zero balance.
class MoneyModel {
 public:
  // Returns an empty string, or what broke.
  std::string OnAccepted(const v1::Event& e, const std::map<std::string, DebtView>& before, const MiniEngine& engine) {
    switch (e.payload_case()) {
      case v1::Event::kInvoiceIssued:
        owed_[e.invoice_issued().amount().currency()] += e.invoice_issued().amount().amount_minor();
        break;
      case v1::Event::kPaymentReceived: {
        const auto& p = e.payment_received();
        owed_[p.amount().currency()] -= p.amount().amount_minor();
        payments_[{e.debtor_key(), p.payment_id()}] = p.amount();
        return Discounts(e, p, before, engine);
      }
      case v1::Event::kPaymentReversed: {
        const auto key = std::make_pair(e.debtor_key(), e.payment_reversed().payment_id());
        auto it = payments_.find(key);
        if (it == payments_.end()) return "reversal accepted for a payment the model never saw accepted";
        if (!reversed_.insert(key).second) return "a payment was reversed twice";
        owed_[it->second.currency()] += it->second.amount_minor();
        // The discounts this payment earned are taken back with it.
        for (const auto& [debt_id, discount] : earned_[key]) {
          owed_[engine.access.debts.at(debt_id).currency()] += discount;
          waived_[debt_id] -= discount;
        }
        break;
      }
      case v1::Event::kCreditNoteIssued:
        owed_[e.credit_note_issued().amount().currency()] -= e.credit_note_issued().amount().amount_minor();
        break;
      case v1::Event::kDisputeOpened: {
        const std::int64_t balance = before.at(e.debt_id()).balance_minor;
        const std::int64_t asked = e.dispute_opened().disputed_amount().amount_minor();
        disputed_[e.debt_id()] = asked == 0 ? balance : std::min(asked, balance);
        break;
      }
      case v1::Event::kDisputeResolved: {
        const std::string& currency = engine.access.debts.at(e.debt_id()).currency();
        auto it = disputed_.find(e.debt_id());
        if (it == disputed_.end()) return "dispute resolved that the model never saw opened";
        if (e.dispute_resolved().outcome() == v1::DISPUTE_OUTCOME_DEBTOR_UPHELD) owed_[currency] -= it->second;
        if (e.dispute_resolved().outcome() == v1::DISPUTE_OUTCOME_SETTLED) {
          owed_[currency] -= e.dispute_resolved().credited_amount().amount_minor();
        }
        disputed_.erase(it);
        break;
      }
      default:
        break;
    }
    return {};
  }

  std::map<std::string, std::int64_t> Expected() const { return NonZero(owed_); }

  static std::map<std::string, std::int64_t> Actual(const MiniEngine& engine) {
    std::map<std::string, std::int64_t> sums;
    for (const auto& [id, d] : engine.access.debts) sums[d.currency()] += d.balance_minor();
    for (const auto& [key, debtor] : engine.access.debtors) {
      for (const auto& credit : debtor.credit()) sums[credit.currency()] -= credit.amount_minor();
    }
    return NonZero(sums);
  }

  // Early-payment discounts waived per debt, net of those taken back.
  const std::map<std::string, std::int64_t>& discounts_waived() const { return waived_; }

 private:
  static std::map<std::string, std::int64_t> NonZero(std::map<std::string, std::int64_t> sums) {
    std::erase_if(sums, [](const auto& entry) { return entry.second == 0; });
    return sums;
  }

  std::string Discounts(const v1::Event& e, const v1::PaymentReceived& p, const std::map<std::string, DebtView>& before,
                        const MiniEngine& engine) {
    const std::string& debtor_key = e.debtor_key();
    for (const auto& [id, d] : engine.access.debts) {
      auto it = before.find(id);
      const std::int64_t credited_before = it == before.end() ? 0 : it->second.credited_minor;
      const std::int64_t paid_before = it == before.end() ? 0 : it->second.paid_minor;
      // Credit the policy applied after the payment, the part no payment
      // accounts for, is credited too: no discount (it moves no money in
      // the model: balance and credit fall together).
      std::int64_t applied_credited = 0;
      for (const auto& application : d.credit_applications()) {
        if (application.application_id() == e.event_id()) {
          applied_credited += application.amount_minor() - application.cash_minor();
        }
      }
      const std::int64_t waived = d.credited_minor() - credited_before - applied_credited;
      if (waived == 0) continue;
      if (waived < 0) return fmt::format("debt {}: credited_minor fell by {} on a payment", id, -waived);
      if (!d.has_early_payment_discount())
        return fmt::format("debt {}: {} credited by a payment, no discount", id, waived);
      if (waived > d.early_payment_discount().discount_minor()) {
        return fmt::format("debt {}: payment waived {} > discount {}", id, waived,
                           d.early_payment_discount().discount_minor());
      }
      if (*ToDay(p.value_date()) > *ToDay(d.early_payment_discount().pay_by())) {
        return fmt::format("debt {}: discount waived for a payment after pay_by", id);
      }
      if (d.balance_minor() != 0 || d.paid_minor() <= paid_before) {
        return fmt::format("debt {}: discount waived but balance {} / nothing paid", id, d.balance_minor());
      }
      owed_[d.currency()] -= waived;
      waived_[id] += waived;
      earned_[{debtor_key, p.payment_id()}][id] += waived;
    }
    return {};
  }

  std::map<std::string, std::int64_t> owed_;
  std::map<std::pair<std::string, std::string>, v1::Money> payments_;
  std::set<std::pair<std::string, std::string>> reversed_;
  std::map<std::string, std::int64_t> disputed_;
  std::map<std::string, std::int64_t> waived_;
  // Discounts earned per payment, per debt: a reversal takes them back.
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::int64_t>> earned_;
};

std::string FormatSums(const std::map<std::string, std::int64_t>& sums) {
  std::string out = "{";
  for (const auto& [currency, amount] : sums) out += fmt::format(" {}:{}", currency, amount);
  return out + " }";
}

// Each debtor's open-debt list names exactly its open debts, sorted by
// (due date, debt id); no credit is negative.
std::string CheckDebtors(const MiniEngine& engine) {
  std::map<std::string, std::vector<std::pair<Day, std::string>>> open;
  for (const auto& [id, d] : engine.access.debts) {
    if (!core::IsClosed(d.status())) open[d.debtor_key()].emplace_back(*ToDay(d.due_date()), id);
  }
  for (const auto& [key, debtor] : engine.access.debtors) {
    auto expected = open[key];
    std::sort(expected.begin(), expected.end());
    std::vector<std::pair<Day, std::string>> actual;
    for (const auto& ref : debtor.open_debts()) actual.emplace_back(*ToDay(ref.due_date()), ref.debt_id());
    if (actual != expected) {
      return fmt::format("debtor {}: open_debts lists {} entries, {} debts are open", key, actual.size(),
                         expected.size());
    }
    for (const auto& credit : debtor.credit()) {
      if (credit.amount_minor() < 0)
        return fmt::format("debtor {}: negative credit {} {}", key, credit.amount_minor(), credit.currency());
    }
  }
  return {};
}

// What one event did, for the determinism comparison.
std::string OutcomeKey(const core::Outcome& out) {
  std::string key = out.accepted ? std::string("accepted")
                                 : fmt::format("rejected:{}", v1::RejectionReason_Name(out.rejection.reason()));
  for (const auto& t : out) {
    key += '|';
    key += Bytes(t);
  }
  for (const core::Debt* debt : out.touched_debts) {
    key += "|touched:";
    key += debt->debt_id();
  }
  return key;
}

// The same, readable, for failure messages.
std::string OutcomeLabel(const core::Outcome& out) {
  std::string label = out.accepted ? std::string("accepted")
                                   : fmt::format("rejected {}", v1::RejectionReason_Name(out.rejection.reason()));
  for (const auto& t : out) {
    label += fmt::format(" {}:{}->{}", t.debt_id(), core::StatusName(t.from()), core::StatusName(t.to()));
  }
  return label;
}

struct RunStats {
  std::uint64_t events = 0;
  std::uint64_t accepted = 0;
  std::uint64_t checks = 0;
  std::map<std::string, std::uint64_t> rejected_by_reason;
  std::uint64_t reopened = 0;
  std::uint64_t discounts = 0;
  std::uint64_t duplicates_of_accepted = 0;
  std::map<std::string, std::uint64_t> accepted_by_kind;
  std::uint64_t balance_changes = 0;
  std::set<int> balance_causes;
};

class HistoryRun {
 public:
  HistoryRun(std::uint64_t seed, int index, RunStats* stats, bool discount_once = false)
      : seed_(seed), index_(index), stats_(stats), discount_once_(discount_once) {}

  // Generates and checks one history; an empty string when all held.
  std::string Run() {
    Prng sizes(DeriveSeed(seed_, static_cast<std::uint64_t>(index_)));
    const int length = static_cast<int>(sizes.Between(kEventsPerHistoryMin, kEventsPerHistoryMax));
    HistoryGen gen(sizes.Next(), engine_, discount_once_);
    Snapshot before = Take(engine_);
    for (int i = 0; i < length; ++i) {
      bool must_reject = false;
      history_.push_back(gen.Next(i == 0, &must_reject));
      if (std::string broken = Step(history_.back(), must_reject, &before); !broken.empty()) return broken;
    }
    stats_->discounts += model_.discounts_waived().size();
    return Determinism(before);
  }

  // The history so far, one event per line, for the failure message.
  std::string Dump() const {
    std::string out = fmt::format("RELANCE_SEED={} history #{}:\n", seed_, index_);
    for (std::size_t i = 0; i < history_.size(); ++i) {
      out += fmt::format("  [{}] {} -> {}\n", i, codec::EncodeJson(history_[i]), i < labels_.size() ? labels_[i] : "?");
    }
    return out;
  }

 private:
  std::string Step(const v1::Event& e, bool must_reject, Snapshot* before) {
    const auto views = Views(engine_);
    const std::string bytes = Bytes(e);
    const core::Outcome& out = engine_.Apply(e);
    outcomes_.push_back(OutcomeKey(out));
    labels_.push_back(OutcomeLabel(out));
    ++stats_->events;
    Snapshot after = Take(engine_);
    stats_->checks += 6;
    if (!out.accepted) {
      ++stats_->rejected_by_reason[v1::RejectionReason_Name(out.rejection.reason())];
      if (!(after == *before)) return "a rejected event changed the state";
      if (out.transitions_used != 0 || !out.touched_debts.empty()) return "a rejected event reported effects";
    } else {
      ++stats_->accepted;
      ++stats_->accepted_by_kind[std::string(core::EventKindName(core::KindOf(e)))];
      if (must_reject) return "a malformed event was accepted";
      if (accepted_bytes_.count(bytes) != 0) return "a redelivered event was accepted twice";
      accepted_bytes_.insert(bytes);
      if (std::string broken = model_.OnAccepted(e, views, engine_); !broken.empty()) return broken;
      if (discount_once_) {
        for (const auto& [id, waived] : model_.discounts_waived()) {
          const std::int64_t discount = engine_.access.debts.at(id).early_payment_discount().discount_minor();
          if (waived > discount)
            return fmt::format("debt {}: discounts waived {} in all > discount_minor {}", id, waived, discount);
        }
      }
    }
    if (!out.accepted && accepted_bytes_.count(bytes) != 0) ++stats_->duplicates_of_accepted;
    if (std::string broken = CheckBalanceChanges(out, views); !broken.empty()) return broken;
    for (const auto& [id, d] : engine_.access.debts) {
      if (std::string broken = core::CheckDebtInvariants(d); !broken.empty()) return broken;
      auto it = views.find(id);
      if (it == views.end()) continue;
      const v1::DebtStatus was = it->second.status;
      if (!core::IsClosed(was)) continue;
      if (was == v1::DEBT_STATUS_WRITTEN_OFF && d.status() != was) {
        return fmt::format("debt {}: written off, then {}", id, v1::DebtStatus_Name(d.status()));
      }
      if (d.status() == was) continue;
      if (!e.has_payment_reversed()) {
        return fmt::format("debt {}: closed {} became {} without a reversal", id, v1::DebtStatus_Name(was),
                           v1::DebtStatus_Name(d.status()));
      }
      // Reopened, a debt may close again at once when the policy applies
      // the debtor's credit to it after the reversal.
      const bool credit_closed_it =
          d.credit_applications_size() > 0 &&
          d.credit_applications(d.credit_applications_size() - 1).application_id() == e.event_id();
      if (core::IsClosed(d.status()) && !credit_closed_it)
        return fmt::format("debt {}: a reversal moved {} to {}", id, v1::DebtStatus_Name(was),
                           v1::DebtStatus_Name(d.status()));
      ++stats_->reopened;
    }
    if (std::string broken = CheckDebtors(engine_); !broken.empty()) return broken;
    const auto expected = model_.Expected();
    const auto actual = MoneyModel::Actual(engine_);
    if (expected != actual) {
      return fmt::format("conservation: model {} != balances - credit {}", FormatSums(expected), FormatSums(actual));
    }
    *before = std::move(after);
    return {};
  }

  // Decisions as values: every debt's balance moved by exactly the changes
  // the outcome lists for it (none for a debt it did not touch), each with a
  // cause, a day and a cash part no larger than the move.
  std::string CheckBalanceChanges(const core::Outcome& out, const std::map<std::string, DebtView>& views) {
    std::map<std::string, std::int64_t> moved;
    for (const core::BalanceChange& c : out.balance_changes) {
      if (c.debt >= out.touched_debts.size()) return fmt::format("balance change of debt #{}: not touched", c.debt);
      if (c.cause == core::BalanceCause::kUnspecified || c.day == kNoDay || c.delta_minor == 0) {
        return fmt::format("debt {}: balance change without cause, day or amount",
                           out.touched_debts[c.debt]->debt_id());
      }
      if (c.cash_minor < 0 || c.cash_minor > (c.delta_minor < 0 ? -c.delta_minor : c.delta_minor)) {
        return fmt::format("debt {}: cash {} beyond the change {}", out.touched_debts[c.debt]->debt_id(), c.cash_minor,
                           c.delta_minor);
      }
      moved[out.touched_debts[c.debt]->debt_id()] += c.delta_minor;
      ++stats_->balance_changes;
      stats_->balance_causes.insert(static_cast<int>(c.cause));
    }
    for (const auto& [id, d] : engine_.access.debts) {
      const auto was = views.find(id);
      const std::int64_t before = was == views.end() ? 0 : was->second.balance_minor;
      const auto it = moved.find(id);
      const std::int64_t listed = it == moved.end() ? 0 : it->second;
      if (d.balance_minor() - before != listed) {
        return fmt::format("debt {}: balance moved {} -> {}, the outcome lists {}", id, before, d.balance_minor(),
                           listed);
      }
    }
    return {};
  }

  // The same history from scratch: same outcomes, byte-identical states.
  std::string Determinism(const Snapshot& final_state) {
    MiniEngine again;
    for (std::size_t i = 0; i < history_.size(); ++i) {
      const core::Outcome& out = again.Apply(history_[i]);
      if (OutcomeKey(out) != outcomes_[i]) {
        return fmt::format("determinism: event {} gave '{}' then '{}'", i, labels_[i], OutcomeLabel(out));
      }
    }
    ++stats_->checks;
    if (!(Take(again) == final_state)) return "determinism: a second run gave other states";
    return {};
  }

  std::uint64_t seed_;
  int index_;
  RunStats* stats_;
  bool discount_once_;
  MiniEngine engine_;
  MoneyModel model_;
  std::vector<v1::Event> history_;
  std::vector<std::string> outcomes_;
  std::vector<std::string> labels_;
  std::set<std::string> accepted_bytes_;
};

TEST_CASE("random histories keep the ledger's invariants after every event", "[property]") {
  const std::uint64_t seed = TestSeed();
  CAPTURE(seed);
  RunStats stats;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kHistories; ++i) {
    HistoryRun run(seed, i, &stats);
    if (std::string broken = run.Run(); !broken.empty()) FAIL(broken << "\n" << run.Dump());
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string reasons;
  for (const auto& [reason, count] : stats.rejected_by_reason) reasons += fmt::format("\n  {} {}", reason, count);
  WARN(
      fmt::format("seed {}: {} histories, {} events ({} accepted), {} reopened by reversal, {} debts discounted, {} s; "
                  "rejections:{}",
                  seed, kHistories, stats.events, stats.accepted, stats.reopened, stats.discounts, seconds, reasons));
  WARN("accepted by kind:" << [&] {
    std::string kinds;
    for (const auto& [kind, count] : stats.accepted_by_kind) kinds += fmt::format(" {}:{}", kind, count);
    return kinds;
  }());
  // The generator must reach the interesting paths, or the checks above prove little.
  REQUIRE(stats.accepted > stats.events / 3);
  REQUIRE(stats.reopened > 0);
  REQUIRE(stats.discounts > 0);
  REQUIRE(stats.duplicates_of_accepted > 0);
  REQUIRE(stats.rejected_by_reason.size() >= 12);
  INFO(stats.balance_changes << " balance changes");
  REQUIRE(stats.balance_causes.size() == 7);  // Every BalanceCause but UNSPECIFIED.
  std::string kinds;
  for (const auto& [kind, count] : stats.accepted_by_kind) kinds += fmt::format(" {}:{}", kind, count);
  INFO("accepted by kind:" << kinds);
  REQUIRE(stats.accepted_by_kind.size() == 15);  // Every kind, DayClosed, PolicyPublished and CreditApplied included.
}

// The early-payment discount reduces what is owed by discount_minor, once
// (events.proto: "Paid in full on or before this date, the amount owed is
// reduced by this much"). However payments and reversals interleave, the
// discounts standing on a debt never add up to more than discount_minor, and
// what the debtor owes net of the discount is still owed.
v1::Event DiscountedInvoice() {
  v1::Event invoice = Invoice("e1", "DR1", "D1", 1000, "2026-01-01", "2026-01-31");
  auto* discount = invoice.mutable_invoice_issued()->mutable_early_payment_discount();
  discount->set_discount_minor(100);
  *discount->mutable_pay_by() = D("2026-01-15");
  return invoice;
}

TEST_CASE("an early-payment discount is granted at most once per debt", "[property][discount]") {
  SECTION("the payment that earned it is reversed, then a new one before pay_by") {
    MiniEngine engine;
    REQUIRE(engine.Apply(DiscountedInvoice()).accepted);
    REQUIRE(engine.Apply(Payment("e2", "DR1", "D1", "P1", 900, "2026-01-05")).accepted);
    REQUIRE(engine.access.debts.at("D1").status() == v1::DEBT_STATUS_PAID);
    REQUIRE(engine.access.debts.at("D1").credited_minor() == 100);
    REQUIRE(engine.Apply(Reversal("e3", "DR1", "P1", "2026-01-06")).accepted);
    REQUIRE_FALSE(core::IsClosed(engine.access.debts.at("D1").status()));
    REQUIRE(engine.Apply(Payment("e4", "DR1", "D1", "P2", 800, "2026-01-07")).accepted);
    const core::Debt& d = engine.access.debts.at("D1");
    CAPTURE(d.paid_minor(), d.reversed_minor(), d.credited_minor(), d.balance_minor(), v1::DebtStatus_Name(d.status()));
    // 1000 invoiced, discount 100: the debtor owes at least 900, 800 of it paid.
    CHECK(d.credited_minor() <= 100);
    CHECK(d.balance_minor() + d.paid_minor() - d.reversed_minor() >= 900);
  }
  SECTION("an earlier payment is reversed, then a new one before pay_by") {
    MiniEngine engine;
    REQUIRE(engine.Apply(DiscountedInvoice()).accepted);
    REQUIRE(engine.Apply(Payment("e2", "DR1", "D1", "P1", 500, "2026-01-05")).accepted);
    REQUIRE(engine.Apply(Payment("e3", "DR1", "D1", "P2", 400, "2026-01-06")).accepted);
    REQUIRE(engine.access.debts.at("D1").status() == v1::DEBT_STATUS_PAID);
    REQUIRE(engine.access.debts.at("D1").credited_minor() == 100);
    // P1 bounces: P2 and its discount stand, 500 is owed again.
    REQUIRE(engine.Apply(Reversal("e4", "DR1", "P1", "2026-01-07")).accepted);
    REQUIRE_FALSE(core::IsClosed(engine.access.debts.at("D1").status()));
    REQUIRE(engine.Apply(Payment("e5", "DR1", "D1", "P3", 400, "2026-01-08")).accepted);
    const core::Debt& d = engine.access.debts.at("D1");
    CAPTURE(d.paid_minor(), d.reversed_minor(), d.credited_minor(), d.balance_minor(), v1::DebtStatus_Name(d.status()));
    // Net paid 800 (P2 + P3) of the 900 owed after the discount.
    CHECK(d.credited_minor() <= 100);
    CHECK(d.balance_minor() + d.paid_minor() - d.reversed_minor() >= 900);
  }
  SECTION("random histories") {
    const std::uint64_t seed = TestSeed();
    CAPTURE(seed);
    RunStats stats;
    for (int i = 0; i < kHistories; ++i) {
      HistoryRun run(seed, i, &stats, /*discount_once=*/true);
      if (std::string broken = run.Run(); !broken.empty()) FAIL(broken << "\n" << run.Dump());
    }
    REQUIRE(stats.discounts > 0);
  }
}

// An open debt whose due date is on or before the last closed business day
// is overdue: InvoiceIssued sets the flag on arrival for that reason. A
// reversal that reopens a debt paid before its due date must not bring it
// back as NOT_YET_DUE once that date has passed.
TEST_CASE("a debt reopened by a reversal after its due date is overdue", "[property][reopen]") {
  MiniEngine engine;
  REQUIRE(engine.Apply(Invoice("e1", "DR1", "D1", 1000, "2026-01-01", "2026-01-31")).accepted);
  REQUIRE(engine.Apply(Payment("e2", "DR1", "D1", "P1", 1000, "2026-01-10")).accepted);
  REQUIRE(engine.Apply(DayClosedEvent("c1", "2026-02-15")).accepted);
  REQUIRE(engine.Apply(Reversal("e3", "DR1", "P1", "2026-02-16")).accepted);
  const core::Debt& d = engine.access.debts.at("D1");
  CAPTURE(v1::DebtStatus_Name(d.status()), d.overdue());
  CHECK(d.status() == v1::DEBT_STATUS_OVERDUE);
}

}  // namespace
}  // namespace relance::testing
