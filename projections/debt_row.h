// The live projector's working form of a debt's read-side row: what
// pb::DebtRow stores, held for folding rather than for the wire. Days are
// integers and the deltas and step contacts are inline lists (core's
// Repeated), so that folding an event into a row allocates nothing once its
// lists have room; the stored message is parsed when a row is read from the
// store and serialised when a commit writes it (FromProto, ToProto), and the
// round trip gives back the same bytes, unknown fields included.
//
// The accessors are named as protobuf names them, so that the fold
// (debt_fold.cc) reads the same as it did over the message.
//
// Thread safety: a plain value; one projector owns it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/core/civil_date.h"
#include "engine/core/state_fields.h"
#include "projections/projection.pb.h"

namespace relance::projections {

namespace pb = relance::readside::v1;

// The state_fields.h macros name these unqualified.
using core::RareBytes;
using core::Repeated;

// A change of the outstanding balance on a day (pb::BalanceDelta).
class BalanceDeltaValue {
  RELANCE_STATE_SCALAR(Day, day)
  RELANCE_STATE_SCALAR(std::int64_t, delta_minor)
  RELANCE_STATE_UNKNOWN_FIELDS
};

// A dunning step the debt reached (pb::StepContact).
class StepContactValue {
  RELANCE_STATE_SCALAR(std::uint32_t, level)
  RELANCE_STATE_SCALAR(std::int32_t, channel)
  RELANCE_STATE_SCALAR(Day, day)
  RELANCE_STATE_SCALAR(bool, paid_7_counted)
  RELANCE_STATE_SCALAR(bool, paid_30_counted)
  RELANCE_STATE_UNKNOWN_FIELDS
};

class DebtRowState {
  RELANCE_STATE_STRING(debt_id)
  RELANCE_STATE_STRING(creditor_id)
  RELANCE_STATE_STRING(debtor_key)
  RELANCE_STATE_STRING(currency)
  RELANCE_STATE_SCALAR(Day, issue_day)
  RELANCE_STATE_SCALAR(Day, due_day)
  RELANCE_STATE_SCALAR(std::int64_t, issued_minor)
  RELANCE_STATE_SCALAR(std::int64_t, balance_minor)
  RELANCE_STATE_SCALAR(std::int64_t, outstanding_minor)
  RELANCE_STATE_SCALAR(bool, written_off)
  RELANCE_STATE_SCALAR(bool, closed_paid)
  RELANCE_STATE_LIST(BalanceDeltaValue, deltas)   // Sorted by day, no zero delta.
  RELANCE_STATE_LIST(StepContactValue, contacts)  // Oldest first, bounded.

 public:
  // From the stored message (its text is moved out: `from` is left valid
  // but unspecified) and into it (whatever it held, its messages reused).
  void FromProto(pb::DebtRow* from);
  void ToProto(pb::DebtRow* to) const;
  // From and to the stored bytes, through `scratch` (reused by callers that
  // convert many rows). ParseFrom is false for bytes that do not parse.
  [[nodiscard]] bool ParseFrom(std::string_view bytes, pb::DebtRow* scratch);
  void SerializeTo(std::string* bytes, pb::DebtRow* scratch) const;

 private:
  // Fields this binary does not know (a newer writer's), serialised.
  std::string unknown_;
};

}  // namespace relance::projections
