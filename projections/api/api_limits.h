// The named maxima of the query API (projections/api/), in one place. The
// engine's limits (identifier lengths, partitions) are in engine/core/limits.h.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/core/limits.h"

namespace relance::api {

// Worker threads answering requests. A worker holds a request only while the
// API handles it and its response is written: connections that are idle or
// still sending their head wait in the server's poll loop, not on a worker.
// Default of `relance serve --threads` and `relance run --http-threads`.
inline constexpr std::size_t kHttpThreadsDefault = 8;
inline constexpr std::size_t kHttpThreadsMax = 256;
// Open connections (idle, reading, or being answered). At the cap the server
// first closes the longest-idle keep-alive connection; when none is idle it
// answers 503 `unavailable` and closes. Default of `--max-connections` /
// `--http-max-connections`: 512, which with the margins below fits a default
// descriptor limit of 1024.
inline constexpr std::size_t kHttpConnectionsDefault = 512;
inline constexpr std::size_t kHttpConnectionsMax = 65'536;
// Descriptors kept free for the rest of the process (the store's files, the
// Kafka client's sockets) when checking the process's descriptor limit.
inline constexpr std::size_t kFileDescriptorsReserved = 128;
// Request line and headers together, bytes: a longer head is answered 431
// (414 when the request line alone is longer than kRequestLineBytesMax) after
// reading no more than this, whatever the client still sends.
inline constexpr std::size_t kRequestHeadBytesMax = 16 * 1024;
inline constexpr std::size_t kRequestLineBytesMax = 8 * 1024;
// Header fields of one request (431 beyond).
inline constexpr std::size_t kHeaderFieldsMax = 64;
// Request target (path and query), bytes. The API refuses longer targets
// (414) itself; the request line bound above is the server's and larger.
inline constexpr std::size_t kTargetBytesMax = 2048;
// Request body: no endpoint takes one; a longer Content-Length is 413.
inline constexpr std::size_t kRequestBodyBytesMax = 1024;
// Query parameters of one request.
inline constexpr std::size_t kQueryParametersMax = 8;
// Requests one keep-alive connection may carry before the server closes it.
inline constexpr std::size_t kKeepAliveRequestsMax = 10'000;
// A request's head (from its first byte, or from the accept) must arrive
// whole within this long, however slowly it trickles in; then 408 and close.
// Default of `--header-timeout-ms` / `--http-header-timeout-ms`.
inline constexpr int kHeaderTimeoutMsDefault = 10'000;
// A keep-alive connection with no request under way is closed after this
// long. Default of `--keep-alive-timeout-ms` / `--http-keep-alive-timeout-ms`.
inline constexpr int kKeepAliveTimeoutMsDefault = 5'000;
// A response not written within this long (a client that does not read) is
// abandoned and its connection closed.
inline constexpr int kWriteTimeoutMsDefault = 5'000;
// Shortest timeout accepted (tests use 1 s or less; 0 would close at once).
inline constexpr int kHttpTimeoutMsMin = 50;
// Complete requests waiting for a worker. Beyond, 503 `unavailable`.
inline constexpr std::size_t kRequestsQueuedMax = 1'024;
// /healthz, /readyz and /metrics have a worker of their own and this queue,
// so that probes are answered while every API worker is busy.
inline constexpr std::size_t kProbeRequestsQueuedMax = 64;
// After an error answer, the server stops writing and reads (and drops)
// what the client still sends for this long, or this many bytes, before it
// closes: closing with unread bytes would reset the connection and the
// client could lose the answer. At most kLingeringConnectionsMax at once.
inline constexpr int kLingerMs = 1'000;
inline constexpr std::size_t kLingerBytesMax = 1024 * 1024;
inline constexpr std::size_t kLingeringConnectionsMax = 128;
// Connections accepted per turn of the poll loop, so that a flood of new
// connections does not starve those already open.
inline constexpr std::size_t kAcceptsPerTurnMax = 64;
// The listen backlog: connections the kernel queues before accept.
inline constexpr int kListenBacklog = 511;
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
static_assert(kHttpConnectionsDefault <= kHttpConnectionsMax);
static_assert(kHttpConnectionsDefault + kLingeringConnectionsMax + kFileDescriptorsReserved <= 1024,
              "the defaults fit the usual descriptor limit");
static_assert(kTargetBytesMax + 64 <= kRequestLineBytesMax, "a request line holds any target the API accepts");
static_assert(kRequestLineBytesMax < kRequestHeadBytesMax);
static_assert(kHeaderTimeoutMsDefault >= kHttpTimeoutMsMin && kKeepAliveTimeoutMsDefault >= kHttpTimeoutMsMin);

}  // namespace relance::api
