#include "projections/debt_fold.h"

#include <algorithm>

#include "engine/core/transition_table.h"

namespace relance::projections {
namespace {

// Adds `delta_minor` at `day`, keeping deltas sorted by day and free of zeros.
void AddDelta(DebtRowState* row, Day day, std::int64_t delta_minor) {
  if (delta_minor == 0) return;
  row->set_outstanding_minor(row->outstanding_minor() + delta_minor);
  auto* deltas = row->mutable_deltas();
  auto it = std::lower_bound(deltas->begin(), deltas->end(), day,
                             [](const BalanceDeltaValue& d, Day value) { return d.day() < value; });
  if (it != deltas->end() && it->day() == day) {
    it->set_delta_minor(it->delta_minor() + delta_minor);
    if (it->delta_minor() == 0) deltas->erase(it);
    return;
  }
  BalanceDeltaValue added;
  added.set_day(day);
  added.set_delta_minor(delta_minor);
  deltas->Insert(it, std::move(added));
}

// A change of the ledger balance on `day`; the outstanding balance follows
// unless the debt is written off (outstanding stays 0).
void ChangeBalance(DebtRowState* row, Day day, std::int64_t delta_minor) {
  row->set_balance_minor(row->balance_minor() + delta_minor);
  if (!row->written_off()) AddDelta(row, day, delta_minor);
}

void AddRecovered(StepDelta* step, const std::string& currency, std::int64_t amount_minor) {
  for (auto& [step_currency, amount] : step->recovered) {
    if (step_currency == currency) {
      amount += amount_minor;
      return;
    }
  }
  step->recovered.emplace_back(currency, amount_minor);
}

void AddRecovered(pb::StepRow* row, const std::string& currency, std::int64_t amount_minor) {
  auto* amounts = row->mutable_recovered();
  for (auto& a : *amounts) {
    if (a.currency() == currency) {
      a.set_amount_minor(a.amount_minor() + amount_minor);
      return;
    }
  }
  pb::CurrencyAmount* added = amounts->Add();
  added->set_currency(currency);
  added->set_amount_minor(amount_minor);
  std::sort(amounts->begin(), amounts->end(),
            [](const pb::CurrencyAmount& a, const pb::CurrencyAmount& b) { return a.currency() < b.currency(); });
}

// A payment on `day`: credits the steps reached in the 30 days before it,
// and, when it closed the debt, counts the close for those steps once each.
void CreditSteps(DebtRowState* row, Day day, std::int64_t cash_minor, bool closed_now, StepDeltas* steps) {
  for (auto& contact : *row->mutable_contacts()) {
    const Day after = day - contact.day();
    if (after < 0 || after > kStepLongWindowDays) continue;
    StepDelta& step = steps->Of(contact.level(), contact.channel());
    if (cash_minor > 0) AddRecovered(&step, row->currency(), cash_minor);
    if (!closed_now) continue;
    if (after <= kStepShortWindowDays && !contact.paid_7_counted()) {
      contact.set_paid_7_counted(true);
      ++step.paid_7;
    }
    if (!contact.paid_30_counted()) {
      contact.set_paid_30_counted(true);
      ++step.paid_30;
    }
  }
}

void AddContact(const v1::ReminderSent& r, DebtRowState* row, StepDeltas* steps) {
  ++steps->Of(r.level(), static_cast<std::int32_t>(r.channel())).reached;
  auto* contacts = row->mutable_contacts();
  if (contacts->size() >= kStepContactsMax) contacts->DeleteSubrange(0, contacts->size() - kStepContactsMax + 1);
  StepContactValue* c = contacts->Add();
  c->set_level(r.level());
  c->set_channel(static_cast<std::int32_t>(r.channel()));
  c->set_day(DayOf(r.date()));
}

}  // namespace

Day EventDay(const v1::Event& e) { return core::EventDay(e); }

void FoldDebtEvent(const v1::Event& e, const core::Debt& debt, const std::vector<core::BalanceChange>& changes,
                   std::uint32_t debt_index, DebtRowState* row, StepDeltas* steps) {
  if (row->debt_id().empty()) {
    row->set_debt_id(debt.debt_id());
    row->set_creditor_id(debt.creditor_id());
    row->set_debtor_key(debt.debtor_key());
    row->set_currency(debt.currency());
    row->set_issue_day(DayOf(debt.issue_date()));
    row->set_due_day(DayOf(debt.due_date()));
  }
  const Day day = EventDay(e);
  // A debt-level event in another debt's history is there because the
  // policy applied credit to that debt after it: only its balance changes
  // are this debt's.
  const core::EventKind kind = core::KindOf(e);
  const bool own = core::IsDebtorLevel(kind) || e.debt_id() == debt.debt_id();
  switch (own ? kind : core::EventKind::kUnknown) {
    case core::EventKind::kWrittenOff:
      if (!row->written_off()) AddDelta(row, day, -row->outstanding_minor());
      row->set_written_off(true);
      break;
    case core::EventKind::kReminderSent:
      AddContact(e.reminder_sent(), row, steps);
      break;
    case core::EventKind::kInvoiceIssued:  // Balance changes, below.
    case core::EventKind::kPaymentReceived:
    case core::EventKind::kPaymentReversed:
    case core::EventKind::kCreditNoteIssued:
    case core::EventKind::kDisputeOpened:
    case core::EventKind::kDisputeResolved:
    case core::EventKind::kCreditApplied:
    case core::EventKind::kPromiseToPay:
    case core::EventKind::kPaymentPlanAgreed:
    case core::EventKind::kHandedToAgency:
    case core::EventKind::kLegalActionFiled:
    case core::EventKind::kDayClosed:
    case core::EventKind::kPolicyPublished:
    case core::EventKind::kCalendarPublished:
    case core::EventKind::kInsolvencyProceedings:
    case core::EventKind::kOrderForPaymentUpdate:
    case core::EventKind::kUnknown:
      break;
  }
  bool paid = false;  // A payment's cash reached the debt: steps are credited with it.
  Day paid_day = kNoDay;
  std::int64_t cash_minor = 0;
  for (const core::BalanceChange& change : changes) {
    if (change.debt != debt_index) continue;
    ChangeBalance(row, change.day, change.delta_minor);
    switch (change.cause) {
      case core::BalanceCause::kInvoice:
        row->set_issued_minor(row->issued_minor() + change.delta_minor);
        break;
      case core::BalanceCause::kPayment:
        paid = true;
        paid_day = change.day;
        cash_minor += change.cash_minor;
        break;
      case core::BalanceCause::kReversal:
      case core::BalanceCause::kDiscountUndone:
        if (row->balance_minor() > 0) row->set_closed_paid(false);
        break;
      case core::BalanceCause::kCreditApplied:
        // The cash came earlier, so no step is credited with it; a debt it
        // closed counts as closed by payment.
        if (row->balance_minor() == 0 && !row->written_off() && change.cash_minor > 0) row->set_closed_paid(true);
        break;
      case core::BalanceCause::kDiscount:
      case core::BalanceCause::kCredit:
      case core::BalanceCause::kUnspecified:
        break;
    }
  }
  if (!paid) return;
  // A payment credits the steps reached in the 30 days before it and, when it
  // closed the debt, counts the close for those steps once each.
  const bool closed_now = row->balance_minor() == 0 && !row->written_off() && !row->closed_paid();
  if (closed_now) row->set_closed_paid(true);
  CreditSteps(row, paid_day, cash_minor, closed_now, steps);
}

StepDelta& StepDeltas::Of(std::uint32_t level, std::int32_t channel) {
  for (std::size_t i = 0; i < used_; ++i) {
    if (deltas_[i].level == level && deltas_[i].channel == channel) return deltas_[i];
  }
  if (used_ == deltas_.size()) deltas_.emplace_back();
  StepDelta& delta = deltas_[used_++];
  delta.level = level;
  delta.channel = channel;
  delta.ClearCounts();
  return delta;
}

void StepDeltas::SortByStep() {
  std::sort(deltas_.begin(), deltas_.begin() + static_cast<std::ptrdiff_t>(used_), [](const auto& a, const auto& b) {
    return std::pair(a.level, static_cast<std::uint32_t>(a.channel)) <
           std::pair(b.level, static_cast<std::uint32_t>(b.channel));
  });
}

void AddStepDelta(const StepDelta& delta, StepDelta* into) {
  into->reached += delta.reached;
  into->paid_7 += delta.paid_7;
  into->paid_30 += delta.paid_30;
  for (const auto& [currency, amount] : delta.recovered) AddRecovered(into, currency, amount);
}

void AddStepRow(const StepDelta& delta, pb::StepRow* row) {
  row->set_level(delta.level);
  row->set_channel(delta.channel);
  row->set_reached(row->reached() + delta.reached);
  row->set_paid_7(row->paid_7() + delta.paid_7);
  row->set_paid_30(row->paid_30() + delta.paid_30);
  for (const auto& [currency, amount] : delta.recovered) AddRecovered(row, currency, amount);
}

void AddStepRow(const pb::StepRow& delta, pb::StepRow* row) {
  row->set_level(delta.level());
  row->set_channel(delta.channel());
  row->set_reached(row->reached() + delta.reached());
  row->set_paid_7(row->paid_7() + delta.paid_7());
  row->set_paid_30(row->paid_30() + delta.paid_30());
  for (const auto& a : delta.recovered()) AddRecovered(row, a.currency(), a.amount_minor());
}

}  // namespace relance::projections
