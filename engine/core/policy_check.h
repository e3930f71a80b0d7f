// Semantic checks of a dunning policy (relance.v1.DunningPolicy) before it is
// published: the rules protobuf's schema cannot say (sorted ladders, dated
// rate tables, bounds of every number). Pure: no I/O, no clock.
//
// A policy that passes CheckPolicy is one the engine can apply without
// guessing; a policy that fails it must not be published. The engine itself
// still validates what it reads from the log (validate.h): this check is for
// the people who write policies, so it reports every error at once, each
// with the path of the field, rather than the first one.
#pragma once

#include <string>
#include <vector>

#include "relance/v1/events.pb.h"
#include "relance/v1/policy.pb.h"

namespace relance::core {

struct PolicyError {
  // Proto field names with indexes, e.g. "ladders[1].steps[2].level"; ""
  // for the policy as a whole.
  std::string field_path;
  std::string message;
};

// Every semantic error of `policy`, section by section; empty when valid.
// The bounds are the kPolicy* and related constants of limits.h.
std::vector<PolicyError> CheckPolicy(const v1::DunningPolicy& policy);

// A calendar of public holidays: a valid calendar_id and 1..kCalendarDaysMax
// real dates in strictly increasing order (a sorted list is one a person can
// review, and a duplicate is a typo).
std::vector<PolicyError> CheckCalendar(const v1::CalendarPublished& calendar);

// The segment names a ladder may name (segment.h SegmentName), or "" for any.
bool IsLadderSegment(const std::string& segment);

}  // namespace relance::core
