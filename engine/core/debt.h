// The core's working state of one debt: what v1::DebtState stores, held for
// deciding rather than for the wire. Dates are day numbers (DateField), text
// is std::string (short ids inline), the rarely present parts (dispute,
// promise, plan, order, early-payment discount) cost a pointer until they
// exist, the lists (payments, contacts, address lines, suspended interest,
// credit applications) are inline. Before it, every date was a CivilDate
// message of its own (an allocation, and a conversion to a day number on
// every look: a twentieth of a replay) and a state took about four kilobytes
// in the state cache; with its lists as messages, 1.3 kB.
//
// The accessors are named as protobuf names them (`due_date()`,
// `set_balance_minor()`, `mutable_plan()`, `payments_size()`), so the rules
// read the same whichever they hold; a date accessor returns a DateField,
// which ToDay and SetCivil take as they take a CivilDate.
//
// Protobuf stays the stored format: FromProto and ToProto (debt_codec.h)
// convert at the edges, where a state is read from or written to the store,
// and the round trip gives back the same bytes (tests/property).
//
// Thread safety: a plain value; one writer owns it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/core/compact.h"
#include "engine/core/state_fields.h"
#include "relance/v1/state.pb.h"

namespace relance::core {

// A payment's part in a debt (v1::PaymentShare).
class PaymentShare {
  RELANCE_STATE_STRING(payment_id)
  RELANCE_STATE_SCALAR(std::int64_t, amount_minor)
  RELANCE_STATE_DATE(value_date)
  RELANCE_STATE_SCALAR(bool, reversed)
  RELANCE_STATE_SCALAR(std::int64_t, discount_minor)  // Early-payment discount it earned (credited).
  RELANCE_STATE_STRING(credit_application_id)         // Set when it came from the debtor's credit.
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const PaymentShare& other) const = default;
};

// A reminder the debt had (v1::PriorContact).
class PriorContact {
  RELANCE_STATE_SCALAR(std::uint32_t, level)
  RELANCE_STATE_SCALAR(v1::Channel, channel)
  RELANCE_STATE_DATE(date)
  RELANCE_STATE_STRING(invoice_number)  // Empty in a debt's own list.
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const PriorContact& other) const = default;
};

// Days a won dispute kept an amount out of the interest (v1::SuspendedInterest).
class SuspendedInterest {
  RELANCE_STATE_DATE(from)
  RELANCE_STATE_DATE(until)  // Exclusive.
  RELANCE_STATE_SCALAR(std::int64_t, amount_minor)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const SuspendedInterest& other) const = default;
};

// Credit of the debtor applied to the debt (v1::CreditApplication).
class CreditApplication {
  RELANCE_STATE_STRING(application_id)
  RELANCE_STATE_SCALAR(std::int64_t, amount_minor)
  RELANCE_STATE_SCALAR(std::int64_t, cash_minor)
  RELANCE_STATE_DATE(date)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const CreditApplication& other) const = default;
};

class Debt {
  RELANCE_STATE_STRING(debt_id)
  RELANCE_STATE_STRING(debtor_key)
  RELANCE_STATE_STRING(creditor_id)
  RELANCE_STATE_STRING(invoice_number)
  RELANCE_STATE_STRING(currency)
  RELANCE_STATE_SCALAR(v1::DebtorType, debtor_type)
  RELANCE_STATE_DATE(issue_date)
  RELANCE_STATE_DATE(due_date)
  RELANCE_STATE_MESSAGE(v1::EarlyPaymentDiscount, early_payment_discount)
  // Invariant: balance = issued - paid + reversed - credited >= 0.
  RELANCE_STATE_SCALAR(std::int64_t, issued_minor)
  RELANCE_STATE_SCALAR(std::int64_t, paid_minor)
  RELANCE_STATE_SCALAR(std::int64_t, reversed_minor)
  RELANCE_STATE_SCALAR(std::int64_t, credited_minor)
  RELANCE_STATE_SCALAR(std::int64_t, balance_minor)
  RELANCE_STATE_SCALAR(v1::DebtStatus, status)
  RELANCE_STATE_SCALAR(std::uint32_t, dunning_level)
  RELANCE_STATE_SCALAR(bool, formal_notice_sent)
  RELANCE_STATE_SCALAR(bool, with_agency)
  RELANCE_STATE_SCALAR(bool, in_legal_action)
  RELANCE_STATE_MESSAGE(v1::ActiveDispute, dispute)
  RELANCE_STATE_MESSAGE(v1::ActivePromise, promise)
  RELANCE_STATE_MESSAGE(v1::ActivePlan, plan)
  RELANCE_STATE_SCALAR(bool, overdue)
  RELANCE_STATE_DATE(closed_on)
  RELANCE_STATE_DATE(last_payment_date)
  RELANCE_STATE_DATE(last_reminder_date)
  RELANCE_STATE_DATE(review_date)
  RELANCE_STATE_SCALAR(std::int64_t, written_off_minor)
  RELANCE_STATE_SCALAR(std::uint32_t, reminders_sent)
  RELANCE_STATE_STRING(debtor_name)
  RELANCE_STATE_SCALAR(v1::LegalActionKind, legal_action_kind)
  RELANCE_STATE_STRING(agency_id)
  RELANCE_STATE_SCALAR(std::uint64_t, history_seq)
  RELANCE_STATE_REPEATED(google::protobuf::RepeatedField<std::uint64_t>, std::uint64_t, applied_event_hashes)
  RELANCE_STATE_LIST(PaymentShare, payments)
  RELANCE_STATE_SCALAR(bool, late_recorded)
  RELANCE_STATE_SCALAR(std::uint32_t, recorded_days_late)
  RELANCE_STATE_SCALAR(std::uint32_t, action_level)
  RELANCE_STATE_DATE(action_date)
  RELANCE_STATE_SCALAR(bool, courtesy_sent)
  RELANCE_STATE_DATE(limitation_start)
  RELANCE_STATE_SCALAR(bool, limitation_warned)
  RELANCE_STATE_MESSAGE(v1::OrderForPayment, order)
  RELANCE_STATE_LIST(PriorContact, contacts)
  RELANCE_STATE_DATE(formal_notice_date)
  RELANCE_STATE_REPEATED(Repeated<std::string>, std::string, debtor_address)
  RELANCE_STATE_STRING(debtor_email)
  RELANCE_STATE_DATE(handed_over_on)
  RELANCE_STATE_DATE(next_action_day)
  RELANCE_STATE_LIST(SuspendedInterest, interest_suspended)
  RELANCE_STATE_LIST(CreditApplication, credit_applications)
  RELANCE_STATE_DATE(formal_notice_action_date)

 public:
  void add_applied_event_hashes(std::uint64_t hash) { applied_event_hashes_.Add(hash); }
  std::uint64_t applied_event_hashes(int index) const { return applied_event_hashes_.Get(index); }
  void add_debtor_address(std::string line) { debtor_address_.Add(std::move(line)); }
  const std::string& debtor_address(int index) const { return debtor_address_.Get(index); }
  void Clear() { *this = Debt(); }

  // Converts from and to the stored message (debt_codec.cc). FromProto
  // moves the repeated fields and text out of `from` (it is left valid but
  // unspecified) and returns false, leaving *this unspecified, when a date in
  // it is not a valid date: a damaged state.
  [[nodiscard]] bool FromProto(v1::DebtState* from);
  // Writes every field into `to` (whatever it held), copying.
  void ToProto(v1::DebtState* to) const;
  v1::DebtState ToProto() const;
  // The stored message's text form, for diagnostics and failure messages.
  std::string ShortDebugString() const { return ToProto().ShortDebugString(); }
  // The same, but swaps the event hashes into `to` and back out by
  // RestoreFrom: a flush serialises a state without copying them.
  void LendTo(v1::DebtState* to);
  void RestoreFrom(v1::DebtState* to);
  // From and to the stored bytes, through `scratch` (reused by callers that
  // convert many states). ParseFrom is false for bytes that do not parse or
  // hold an invalid date.
  [[nodiscard]] bool ParseFrom(std::string_view bytes, v1::DebtState* scratch);
  void SerializeTo(std::string* bytes, v1::DebtState* scratch);
  // The same with a scratch message of their own (tools, tests).
  [[nodiscard]] bool ParseFromString(std::string_view bytes);
  std::string SerializeAsString() const;

 private:
  // Fields this binary does not know (a newer writer's), serialised, written
  // back as they came. Empty for every state this binary wrote.
  std::string unknown_;
  // Every field but the event hashes.
  void FieldsTo(v1::DebtState* to) const;
  // Exchanges the event hashes with the message's (LendTo, RestoreFrom).
  void SwapLists(v1::DebtState* with);
};

}  // namespace relance::core
