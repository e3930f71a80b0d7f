// Stateless checks of an event's fields, run before any state is read. Pure.
#pragma once

#include <string>
#include <string_view>

#include "relance/v1/events.pb.h"
#include "relance/v1/outcomes.pb.h"

namespace relance::core {

struct Verdict {
  v1::RejectionReason reason = v1::REJECTION_REASON_UNSPECIFIED;  // UNSPECIFIED: valid.
  std::string detail;
  bool ok() const { return reason == v1::REJECTION_REASON_UNSPECIFIED; }
};

// 1..kIdLengthMax printable ASCII characters (0x21..0x7e).
bool IsValidId(std::string_view id);

// Envelope and payload field checks: ids, schema version, amounts, dates.
Verdict ValidateEvent(const v1::Event& event);

// A positive amount in a well-formed currency, below the money limit.
Verdict ValidateAmount(const v1::Money& money, std::string_view field);

}  // namespace relance::core
