// The query API's server against slow, idle and oversized clients, over real
// sockets on loopback: slow heads are cut at the header timeout, idle
// keep-alive connections neither hold workers nor outlive their timeout, the
// connection cap makes room or answers 503, an endless header line is
// answered 431 after a bounded read, and /healthz answers throughout.
#include <fcntl.h>
#include <poll.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "tests/integration/http_support.h"

namespace relance::testing::http {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// A raw client socket on 127.0.0.1:port (blocking, with a receive timeout so
// that a server that never answers fails the test instead of hanging it).
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
    REQUIRE(fd_ >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
  }
  ~RawConnection() { ::close(fd_); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool Send(const std::string& bytes) {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }
  // Reads until one whole response (Content-Length) or the end of the stream.
  std::string ReadResponse() {
    std::string response;
    char buffer[4096];
    while (!ResponseComplete(response)) {
      const ssize_t n = ::recv(fd_, buffer, sizeof(buffer), 0);
      if (n <= 0) break;
      response.append(buffer, static_cast<std::size_t>(n));
    }
    return response;
  }
  // True once the server closed (end of stream, or reset), without waiting.
  bool ClosedByServer() {
    char buffer[4096];
    for (;;) {
      const ssize_t n = ::recv(fd_, buffer, sizeof(buffer), MSG_DONTWAIT);
      if (n > 0) {
        received_.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      return n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
    }
  }
  // What ClosedByServer read on the way.
  const std::string& received() const { return received_; }
  int fd() const { return fd_; }

 private:
  int fd_;
  std::string received_;
};

int StatusOf(const std::string& response) {
  if (response.rfind("HTTP/1.1 ", 0) != 0 || response.size() < 12) return -1;
  return std::stoi(response.substr(9, 3));
}

std::string BodyOf(const std::string& response) {
  const std::size_t end = response.find("\r\n\r\n");
  return end == std::string::npos ? std::string() : response.substr(end + 4);
}

// /healthz over a fresh connection, with a bounded wait.
int Healthz(int port) {
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(5, 0);
  client.set_read_timeout(5, 0);
  auto result = client.Get("/healthz");
  return result ? result->status : -1;
}

// A server with short timeouts, so that the tests wait seconds, not minutes.
struct ShortServed {
  api::StoreSource source{api::SourceMode::kReadOnly};
  api::ProjectionReadModel model;
  api::QueryApi query_api{&source, &model};
  api::HttpServer server{&query_api};

  ShortServed(store::Store* store, api::ServerOptions options) {
    REQUIRE(source.Attach(store).ok());
    const Status s = server.Start(options);
    INFO(s.ToString());
    REQUIRE(s.ok());
  }
};

api::ServerOptions ShortOptions() {
  api::ServerOptions options;
  options.threads = 2;
  options.header_timeout_ms = 1'000;
  options.keep_alive_timeout_ms = 1'000;
  return options;
}

TEST_CASE("http: slow clients trickling a head do not stop /healthz, and are cut at the header timeout", "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 20, 10, 5);
  auto store = OpenReadOnly(built.db);
  const api::ServerOptions options = ShortOptions();
  ShortServed served(store.get(), options);
  const int port = served.server.port();

  // More slow connections than workers (2 API, 1 probe), each sending one
  // byte of a header line every 50 ms and never finishing it.
  constexpr int kSlow = 16;
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < kSlow; ++i) {
    slow.push_back(std::make_unique<RawConnection>(port));
    REQUIRE(slow.back()->Send("GET /v1/debts/D HTTP/1.1\r\nHost: x\r\nX-Slow: "));
  }
  const auto started = std::chrono::steady_clock::now();
  std::atomic<bool> stop{false};
  std::thread trickle([&] {
    while (!stop.load()) {
      for (auto& connection : slow) connection->Send("a");  // Fails once closed: fine.
      std::this_thread::sleep_for(milliseconds(50));        // The attack's pace, not a synchronisation.
    }
  });
  // Stops the trickle on any way out, a failed REQUIRE included.
  struct Joiner {
    std::atomic<bool>* stop;
    std::thread* thread;
    ~Joiner() {
      *stop = true;
      if (thread->joinable()) thread->join();
    }
  } joiner{&stop, &trickle};
  // While they trickle, probes and API requests are answered.
  for (int i = 0; i < 5; ++i) CHECK(Healthz(port) == 200);
  auto client = httplib::Client("127.0.0.1", port);
  client.set_read_timeout(5, 0);
  auto reply = client.Get("/v1/debts/NO-SUCH");
  REQUIRE(reply);
  CHECK(reply->status == 404);

  // Each slow connection gets 408 and is closed, not before the header timeout.
  const bool all_closed = engine_it::WaitUntil(
      [&] {
        for (auto& connection : slow) {
          if (!connection->ClosedByServer()) return false;
        }
        return true;
      },
      seconds(20));
  const auto waited = std::chrono::steady_clock::now() - started;
  REQUIRE(all_closed);
  CHECK(waited >= milliseconds(options.header_timeout_ms));
  for (auto& connection : slow) {
    INFO(connection->received().substr(0, 300));
    CHECK(StatusOf(connection->received()) == 408);
    CHECK(ErrorCode(BodyOf(connection->received())) == "request_timeout");
  }
  CHECK(Healthz(port) == 200);
}

TEST_CASE("http: idle keep-alive connections beyond the workers do not starve new requests, and time out", "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 20, 10, 5);
  auto store = OpenReadOnly(built.db);
  api::ServerOptions options = ShortOptions();
  options.keep_alive_timeout_ms = 2'000;
  ShortServed served(store.get(), options);
  const int port = served.server.port();

  // A client's pool opened at once: every connection sends a request (then
  // stays open, idle), more connections than workers.
  constexpr int kIdle = 300;
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < kIdle; ++i) {
    idle.push_back(std::make_unique<RawConnection>(port));
    REQUIRE(idle.back()->Send("GET /v1/debts/NO-SUCH HTTP/1.1\r\nHost: x\r\n\r\n"));
  }
  // All of them open, new requests are answered.
  CHECK(Healthz(port) == 200);
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(5, 0);
  auto reply = client.Get("/v1/debts/NO-SUCH");
  REQUIRE(reply);
  CHECK(reply->status == 404);
  // And so is every one of the pool, which keeps its connection open.
  for (int i = 0; i < kIdle; ++i) {
    const std::string response = idle[i]->ReadResponse();
    INFO("connection " << i << ": " << response.substr(0, 200));
    REQUIRE(StatusOf(response) == 404);
  }
  // An idle connection still serves its next request.
  REQUIRE(idle.front()->Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  CHECK(StatusOf(idle.front()->ReadResponse()) == 200);

  // Then the server closes every idle one, without a response.
  REQUIRE(engine_it::WaitUntil(
      [&] {
        for (auto& connection : idle) {
          if (!connection->ClosedByServer()) return false;
        }
        return true;
      },
      seconds(20)));
  for (auto& connection : idle) CHECK(connection->received().empty());
}

TEST_CASE("http: at the connection cap idle connections make room, else 503 with a body, and capacity comes back",
          "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 20, 10, 5);
  auto store = OpenReadOnly(built.db);
  api::ServerOptions options = ShortOptions();
  options.connections_max = 8;
  options.keep_alive_timeout_ms = 60'000;  // Idle ones leave only when evicted here.
  ShortServed served(store.get(), options);
  const int port = served.server.port();
  const std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

  SECTION("connections that have not sent a request hold their place until the header timeout") {
    std::vector<std::unique_ptr<RawConnection>> silent;
    for (std::size_t i = 0; i < options.connections_max; ++i) silent.push_back(std::make_unique<RawConnection>(port));
    RawConnection refused(port);  // Accepted after the others (the listen queue is FIFO).
    REQUIRE(refused.Send(request));
    const std::string response = refused.ReadResponse();
    INFO(response);
    CHECK(StatusOf(response) == 503);
    CHECK(response.find("Retry-After: 1\r\n") != std::string::npos);
    CHECK(ErrorCode(BodyOf(response)) == "unavailable");
    // The silent ones are closed at the header timeout, then there is room.
    REQUIRE(engine_it::WaitUntil(
        [&] {
          for (auto& connection : silent) {
            if (!connection->ClosedByServer()) return false;
          }
          return true;
        },
        seconds(20)));
    CHECK(Healthz(port) == 200);
  }
  SECTION("a new connection closes the longest-idle keep-alive connection") {
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (std::size_t i = 0; i < options.connections_max; ++i) {
      idle.push_back(std::make_unique<RawConnection>(port));
      REQUIRE(idle.back()->Send(request));
      REQUIRE(StatusOf(idle.back()->ReadResponse()) == 200);
    }
    // A worker hands a connection back to the poll loop just after writing:
    // retry until the new request finds them all idle.
    int status = -1;
    REQUIRE(engine_it::WaitUntil([&] { return (status = Healthz(port)) == 200; }, seconds(10)));
    REQUIRE(engine_it::WaitUntil([&] { return idle.front()->ClosedByServer(); }, seconds(10)));
    for (std::size_t i = 1; i < idle.size(); ++i) CHECK_FALSE(idle[i]->ClosedByServer());
  }
}

// The high-water mark of a process's resident memory, kB.
long VmHwmKb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

TEST_CASE("http: an endless header line is answered 431 after a bounded read, in `relance serve`", "[http]") {
  TempDir dir;
  const BuiltDb built = BuildDb(dir, "db", 20, 10, 5);
  engine_it::Child serve({kCli, "serve", "--db", built.db, "--listen", "127.0.0.1:0"}, dir.Sub("serve"));
  std::string port;
  REQUIRE(engine_it::WaitUntil(
      [&] {
        port = Find(serve.Out(), "on 127\\.0\\.0\\.1:(\\d+)\n");
        return !port.empty() || !serve.Running();
      },
      seconds(20)));
  INFO(serve.Err());
  REQUIRE(!port.empty());
  REQUIRE(Healthz(std::stoi(port)) == 200);
  const long hwm_before_kb = VmHwmKb(serve.pid());
  REQUIRE(hwm_before_kb > 0);

  // 64 MiB of one header line, in 64 KiB pieces, reading between them.
  constexpr std::size_t kPayloadBytes = 64u << 20;
  RawConnection connection(std::stoi(port));
  REQUIRE(connection.Send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: "));
  ::fcntl(connection.fd(), F_SETFL, ::fcntl(connection.fd(), F_GETFL) | O_NONBLOCK);
  const std::string piece(64 * 1024, 'a');
  std::size_t sent = 0;
  std::string response;
  bool closed = false;
  while (sent < kPayloadBytes && !closed) {
    pollfd waiting{connection.fd(), POLLIN | POLLOUT, 0};
    REQUIRE(::poll(&waiting, 1, 10'000) == 1);  // A stalled exchange fails, not hangs.
    if ((waiting.revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      closed = connection.ClosedByServer();
      if (ResponseComplete(connection.received())) break;
      continue;
    }
    const ssize_t n = ::send(connection.fd(), piece.data(), piece.size(), MSG_NOSIGNAL);
    if (n > 0) sent += static_cast<std::size_t>(n);
    if (n < 0 && errno != EAGAIN) closed = true;
  }
  REQUIRE(engine_it::WaitUntil([&] { return connection.ClosedByServer(); }, seconds(10)));
  response = connection.received();
  INFO(response.substr(0, 300) << "\nsent " << sent << " bytes");
  CHECK(StatusOf(response) == 431);
  CHECK(ErrorCode(BodyOf(response)) == "header_too_large");
  CHECK(sent < kPayloadBytes / 2);  // The server stopped reading long before the end.
  const long hwm_after_kb = VmHwmKb(serve.pid());
  INFO("VmHWM " << hwm_before_kb << " kB -> " << hwm_after_kb << " kB");
  CHECK(hwm_after_kb - hwm_before_kb < 8 * 1024);
  CHECK(Healthz(std::stoi(port)) == 200);
  serve.Signal(SIGTERM);
  CHECK(serve.Wait(seconds(10)) == 0);
}

}  // namespace
}  // namespace relance::testing::http
