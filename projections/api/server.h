// The HTTP server of the query API: cpp-httplib's server with a bounded
// worker pool, timeouts and request size limits (api_limits.h), handing every
// request to a QueryApi. Listens on one thread of its own.
//
// Thread safety: Start and Stop from one thread (the owner).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <thread>

#include "engine/core/status.h"
#include "projections/api/api_limits.h"
#include "projections/api/query_api.h"

namespace httplib {
class Server;
}

namespace relance::api {

struct ServerOptions {
  // Address to bind: an IPv4 or IPv6 literal or a host name. Default: 127.0.0.1.
  std::string host = "127.0.0.1";
  // Port; 0 picks a free one (see port()). Default: 0.
  int port = 0;
  // Worker threads (1..kHttpThreadsMax). Default: kHttpThreadsDefault.
  std::size_t threads = kHttpThreadsDefault;
};

// "ADDR:PORT", "[IPv6]:PORT" or ":PORT" (all interfaces) into host and port.
Status ParseListenAddress(const std::string& text, std::string* host, int* port);

class HttpServer {
 public:
  explicit HttpServer(QueryApi* api);  // `api` must outlive the server.
  ~HttpServer();                       // Stops.
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts answering; returns once the socket listens.
  Status Start(const ServerOptions& options);
  // The port bound (after Start).
  int port() const { return port_; }
  // Stops accepting, lets the requests in hand finish, joins the threads.
  void Stop();

 private:
  QueryApi* api_;
  std::unique_ptr<httplib::Server> server_;
  std::thread listener_;
  int port_ = 0;
};

}  // namespace relance::api
