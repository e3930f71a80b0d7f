#include "projections/api/server.h"

#include <fmt/format.h>
#include <httplib.h>

#include <charconv>
#include <chrono>

namespace relance::api {
namespace {

constexpr int kStartWaitMsMax = 5'000;

}  // namespace

Status ParseListenAddress(const std::string& text, std::string* host, int* port) {
  std::string_view rest(text);
  std::string_view host_part;
  if (!rest.empty() && rest[0] == '[') {
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':') {
      return Status::InvalidArgument("listen address '" + text + "': expected [IPv6]:PORT");
    }
    host_part = rest.substr(1, close - 1);
    rest.remove_prefix(close + 2);
  } else {
    const std::size_t colon = rest.rfind(':');
    if (colon == std::string_view::npos) {
      return Status::InvalidArgument("listen address '" + text + "': expected ADDR:PORT");
    }
    host_part = rest.substr(0, colon);
    rest.remove_prefix(colon + 1);
  }
  int value = -1;
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
  if (error != std::errc() || end != rest.data() + rest.size() || value < 0 || value > 65535) {
    return Status::InvalidArgument("listen address '" + text + "': the port must be 0..65535");
  }
  *host = host_part.empty() ? "0.0.0.0" : std::string(host_part);
  *port = value;
  return Status::Ok();
}

HttpServer::HttpServer(QueryApi* api) : api_(api) {}

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start(const ServerOptions& options) {
  if (options.threads == 0 || options.threads > kHttpThreadsMax) {
    return Status::InvalidArgument(fmt::format("threads must be 1..{}", kHttpThreadsMax));
  }
  server_ = std::make_unique<httplib::Server>();
  httplib::Server& server = *server_;
  const std::size_t threads = options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_keep_alive_max_count(kKeepAliveRequestsMax);
  server.set_keep_alive_timeout(kKeepAliveTimeoutSeconds);
  server.set_read_timeout(kReadTimeoutSeconds, 0);
  server.set_write_timeout(kWriteTimeoutSeconds, 0);
  server.set_payload_max_length(kRequestBodyBytesMax);
  server.set_tcp_nodelay(true);

  auto handler = [this](const httplib::Request& request, httplib::Response& response) {
    ApiResponse answer = api_->Handle(request.method, request.target);
    response.status = answer.status;
    if (answer.status == 405) response.set_header("Allow", "GET, HEAD");
    response.set_header("Cache-Control", "no-store");
    response.set_content(std::move(answer.body), answer.content_type.c_str());
  };
  // Every method and path goes to the QueryApi, which routes on the raw
  // target (ids may hold an encoded '/').
  server.Get(".*", handler);
  server.Post(".*", handler);
  server.Put(".*", handler);
  server.Patch(".*", handler);
  server.Delete(".*", handler);
  server.Options(".*", handler);
  // Errors cpp-httplib answers by itself (a malformed request line, a body
  // too large) get the API's error body too.
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    ApiResponse error = JsonError(response.status, "bad_request", "malformed request");
    if (response.status == 413) error = JsonError(413, "payload_too_large", "request body too large");
    if (response.status == 414) error = JsonError(414, "uri_too_long", "request target too long");
    response.set_content(error.body, error.content_type.c_str());
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    ApiResponse error = JsonError(500, "internal", "unexpected error");
    response.status = 500;
    response.set_content(error.body, error.content_type.c_str());
  });

  if (options.port == 0) {
    port_ = server.bind_to_any_port(options.host);
    if (port_ < 0) return Status::IoError(fmt::format("cannot bind {}:0", options.host));
  } else {
    if (!server.bind_to_port(options.host, options.port)) {
      return Status::IoError(
          fmt::format("cannot bind {}:{} (in use, or not an address of this host)", options.host, options.port));
    }
    port_ = options.port;
  }
  listener_ = std::thread([this] { server_->listen_after_bind(); });
  // Stop() only stops a server that runs: wait until it does.
  for (int waited_ms = 0; !server.is_running(); ++waited_ms) {
    if (waited_ms == kStartWaitMsMax) return Status::IoError("the HTTP server did not start");
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Status::Ok();
}

void HttpServer::Stop() {
  if (!server_) return;
  server_->stop();
  if (listener_.joinable()) listener_.join();
  server_.reset();
}

}  // namespace relance::api
