#include "testing/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cerrno>
#include <cstring>

namespace lw::testing {

namespace {

namespace bhttp = boost::beast::http;
using Clock = std::chrono::steady_clock;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

int ConnectLoopback(int port, std::string* error) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    *error = std::string("socket: ") + std::strerror(errno);
    return -1;
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    *error = std::string("connect: ") + std::strerror(errno);
    ::close(fd);
    return -1;
  }
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// > 0: bytes read; 0: EOF; -1: error or deadline passed (see *error).
ssize_t RecvBefore(int fd, char* buf, std::size_t size, Clock::time_point deadline,
                   std::string* error) {
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      *error = "timed out";
      return -1;
    }
    pollfd p{fd, POLLIN, 0};
    int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) {
      *error = std::string("poll: ") + std::strerror(errno);
      return -1;
    }
    if (ready == 0) continue;  // the deadline check above ends the loop
    ssize_t n = ::recv(fd, buf, size, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) *error = std::string("recv: ") + std::strerror(errno);
    return n;
  }
}

HttpResponse ToResponse(bhttp::response<bhttp::string_body>&& message) {
  HttpResponse response;
  response.status = static_cast<int>(message.result_int());
  for (const auto& field : message) {
    response.headers.emplace_back(Lower(field.name_string()), std::string(field.value()));
  }
  response.body = std::move(message.body());
  return response;
}

struct ReadResult {
  std::optional<HttpResponse> response;
  bool got_bytes = false;
  std::string error;
};

// Reads one response from `fd`, starting with the bytes in `pending`; what
// follows the response is left in `pending`.
ReadResult ReadOneResponse(int fd, std::string& pending, Clock::time_point deadline,
                           bool head_request) {
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  parser.header_limit(1 << 20);
  parser.eager(true);
  parser.skip(head_request);
  std::string data = std::move(pending);
  pending.clear();
  ReadResult result;
  result.got_bytes = !data.empty();
  std::size_t offset = 0;
  while (true) {
    while (offset < data.size() && !parser.is_done()) {
      boost::beast::error_code ec;
      std::size_t used =
          parser.put(boost::asio::buffer(data.data() + offset, data.size() - offset), ec);
      offset += used;
      if (ec == bhttp::error::need_more) break;
      if (ec) {
        result.error = "malformed response: " + ec.message();
        return result;
      }
      if (used == 0) break;
    }
    if (parser.is_done()) {
      pending = data.substr(offset);
      result.response = ToResponse(parser.release());
      return result;
    }
    char buf[16384];
    ssize_t n = RecvBefore(fd, buf, sizeof buf, deadline, &result.error);
    if (n > 0) {
      data.append(buf, static_cast<std::size_t>(n));
      result.got_bytes = true;
      continue;
    }
    if (n == 0) {  // EOF: completes a body delimited by the close, nothing else
      boost::beast::error_code ec;
      if (parser.is_header_done()) parser.put_eof(ec);
      if (!ec && parser.is_done()) {
        result.response = ToResponse(parser.release());
        return result;
      }
      result.error = "connection closed";
    }
    return result;
  }
}

}  // namespace

std::string HttpResponse::Header(std::string_view lower_name) const {
  for (const auto& [n, v] : headers) {
    if (n == lower_name) return v;
  }
  return "";
}

std::vector<std::string> HttpResponse::Headers(std::string_view lower_name) const {
  std::vector<std::string> out;
  for (const auto& [n, v] : headers) {
    if (n == lower_name) out.push_back(v);
  }
  return out;
}

bool HttpResponse::HasHeader(std::string_view lower_name) const {
  for (const auto& [n, v] : headers) {
    if (n == lower_name) return true;
  }
  return false;
}

std::optional<HttpResponse> ParseHttpResponse(std::string_view raw, bool head_request) {
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  parser.eager(true);
  parser.skip(head_request);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(raw.data(), raw.size()), ec);
  if (ec && ec != bhttp::error::need_more) return std::nullopt;
  if (!parser.is_done() && parser.is_header_done()) {
    ec = {};
    parser.put_eof(ec);
    if (ec) return std::nullopt;
  }
  if (!parser.is_done()) return std::nullopt;
  return ToResponse(parser.release());
}

void CookieJar::Update(const HttpResponse& response) {
  for (const std::string& line : response.Headers("set-cookie")) {
    std::string_view rest = line;
    std::size_t semi = rest.find(';');
    std::string_view pair = rest.substr(0, semi);
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    std::string name(pair.substr(0, eq));
    std::string value(pair.substr(eq + 1));
    bool expired = value.empty() || Lower(line).find("max-age=0") != std::string::npos;
    if (expired) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
}

std::optional<std::string> CookieJar::Get(const std::string& name) const {
  auto it = cookies_.find(name);
  if (it == cookies_.end()) return std::nullopt;
  return it->second;
}

std::string CookieJar::CookieHeader() const {
  std::string out;
  for (const auto& [name, value] : cookies_) {
    if (!out.empty()) out.append("; ");
    out.append(name).append("=").append(value);
  }
  return out;
}

HttpClient::HttpClient(int port, std::chrono::milliseconds timeout)
    : port_(port), timeout_(timeout) {}

HttpClient::~HttpClient() { Close(); }

void HttpClient::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

HttpResponse HttpClient::Get(const std::string& target, const HeaderList& headers) {
  return Send("GET", target, "", headers);
}

HttpResponse HttpClient::Post(const std::string& target, const std::string& body,
                              const std::string& content_type, const HeaderList& headers) {
  HeaderList all = headers;
  all.emplace_back("Content-Type", content_type);
  return Send("POST", target, body, all);
}

HttpResponse HttpClient::Send(const std::string& method, const std::string& target,
                              const std::string& body, const HeaderList& headers) {
  std::string wire =
      method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) + "\r\n";
  bool has_cookie = false;
  bool has_length = false;
  for (const auto& [name, value] : headers) {
    std::string lower = Lower(name);
    has_cookie = has_cookie || lower == "cookie";
    has_length = has_length || lower == "content-length" || lower == "transfer-encoding";
    wire.append(name).append(": ").append(value).append("\r\n");
  }
  if (jar_ != nullptr && !has_cookie && !jar_->CookieHeader().empty()) {
    wire.append("Cookie: ").append(jar_->CookieHeader()).append("\r\n");
  }
  if (!has_length && (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")) {
    wire.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  if (!keep_alive_) wire.append("Connection: close\r\n");
  wire.append("\r\n").append(body);

  bool retryable = false;
  HttpResponse response = SendOnce(wire, method == "HEAD", &retryable);
  // A kept-alive connection the server had already closed: try once afresh.
  if (response.status == 0 && retryable) response = SendOnce(wire, method == "HEAD", &retryable);
  if (jar_ != nullptr && response.status != 0) jar_->Update(response);
  return response;
}

HttpResponse HttpClient::SendOnce(const std::string& wire, bool head_request, bool* retryable) {
  *retryable = false;
  HttpResponse failed;
  bool reused = fd_ >= 0;
  if (!reused) {
    fd_ = ConnectLoopback(port_, &failed.error);
    if (fd_ < 0) return failed;
    ++connections_opened_;
  }
  if (!SendAll(fd_, wire)) {
    Close();
    *retryable = reused;
    failed.error = "send failed";
    return failed;
  }
  std::string pending;
  ReadResult result = ReadOneResponse(fd_, pending, Clock::now() + timeout_, head_request);
  if (!result.response) {
    Close();
    *retryable = reused && !result.got_bytes;
    failed.error = result.error;
    return failed;
  }
  if (!keep_alive_ || Lower(result.response->Header("connection")) == "close") Close();
  return std::move(*result.response);
}

RawConnection::RawConnection(int port) {
  std::string error;
  fd_ = ConnectLoopback(port, &error);
}

RawConnection::~RawConnection() { Close(); }

void RawConnection::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool RawConnection::Send(std::string_view bytes) { return fd_ >= 0 && SendAll(fd_, bytes); }

std::string RawConnection::ReadUntilClosed(std::chrono::milliseconds timeout) {
  std::string data = std::move(pending_);
  pending_.clear();
  if (fd_ < 0) return data;
  auto deadline = Clock::now() + timeout;
  char buf[16384];
  std::string error;
  while (true) {
    ssize_t n = RecvBefore(fd_, buf, sizeof buf, deadline, &error);
    if (n <= 0) break;
    data.append(buf, static_cast<std::size_t>(n));
  }
  return data;
}

std::optional<HttpResponse> RawConnection::ReadResponse(std::chrono::milliseconds timeout,
                                                        bool head_request) {
  if (fd_ < 0) return std::nullopt;
  ReadResult result = ReadOneResponse(fd_, pending_, Clock::now() + timeout, head_request);
  return std::move(result.response);
}

bool RawConnection::WaitForClose(std::chrono::milliseconds timeout) {
  if (fd_ < 0) return true;
  auto deadline = Clock::now() + timeout;
  char buf[16384];
  std::string error;
  while (true) {
    ssize_t n = RecvBefore(fd_, buf, sizeof buf, deadline, &error);
    if (n == 0) return true;
    if (n < 0) return error != "timed out";  // a reset is a close too
  }
}

bool CanConnect(int port) {
  std::string error;
  int fd = ConnectLoopback(port, &error);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

}  // namespace lw::testing
