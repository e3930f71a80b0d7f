// Helpers of the query API tests (http_*_test.cpp): a database built by
// replaying a generated log, the API served over real HTTP on 127.0.0.1 with
// an ephemeral port, JSON bodies read back with protobuf's JSON parser, raw
// requests over a socket, and the Prometheus line grammar.
//
// Header-only test code: REQUIREs on failures.
#pragma once

#include <arpa/inet.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "engine/store/store.h"
#include "projections/api/projection_read_model.h"
#include "projections/api/server.h"
#include "relance/v1/state.pb.h"
#include "tests/integration/engine_harness.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::http {

using engine_it::kCli;

// A generated log replayed (`relance replay --partitions 8 --verify`) into dir/name.
struct BuiltDb {
  std::string log;
  std::string db;
  engine_it::Reference reference;
};

inline BuiltDb BuildDb(const TempDir& dir, const std::string& name, int debtors, int days, std::uint64_t seed) {
  BuiltDb built;
  built.log = engine_it::GenLog(dir, name + ".pb", {debtors, days, seed});
  built.reference = engine_it::ReplayReference(dir, built.log, name, engine_it::kPartitions);
  built.db = dir.Sub(name);
  return built;
}

inline std::unique_ptr<store::Store> OpenStore(const std::string& db, store::StoreOptions options) {
  std::unique_ptr<store::Store> store;
  const Status s = store::Store::Open(db, options, &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

inline std::unique_ptr<store::Store> OpenReadOnly(const std::string& db) {
  store::StoreOptions options;
  options.read_only = true;
  return OpenStore(db, options);
}

// The query API over `store`, on 127.0.0.1 and a free port.
struct Served {
  api::StoreSource source;
  api::ProjectionReadModel model;
  api::QueryApi query_api;
  api::HttpServer server;

  Served(store::Store* store, api::SourceMode mode) : source(mode), query_api(&source, &model), server(&query_api) {
    REQUIRE(source.Attach(store).ok());
    REQUIRE(server.Start(api::ServerOptions{}).ok());
    REQUIRE(server.port() > 0);
  }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", server.port());
    client.set_keep_alive(true);
    return client;
  }
};

struct Reply {
  int status = -1;
  std::string body;
  std::string content_type;
};

inline Reply Get(httplib::Client& client, const std::string& target) {
  auto result = client.Get(target);
  INFO("GET " << target << ": " << httplib::to_string(result.error()));
  REQUIRE(result);
  return {result->status, result->body, result->get_header_value("Content-Type")};
}

inline google::protobuf::Struct ParseJson(const std::string& body) {
  google::protobuf::Struct parsed;
  const auto status = google::protobuf::util::JsonStringToMessage(body, &parsed);
  INFO("body: " << body.substr(0, 2000));
  REQUIRE(status.ok());
  return parsed;
}

// A JSON object field of `parsed` read into a message (proto field names).
inline void FieldToMessage(const google::protobuf::Struct& parsed, const std::string& field,
                           google::protobuf::Message* out) {
  REQUIRE(parsed.fields().count(field) == 1);
  std::string json;
  REQUIRE(google::protobuf::util::MessageToJsonString(parsed.fields().at(field), &json).ok());
  REQUIRE(google::protobuf::util::JsonStringToMessage(json, out).ok());
}

// The error code of an error body, "" when the body is not one.
inline std::string ErrorCode(const std::string& body) {
  google::protobuf::Struct parsed;
  if (!google::protobuf::util::JsonStringToMessage(body, &parsed).ok()) return {};
  if (parsed.fields().count("error") == 0) return {};
  const auto& error = parsed.fields().at("error").struct_value().fields();
  if (error.count("code") == 0 || error.count("message") == 0) return {};
  return error.at("code").string_value();
}

// True when `response` holds a status line, headers and as many body bytes
// as its Content-Length says.
inline bool ResponseComplete(const std::string& response) {
  const std::size_t end = response.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  std::string headers = response.substr(0, end);
  std::transform(headers.begin(), headers.end(), headers.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  const std::size_t at = headers.find("\r\ncontent-length:");
  if (at == std::string::npos) return false;  // Read to the end.
  const std::size_t length = std::strtoull(headers.c_str() + at + 17, nullptr, 10);
  return response.size() >= end + 4 + length;
}

// Sends `request` as is over a fresh TCP connection and returns what came
// back (possibly nothing: the server may close on a malformed request).
// half_close: shut the sending side once the request is out, for requests
// the server could otherwise wait on (cut short, garbage); a complete request
// keeps the connection open until its response is read.
inline std::string RawRequest(int port, const std::string& request, bool half_close = true) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
  std::size_t sent = 0;
  while (sent < request.size()) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  if (half_close) ::shutdown(fd, SHUT_WR);
  std::string response;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
    if (n <= 0) break;
    response.append(buffer, static_cast<std::size_t>(n));
    // One whole response read: stop there (a keep-alive connection stays open).
    if (ResponseComplete(response)) break;
  }
  ::close(fd);
  return response;
}

// One line of the Prometheus text format 0.0.4: a HELP or TYPE comment, or a
// sample `name{label="value",...} value`.
inline bool IsPrometheusLine(const std::string& line) {
  static const std::regex kHelp(R"(# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*)");
  static const std::regex kType(R"(# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped))");
  static const std::regex kSample(
      R"([a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\["\\n])*"(,[a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\["\\n])*")*\})? )"
      R"(([-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|[-+]?Inf|NaN)( -?[0-9]+)?)");
  return std::regex_match(line, kHelp) || std::regex_match(line, kType) || std::regex_match(line, kSample);
}

// The value of an unlabelled sample in a metrics text, or -1.
inline double MetricValue(const std::string& text, const std::string& name) {
  const std::string value = Find(text, "(?:^|\n)" + name + " ([^\n]+)");
  return value.empty() ? -1 : std::stod(value);
}

}  // namespace relance::testing::http
