// The HTTP server of the query API: HTTP/1.1 keep-alive over plain sockets,
// handing every request's method and target to a QueryApi.
//
// One thread polls the listening socket and every connection that is idle
// or still sending its request head, with a bound on the head's size and on
// the time it may take (api_limits.h); only complete requests go to the
// worker pool, through a bounded queue. So slow or idle clients hold a
// descriptor each, up to a connection cap, never a worker: the cap first
// closes the longest-idle keep-alive connection, and answers 503 when none is
// idle. /healthz, /readyz and /metrics have a worker of their own.
//
// Thread safety: Start and Stop from one thread (the owner).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "engine/core/status.h"
#include "projections/api/api_limits.h"
#include "projections/api/query_api.h"

namespace relance::api {

struct ServerOptions {
  // Address to bind: an IPv4 or IPv6 literal or a host name. Default: 127.0.0.1.
  std::string host = "127.0.0.1";
  // Port; 0 picks a free one (see port()). Default: 0.
  int port = 0;
  // Worker threads (1..kHttpThreadsMax). Default: kHttpThreadsDefault.
  std::size_t threads = kHttpThreadsDefault;
  // Open connections (1..kHttpConnectionsMax). Default: kHttpConnectionsDefault.
  std::size_t connections_max = kHttpConnectionsDefault;
  // Time for a request head to arrive whole. Default: kHeaderTimeoutMsDefault.
  int header_timeout_ms = kHeaderTimeoutMsDefault;
  // Idle keep-alive connections are closed after this. Default: kKeepAliveTimeoutMsDefault.
  int keep_alive_timeout_ms = kKeepAliveTimeoutMsDefault;
  // Time for a response to be written. Default: kWriteTimeoutMsDefault.
  int write_timeout_ms = kWriteTimeoutMsDefault;
};

// Options out of range are InvalidArgument (checked by Start too).
Status CheckServerOptions(const ServerOptions& options);

// "ADDR:PORT", "[IPv6]:PORT" or ":PORT" (all interfaces) into host and port.
Status ParseListenAddress(const std::string& text, std::string* host, int* port);

class HttpServer {
 public:
  explicit HttpServer(QueryApi* api);  // `api` must outlive the server.
  ~HttpServer();                       // Stops.
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts answering; returns once the socket listens. May raise
  // the process's soft descriptor limit to fit `connections_max`.
  Status Start(const ServerOptions& options);
  // The port bound (after Start).
  int port() const { return port_; }
  // Stops accepting, lets the requests in hand finish, joins the threads.
  void Stop();

 private:
  class Front;

  QueryApi* api_;
  std::unique_ptr<Front> front_;
  int port_ = 0;
};

}  // namespace relance::api
