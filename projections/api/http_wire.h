// HTTP/1.1 on the wire, for the query API's server (server.h): a request
// head parsed from a bounded buffer, and a response serialised. No sockets,
// no allocation beyond the strings returned, so the bounds can be unit-tested.
//
// The server never needs a request body (no endpoint takes one): a body is
// bounded by Content-Length and skipped; chunked bodies are refused.
//
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "projections/api/read_model.h"

namespace relance::api {

struct RequestHead {
  std::string_view method;
  std::string_view target;         // Raw: path and query, percent-encoded.
  bool keep_alive = true;          // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive".
  std::size_t head_bytes = 0;      // Request line and headers, the blank line included.
  std::size_t content_length = 0;  // Body bytes after the head (skipped).
};

enum class ParseState { kIncomplete, kComplete, kRejected };

struct ParseResult {
  ParseState state = ParseState::kIncomplete;
  // When rejected: the error to answer (400, 413, 414, 431), then close.
  ApiResponse error;
};

// Parses the head at the start of `buffer` (the bytes received so far).
// kIncomplete while more bytes could still make a valid head: never once
// `buffer` holds kRequestHeadBytesMax bytes without the blank line (431), or
// kRequestLineBytesMax without the request line's end (414). On kComplete,
// `head`'s views point into `buffer`.
ParseResult ParseRequestHead(std::string_view buffer, RequestHead* head);

// "HTTP/1.1 <status> <reason>", the API's headers, and the body unless `head_only`
// (HEAD keeps the Content-Length of the GET). `keep_alive` false adds
// "Connection: close".
std::string SerializeResponse(const ApiResponse& response, bool head_only, bool keep_alive);

// The reason phrase of the statuses the server sends; "Unknown" for others.
std::string_view ReasonPhrase(int status);

}  // namespace relance::api
