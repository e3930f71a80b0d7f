#include "engine/core/compact.h"

#include <google/protobuf/message.h>
#include <google/protobuf/unknown_field_set.h>

namespace relance::core {

void TakeUnknownFields(google::protobuf::Message* message, std::string* out) {
  out->clear();
  const google::protobuf::Reflection* reflection = message->GetReflection();
  if (const auto& unknown = reflection->GetUnknownFields(*message); !unknown.empty()) {
    unknown.SerializeToString(out);
  }
}

void PutUnknownFields(const std::string& unknown, google::protobuf::Message* message) {
  const google::protobuf::Reflection* reflection = message->GetReflection();
  if (unknown.empty()) {
    if (!reflection->GetUnknownFields(*message).empty()) reflection->MutableUnknownFields(message)->Clear();
    return;
  }
  google::protobuf::UnknownFieldSet* fields = reflection->MutableUnknownFields(message);
  fields->Clear();
  fields->ParseFromString(unknown);
}

}  // namespace relance::core
