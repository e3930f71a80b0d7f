#include "projections/api/server.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "projections/api/http_wire.h"

namespace relance::api {
namespace {

using Clock = std::chrono::steady_clock;

// Bytes read per recv; a connection's buffer never exceeds kConnectionBufferBytesMax.
constexpr std::size_t kRecvChunkBytes = 16 * 1024;
constexpr std::size_t kConnectionBufferBytesMax = kRequestHeadBytesMax + kRequestBodyBytesMax;
// The poll loop wakes at least this often (a deadline can be missed by this much at most).
constexpr int kPollIntervalMsMax = 1'000;

int MillisUntil(Clock::time_point deadline, Clock::time_point now) {
  if (deadline <= now) return 0;
  return static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count()) + 1;
}

// The probes an orchestrator polls: answered by their own worker.
bool IsProbe(std::string_view target) {
  const std::string_view path = target.substr(0, target.find('?'));
  return path == "/healthz" || path == "/readyz" || path == "/metrics";
}

// Writes all of `bytes` to the non-blocking `fd` before `deadline`.
bool WriteAll(int fd, std::string_view bytes, Clock::time_point deadline) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n > 0) {
      bytes.remove_prefix(static_cast<std::size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return false;
    pollfd waiting{fd, POLLOUT, 0};
    const int wait_ms = MillisUntil(deadline, Clock::now());
    if (wait_ms == 0 || (::poll(&waiting, 1, wait_ms) <= 0 && errno != EINTR)) return false;
  }
  return true;
}

// Listens on host:port; returns the socket, or -1 and `error`.
int Listen(const std::string& host, int port, std::string* error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(port);
  if (const int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0) {
    *error = fmt::format("cannot resolve {}: {}", host, ::gai_strerror(rc));
    return -1;
  }
  int fd = -1;
  for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, kListenBacklog) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  ::freeaddrinfo(found);
  if (fd < 0) *error = fmt::format("cannot bind {}:{} (in use, or not an address of this host)", host, port);
  return fd;
}

int BoundPort(int fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof(address);
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return -1;
  if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
  return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
}

// Raises the soft descriptor limit when the connection cap needs more.
Status FitDescriptorLimit(std::size_t connections_max) {
  const rlim_t needed = connections_max + kLingeringConnectionsMax + kFileDescriptorsReserved;
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return Status::IoError("getrlimit(RLIMIT_NOFILE) failed");
  if (limit.rlim_cur >= needed) return Status::Ok();
  if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < needed) {
    return Status::InvalidArgument(
        fmt::format("{} connections need {} file descriptors; the process may open {} (ulimit -n)", connections_max,
                    needed, limit.rlim_max));
  }
  limit.rlim_cur = needed;
  if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) return Status::IoError("setrlimit(RLIMIT_NOFILE) failed");
  return Status::Ok();
}

}  // namespace

Status CheckServerOptions(const ServerOptions& options) {
  if (options.threads == 0 || options.threads > kHttpThreadsMax) {
    return Status::InvalidArgument(fmt::format("threads must be 1..{}", kHttpThreadsMax));
  }
  if (options.connections_max == 0 || options.connections_max > kHttpConnectionsMax) {
    return Status::InvalidArgument(fmt::format("max connections must be 1..{}", kHttpConnectionsMax));
  }
  for (const int timeout_ms : {options.header_timeout_ms, options.keep_alive_timeout_ms, options.write_timeout_ms}) {
    if (timeout_ms < kHttpTimeoutMsMin) {
      return Status::InvalidArgument(fmt::format("HTTP timeouts must be at least {} ms", kHttpTimeoutMsMin));
    }
  }
  return Status::Ok();
}

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

namespace {

// One client connection: its socket (closed with it) and the bytes received
// that are not yet a whole request. Owned by the poll loop while idle or
// reading, by a worker while its request is answered.
struct Connection {
  Connection(int fd_in, std::atomic<std::size_t>* open_in) : fd(fd_in), open(open_in) { open->fetch_add(1); }
  ~Connection() {
    if (fd >= 0) ::close(fd);
    open->fetch_sub(1);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  // The socket, now the caller's to close; the connection stops counting.
  int Release() { return std::exchange(fd, -1); }

  int fd;
  std::atomic<std::size_t>* open;
  std::string in;  // At most kConnectionBufferBytesMax.
  // Waiting for a request's head (from the accept, or from the first byte
  // after a response): `deadline` is the head's. Else idle after a response,
  // `deadline` is the keep-alive one, and the connection may be evicted.
  bool reading = true;
  Clock::time_point deadline;
  std::size_t requests = 0;
};

// A complete request, for a worker.
struct Job {
  std::unique_ptr<Connection> connection;
  std::string method;
  std::string target;
  bool keep_alive = false;
};

class JobQueue {
 public:
  explicit JobQueue(std::size_t capacity) : capacity_(capacity) {}

  // Takes `job` unless the queue is full or closed (then `job` is untouched).
  bool TryPush(Job& job) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (closed_ || jobs_.size() >= capacity_) return false;
      jobs_.push_back(std::move(job));
    }
    ready_.notify_one();
    return true;
  }
  // Blocks for a job; false once closed and empty.
  bool Pop(Job* job) {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_.wait(lock, [this] { return closed_ || !jobs_.empty(); });
    if (jobs_.empty()) return false;
    *job = std::move(jobs_.front());
    jobs_.pop_front();
    return true;
  }
  void Close() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Job> jobs_;
  bool closed_ = false;
};

// A socket answered with an error and shut for writing, read and dropped
// until the client closes or the linger bound passes.
struct Lingering {
  Clock::time_point deadline;
  std::size_t dropped_bytes = 0;
};

}  // namespace

class HttpServer::Front {
 public:
  Front(QueryApi* api, const ServerOptions& options, int listen_fd, int wake_fd)
      : api_(api),
        options_(options),
        listen_fd_(listen_fd),
        wake_fd_(wake_fd),
        spare_fd_(::open("/dev/null", O_RDONLY | O_CLOEXEC)),
        api_jobs_(kRequestsQueuedMax),
        probe_jobs_(kProbeRequestsQueuedMax) {}
  ~Front() { Stop(); }

  void Start() {
    for (std::size_t i = 0; i < options_.threads; ++i) workers_.emplace_back([this] { Work(&api_jobs_); });
    workers_.emplace_back([this] { Work(&probe_jobs_); });
    loop_ = std::thread([this] { Loop(); });
  }

  void Stop() {
    if (stopping_.exchange(true)) return;
    Wake();
    if (loop_.joinable()) loop_.join();
    api_jobs_.Close();
    probe_jobs_.Close();
    for (std::thread& worker : workers_) worker.join();
    returned_.clear();
    for (const int fd : {listen_fd_, wake_fd_, spare_fd_}) {
      if (fd >= 0) ::close(fd);
    }
  }

 private:
  void Loop();
  void Accept(Clock::time_point now);
  bool EvictIdle();
  void Read(int fd, Clock::time_point now);
  void Advance(std::unique_ptr<Connection> connection, Clock::time_point now);
  void Dispatch(std::unique_ptr<Connection> connection, const RequestHead& head);
  void Refuse(int fd, const ApiResponse& error, Clock::time_point now);
  void Drain(int fd);
  void Expire(Clock::time_point now);
  void TakeReturned(Clock::time_point now);
  void Work(JobQueue* queue);
  void GiveBack(std::unique_ptr<Connection> connection);
  void Wake() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(wake_fd_, &one, sizeof(one));
  }

  QueryApi* const api_;
  const ServerOptions options_;
  const int listen_fd_;
  const int wake_fd_;
  // Given up to accept (and close) one connection when descriptors run out,
  // so that a full process does not spin on a listening socket it cannot empty.
  int spare_fd_;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> open_{0};
  // The poll loop's own: connections idle or reading, and lingering sockets.
  std::unordered_map<int, std::unique_ptr<Connection>> connections_;
  std::unordered_map<int, Lingering> lingering_;
  JobQueue api_jobs_;
  JobQueue probe_jobs_;
  // Keep-alive connections answered by a worker, back to the poll loop.
  std::mutex returned_mutex_;
  std::vector<std::unique_ptr<Connection>> returned_;
  std::thread loop_;
  std::vector<std::thread> workers_;
};

void HttpServer::Front::Loop() {
  std::vector<pollfd> polled;
  while (!stopping_.load()) {
    Clock::time_point now = Clock::now();
    Clock::time_point next = now + std::chrono::milliseconds(kPollIntervalMsMax);
    polled.clear();
    polled.push_back({wake_fd_, POLLIN, 0});
    polled.push_back({listen_fd_, POLLIN, 0});
    for (const auto& [fd, connection] : connections_) {
      polled.push_back({fd, POLLIN, 0});
      next = std::min(next, connection->deadline);
    }
    for (const auto& [fd, lingering] : lingering_) {
      polled.push_back({fd, POLLIN, 0});
      next = std::min(next, lingering.deadline);
    }
    if (::poll(polled.data(), polled.size(), MillisUntil(next, now)) < 0 && errno != EINTR) break;
    now = Clock::now();
    if (polled[0].revents != 0) {
      std::uint64_t count = 0;
      [[maybe_unused]] const ssize_t n = ::read(wake_fd_, &count, sizeof(count));
      TakeReturned(now);
    }
    for (std::size_t i = 2; i < polled.size(); ++i) {
      if (polled[i].revents == 0) continue;
      if (connections_.count(polled[i].fd) != 0) {
        Read(polled[i].fd, now);
      } else if (lingering_.count(polled[i].fd) != 0) {
        Drain(polled[i].fd);
      }
    }
    Expire(now);
    if (polled[1].revents != 0) Accept(now);
  }
  connections_.clear();
  for (const auto& [fd, lingering] : lingering_) ::close(fd);
  lingering_.clear();
}

void HttpServer::Front::Accept(Clock::time_point now) {
  for (std::size_t i = 0; i < kAcceptsPerTurnMax; ++i) {
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if ((errno == EMFILE || errno == ENFILE) && spare_fd_ >= 0) {
        ::close(spare_fd_);
        const int dropped = ::accept(listen_fd_, nullptr, nullptr);
        if (dropped >= 0) ::close(dropped);
        spare_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        continue;
      }
      return;  // EAGAIN: none left.
    }
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
    if (open_.load() >= options_.connections_max && !EvictIdle()) {
      Refuse(fd, JsonError(503, "unavailable", "too many connections; retry later"), now);
      continue;
    }
    Advance(std::make_unique<Connection>(fd, &open_), now);
  }
}

// Closes the idle connection closest to its idle timeout, if any.
bool HttpServer::Front::EvictIdle() {
  auto oldest = connections_.end();
  for (auto it = connections_.begin(); it != connections_.end(); ++it) {
    if (it->second->reading) continue;
    if (oldest == connections_.end() || it->second->deadline < oldest->second->deadline) oldest = it;
  }
  if (oldest == connections_.end()) return false;
  connections_.erase(oldest);
  return true;
}

void HttpServer::Front::Read(int fd, Clock::time_point now) {
  auto found = connections_.find(fd);
  std::unique_ptr<Connection> connection = std::move(found->second);
  connections_.erase(found);
  std::string& in = connection->in;
  const std::size_t had = in.size();
  const std::size_t room = std::min(kConnectionBufferBytesMax - had, kRecvChunkBytes);
  in.resize(had + room);
  const ssize_t n = room == 0 ? 0 : ::recv(fd, in.data() + had, room, 0);
  const int error = errno;
  in.resize(had + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
  if (n < 0 && (error == EAGAIN || error == EWOULDBLOCK || error == EINTR)) {
    connections_.emplace(fd, std::move(connection));
    return;
  }
  if (n <= 0) return;  // Closed by the client (mid-request too), or failed: close.
  Advance(std::move(connection), now);
}

// After bytes arrived or a response went out: dispatch a whole request,
// refuse a bad one, or wait (idle or reading) in the poll loop.
void HttpServer::Front::Advance(std::unique_ptr<Connection> connection, Clock::time_point now) {
  const int fd = connection->fd;
  if (connection->in.empty() && connection->requests > 0) {
    connection->reading = false;
    connection->deadline = now + std::chrono::milliseconds(options_.keep_alive_timeout_ms);
    connections_.emplace(fd, std::move(connection));
    return;
  }
  if (!connection->reading || (connection->requests == 0 && connection->deadline == Clock::time_point{})) {
    connection->reading = true;
    connection->deadline = now + std::chrono::milliseconds(options_.header_timeout_ms);
  }
  if (connection->in.empty()) {  // Accepted: its first request is due within the header timeout.
    connections_.emplace(fd, std::move(connection));
    return;
  }
  RequestHead head;
  const ParseResult parsed = ParseRequestHead(connection->in, &head);
  if (parsed.state == ParseState::kRejected) {
    Refuse(connection->Release(), parsed.error, now);
    return;
  }
  if (parsed.state == ParseState::kIncomplete || connection->in.size() < head.head_bytes + head.content_length) {
    connections_.emplace(fd, std::move(connection));
    return;
  }
  Dispatch(std::move(connection), head);
}

void HttpServer::Front::Dispatch(std::unique_ptr<Connection> connection, const RequestHead& head) {
  Job job;
  job.method = std::string(head.method);
  job.target = std::string(head.target);
  job.keep_alive = head.keep_alive && connection->requests + 1 < kKeepAliveRequestsMax;
  // The body, if any, is dropped: no endpoint reads one.
  connection->in.erase(0, head.head_bytes + head.content_length);
  connection->reading = false;
  job.connection = std::move(connection);
  JobQueue& queue = IsProbe(job.target) ? probe_jobs_ : api_jobs_;
  if (!queue.TryPush(job)) {
    Refuse(job.connection->Release(), JsonError(503, "unavailable", "too many requests waiting; retry later"),
           Clock::now());
  }
}

// Answers `error` (best effort: a few hundred bytes fit any socket buffer),
// then lingers so that the client reads it before the close.
void HttpServer::Front::Refuse(int fd, const ApiResponse& error, Clock::time_point now) {
  const std::string bytes = SerializeResponse(error, false, false);
  [[maybe_unused]] const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  ::shutdown(fd, SHUT_WR);
  if (lingering_.size() >= kLingeringConnectionsMax) {
    ::close(fd);
    return;
  }
  lingering_[fd] = Lingering{now + std::chrono::milliseconds(kLingerMs), 0};
}

void HttpServer::Front::Drain(int fd) {
  Lingering& lingering = lingering_.at(fd);
  char dropped[kRecvChunkBytes];
  const ssize_t n = ::recv(fd, dropped, sizeof(dropped), 0);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return;
  if (n > 0) lingering.dropped_bytes += static_cast<std::size_t>(n);
  if (n <= 0 || lingering.dropped_bytes > kLingerBytesMax) {
    ::close(fd);
    lingering_.erase(fd);
  }
}

void HttpServer::Front::Expire(Clock::time_point now) {
  std::vector<int> due;
  for (const auto& [fd, connection] : connections_) {
    if (connection->deadline <= now) due.push_back(fd);
  }
  for (const int fd : due) {
    auto found = connections_.find(fd);
    std::unique_ptr<Connection> connection = std::move(found->second);
    connections_.erase(found);
    // Idle, or accepted and silent: closed without a word. A head begun: too slow.
    if (!connection->in.empty()) {
      Refuse(connection->Release(), JsonError(408, "request_timeout", "request head not received in time"), now);
    }
  }
  due.clear();
  for (const auto& [fd, lingering] : lingering_) {
    if (lingering.deadline <= now) due.push_back(fd);
  }
  for (const int fd : due) {
    ::close(fd);
    lingering_.erase(fd);
  }
}

void HttpServer::Front::TakeReturned(Clock::time_point now) {
  std::vector<std::unique_ptr<Connection>> returned;
  {
    std::lock_guard<std::mutex> lock(returned_mutex_);
    returned.swap(returned_);
  }
  for (auto& connection : returned) Advance(std::move(connection), now);
}

void HttpServer::Front::Work(JobQueue* queue) {
  Job job;
  while (queue->Pop(&job)) {
    const ApiResponse response = api_->Handle(job.method, job.target);
    const bool keep_alive = job.keep_alive && !stopping_.load();
    const std::string bytes = SerializeResponse(response, job.method == "HEAD", keep_alive);
    const auto deadline = Clock::now() + std::chrono::milliseconds(options_.write_timeout_ms);
    const bool written = WriteAll(job.connection->fd, bytes, deadline);
    ++job.connection->requests;
    if (written && keep_alive) {
      GiveBack(std::move(job.connection));
    } else {
      job.connection.reset();
    }
  }
}

void HttpServer::Front::GiveBack(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard<std::mutex> lock(returned_mutex_);
    if (stopping_.load()) return;  // `connection` closes here.
    returned_.push_back(std::move(connection));
  }
  Wake();
}

HttpServer::HttpServer(QueryApi* api) : api_(api) {}

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start(const ServerOptions& options) {
  if (Status s = CheckServerOptions(options); !s.ok()) return s;
  if (Status s = FitDescriptorLimit(options.connections_max); !s.ok()) return s;
  std::string error;
  const int listen_fd = Listen(options.host, options.port, &error);
  if (listen_fd < 0) return Status::IoError(error);
  port_ = BoundPort(listen_fd);
  const int wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (port_ <= 0 || wake_fd < 0) {
    ::close(listen_fd);
    if (wake_fd >= 0) ::close(wake_fd);
    return Status::IoError("the HTTP server did not start");
  }
  front_ = std::make_unique<Front>(api_, options, listen_fd, wake_fd);
  front_->Start();
  return Status::Ok();
}

void HttpServer::Stop() {
  if (!front_) return;
  front_->Stop();
  front_.reset();
}

}  // namespace relance::api
