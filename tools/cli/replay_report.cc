#include "tools/cli/replay_report.h"

#include <cstdio>

namespace relance::cli {

void PrintReplayStats(const replay::ReplayStats& stats) {
  const double rate = stats.seconds > 0 ? static_cast<double>(stats.records) / stats.seconds : 0;
  std::printf("records: %llu read, %llu skipped (applied by an earlier run)%s%s\n",
              static_cast<unsigned long long>(stats.records), static_cast<unsigned long long>(stats.skipped),
              stats.stopped_early ? ", stopped early" : "", stats.input_broken ? ", stopped at a broken frame" : "");
  std::printf("applied: %llu   rejected: %llu   transitions: %llu   actions: %llu   day visits: %llu   batches: %llu\n",
              static_cast<unsigned long long>(stats.applied), static_cast<unsigned long long>(stats.rejected),
              static_cast<unsigned long long>(stats.transitions), static_cast<unsigned long long>(stats.actions),
              static_cast<unsigned long long>(stats.day_visits), static_cast<unsigned long long>(stats.batches));
  for (int reason = 1; reason < replay::kRejectionReasonCount; ++reason) {
    const auto count = stats.rejected_by_reason[static_cast<std::size_t>(reason)];
    if (count == 0) continue;
    std::printf("  rejected %-40s %llu\n", v1::RejectionReason_Name(static_cast<v1::RejectionReason>(reason)).c_str(),
                static_cast<unsigned long long>(count));
  }
  std::printf("time: %.3f s   %.0f events/s   cache hits %llu misses %llu\n", stats.seconds, rate,
              static_cast<unsigned long long>(stats.cache_hits), static_cast<unsigned long long>(stats.cache_misses));
}

}  // namespace relance::cli
