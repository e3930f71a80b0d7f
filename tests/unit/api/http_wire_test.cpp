// The HTTP/1.1 wire format of the query API's server (projections/api/
// http_wire.h): request heads parsed within their bounds, keep-alive rules,
// rejections with their status and error code, and responses serialised.
#include "projections/api/http_wire.h"

#include <catch2/catch.hpp>
#include <string>

#include "projections/api/api_limits.h"

namespace relance::api {
namespace {

std::string ErrorCodeOf(const ParseResult& result) {
  const std::string& body = result.error.body;
  const std::size_t at = body.find("\"code\":\"");
  if (at == std::string::npos) return {};
  return body.substr(at + 8, body.find('"', at + 8) - at - 8);
}

TEST_CASE("http wire: a whole head gives method, raw target, keep-alive and its length", "[api][http]") {
  const std::string request = "GET /v1/debts/a%2Fb?debtor=K HTTP/1.1\r\nHost: x\r\n\r\nGET /next";
  RequestHead head;
  const ParseResult result = ParseRequestHead(request, &head);
  REQUIRE(result.state == ParseState::kComplete);
  CHECK(head.method == "GET");
  CHECK(head.target == "/v1/debts/a%2Fb?debtor=K");
  CHECK(head.keep_alive);
  CHECK(head.head_bytes == request.find("GET /next"));
  CHECK(head.content_length == 0);
}

TEST_CASE("http wire: Connection and the version decide keep-alive", "[api][http]") {
  struct Case {
    std::string headers;
    bool keep_alive;
  };
  const std::vector<Case> cases = {
      {"GET / HTTP/1.1\r\nConnection: close\r\n\r\n", false},
      {"GET / HTTP/1.1\r\nconnection: Keep-Alive, CLOSE\r\n\r\n", false},
      {"GET / HTTP/1.0\r\n\r\n", false},
      {"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true},
      {"GET / HTTP/1.1\r\nConnection: upgrade\r\n\r\n", true},
  };
  for (const Case& c : cases) {
    INFO(c.headers);
    RequestHead head;
    REQUIRE(ParseRequestHead(c.headers, &head).state == ParseState::kComplete);
    CHECK(head.keep_alive == c.keep_alive);
  }
}

TEST_CASE("http wire: a head cut short is incomplete until its bound, then 414 or 431", "[api][http]") {
  RequestHead head;
  CHECK(ParseRequestHead("", &head).state == ParseState::kIncomplete);
  CHECK(ParseRequestHead("GET /v1/deb", &head).state == ParseState::kIncomplete);
  CHECK(ParseRequestHead("GET / HTTP/1.1\r\nHost: x\r\n", &head).state == ParseState::kIncomplete);

  const std::string long_line = "GET /" + std::string(kRequestLineBytesMax, 'x');
  const ParseResult line = ParseRequestHead(long_line, &head);
  CHECK(line.state == ParseState::kRejected);
  CHECK(line.error.status == 414);
  CHECK(ErrorCodeOf(line) == "uri_too_long");

  // One header line that never ends: rejected as soon as the buffer is full.
  std::string endless = "GET / HTTP/1.1\r\nX-Big: ";
  endless += std::string(kRequestHeadBytesMax - endless.size() - 1, 'a');
  CHECK(ParseRequestHead(endless, &head).state == ParseState::kIncomplete);
  endless += 'a';
  const ParseResult big = ParseRequestHead(endless, &head);
  CHECK(big.state == ParseState::kRejected);
  CHECK(big.error.status == 431);
  CHECK(ErrorCodeOf(big) == "header_too_large");

  // A complete head longer than the bound is refused too.
  const std::string complete_big = "GET / HTTP/1.1\r\nX-Big: " + std::string(kRequestHeadBytesMax, 'a') + "\r\n\r\n";
  CHECK(ParseRequestHead(complete_big, &head).error.status == 431);

  std::string many = "GET / HTTP/1.1\r\n";
  for (std::size_t i = 0; i <= kHeaderFieldsMax; ++i) many += "X-A: b\r\n";
  many += "\r\n";
  CHECK(ParseRequestHead(many, &head).error.status == 431);
}

TEST_CASE("http wire: malformed heads and unwanted bodies are refused", "[api][http]") {
  struct Case {
    std::string request;
    int status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"GET /\r\n\r\n", 400, "bad_request"},
      {"GET  HTTP/1.1\r\n\r\n", 400, "bad_request"},
      {"GET / / HTTP/1.1\r\n\r\n", 400, "bad_request"},
      {"GET / HTTP/2.0\r\n\r\n", 400, "bad_request"},
      {"G(T / HTTP/1.1\r\n\r\n", 400, "bad_request"},
      {"GET / HTTP/1.1\r\nNo colon\r\n\r\n", 400, "bad_request"},
      {"GET / HTTP/1.1\r\n: empty name\r\n\r\n", 400, "bad_request"},
      {"GET / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n", 400, "bad_request"},
      {"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400, "bad_request"},
      {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "bad_request"},
      {"POST / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n", 413, "payload_too_large"},
      {"POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", 413, "payload_too_large"},
  };
  for (const Case& c : cases) {
    INFO(c.request);
    RequestHead head;
    const ParseResult result = ParseRequestHead(c.request, &head);
    CHECK(result.state == ParseState::kRejected);
    CHECK(result.error.status == c.status);
    CHECK(ErrorCodeOf(result) == c.code);
  }
  RequestHead head;
  REQUIRE(ParseRequestHead("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n", &head).state == ParseState::kComplete);
  CHECK(head.content_length == 10);
}

TEST_CASE("http wire: responses carry length, no-store and the connection's fate, HEAD has no body", "[api][http]") {
  ApiResponse response;
  response.body = R"({"status":"ok"})";
  CHECK(SerializeResponse(response, false, true) ==
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\nCache-Control: no-store\r\n"
        "Connection: keep-alive\r\n\r\n{\"status\":\"ok\"}");
  CHECK(SerializeResponse(response, true, false) ==
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\nCache-Control: no-store\r\n"
        "Connection: close\r\n\r\n");
  const std::string busy = SerializeResponse(JsonError(503, "unavailable", "busy"), false, false);
  CHECK(busy.rfind("HTTP/1.1 503 Service Unavailable\r\n", 0) == 0);
  CHECK(busy.find("\r\nRetry-After: 1\r\n") != std::string::npos);
  CHECK(SerializeResponse(JsonError(405, "method_not_allowed", "no"), false, true).find("\r\nAllow: GET, HEAD\r\n") !=
        std::string::npos);
  CHECK(ReasonPhrase(431) == "Request Header Fields Too Large");
}

}  // namespace
}  // namespace relance::api
