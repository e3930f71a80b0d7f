// The default French dunning policy and public holidays shipped in deploy/,
// compiled into the binary: what `relance gen` and `relance demo` publish at
// the head of a log unless told otherwise.
#pragma once

#include <string_view>

#include "engine/core/status.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/policy.pb.h"

namespace relance::policy {

// The files' text, as shipped (protobuf-JSON).
std::string_view DefaultPolicyJson();
std::string_view DefaultCalendarJson();

// Parsed and checked (CheckPolicy, CheckCalendar): a broken shipped file is a
// build defect, reported as Corruption.
Status DefaultPolicy(v1::DunningPolicy* policy);
Status DefaultCalendar(v1::CalendarPublished* calendar);

}  // namespace relance::policy
