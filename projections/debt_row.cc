#include "projections/debt_row.h"

#include <utility>

namespace relance::projections {

void DebtRowState::FromProto(pb::DebtRow* from) {
  set_debt_id(std::move(*from->mutable_debt_id()));
  set_creditor_id(std::move(*from->mutable_creditor_id()));
  set_debtor_key(std::move(*from->mutable_debtor_key()));
  set_currency(std::move(*from->mutable_currency()));
  set_issue_day(from->issue_day());
  set_due_day(from->due_day());
  set_issued_minor(from->issued_minor());
  set_balance_minor(from->balance_minor());
  set_outstanding_minor(from->outstanding_minor());
  set_written_off(from->written_off());
  set_closed_paid(from->closed_paid());
  (void)core::ListFrom(from->mutable_deltas(), mutable_deltas(), [](pb::BalanceDelta* d, BalanceDeltaValue* to) {
    to->set_day(d->day());
    to->set_delta_minor(d->delta_minor());
    core::TakeElementUnknownFields(d, to);
    return true;
  });
  (void)core::ListFrom(from->mutable_contacts(), mutable_contacts(), [](pb::StepContact* c, StepContactValue* to) {
    to->set_level(c->level());
    to->set_channel(c->channel());
    to->set_day(c->day());
    to->set_paid_7_counted(c->paid_7_counted());
    to->set_paid_30_counted(c->paid_30_counted());
    core::TakeElementUnknownFields(c, to);
    return true;
  });
  core::TakeUnknownFields(from, &unknown_);
}

void DebtRowState::ToProto(pb::DebtRow* to) const {
  to->set_debt_id(debt_id());
  to->set_creditor_id(creditor_id());
  to->set_debtor_key(debtor_key());
  to->set_currency(currency());
  to->set_issue_day(issue_day());
  to->set_due_day(due_day());
  to->set_issued_minor(issued_minor());
  to->set_balance_minor(balance_minor());
  to->set_outstanding_minor(outstanding_minor());
  to->set_written_off(written_off());
  to->set_closed_paid(closed_paid());
  core::PutList(deltas(), to->mutable_deltas(), [](const BalanceDeltaValue& d, pb::BalanceDelta* out) {
    out->set_day(d.day());
    out->set_delta_minor(d.delta_minor());
    core::PutUnknownFields(d.unknown_fields(), out);
  });
  core::PutList(contacts(), to->mutable_contacts(), [](const StepContactValue& c, pb::StepContact* out) {
    out->set_level(c.level());
    out->set_channel(c.channel());
    out->set_day(c.day());
    out->set_paid_7_counted(c.paid_7_counted());
    out->set_paid_30_counted(c.paid_30_counted());
    core::PutUnknownFields(c.unknown_fields(), out);
  });
  core::PutUnknownFields(unknown_, to);
}

bool DebtRowState::ParseFrom(std::string_view bytes, pb::DebtRow* scratch) {
  if (!scratch->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return false;
  FromProto(scratch);
  return true;
}

void DebtRowState::SerializeTo(std::string* bytes, pb::DebtRow* scratch) const {
  ToProto(scratch);
  scratch->SerializeToString(bytes);
}

}  // namespace relance::projections
