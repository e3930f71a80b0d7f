// What the engine knows of its connection to the cluster, for readiness: a
// lag computed from cached watermarks stays 0 during a broker outage (the
// watermarks are as old as the last fetch), so readiness also asks the
// client library, through its statistics (statistics.interval.ms), whether
// any broker is up and whether each assigned partition has a leader, and
// watches each partition's progress.
//
// An engine is unhealthy, and /readyz says why, when for longer than a grace
// period (a reconnect is not an outage):
//   - no broker is up;
//   - an assigned partition has no leader (its events cannot be read);
//   - an assigned partition is behind (lag > 0) and its position has not
//     moved (stalled: fetch errors, a broker that answers nothing).
//
// Thread safety: none; owned by the engine thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relance::kafka {

// librdkafka's statistics interval the engine sets on its consumer.
inline constexpr int kStatsIntervalMs = 1'000;
// How long a condition lasts before it makes the engine not ready. Longer
// than a reconnect and a metadata refresh, far shorter than an outage.
inline constexpr std::chrono::seconds kUnhealthyGrace{5};
// How long a partition that is behind may go without progress.
inline constexpr std::chrono::seconds kStallAfter{15};

// What one statistics document says (only what readiness needs).
struct ClientStats {
  int brokers = 0;     // Brokers known by node id (bootstrap entries left out).
  int brokers_up = 0;  // ... of which in state UP.
  // Partition -> its leader's node id (-1: none) for the topic asked about.
  std::map<std::int32_t, std::int32_t> leaders;
};

// Parses librdkafka's statistics JSON; nullopt when it is not a consumer's
// statistics or does not parse.
std::optional<ClientStats> ParseClientStats(std::string_view json, const std::string& topic);

class HealthTracker {
 public:
  using Clock = std::chrono::steady_clock;

  void OnStats(const ClientStats& stats, Clock::time_point now);
  // The partition's position moved, or it is read to its end.
  void OnProgress(std::int32_t partition, Clock::time_point now);
  void Forget(std::int32_t partition);

  // Empty when healthy; else why not, one line. `lag`: assigned partitions
  // with their lag (-1 unknown).
  std::string Unhealthy(const std::map<std::int32_t, std::int64_t>& lag, Clock::time_point now);
  // Brokers up at the last statistics; -1 before the first.
  int brokers_up() const { return brokers_up_; }
  // Assigned partitions the last Unhealthy found without a leader or stalled.
  const std::vector<std::int32_t>& stalled() const { return stalled_; }

 private:
  int brokers_up_ = -1;
  std::optional<Clock::time_point> brokers_down_since_;
  std::map<std::int32_t, Clock::time_point> leaderless_since_;
  std::map<std::int32_t, Clock::time_point> last_progress_;
  std::vector<std::int32_t> stalled_;
};

}  // namespace relance::kafka
