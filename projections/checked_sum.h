// Sums of money across debts, checked. One amount is bounded
// (kAmountMinorMax, 10^15 minor units) but a portfolio is not: about 9,200
// invoices at that bound add up past int64, and an unchecked sum wraps to a
// negative total. Every read-side total is added through AddChecked; a query
// whose total would pass the bound fails with TotalTooLarge instead of
// answering a wrong figure (narrowing it by creditor or currency helps).
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/core/status.h"

namespace relance::projections {

// *sum += value, unless that passes int64: then *sum is left as it was and
// the answer is false.
[[nodiscard]] inline bool AddChecked(std::int64_t* sum, std::int64_t value) {
  std::int64_t result = 0;
  if (__builtin_add_overflow(*sum, value, &result)) return false;
  *sum = result;
  return true;
}

inline Status TotalTooLarge(std::string_view what) {
  return Status::InvalidArgument(std::string(what) +
                                 ": a total passes 9,223,372,036,854,775,807 minor units (int64); "
                                 "narrow the query by creditor or currency");
}

}  // namespace relance::projections
