// The core's working state of one debtor: what v1::DebtorState stores, held
// for deciding (see debt.h, whose rules it follows). Its lists (open debts,
// contact days, credit, recent payments and their allocations, late days)
// are inline lists with day numbers instead of a message per entry and a
// CivilDate message per date: a cached debtor took 2.3 kB of heap with its
// payments as messages, for about 470 stored bytes.
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

// Where the shell found a state the last time it was looked up through this
// hint (StateAccess::FindListedDebt): opaque to the core, set and checked by
// the shell, which then finds the state again without hashing its id. Not
// part of the state's value: never stored, and any two compare equal.
struct LookupHint {
  void* slot = nullptr;
  std::uint64_t epoch = 0;  // The shell's; 0: never set.
  bool operator==(const LookupHint&) const { return true; }
};

// One of a debtor's open debts (v1::OpenDebtRef).
class OpenDebt {
  RELANCE_STATE_STRING(debt_id)
  RELANCE_STATE_DATE(due_date)
  RELANCE_STATE_STRING(currency)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const OpenDebt& other) const = default;
  // The debt's lookup hint (a cache, hence settable through a const list).
  LookupHint* hint() const { return &hint_; }

 private:
  mutable LookupHint hint_;
};

// The part of a payment given to one debt (v1::Allocation).
class Allocation {
  RELANCE_STATE_STRING(debt_id)
  RELANCE_STATE_SCALAR(std::int64_t, amount_minor)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const Allocation& other) const = default;
};

// One of a debtor's recent payments (v1::PaymentRecord).
class PaymentRecord {
  RELANCE_STATE_STRING(payment_id)
  RELANCE_STATE_STRING(currency)
  RELANCE_STATE_SCALAR(std::int64_t, amount_minor)
  RELANCE_STATE_DATE(value_date)
  RELANCE_STATE_LIST(Allocation, allocations)
  RELANCE_STATE_SCALAR(std::int64_t, credit_minor)  // The part kept as debtor credit.
  RELANCE_STATE_SCALAR(bool, reversed)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const PaymentRecord& other) const = default;
};

// Unapplied cash of a debtor in one currency (v1::Money).
class CreditBalance {
  RELANCE_STATE_SCALAR(std::int64_t, amount_minor)
  RELANCE_STATE_STRING(currency)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const CreditBalance& other) const = default;
};

// How many of a debtor's debts were paid this many days late (v1::LateDays).
class LateDays {
  RELANCE_STATE_SCALAR(std::uint32_t, days)
  RELANCE_STATE_SCALAR(std::uint32_t, debts)
  RELANCE_STATE_UNKNOWN_FIELDS

 public:
  bool operator==(const LateDays& other) const = default;
};

class Debtor {
  RELANCE_STATE_STRING(debtor_key)
  RELANCE_STATE_LIST(OpenDebt, open_debts)     // Sorted by (due_date, debt_id).
  RELANCE_STATE_LIST(CreditBalance, credit)    // Unapplied cash per currency, sorted by currency.
  RELANCE_STATE_LIST(PaymentRecord, payments)  // Recent payments, oldest first, bounded.
  RELANCE_STATE_SCALAR(std::uint32_t, debts_total)
  RELANCE_STATE_SCALAR(std::uint32_t, debts_paid_on_time)
  RELANCE_STATE_SCALAR(std::uint32_t, debts_paid_late)
  RELANCE_STATE_SCALAR(std::uint64_t, days_late_total)
  RELANCE_STATE_SCALAR(std::uint32_t, days_late_max)
  RELANCE_STATE_SCALAR(std::uint32_t, promises_made)
  RELANCE_STATE_SCALAR(std::uint32_t, promises_kept)
  RELANCE_STATE_SCALAR(std::uint32_t, promises_broken)
  RELANCE_STATE_SCALAR(std::uint32_t, plans_agreed)
  RELANCE_STATE_SCALAR(std::uint32_t, instalments_missed)
  RELANCE_STATE_SCALAR(std::uint32_t, bounces)
  RELANCE_STATE_SCALAR(std::uint32_t, disputes_opened)
  RELANCE_STATE_SCALAR(std::uint32_t, reminders_received)
  RELANCE_STATE_SCALAR(std::uint32_t, written_off_count)
  RELANCE_STATE_DATE(first_seen)
  RELANCE_STATE_REPEATED(google::protobuf::RepeatedField<std::uint64_t>, std::uint64_t, applied_event_hashes)
  RELANCE_STATE_LIST(DateField, contact_dates)  // Newest last, bounded (caps).
  RELANCE_STATE_MESSAGE(v1::InsolvencyProceedings, insolvency)
  RELANCE_STATE_STRING(dunning_segment)
  RELANCE_STATE_SCALAR(std::uint64_t, ids_forgotten)
  RELANCE_STATE_LIST(LateDays, late_days)

 public:
  void add_applied_event_hashes(std::uint64_t hash) { applied_event_hashes_.Add(hash); }
  std::uint64_t applied_event_hashes(int index) const { return applied_event_hashes_.Get(index); }
  void Clear() { *this = Debtor(); }
  // The stored message's size (diagnostics, tests: it converts).
  std::size_t ByteSizeLong() const { return ToProto().ByteSizeLong(); }

  // As Debt's (debt.h): from and to the stored message and its bytes.
  [[nodiscard]] bool FromProto(v1::DebtorState* from);
  void ToProto(v1::DebtorState* to) const;
  v1::DebtorState ToProto() const;
  [[nodiscard]] bool ParseFrom(std::string_view bytes, v1::DebtorState* scratch);
  void SerializeTo(std::string* bytes, v1::DebtorState* scratch);
  [[nodiscard]] bool ParseFromString(std::string_view bytes);
  std::string SerializeAsString() const;
  std::string ShortDebugString() const { return ToProto().ShortDebugString(); }

 private:
  std::string unknown_;  // As Debt's.
  // Exchanges the event hashes with `with`'s (SerializeTo).
  void SwapLists(v1::DebtorState* with);
};

}  // namespace relance::core
