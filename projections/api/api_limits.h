// The named maxima of the query API (projections/api/), in one place. The
// engine's limits (identifier lengths, partitions) are in engine/core/limits.h.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/core/limits.h"

namespace relance::api {

// Worker threads answering requests. A keep-alive connection holds a worker
// while it is open, so this is also the number of connections served at once;
// others wait in the accept queue. Default of `relance serve --threads`.
inline constexpr std::size_t kHttpThreadsDefault = 8;
inline constexpr std::size_t kHttpThreadsMax = 256;
// Request target (path and query), bytes. cpp-httplib refuses longer request
// lines itself (414, at 8192 bytes); this bound is ours and smaller.
inline constexpr std::size_t kTargetBytesMax = 2048;
// Request body: no endpoint takes one.
inline constexpr std::size_t kRequestBodyBytesMax = 1024;
// Query parameters of one request.
inline constexpr std::size_t kQueryParametersMax = 8;
// Requests one keep-alive connection may carry before the server closes it.
inline constexpr std::size_t kKeepAliveRequestsMax = 10'000;
// A connection idle this long is closed; a request not read or a response not
// written within this long is abandoned.
inline constexpr int kKeepAliveTimeoutSeconds = 5;
inline constexpr int kReadTimeoutSeconds = 5;
inline constexpr int kWriteTimeoutSeconds = 5;
// GET /v1/debts/{id}/history: entries per page.
inline constexpr std::size_t kHistoryPageDefault = 100;
inline constexpr std::size_t kHistoryPageMax = 1'000;
// GET /v1/risk/top?n=
inline constexpr std::size_t kRiskTopDefault = 10;
inline constexpr std::size_t kRiskTopMax = 1'000;
// `relance serve` on a secondary: how often it catches up with the writer.
inline constexpr int kCatchUpIntervalMsDefault = 1'000;
inline constexpr int kCatchUpIntervalMsMin = 10;

static_assert(kHistoryPageMax <= kEventsPerDebtMax, "a page never spans more than a debt holds");
static_assert(kTargetBytesMax >= 2 * 3 * kIdLengthMax + 64,
              "a target must fit a debt id and a debtor key, percent-encoded");
static_assert(kHttpThreadsDefault <= kHttpThreadsMax);

}  // namespace relance::api
