#include "engine/core/debtor.h"

#include <utility>

namespace relance::core {
namespace {

bool PaymentFrom(v1::PaymentRecord* from, PaymentRecord* to) {
  to->set_payment_id(std::move(*from->mutable_payment_id()));
  to->set_currency(std::move(*from->mutable_currency()));
  to->set_amount_minor(from->amount_minor());
  bool ok = DateFrom(from->has_value_date(), from->value_date(), to->mutable_value_date());
  ok &= ListFrom(from->mutable_allocations(), to->mutable_allocations(), [](v1::Allocation* a, Allocation* allocation) {
    allocation->set_debt_id(std::move(*a->mutable_debt_id()));
    allocation->set_amount_minor(a->amount_minor());
    TakeElementUnknownFields(a, allocation);
    return true;
  });
  to->set_credit_minor(from->credit_minor());
  to->set_reversed(from->reversed());
  TakeElementUnknownFields(from, to);
  return ok;
}

void PaymentTo(const PaymentRecord& from, v1::PaymentRecord* to) {
  to->set_payment_id(from.payment_id());
  to->set_currency(from.currency());
  to->set_amount_minor(from.amount_minor());
  if (from.value_date().present()) SetCivil(from.value_date().day(), to->mutable_value_date());
  PutList(from.allocations(), to->mutable_allocations(), [](const Allocation& a, v1::Allocation* out) {
    out->set_debt_id(a.debt_id());
    out->set_amount_minor(a.amount_minor());
    PutUnknownFields(a.unknown_fields(), out);
  });
  to->set_credit_minor(from.credit_minor());
  to->set_reversed(from.reversed());
  PutUnknownFields(from.unknown_fields(), to);
}

}  // namespace

bool Debtor::FromProto(v1::DebtorState* from) {
  bool ok = true;
  debtor_key_ = std::move(*from->mutable_debtor_key());
  ok &= ListFrom(from->mutable_open_debts(), &open_debts_, [](v1::OpenDebtRef* ref, OpenDebt* open) {
    open->set_debt_id(std::move(*ref->mutable_debt_id()));
    open->set_currency(std::move(*ref->mutable_currency()));
    TakeElementUnknownFields(ref, open);
    return DateFrom(ref->has_due_date(), ref->due_date(), open->mutable_due_date());
  });
  ok &= ListFrom(from->mutable_credit(), &credit_, [](v1::Money* money, CreditBalance* credit) {
    credit->set_amount_minor(money->amount_minor());
    credit->set_currency(std::move(*money->mutable_currency()));
    TakeElementUnknownFields(money, credit);
    return true;
  });
  ok &= ListFrom(from->mutable_payments(), &payments_, PaymentFrom);
  debts_total_ = from->debts_total();
  debts_paid_on_time_ = from->debts_paid_on_time();
  debts_paid_late_ = from->debts_paid_late();
  days_late_total_ = from->days_late_total();
  days_late_max_ = from->days_late_max();
  promises_made_ = from->promises_made();
  promises_kept_ = from->promises_kept();
  promises_broken_ = from->promises_broken();
  plans_agreed_ = from->plans_agreed();
  instalments_missed_ = from->instalments_missed();
  bounces_ = from->bounces();
  disputes_opened_ = from->disputes_opened();
  reminders_received_ = from->reminders_received();
  written_off_count_ = from->written_off_count();
  first_seen_.Clear();
  if (from->has_first_seen()) ok &= first_seen_.FromCivil(from->first_seen());
  applied_event_hashes_.Swap(from->mutable_applied_event_hashes());
  ok &= ListFrom(from->mutable_contact_dates(), &contact_dates_,
                 [](v1::CivilDate* date, DateField* day) { return day->FromCivil(*date); });
  if (from->has_insolvency()) {
    insolvency_.TakeFrom(from->mutable_insolvency());
  } else {
    insolvency_.Clear();
  }
  dunning_segment_ = std::move(*from->mutable_dunning_segment());
  ids_forgotten_ = from->ids_forgotten();
  ok &= ListFrom(from->mutable_late_days(), &late_days_, [](v1::LateDays* late, LateDays* days) {
    days->set_days(late->days());
    days->set_debts(late->debts());
    TakeElementUnknownFields(late, days);
    return true;
  });
  TakeUnknownFields(from, &unknown_);
  return ok;
}

namespace {

// Everything but the list a flush lends (Debtor::SerializeTo).
void FieldsTo(const Debtor& d, v1::DebtorState* to) {
  to->set_debtor_key(d.debtor_key());
  auto* refs = to->mutable_open_debts();
  // Elements beyond the new size are dropped; the others are reused.
  while (refs->size() > d.open_debts_size()) refs->RemoveLast();
  for (int i = 0; i < d.open_debts_size(); ++i) {
    const OpenDebt& open = d.open_debts(i);
    v1::OpenDebtRef* ref = i < refs->size() ? refs->Mutable(i) : refs->Add();
    ref->set_debt_id(open.debt_id());
    if (open.due_date().present()) {
      SetCivil(open.due_date().day(), ref->mutable_due_date());
    } else {
      ref->clear_due_date();
    }
    ref->set_currency(open.currency());
    PutUnknownFields(open.unknown_fields(), ref);
  }
  to->set_debts_total(d.debts_total());
  to->set_debts_paid_on_time(d.debts_paid_on_time());
  to->set_debts_paid_late(d.debts_paid_late());
  to->set_days_late_total(d.days_late_total());
  to->set_days_late_max(d.days_late_max());
  to->set_promises_made(d.promises_made());
  to->set_promises_kept(d.promises_kept());
  to->set_promises_broken(d.promises_broken());
  to->set_plans_agreed(d.plans_agreed());
  to->set_instalments_missed(d.instalments_missed());
  to->set_bounces(d.bounces());
  to->set_disputes_opened(d.disputes_opened());
  to->set_reminders_received(d.reminders_received());
  to->set_written_off_count(d.written_off_count());
  if (d.has_first_seen()) {
    SetCivil(d.first_seen().day(), to->mutable_first_seen());
  } else {
    to->clear_first_seen();
  }
  auto* dates = to->mutable_contact_dates();
  while (dates->size() > d.contact_dates_size()) dates->RemoveLast();
  for (int i = 0; i < d.contact_dates_size(); ++i) {
    SetCivil(d.contact_dates(i).day(), i < dates->size() ? dates->Mutable(i) : dates->Add());
  }
  if (d.has_insolvency()) {
    *to->mutable_insolvency() = d.insolvency();
  } else {
    to->clear_insolvency();
  }
  to->set_dunning_segment(d.dunning_segment());
  to->set_ids_forgotten(d.ids_forgotten());
  PutList(d.credit(), to->mutable_credit(), [](const CreditBalance& credit, v1::Money* out) {
    out->set_amount_minor(credit.amount_minor());
    out->set_currency(credit.currency());
    PutUnknownFields(credit.unknown_fields(), out);
  });
  PutList(d.payments(), to->mutable_payments(), PaymentTo);
  PutList(d.late_days(), to->mutable_late_days(), [](const LateDays& late, v1::LateDays* out) {
    out->set_days(late.days());
    out->set_debts(late.debts());
    PutUnknownFields(late.unknown_fields(), out);
  });
}

}  // namespace

void Debtor::ToProto(v1::DebtorState* to) const {
  FieldsTo(*this, to);
  *to->mutable_applied_event_hashes() = applied_event_hashes_;
  PutUnknownFields(unknown_, to);
}

v1::DebtorState Debtor::ToProto() const {
  v1::DebtorState out;
  ToProto(&out);
  return out;
}

bool Debtor::ParseFrom(std::string_view bytes, v1::DebtorState* scratch) {
  return scratch->ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) && FromProto(scratch);
}

void Debtor::SerializeTo(std::string* bytes, v1::DebtorState* scratch) {
  FieldsTo(*this, scratch);
  PutUnknownFields(unknown_, scratch);
  // The hashes are lent, not copied.
  SwapLists(scratch);
  scratch->SerializeToString(bytes);
  SwapLists(scratch);
}

void Debtor::SwapLists(v1::DebtorState* with) { applied_event_hashes_.Swap(with->mutable_applied_event_hashes()); }

bool Debtor::ParseFromString(std::string_view bytes) {
  v1::DebtorState scratch;
  return ParseFrom(bytes, &scratch);
}

std::string Debtor::SerializeAsString() const { return ToProto().SerializeAsString(); }

}  // namespace relance::core
