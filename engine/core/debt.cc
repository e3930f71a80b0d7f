#include "engine/core/debt.h"

#include <utility>

namespace relance::core {
namespace {

void DateTo(const DateField& date, v1::CivilDate* (v1::DebtState::*mutable_field)(),
            void (v1::DebtState::*clear_field)(), v1::DebtState* to) {
  if (!date.present()) {
    (to->*clear_field)();
    return;
  }
  SetCivil(date.day(), (to->*mutable_field)());
}

template <typename Message>
void MessageTo(const Boxed<Message>& from, Message* (v1::DebtState::*mutable_field)(),
               void (v1::DebtState::*clear_field)(), v1::DebtState* to) {
  if (from.has()) {
    *(to->*mutable_field)() = from.get();
  } else {
    (to->*clear_field)();
  }
}

bool ShareFrom(v1::PaymentShare* from, PaymentShare* to) {
  to->set_payment_id(std::move(*from->mutable_payment_id()));
  to->set_amount_minor(from->amount_minor());
  const bool ok = DateFrom(from->has_value_date(), from->value_date(), to->mutable_value_date());
  to->set_reversed(from->reversed());
  to->set_discount_minor(from->discount_minor());
  to->set_credit_application_id(std::move(*from->mutable_credit_application_id()));
  TakeElementUnknownFields(from, to);
  return ok;
}

void ShareTo(const PaymentShare& from, v1::PaymentShare* to) {
  to->set_payment_id(from.payment_id());
  to->set_amount_minor(from.amount_minor());
  if (from.value_date().present()) SetCivil(from.value_date().day(), to->mutable_value_date());
  to->set_reversed(from.reversed());
  to->set_discount_minor(from.discount_minor());
  to->set_credit_application_id(from.credit_application_id());
  PutUnknownFields(from.unknown_fields(), to);
}

bool ContactFrom(v1::PriorContact* from, PriorContact* to) {
  to->set_level(from->level());
  to->set_channel(from->channel());
  to->set_invoice_number(std::move(*from->mutable_invoice_number()));
  TakeElementUnknownFields(from, to);
  return DateFrom(from->has_date(), from->date(), to->mutable_date());
}

void ContactTo(const PriorContact& from, v1::PriorContact* to) {
  to->set_level(from.level());
  to->set_channel(from.channel());
  if (from.date().present()) SetCivil(from.date().day(), to->mutable_date());
  to->set_invoice_number(from.invoice_number());
  PutUnknownFields(from.unknown_fields(), to);
}

bool SuspendedFrom(v1::SuspendedInterest* from, SuspendedInterest* to) {
  bool ok = DateFrom(from->has_from(), from->from(), to->mutable_from());
  ok &= DateFrom(from->has_until(), from->until(), to->mutable_until());
  to->set_amount_minor(from->amount_minor());
  TakeElementUnknownFields(from, to);
  return ok;
}

void SuspendedTo(const SuspendedInterest& from, v1::SuspendedInterest* to) {
  if (from.from().present()) SetCivil(from.from().day(), to->mutable_from());
  if (from.until().present()) SetCivil(from.until().day(), to->mutable_until());
  to->set_amount_minor(from.amount_minor());
  PutUnknownFields(from.unknown_fields(), to);
}

bool ApplicationFrom(v1::CreditApplication* from, CreditApplication* to) {
  to->set_application_id(std::move(*from->mutable_application_id()));
  to->set_amount_minor(from->amount_minor());
  to->set_cash_minor(from->cash_minor());
  TakeElementUnknownFields(from, to);
  return DateFrom(from->has_date(), from->date(), to->mutable_date());
}

void ApplicationTo(const CreditApplication& from, v1::CreditApplication* to) {
  to->set_application_id(from.application_id());
  to->set_amount_minor(from.amount_minor());
  to->set_cash_minor(from.cash_minor());
  if (from.date().present()) SetCivil(from.date().day(), to->mutable_date());
  PutUnknownFields(from.unknown_fields(), to);
}

}  // namespace

bool Debt::FromProto(v1::DebtState* from) {
  debt_id_ = std::move(*from->mutable_debt_id());
  debtor_key_ = std::move(*from->mutable_debtor_key());
  creditor_id_ = std::move(*from->mutable_creditor_id());
  invoice_number_ = std::move(*from->mutable_invoice_number());
  currency_ = std::move(*from->mutable_currency());
  debtor_type_ = from->debtor_type();
  bool ok = DateFrom(from->has_issue_date(), from->issue_date(), &issue_date_);
  ok &= DateFrom(from->has_due_date(), from->due_date(), &due_date_);
  if (from->has_early_payment_discount()) {
    early_payment_discount_.TakeFrom(from->mutable_early_payment_discount());
  } else {
    early_payment_discount_.Clear();
  }
  issued_minor_ = from->issued_minor();
  paid_minor_ = from->paid_minor();
  reversed_minor_ = from->reversed_minor();
  credited_minor_ = from->credited_minor();
  balance_minor_ = from->balance_minor();
  status_ = from->status();
  dunning_level_ = from->dunning_level();
  formal_notice_sent_ = from->formal_notice_sent();
  with_agency_ = from->with_agency();
  in_legal_action_ = from->in_legal_action();
  if (from->has_dispute()) {
    dispute_.TakeFrom(from->mutable_dispute());
  } else {
    dispute_.Clear();
  }
  if (from->has_promise()) {
    promise_.TakeFrom(from->mutable_promise());
  } else {
    promise_.Clear();
  }
  if (from->has_plan()) {
    plan_.TakeFrom(from->mutable_plan());
  } else {
    plan_.Clear();
  }
  overdue_ = from->overdue();
  ok &= DateFrom(from->has_closed_on(), from->closed_on(), &closed_on_);
  ok &= DateFrom(from->has_last_payment_date(), from->last_payment_date(), &last_payment_date_);
  ok &= DateFrom(from->has_last_reminder_date(), from->last_reminder_date(), &last_reminder_date_);
  ok &= DateFrom(from->has_review_date(), from->review_date(), &review_date_);
  written_off_minor_ = from->written_off_minor();
  reminders_sent_ = from->reminders_sent();
  debtor_name_ = std::move(*from->mutable_debtor_name());
  legal_action_kind_ = from->legal_action_kind();
  agency_id_ = std::move(*from->mutable_agency_id());
  history_seq_ = from->history_seq();
  applied_event_hashes_.Swap(from->mutable_applied_event_hashes());
  ok &= ListFrom(from->mutable_payments(), &payments_, ShareFrom);
  late_recorded_ = from->late_recorded();
  recorded_days_late_ = from->recorded_days_late();
  action_level_ = from->action_level();
  ok &= DateFrom(from->has_action_date(), from->action_date(), &action_date_);
  courtesy_sent_ = from->courtesy_sent();
  ok &= DateFrom(from->has_limitation_start(), from->limitation_start(), &limitation_start_);
  limitation_warned_ = from->limitation_warned();
  if (from->has_order()) {
    order_.TakeFrom(from->mutable_order());
  } else {
    order_.Clear();
  }
  ok &= ListFrom(from->mutable_contacts(), &contacts_, ContactFrom);
  ok &= DateFrom(from->has_formal_notice_date(), from->formal_notice_date(), &formal_notice_date_);
  ok &= ListFrom(from->mutable_debtor_address(), &debtor_address_, [](std::string* line, std::string* to) {
    *to = std::move(*line);
    return true;
  });
  debtor_email_ = std::move(*from->mutable_debtor_email());
  ok &= DateFrom(from->has_handed_over_on(), from->handed_over_on(), &handed_over_on_);
  ok &= DateFrom(from->has_next_action_day(), from->next_action_day(), &next_action_day_);
  ok &= ListFrom(from->mutable_interest_suspended(), &interest_suspended_, SuspendedFrom);
  ok &= ListFrom(from->mutable_credit_applications(), &credit_applications_, ApplicationFrom);
  ok &= DateFrom(from->has_formal_notice_action_date(), from->formal_notice_action_date(), &formal_notice_action_date_);
  TakeUnknownFields(from, &unknown_);
  return ok;
}

void Debt::FieldsTo(v1::DebtState* to) const {
  using S = v1::DebtState;
  to->set_debt_id(debt_id_);
  to->set_debtor_key(debtor_key_);
  to->set_creditor_id(creditor_id_);
  to->set_invoice_number(invoice_number_);
  to->set_currency(currency_);
  to->set_debtor_type(debtor_type_);
  DateTo(issue_date_, &S::mutable_issue_date, &S::clear_issue_date, to);
  DateTo(due_date_, &S::mutable_due_date, &S::clear_due_date, to);
  MessageTo(early_payment_discount_, &S::mutable_early_payment_discount, &S::clear_early_payment_discount, to);
  to->set_issued_minor(issued_minor_);
  to->set_paid_minor(paid_minor_);
  to->set_reversed_minor(reversed_minor_);
  to->set_credited_minor(credited_minor_);
  to->set_balance_minor(balance_minor_);
  to->set_status(status_);
  to->set_dunning_level(dunning_level_);
  to->set_formal_notice_sent(formal_notice_sent_);
  to->set_with_agency(with_agency_);
  to->set_in_legal_action(in_legal_action_);
  MessageTo(dispute_, &S::mutable_dispute, &S::clear_dispute, to);
  MessageTo(promise_, &S::mutable_promise, &S::clear_promise, to);
  MessageTo(plan_, &S::mutable_plan, &S::clear_plan, to);
  to->set_overdue(overdue_);
  DateTo(closed_on_, &S::mutable_closed_on, &S::clear_closed_on, to);
  DateTo(last_payment_date_, &S::mutable_last_payment_date, &S::clear_last_payment_date, to);
  DateTo(last_reminder_date_, &S::mutable_last_reminder_date, &S::clear_last_reminder_date, to);
  DateTo(review_date_, &S::mutable_review_date, &S::clear_review_date, to);
  to->set_written_off_minor(written_off_minor_);
  to->set_reminders_sent(reminders_sent_);
  to->set_debtor_name(debtor_name_);
  to->set_legal_action_kind(legal_action_kind_);
  to->set_agency_id(agency_id_);
  to->set_history_seq(history_seq_);
  to->set_late_recorded(late_recorded_);
  to->set_recorded_days_late(recorded_days_late_);
  to->set_action_level(action_level_);
  DateTo(action_date_, &S::mutable_action_date, &S::clear_action_date, to);
  to->set_courtesy_sent(courtesy_sent_);
  DateTo(limitation_start_, &S::mutable_limitation_start, &S::clear_limitation_start, to);
  to->set_limitation_warned(limitation_warned_);
  MessageTo(order_, &S::mutable_order, &S::clear_order, to);
  DateTo(formal_notice_date_, &S::mutable_formal_notice_date, &S::clear_formal_notice_date, to);
  to->set_debtor_email(debtor_email_);
  DateTo(handed_over_on_, &S::mutable_handed_over_on, &S::clear_handed_over_on, to);
  DateTo(next_action_day_, &S::mutable_next_action_day, &S::clear_next_action_day, to);
  DateTo(formal_notice_action_date_, &S::mutable_formal_notice_action_date, &S::clear_formal_notice_action_date, to);
  PutList(payments_, to->mutable_payments(), ShareTo);
  PutList(contacts_, to->mutable_contacts(), ContactTo);
  auto* lines = to->mutable_debtor_address();
  while (lines->size() > debtor_address_.size()) lines->RemoveLast();
  for (int i = 0; i < debtor_address_.size(); ++i) {
    *(i < lines->size() ? lines->Mutable(i) : lines->Add()) = debtor_address_.Get(i);
  }
  PutList(interest_suspended_, to->mutable_interest_suspended(), SuspendedTo);
  PutList(credit_applications_, to->mutable_credit_applications(), ApplicationTo);
  PutUnknownFields(unknown_, to);
}

void Debt::ToProto(v1::DebtState* to) const {
  FieldsTo(to);
  *to->mutable_applied_event_hashes() = applied_event_hashes_;
}

v1::DebtState Debt::ToProto() const {
  v1::DebtState out;
  ToProto(&out);
  return out;
}

void Debt::SwapLists(v1::DebtState* with) { applied_event_hashes_.Swap(with->mutable_applied_event_hashes()); }

void Debt::LendTo(v1::DebtState* to) {
  FieldsTo(to);
  SwapLists(to);
}

void Debt::RestoreFrom(v1::DebtState* to) { SwapLists(to); }

bool Debt::ParseFrom(std::string_view bytes, v1::DebtState* scratch) {
  return scratch->ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) && FromProto(scratch);
}

void Debt::SerializeTo(std::string* bytes, v1::DebtState* scratch) {
  LendTo(scratch);
  scratch->SerializeToString(bytes);
  RestoreFrom(scratch);
}

bool Debt::ParseFromString(std::string_view bytes) {
  v1::DebtState scratch;
  return ParseFrom(bytes, &scratch);
}

std::string Debt::SerializeAsString() const { return ToProto().SerializeAsString(); }

}  // namespace relance::core
