#include "tools/policy/defaults.h"

#include <google/protobuf/util/json_util.h>

#include <string>

#include "engine/core/policy_check.h"

namespace relance::policy {
namespace {

template <typename Message>
Status Parse(std::string_view json, std::string_view what, Message* message,
             std::vector<core::PolicyError> (*check)(const Message&)) {
  const auto status = google::protobuf::util::JsonStringToMessage(std::string(json), message);
  if (!status.ok()) return Status::Corruption(std::string(what) + ": " + status.ToString());
  const std::vector<core::PolicyError> errors = check(*message);
  if (!errors.empty()) {
    return Status::Corruption(std::string(what) + ": " + errors.front().field_path + ": " + errors.front().message);
  }
  return Status::Ok();
}

}  // namespace

Status DefaultPolicy(v1::DunningPolicy* policy) {
  return Parse(DefaultPolicyJson(), "the shipped default policy", policy, &core::CheckPolicy);
}

Status DefaultCalendar(v1::CalendarPublished* calendar) {
  return Parse(DefaultCalendarJson(), "the shipped calendar", calendar, &core::CheckCalendar);
}

}  // namespace relance::policy
