// The shipped French policy and holiday calendar (deploy/), read from the
// source tree for tests, and small helpers to publish them on a MiniEngine.
// Header-only: RELANCE_SOURCE_DIR is defined for the test binaries, not for
// the support library.
#pragma once

#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "relance/v1/events.pb.h"
#include "relance/v1/policy.pb.h"

namespace relance::testing {

inline std::string ReadSourceFile(const std::string& relative_path) {
  std::ifstream in(std::string(RELANCE_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + relative_path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

template <typename Message>
Message ParseJsonFile(const std::string& relative_path) {
  Message message;
  const auto status = google::protobuf::util::JsonStringToMessage(ReadSourceFile(relative_path), &message);
  if (!status.ok()) throw std::runtime_error(relative_path + ": " + status.ToString());
  return message;
}

// deploy/policies/fr-default.json.
inline v1::DunningPolicy FrDefaultPolicy() {
  return ParseJsonFile<v1::DunningPolicy>("deploy/policies/fr-default.json");
}

// deploy/calendars/fr.json.
inline v1::CalendarPublished FrCalendar() { return ParseJsonFile<v1::CalendarPublished>("deploy/calendars/fr.json"); }

inline v1::Event PolicyEvent(const std::string& event_id, const v1::DunningPolicy& policy) {
  v1::Event e;
  e.set_event_id(event_id);
  e.set_schema_version(1);
  *e.mutable_policy_published()->mutable_policy() = policy;
  return e;
}

inline v1::Event CalendarEvent(const std::string& event_id, const v1::CalendarPublished& calendar) {
  v1::Event e;
  e.set_event_id(event_id);
  e.set_schema_version(1);
  *e.mutable_calendar_published() = calendar;
  return e;
}

}  // namespace relance::testing
