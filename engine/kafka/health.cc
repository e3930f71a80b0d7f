#include "engine/kafka/health.h"

#include <fmt/format.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>

namespace relance::kafka {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

const Value* Field(const Struct& s, const std::string& name) {
  auto it = s.fields().find(name);
  return it == s.fields().end() ? nullptr : &it->second;
}

std::int64_t Seconds(HealthTracker::Clock::duration d) {
  return std::chrono::duration_cast<std::chrono::seconds>(d).count();
}

}  // namespace

std::optional<ClientStats> ParseClientStats(std::string_view json, const std::string& topic) {
  Struct root;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  if (!google::protobuf::util::JsonStringToMessage(std::string(json), &root, options).ok()) return std::nullopt;
  const Value* type = Field(root, "type");
  if (type == nullptr || type->string_value() != "consumer") return std::nullopt;
  ClientStats stats;
  if (const Value* brokers = Field(root, "brokers"); brokers != nullptr && brokers->has_struct_value()) {
    for (const auto& [name, broker] : brokers->struct_value().fields()) {
      const Value* node = Field(broker.struct_value(), "nodeid");
      const Value* state = Field(broker.struct_value(), "state");
      if (node == nullptr || node->number_value() < 0) continue;  // Bootstrap and internal entries.
      ++stats.brokers;
      if (state != nullptr && state->string_value() == "UP") ++stats.brokers_up;
    }
  }
  const Value* topics = Field(root, "topics");
  const Value* ours = topics != nullptr && topics->has_struct_value() ? Field(topics->struct_value(), topic) : nullptr;
  const Value* partitions =
      ours != nullptr && ours->has_struct_value() ? Field(ours->struct_value(), "partitions") : nullptr;
  if (partitions != nullptr && partitions->has_struct_value()) {
    for (const auto& [name, partition] : partitions->struct_value().fields()) {
      const Value* id = Field(partition.struct_value(), "partition");
      const Value* leader = Field(partition.struct_value(), "leader");
      if (id == nullptr || leader == nullptr || id->number_value() < 0) continue;  // -1: unassigned messages.
      stats.leaders[static_cast<std::int32_t>(id->number_value())] = static_cast<std::int32_t>(leader->number_value());
    }
  }
  return stats;
}

void HealthTracker::OnStats(const ClientStats& stats, Clock::time_point now) {
  brokers_up_ = stats.brokers_up;
  if (stats.brokers > 0 && stats.brokers_up == 0) {
    if (!brokers_down_since_) brokers_down_since_ = now;
  } else {
    brokers_down_since_.reset();
  }
  for (const auto& [partition, leader] : stats.leaders) {
    if (leader >= 0) {
      leaderless_since_.erase(partition);
    } else {
      leaderless_since_.try_emplace(partition, now);
    }
  }
}

void HealthTracker::OnProgress(std::int32_t partition, Clock::time_point now) { last_progress_[partition] = now; }

void HealthTracker::Forget(std::int32_t partition) {
  leaderless_since_.erase(partition);
  last_progress_.erase(partition);
}

std::string HealthTracker::Unhealthy(const std::map<std::int32_t, std::int64_t>& lag, Clock::time_point now) {
  stalled_.clear();
  std::string reason;
  if (brokers_down_since_ && now - *brokers_down_since_ >= kUnhealthyGrace) {
    reason = fmt::format("no broker reachable for {} s", Seconds(now - *brokers_down_since_));
  }
  for (const auto& [partition, behind] : lag) {
    std::string why;
    if (auto it = leaderless_since_.find(partition);
        it != leaderless_since_.end() && now - it->second >= kUnhealthyGrace) {
      why = fmt::format("partition {} has had no leader for {} s", partition, Seconds(now - it->second));
    } else if (behind > 0) {
      // A partition behind that has not moved since it was assigned, or since
      // its last progress.
      auto [progress, inserted] = last_progress_.try_emplace(partition, now);
      if (now - progress->second >= kStallAfter) {
        why = fmt::format("partition {} stalled: {} messages behind, no progress for {} s", partition, behind,
                          Seconds(now - progress->second));
      }
    } else if (behind == 0) {
      last_progress_[partition] = now;
    }
    if (why.empty()) continue;
    stalled_.push_back(partition);
    if (reason.empty()) reason = std::move(why);
  }
  if (stalled_.size() > 1) reason += fmt::format(" (and {} more partitions)", stalled_.size() - 1);
  return reason;
}

}  // namespace relance::kafka
