// Fuzz target: an HTTP request as the query API's server receives it, without
// sockets: the request head (ParseRequestHead), the request target
// (ParseTarget: path segments and query parameters, percent-decoded), and the
// routing and answer of the whole request (QueryApi::Handle) over a small
// database, the first records of a golden log replayed with the read side at
// start-up. For any bytes:
//   - the head is incomplete (only while shorter than kRequestHeadBytesMax),
//     rejected with one of the statuses the server sends, or complete: then it
//     ends with its blank line, reads the same without the bytes after it (a
//     body, the next pipelined request), and not at all one byte short;
//   - a target that parses has at most kQueryParametersMax parameters, and
//     percent-encoded again it parses to the same segments and parameters;
//   - the answer has a known status (never 500: nothing may throw or fail
//     below the edge on a healthy store), a JSON body (valid JSON, an error
//     object for an error) unless it is /metrics or a trail as text, and
//     its serialised head carries the body's length and no line break but
//     its own.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "engine/replay/replayer.h"
#include "engine/store/store.h"
#include "projections/api/api_limits.h"
#include "projections/api/http_wire.h"
#include "projections/api/projection_read_model.h"
#include "projections/api/query_api.h"
#include "projections/api/request_target.h"
#include "projections/projector.h"
#include "tests/fuzz/event_checks.h"
#include "tests/fuzz/fuzz_check.h"
#include "tests/support/temp_dir.h"

namespace relance::fuzz {
namespace {

// The database: a prefix of a golden log (its policy, a few hundred
// invoices, payments and reminders, about 140 closed days), 8 partitions.
constexpr const char* kGoldenLog = RELANCE_SOURCE_DIR "/tests/golden/mixed-p8.pb";
constexpr std::uint64_t kGoldenRecords = 1200;
constexpr std::uint32_t kPartitions = 8;

struct Served {
  ~Served() { source.Detach(); }
  testing::TempDir dir;  // Removed at exit (RELANCE_KEEP_TMP=1 keeps it).
  std::unique_ptr<store::Store> store;
  api::StoreSource source{api::SourceMode::kReadOnly};
  api::ProjectionReadModel model;
  api::QueryApi query_api{&source, &model};
};

// Built once, before the first input; closed when libFuzzer exits.
std::unique_ptr<Served> served;

void Serve() {
  served = std::make_unique<Served>();
  store::StoreOptions options;
  options.block_cache_bytes = 8u << 20;
  options.write_buffer_bytes = 4u << 20;
  options.memtable_budget_bytes = 32u << 20;
  const std::string db = served->dir.Sub("db");
  Status s = store::Store::Open(db, options, &served->store);
  FUZZ_CHECK(s.ok(), s.ToString());
  replay::ReplayOptions replay;
  replay.input = kGoldenLog;
  replay.format = codec::Format::kBinary;
  replay.partitions = kPartitions;
  replay.stop_after = kGoldenRecords;
  replay.threads = 1;
  replay.rejections_logged_max = 0;
  replay.projection_sink_factory = projections::ProjectorFactory();
  replay::ReplayStats stats;
  s = replay::Replay(served->store.get(), replay, &stats);
  FUZZ_CHECK(s.ok(), s.ToString());
  FUZZ_CHECK(stats.applied > 0, "nothing applied from " + std::string(kGoldenLog));
  s = served->source.Attach(served->store.get());
  FUZZ_CHECK(s.ok(), s.ToString());
  // Before RocksDB's own static objects are destroyed (created during the
  // replay, so destroyed before `served` itself would be).
  std::atexit([] { served.reset(); });
}

bool IsJson(const std::string& body) {
  google::protobuf::Value value;
  return google::protobuf::util::JsonStringToMessage(body, &value).ok();
}

// Percent-encodes every byte but the unreserved ones (RFC 3986).
std::string Encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(c);
    } else {
      out += '%';
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0xf]);
    }
  }
  return out;
}

void CheckTarget(std::string_view target) {
  api::RequestTarget parsed;
  std::string error;
  if (!api::ParseTarget(target, api::kQueryParametersMax, &parsed, &error)) {
    FUZZ_CHECK(IsOneLine(error), Visible(error));
    return;
  }
  FUZZ_CHECK(parsed.params.size() <= api::kQueryParametersMax);
  std::string encoded;
  for (const std::string& segment : parsed.segments) encoded += "/" + Encode(segment);
  if (parsed.segments.empty()) encoded = "/";
  for (std::size_t i = 0; i < parsed.params.size(); ++i) {
    encoded += (i == 0 ? "?" : "&") + Encode(parsed.params[i].first) + "=" + Encode(parsed.params[i].second);
  }
  api::RequestTarget again;
  FUZZ_CHECK(api::ParseTarget(encoded, api::kQueryParametersMax, &again, &error), encoded + ": " + error);
  FUZZ_CHECK(again.segments == parsed.segments, Visible(encoded));
  // A parameter without '=' reads as one with an empty value.
  FUZZ_CHECK(again.params == parsed.params, Visible(encoded));
}

void CheckResponse(const api::ApiResponse& response, api::Route route, std::string_view method,
                   std::string_view target) {
  static const std::set<int> kStatuses = {200, 400, 404, 405, 414, 503};
  const std::string request = std::string(method) + " " + Visible(target) + " -> " + std::to_string(response.status) +
                              " " + Visible(response.body.substr(0, 500));
  FUZZ_CHECK(kStatuses.count(response.status) == 1, request);
  FUZZ_CHECK(!response.body.empty(), request);
  if (response.content_type == "application/json") {
    FUZZ_CHECK(IsJson(response.body), request);
    if (response.status >= 400 && response.status != 503) {
      FUZZ_CHECK(response.body.rfind(R"({"error":{"code":")", 0) == 0, request);
    }
  } else {
    // Plain text: the metrics, and a decision trail asked for as text.
    FUZZ_CHECK(response.status == 200 && (route == api::Route::kMetrics || route == api::Route::kDebtAudit), request);
  }
  for (const bool head_only : {false, true}) {
    const std::string wire = api::SerializeResponse(response, head_only, true);
    const std::size_t head_end = wire.find("\r\n\r\n");
    FUZZ_CHECK(head_end != std::string::npos, request);
    const std::string_view head(wire.data(), head_end);
    FUZZ_CHECK(head.find("Content-Length: " + std::to_string(response.body.size()) + "\r\n") != std::string::npos,
               request);
    // Every line break of the head is a header's CRLF: nothing of the request reaches it.
    for (std::size_t i = 0; i < head.size(); ++i) {
      if (head[i] == '\n') FUZZ_CHECK(i > 0 && head[i - 1] == '\r', request);
      if (head[i] == '\r') FUZZ_CHECK(i + 1 < head.size() && head[i + 1] == '\n', request);
    }
    FUZZ_CHECK(wire.size() == head_end + 4 + (head_only ? 0 : response.body.size()), request);
  }
}

void CheckRequest(std::string_view buffer) {
  api::RequestHead head;
  const api::ParseResult result = api::ParseRequestHead(buffer, &head);
  switch (result.state) {
    case api::ParseState::kIncomplete:
      FUZZ_CHECK(buffer.size() < api::kRequestHeadBytesMax);
      return;
    case api::ParseState::kRejected: {
      static const std::set<int> kStatuses = {400, 413, 414, 431};
      FUZZ_CHECK(kStatuses.count(result.error.status) == 1, std::to_string(result.error.status));
      FUZZ_CHECK(IsJson(result.error.body), result.error.body);
      return;
    }
    case api::ParseState::kComplete:
      break;
  }
  FUZZ_CHECK(head.head_bytes >= 4 && head.head_bytes <= buffer.size() && head.head_bytes <= api::kRequestHeadBytesMax);
  FUZZ_CHECK(buffer.substr(head.head_bytes - 4, 4) == "\r\n\r\n");
  FUZZ_CHECK(head.content_length <= api::kRequestBodyBytesMax);
  FUZZ_CHECK(!head.method.empty() && !head.target.empty());
  FUZZ_CHECK(head.target.data() >= buffer.data() &&
             head.target.data() + head.target.size() <= buffer.data() + head.head_bytes);

  const std::string_view alone = buffer.substr(0, head.head_bytes);
  api::RequestHead alone_head;
  FUZZ_CHECK(api::ParseRequestHead(alone, &alone_head).state == api::ParseState::kComplete);
  FUZZ_CHECK(alone_head.method == head.method && alone_head.target == head.target &&
             alone_head.keep_alive == head.keep_alive && alone_head.content_length == head.content_length &&
             alone_head.head_bytes == head.head_bytes);
  api::RequestHead short_head;
  FUZZ_CHECK(api::ParseRequestHead(alone.substr(0, alone.size() - 1), &short_head).state ==
             api::ParseState::kIncomplete);

  CheckTarget(head.target);
  api::Route route = api::Route::kUnknown;
  const api::ApiResponse response = served->query_api.Handle(head.method, head.target, &route);
  CheckResponse(response, route, head.method, head.target);
}

}  // namespace
}  // namespace relance::fuzz

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  relance::fuzz::SilenceProtobufLog();
  relance::fuzz::Serve();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  relance::fuzz::CheckRequest(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
